# map, filter and sorted with functions defined in the program.
def is_vowel(c):
    return c in "aeiou"
def shout(s):
    return s.upper() + "!"
print(list(filter(is_vowel, "education")))
print(list(map(shout, ["hi", "yo"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(None, [0, 1, "", "a", [], [0], None])))
