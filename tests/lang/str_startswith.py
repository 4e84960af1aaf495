# startswith and endswith, with tuples and ranges.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4))
print(s.endswith(".gz"), s.endswith((".zip", ".gz")), s.startswith(("x", "y")))
print(s.endswith("tar", 0, 12), "".startswith(""), "abc".endswith(""))
