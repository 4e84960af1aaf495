# id is stable for an object; equal ints hash equal; lists are unhashable.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(hash(42), hash(-42), hash(10 ** 3) == 1000, hash(True) == hash(1))
print(hash("same text") == hash("same " + "text"), hash((1, "a")) == hash((1, "a")))
for v in [[1], {"a": 1}]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
