# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def val(n):
    calls.append(n)
    return n

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 == 2 <= 2 >= 1)
print(val(1) < val(2) < val(3))
print(calls)
calls.clear()
print(val(3) < val(2) < val(5))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print("a" < "b" < "c", [1] < [1, 0] < [2])
