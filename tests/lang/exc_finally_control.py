# return, break and continue inside finally override the pending exception.
def ret():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(ret())
def ret2():
    try:
        return "try"
    finally:
        return "finally"
print(ret2())
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    finally:
        if i == 1:
            continue
    print("loop", i)
while True:
    try:
        raise IndexError
    finally:
        break
print("broke out")
