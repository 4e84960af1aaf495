# throw() raises inside the generator; close() raises GeneratorExit.
def worker():
    try:
        while True:
            try:
                yield "ready"
            except ValueError as e:
                print("worker handled", e)
    finally:
        print("worker cleanup")
g = worker()
print(next(g))
print(g.throw(ValueError("bad input")))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
def unhandled():
    yield 1
g2 = unhandled()
next(g2)
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
