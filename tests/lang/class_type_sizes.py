# type.__itemsize__ and __basicsize__ exist (tally's own layout figures:
# only what does not depend on them is printed), and a repeat count past
# what memory can hold is a MemoryError, not a crash.
print(tuple.__itemsize__, object.__itemsize__, type(int.__basicsize__).__name__, int.__basicsize__ > 0)
lst = [0] * 65
del lst[1:]
size = (2 ** (tuple.__itemsize__ * 8) - 1) // 2
try:
    lst * size
except (MemoryError, OverflowError) as e:
    print("product refused")
try:
    lst *= size
except (MemoryError, OverflowError) as e:
    print("in-place product refused")
print(lst)
