# bytearray and its subclasses (with a dict or __slots__) pickle and copy as in CPython.
import pickle, copy
class B(bytearray): pass
class S(bytearray):
    __slots__ = ('a', 'b')
b = B(b'xy'); b.z = 1
s = S(b'q'); s.a = 5
for p in range(6):
    c = pickle.loads(pickle.dumps(b, p)); print(type(c).__name__, c, c.z)
    d = pickle.loads(pickle.dumps(s, p)); print(type(d).__name__, d, d.a)
print(bytearray(b'ab').__reduce_ex__(2), bytearray(b'ab').__reduce__())
print(b.__reduce_ex__(4))
print(copy.copy(b), copy.deepcopy(s).a)
print(bytearray().__reduce_ex__(), bytearray(b'\xff').__reduce_ex__(5))
print(bytearray(b'a').__reduce_ex__(), bytearray(b'a').__reduce_ex__(0), bytearray().__reduce_ex__(0), bytearray().__reduce__(), bytearray(b'a').__reduce_ex__(3), bytearray().__reduce_ex__(3))
