# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# The program of docs/lifetimes.md, "Finalizers"; its output there is this file's .out.
import gc

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('finalizing', self.name)

r = Resource('plain')
del r
print('after del')

c = Resource('in a cycle')
c.me = c
del c
print('after del of the cycle')
gc.collect()
print('after collect')
