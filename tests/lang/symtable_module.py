# _symtable and symtable.py (issue 13: test_symtable stopped at import): tally's own scope
# analysis shown as CPython 3.11's entries and flag values.  Symbols print sorted: tally lists a
# class body's names in another order when an assignment's value names what it binds.
import _symtable as S
import symtable

print(sorted((k, v) for k, v in vars(S).items() if k.isupper()))

def show(src, mode='exec'):
    t = S.symtable(src, '<s>', mode)
    def walk(t, ind=''):
        print(ind, t.name, t.type, t.lineno, t.nested, t.varnames, sorted(t.symbols.items()))
        for c in t.children:
            walk(c, ind + '  ')
    walk(t)

show('import os\nimport a.b\nimport c; c=1\nfrom x import y as z\n')
show('def f(a, *b, c, **d):\n  x = 1\n  def g():\n    nonlocal x\n    return x + a\n  class C:\n'
     '    x = 2\n    def m(self): return super().m() + x\n  return [i for i in b]\n')
show('@dec\ndef f(): pass\nclass C:\n  def g(self): global q\nlambda: (yield)\n(x for x in y)\n{a:b for a,b in c}\n')
show('a+b', 'eval')
show('x = 1', 'single')
show('def f():\n  x = 1\n  class C:\n    def m(self): return x\n    y = x\n  return C\nx: int\ny: str = 1\n')
show('def f(a=b, *, k=c):\n  (z := 1)\n  [w := i for i in a]\n  async def g(): await x\n  return {j for j in a if (t:=j)}\n')
show('[[(w := j) for j in i] for i in x]\ndef f():\n  [[(v := j) for j in i] for i in x]\n'
     '  return [u for u in x if (t := u)]\nclass C:\n  def __p(self): pass\n  class __Q: pass\n')
show('from __future__ import annotations\ndef f(x: int) -> T:\n  y: List[int] = []\n')
t = S.symtable('def f(): pass', 'f.py', 'exec')
print(repr(t).startswith('<symtable entry top('), repr(t.children[0]).endswith('), line 1>'))
print(type(t).__name__, t.id == t.id, isinstance(t.id, int))
try:
    t.name = 'x'
except AttributeError as e:
    print('AttributeError')

# The argument checks, in CPython's order.
for args in [(b'x=1', 'f', 'exec'), ('x=1', b'f', 'exec'), ('x=1', 'f', 'foo'), (1, 'f', 'exec'),
             ('x=1', 1, 'exec'), ('x=1', 'f', 1), (1, 'f', 'foo'), ('x=\0', 'f', 'exec'), ('x=(', 'f', 'exec'),
             ('def f(x): global x', 'spam', 'exec'), ('nonlocal x', 'f', 'exec')]:
    try:
        print(sorted(S.symtable(*args).symbols.items()))
    except Exception as e:
        print(type(e).__name__, e)

# symtable.py over it.
src = '''
import sys
glob = 1
def outer(p, *args, kw=None, **kws):
    loc = glob
    def inner():
        nonlocal loc
        return loc + sys.maxsize
    return inner
class K(Base):
    attr: int = 3
    def meth(self):
        return super().meth()
'''
top = symtable.symtable(src, 'mod.py', 'exec')
print(top.get_type(), top.get_name(), top.get_lineno(), top.is_optimized(), top.is_nested(), top.has_children())
print(sorted(top.get_identifiers()))
for name in sorted(top.get_identifiers()):
    s = top.lookup(name)
    print(name, s.is_referenced(), s.is_imported(), s.is_parameter(), s.is_global(), s.is_declared_global(),
          s.is_local(), s.is_annotated(), s.is_free(), s.is_assigned(), s.is_namespace())
outer = top.lookup('outer').get_namespace()
print(outer.get_type(), outer.get_parameters(), outer.get_locals(), outer.get_globals(), outer.get_frees())
inner = outer.lookup('inner').get_namespace()
print(inner.get_frees(), inner.get_globals(), inner.get_nonlocals() if hasattr(inner, 'get_nonlocals') else '')
K = top.lookup('K').get_namespace()
print(K.get_type(), K.get_methods(), sorted(K.get_identifiers()))
meth = K.lookup('meth').get_namespace()
print(sorted(meth.get_identifiers()), meth.get_frees(), meth.get_globals())
print(repr(top), repr(K))
