# bytearray is a mutable bytes.
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba[1:3])
del ba[0]
ba += b"!"
print(ba, ba.pop(), ba)
ba.reverse()
print(ba, bytearray(3), bytearray([1, 2]))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
