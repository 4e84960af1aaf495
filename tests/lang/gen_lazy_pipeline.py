# A pipeline of generators runs one item at a time.
def source():
    for i in range(3):
        print("produce", i)
        yield i
def double(items):
    for i in items:
        print("double", i)
        yield i * 2
for v in double(source()):
    print("consume", v)
