# int(s, base) with a base too large for a C integer is a ValueError (CPython
# clamps it); int.from_bytes converts through __bytes__ as bytes() does.
class ValidBytes:
    def __bytes__(self):
        return b'\x01'
class InvalidBytes:
    def __bytes__(self):
        return 'abc'
class RaisingBytes:
    def __bytes__(self):
        1 / 0
print(int.from_bytes(ValidBytes()), int.from_bytes(ValidBytes(), 'little', signed=True))
for o in (InvalidBytes(), RaisingBytes(), object(), "ab"):
    try:
        int.from_bytes(o)
    except Exception as e:
        print(type(e).__name__, e)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
for b in (2**100, -2**100, 2**63, 1, 37, Idx(2**70), Idx(16)):
    try:
        print(int('43', b))
    except Exception as e:
        print(type(e).__name__, e)
