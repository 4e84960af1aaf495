# method-wrapper objects (a slot bound to an object, `l.__add__`): equal
# when they wrap the same slot of the same object, unordered, hashable even
# when the object is not, with __name__, __self__, __objclass__.
l = []
print(l.__add__ == l.__add__, l.__add__ != l.__add__)
print(l.__add__ == [].__add__, l.__add__ != [].__add__)
print(l.__add__ == l.__mul__, l.__add__ != l.__mul__)
try:
    l.__add__ < l.__add__
except TypeError as e:
    print("TypeError", e)
print(l.__add__.__name__, l.__add__.__self__ is l, l.__add__.__objclass__)
print(l.__add__.__doc__ == list.__add__.__doc__)
print(type(hash(l.__add__)).__name__, hash(l.__add__) == hash(l.__add__))
print({l.__add__: 1}[l.__add__], (1).__add__ == (1).__add__, (5).__add__ == (6).__add__)
print(l.__add__ == 5)
