# String concatenation, repetition, comparison and membership.
a = "abc"
b = "abd"
print(a + b, a * 3, 2 * "xy", "-" * 0, "-" * -3)
print(a < b, a == "abc", a != b, "Z" < "a", "abc" < "abcd", "" < "a")
print("b" in a, "bc" in a, "ca" in a, "" in "")
print(max("hello"), min("hello"), sorted("banana"))
print("é" > "e", "中" > "z")
