# format(), hex(), oct(), bin() on small ints.
print(format(255, "x"), format(3.14159, ".2f"), format("s", ">3"), format(10))
print(hex(0), hex(255), hex(-16), oct(8), oct(-8), bin(5), bin(-5), bin(0))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
