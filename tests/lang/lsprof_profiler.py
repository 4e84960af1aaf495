# _lsprof and cProfile (issue 13: test_cprofile and test_pstats stopped at import): call counts,
# recursion counts, callers and callees, built-ins named as CPython names them, a custom timer
# with a unit, clear(), enable() flags, and pstats over the result (dump_stats writes a marshal
# file with dicts).  Times are only checked for their type and order.
import _lsprof, cProfile, io, marshal, os, pstats, sys, tempfile

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def gen():
    for i in range(3):
        yield i

def main():
    l = []
    for i in range(3):
        l.append(fib(5))
    sorted(l, key=abs)
    list(gen())
    try:
        int("x")
    except ValueError:
        pass
    return len(l)

def name(code):
    return code if isinstance(code, str) else "%s:%d" % (code.co_name, code.co_firstlineno)

def show(p):
    for e in sorted(p.getstats(), key=lambda e: name(e.code)):
        calls = None if e.calls is None else sorted((name(s.code), s.callcount, s.reccallcount) for s in e.calls)
        print(name(e.code), e.callcount, e.reccallcount, type(e.totaltime).__name__,
              e.totaltime >= e.inlinetime >= 0 or e.inlinetime <= e.totaltime, calls)
    print("--")

print(_lsprof.Profiler.__name__, _lsprof.profiler_entry.n_fields, _lsprof.profiler_subentry.n_fields,
      _lsprof.profiler_entry._fields if hasattr(_lsprof.profiler_entry, "_fields") else "")
p = _lsprof.Profiler()
print(sys.getprofile())
p.enable()
print(sys.getprofile() is p)
main()
p.disable()
print(sys.getprofile())
show(p)

p.clear()
print(p.getstats())
p.enable(subcalls=False, builtins=False)
main()
p.disable()
show(p)

# A timer giving integers, with its unit: times are the timer's ticks times the unit.
ticks = [0]
def timer():
    ticks[0] += 1
    return ticks[0]
p = _lsprof.Profiler(timer, 0.5)
p.enable()
fib(3)
p.disable()
for e in sorted(p.getstats(), key=lambda e: name(e.code)):
    print(name(e.code), e.callcount, e.totaltime, e.inlinetime)
print("--")

# A float timer in seconds.
clock = [0.0]
def ftimer():
    clock[0] += 0.25
    return clock[0]
p = _lsprof.Profiler(ftimer)
p.enable()
fib(2)
p.disable()
for e in sorted(p.getstats(), key=lambda e: name(e.code)):
    print(name(e.code), e.callcount, e.totaltime, e.inlinetime)
print("--")

for bad in [lambda: _lsprof.Profiler(1, "x"), lambda: _lsprof.Profiler(subcalls="x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError")

pr = cProfile.Profile()
pr.runcall(main)
out = io.StringIO()
pstats.Stats(pr, stream=out).sort_stats("calls", "name").print_stats()
for line in out.getvalue().splitlines()[4:]:
    if line.strip():
        print(line.split(None, 5)[0], line.split(None, 5)[-1].replace(os.path.dirname(__file__) + os.sep, ""))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "prof.out")
    pr.dump_stats(path)
    with open(path, "rb") as f:
        stats = marshal.load(f)
    print(type(stats).__name__, len(stats) == len(pr.getstats()))
    out = io.StringIO()
    pstats.Stats(path, stream=out).sort_stats("ncalls").print_callers("fib")
    print([os.path.basename(l.split()[-1]) for l in out.getvalue().splitlines() if "fib" in l][:3])

with cProfile.Profile() as pr2:
    fib(4)
print(sorted(name(e.code) for e in pr2.getstats()))
