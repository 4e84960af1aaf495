# Extended slices of bytearray with steps and bounds beyond ssize_t.
import sys
indices = (0, None, 1, 3, 19, 300, 1<<333, sys.maxsize, -1, -2, -31, -300)
for start in indices:
    for stop in indices:
        for step in indices[1:]:
            L = list(range(255)); b = bytearray(L)
            data = L[start:stop:step]; data.reverse()
            L[start:stop:step] = data; b[start:stop:step] = data
            if b != bytearray(L): print("set", start, stop, step); break
            del L[start:stop:step]; del b[start:stop:step]
            if b != bytearray(L): print("del", start, stop, step); break
print("done")
