# tally-gc-stress: skip (reads gc.get_count after each statement)
# str(x) of an int, float or str: CPython 3.11 passes the argument in a
# tuple, which only counts toward generation 0 when no parked 1-tuple can
# be reused; the counts after each statement must be the same here.  The
# counts are kept in a list and printed at the end, so printing does not
# take part.
import gc

gc.disable()
gc.collect()
counts = [None] * 10
counts[0] = gc.get_count()
s = str(12345)
counts[1] = gc.get_count()
t = str(2.5), str("x"), str(-7)
counts[2] = gc.get_count()
parts = [str(i) for i in range(300)]
counts[3] = gc.get_count()
held = [(i,) for i in range(100)]
counts[4] = gc.get_count()
u = str(99) + str(1.25) + str("abc")
counts[5] = gc.get_count()
del held
counts[6] = gc.get_count()
v = [str(k * 1000) for k in range(5)]
counts[7] = gc.get_count()
gc.collect()
counts[8] = gc.get_count()
w = str(7.75)
counts[9] = gc.get_count()
gc.enable()
for c in counts:
    print(c)
print(s, t, len(parts), parts[-1], u, v, w)
