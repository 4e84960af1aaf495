# pop, remove and clear, with their errors.
a = [10, 20, 30, 40, 20]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
a.remove(20)
print(a)
try:
    a.remove(99)
except ValueError as e:
    print("ValueError:", e)
a.clear()
print(a)
try:
    a.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
