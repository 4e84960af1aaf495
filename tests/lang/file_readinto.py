# readinto(b) on the binary file objects open() gives (buffered and raw):
# reads up to len(b) bytes into a writable buffer, CPython's errors for a
# read-only or non-buffer argument, a write-only or closed file; what
# hashlib.file_digest relies on.  Text files have no readinto.
import io, os
with open("ri_data.bin", "wb") as f:
    f.write(bytes(range(10)))
    try:
        f.readinto(bytearray(3))
    except Exception as e:
        print(type(e).__name__, e)
for buffering in (-1, 0):
    with open("ri_data.bin", "rb", buffering=buffering) as f:
        b = bytearray(4)
        print(type(f).__name__, f.readinto(b), b, f.readinto(memoryview(b)[1:3]), b)
        print(f.readinto(bytearray(10)), f.readinto(bytearray(10)), f.readinto(bytearray(0)))
        for bad in (b"abc", "abc", 3):
            try:
                f.readinto(bad)
            except Exception as e:
                print(type(e).__name__, e)
with open("ri_data.bin", "r") as f:
    print(hasattr(f, "readinto"), hasattr(f.buffer, "readinto"))
f = open("ri_data.bin", "rb"); f.close()
try:
    f.readinto(bytearray(2))
except Exception as e:
    print(type(e).__name__, e)
import hashlib
with open("ri_data.bin", "rb") as f:
    print(hashlib.file_digest(f, "sha256").hexdigest())
os.remove("ri_data.bin")
