# Blocks nested to any depth, typed line by line: the secondary prompt
# until an empty line ends the outermost block.
# oracle: python3.11
args -q
type if True:
type     if True:
type         print("two levels")
type
type class Point:
type     def __init__(self, x):
type         self.x = x
type     @property
type     def double(self):
type         return 2 * self.x
type
type Point(21).double
type def safe_div(a, b):
type     try:
type         return a / b
type     except ZeroDivisionError:
type         return None
type     finally:
type         print("done")
type
type safe_div(1, 0)
type for i in range(4):
type     if i % 2:
type         print(i, "odd")
type     elif i == 0:
type         print(i, "zero")
type     else:
type         while True:
type             with open("/dev/null") as f:
type                 print(i, "even")
type                 break
type
type x = 0
type while x < 2:
type     x += 1
type else:
type     print("loop over", x)
type
keys ^D
