# Keyword arguments in any order, mixed with positionals, to builtins too.
def describe(name, age, city="nowhere"):
    return name + " " + str(age) + " " + city
print(describe("ann", 30))
print(describe(age=25, name="bob"))
print(describe("cy", city="oslo", age=40))
print(sorted([3, 1, 2], reverse=True), int("11", base=2), enumerate("ab", start=5) is not None)
print("a-b".split(sep="-"), "x".center(5, "_"))
