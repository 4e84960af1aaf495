# bytearray.__init__ fills (and first empties) the bytearray: called again
# on an existing one (test_descr's keyword-argument test), or by a
# subclass's __init__ (which may also not call it).
ba = bytearray()
bytearray.__init__(ba, "abc\xbd\u20ac", encoding="latin1", errors="replace")
print(ba)
ba.__init__(b"xy")
print(ba)
ba.__init__(3)
print(ba)
ba.__init__()
print(ba)
class B(bytearray):
    def __init__(self, x):
        pass
print(B(b"abc"), len(B(b"abc")))
class B2(bytearray):
    def __init__(self, x):
        super().__init__(x * 2)
print(B2(b"ab"), bytearray(b"q"), bytearray(2), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(iter(range(3))))
for args in [(1.5,), ("x",), (b"x", "utf-8"), (-1,)]:
    try:
        bytearray(*args)
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"keep")
try:
    ba.__init__("x")
except TypeError as e:
    print("TypeError", e, ba)
