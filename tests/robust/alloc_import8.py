# scripts/fail-after makes each allocation of this program fail in turn
# (robust/allocation_failure_in_import8_modules, tests/unit/test_robust.c):
# _symtable's entries, _lsprof's entries and statistics, marshal's lists,
# sets and dicts, faulthandler's file arguments and dump, _thread._local.
import _symtable, _lsprof, _thread, faulthandler, marshal, sys
t = _symtable.symtable("import os\ndef f(a):\n  global g\n  return [x for x in a if (y := x)]\nclass C:\n  def m(self): return super().m()\n", "s.py", "exec")
print(sorted(t.symbols.items()), [c.name for c in t.children])
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
p = _lsprof.Profiler()
p.enable()
fib(4)
len([])
p.disable()
print(sorted((e.callcount, e.reccallcount) for e in p.getstats()))
v = {("a", 1): [1, {2}, {"k": (3.5, b"x")}]}
print(marshal.loads(marshal.dumps(v)) == v)
sys.stdout.flush()      # dump_traceback ignores a failing flush, as CPython's
faulthandler.dump_traceback(sys.stdout, all_threads=False)
loc = _thread._local()
loc.x = [1]
print(loc.__dict__)
