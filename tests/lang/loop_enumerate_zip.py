# enumerate and zip inside for loops.
names = ["ann", "bob", "cy"]
ages = [31, 25]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(i, name)
for name, age in zip(names, ages):
    print(name, age)
for a, b, c in zip("xyz", range(3), [True, False, None]):
    print(a, b, c)
