# Extended-slice assignment and deletion on bytearray, every bound and step.
indices = (0, None, 1, 3, 19, 100, -1, -2, -31, -100)
h = 0
for start in indices:
    for stop in indices:
        for step in indices[1:]:
            L = list(range(255)); b = bytearray(L)
            data = L[start:stop:step]; data.reverse()
            L[start:stop:step] = data; b[start:stop:step] = data
            assert b == bytearray(L), (start, stop, step)
            del L[start:stop:step]; del b[start:stop:step]
            assert b == bytearray(L), (start, stop, step)
            b2 = bytearray(range(10)); b2[start:stop:step] = b''; h += len(b2)
print(h)
