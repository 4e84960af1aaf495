# weakref.proxy forwards to the object; after death it raises ReferenceError.
import weakref
class C:
    def __init__(self):
        self.x = 5
    def hello(self):
        return "hello"
    def __call__(self, n):
        return n * 2
c = C()
p = weakref.proxy(c)
print(p.x, p.hello(), p(21), type(p).__name__)
del c
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
