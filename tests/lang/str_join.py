# str.join with lists, tuples, strings and dict keys.
print(", ".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"))
print("|".join([]), "|".join(["solo"]), " ".join({"k1": 1, "k2": 2}))
print("\n".join(["line1", "line2"]))
try:
    ", ".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
