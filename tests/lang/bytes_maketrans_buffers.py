import array
print(bytes.maketrans(b'ab', memoryview(b'xy'))[97:99], bytearray.maketrans(bytearray(b'a'), array.array('B', b'z'))[97:98])
for a in [('ab', b'cd'), (b'a', b'bc'), (b'a', 1)]:
    try: bytes.maketrans(*a)
    except Exception as e: print(type(e).__name__, e)
