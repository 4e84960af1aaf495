# functools.partial's __reduce__ and __setstate__: pickle, copy and
# deepcopy keep function, arguments, keywords and __dict__; bad states and
# non-string keywords are TypeErrors.
import copy
import functools
import pickle

def show(*args, **kw):
    return args, sorted(kw.items())

p = functools.partial(show, 1, 2, a=3)
print(p.__reduce__()[0] is functools.partial, p.__reduce__()[2][1:])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q(4, b=5), q.args, q.keywords)
p.attr = "kept"
for q in (copy.copy(p), copy.deepcopy(p)):
    print(type(q).__name__, q.attr, q(), q.keywords is p.keywords)

class Sub(functools.partial):
    pass

s = Sub(show, "x")
print(type(pickle.loads(pickle.dumps(s))).__name__, pickle.loads(pickle.dumps(s))())

f = functools.partial(show)
f.__setstate__((show, (7,), None, None))
print(f(), f.keywords, f.__dict__)
f.__setstate__((show, (), {"k": 1}, {"d": 2}))
print(f(), f.d)
for bad in ((show, (), {}), (show, (), {}, {}, None), [show, (), {}, None], (None, (), {}, None),
            (show, None, {}, None), (show, [], {}, None), (show, (), [], None)):
    try:
        f.__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)

g = functools.partial(show)
g.keywords[1234] = "value"
try:
    g()
except TypeError as e:
    print("TypeError", e)
