# get_referents returns what an object's traverse slot visits.
import gc
a = [1]
b = ["x"]
outer = [a, b, a]
refs = gc.get_referents(outer)
print(len(refs), refs[0] is a, refs[1] is b)
d = {"k": a}
print([r is a for r in gc.get_referents(d)].count(True))
t = (a, b)
print(len(gc.get_referents(t)), gc.get_referents(1), gc.get_referents("s"))
print(len(gc.get_referents(outer, t)))
