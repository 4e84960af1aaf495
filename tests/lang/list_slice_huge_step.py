# Extended slices whose step is near sys.maxsize: the index after the last
# item is never computed (it overflows; UBSan reported it).
import sys
for t in ([0,1,2,3,4], (0,1,2,3,4), b"abcde", bytearray(b"abcde"), "abcde", "\u00e9bcde"):
    print(t[3::sys.maxsize], t[3::sys.maxsize<<64], t[::-sys.maxsize], t[::2], t[::-2])
l=[0,1,2,3,4]; l[3::sys.maxsize]=[9]; print(l)
b=bytearray(b"abcde"); b[3::sys.maxsize]=b"z"; print(b)
