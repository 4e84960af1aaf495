# loops: while and for loops over int and float arithmetic, no calls.
SIZE = 600000

acc = 0
i = 0
while i < SIZE:
    acc = (acc + i * i) % 1000003
    i += 1

fsum = 0.0
x = 0.5
for j in range(SIZE):
    fsum += x * j - fsum / (j + 1)

bits = 0
for j in range(SIZE // 3):
    bits = (bits * 31 + (j ^ (j >> 3))) & 0xFFFFFFFF
print("loops checksum", acc, round(fsum, 6), bits)
