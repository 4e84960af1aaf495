# f-strings with expressions, conversions and literal braces.
name = "tally"
n = 3
print(f"hello {name}", f"{n} + 1 = {n + 1}", f"{{literal}}", f"{name!r}", f"{name!s}")
print(f"{[1, 2]} {(1,)} {None} {True} {1.5}")
print(f"{'quoted'} {name.upper()} {len(name)} {name[1:3]}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{n * 2 if n > 2 else 0}")
print(f"no fields", f"")
