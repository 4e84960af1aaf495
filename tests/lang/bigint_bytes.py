# to_bytes and from_bytes, both byte orders, signed and unsigned.
n = 2 ** 70 + 258
b = n.to_bytes(10, "big")
print(b, int.from_bytes(b, "big") == n, n.to_bytes(10, "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, byteorder="big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
