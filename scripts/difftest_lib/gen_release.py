"""When objects are released and how many references they have.

__del__ prints its number, so the order containers, frames, closures,
instances, exceptions and generators let go of their items shows in the
output, between markers; sys.getrefcount is printed for fresh
(never immortal) objects at fixed points: after binding into containers,
attributes, closures, bound methods, iterators and exceptions, inside
callees, generators and handlers.
"""

LIST_OPS = [
    "v.clear()", "del v[:]", "del v[1:]", "del v[::2]", "v[0:2] = []", "v[:] = [D(90)]", "v *= 0", "v.pop()",
    "v.pop(0)", "del v[0]", "v.remove(v[1])", "v = None", "del v", "v[1] = None", "v.__init__([])",
    "v.reverse()\ndel v", "v += [D(91)]\ndel v", "v = v[1:]", "v.extend(v)\ndel v", "v.insert(0, D(92))\nv.clear()",
    "v.sort(key=lambda d: -d.n)\ndel v[1:]", "v[::-1] = [D(93), D(94), D(95)]", "v[1:1] = v\nv.clear()",
]
DICT_OPS = [
    "v.clear()", "del v", "v.popitem()", "v.pop(2)", "v[1] = None", "del v[1]", "v.update({1: D(96)})",
    "v = {}", "v = {**v}\nv.clear()", "v.setdefault(4, D(97))\ndel v", "v = dict.fromkeys(v)",
    "for key in list(v):\n    del v[key]",
]
CONTAINERS = [
    ("[D({a}), D({b}), D({c})]", LIST_OPS), ("{{1: D({a}), 2: D({b}), 3: D({c})}}", DICT_OPS),
    ("(D({a}), D({b}), D({c}))", ["del v", "v = v[1:]", "v = None", "v = v + (D(98),)\ndel v"]),
    ("[[D({a}), D({b})], [D({c})]]", ["del v", "v.pop(0)", "v[0].clear()", "v.clear()", "del v[0][0]"]),
    ("__import__('collections').deque([D({a}), D({b}), D({c})])",
     ["v.clear()", "del v", "v.popleft()", "v.rotate(1)\nv.pop()", "v.extendleft([D(99)])\ndel v"]),
    ("{{'x': [D({a})], 'y': (D({b}), D({c}))}}", ["del v", "v.clear()", "v['x'] = v.pop('y')\ndel v"]),
]


def fam_release(p):
    p.need("d")
    template = p.weighted([(container, 4), (frame_locals, 2), (instance_dict, 1.5), (via_exception, 1.2),
                           (in_generator, 1.2), (closure_cell, 0.8), (resurrect, 0.3)])
    template(p)


def fam_refcount(p):
    for _ in range(p.between(1, 2)):
        refcounts(p)


def container(p):
    k = p.n()
    shape, ops = p.pick(CONTAINERS)
    a, b, c = k, k + 1, k + 2
    inside = p.chance(0.6)
    if inside:
        p.emit(f"def rel{k}():")
        p.level += 1
    p.emit(f"v = {shape.format(a=a, b=b, c=c)}")
    for _ in range(p.between(1, 2)):
        p.emit(f"print('step', {p.n()})")
        with p.guarded():
            p.emit(p.pick(ops))
    p.emit(f"print('step', {p.n()})")
    if inside:
        if p.chance(0.3):
            p.emit("return v if 'v' in dir() else None")
        p.level -= 1
        p.emit(f"r{k} = rel{k}()")
        p.emit(f"print('step', {p.n()})")
        p.emit(f"del r{k}")
    else:
        p.emit("v = None")
    p.emit(f"print('step', {p.n()})")


def frame_locals(p):
    """A function's locals, parameters and temporaries are released when it
    returns, raises or is left by a generator's close."""
    k = p.n()
    with p.block(f"def fl{k}(a, *rest, **kw):"):
        p.emit(f"b = D({k})")
        p.emit(f"c = [D({k + 1})]")
        if p.chance(0.5):
            p.emit(f"d = D({k + 2})")
        p.emit(f"print('step', {k})")
        p.emit(p.pick(["return b", "return None", f"raise E1(b)", "return c[0]", "del b\nreturn 1",
                       "b = None\nreturn 2", "return (a, rest, kw)"]))
    p.need("exc")
    with p.guarded():
        call = p.pick([f"fl{k}(D({k + 3}))", f"fl{k}(D({k + 3}), D({k + 4}), z=D({k + 5}))",
                       f"fl{k}(*[D({k + 3})], **{{'q': D({k + 4})}})"])
        p.emit(f"print('ret', {k}, {call})")
    p.emit(f"print('step', {p.n()})")


def instance_dict(p):
    k = p.n()
    with p.block(f"class Hold{k}:"):
        if p.chance(0.3):
            p.emit("__slots__ = ('a', 'b', 'c')")
        if p.chance(0.4):
            with p.block("def __del__(self):"):
                p.emit(f"print('del', 'holder', {k})")
    p.emit(f"h = Hold{k}()")
    for attr in p.rng.sample(["a", "b", "c"], 3):
        p.emit(f"h.{attr} = D({p.n()})")
    p.emit(f"print('step', {k})")
    with p.guarded():
        p.emit(p.pick(["del h", "h.__dict__.clear()", "del h.b", "h.a = None", "h = None",
                       "h.__dict__.update(a=1, b=2, c=3)", "h.__dict__.pop('c')"]))
    p.emit(f"print('step', {p.n()})")
    p.emit("h = None")
    p.emit(f"print('step', {p.n()})")


def via_exception(p):
    """Objects carried by an exception live as long as the exception: the
    handler's name is deleted at its end, a traceback keeps frames (and
    their locals) alive."""
    p.need("exc")
    k = p.n()
    with p.block(f"def ex{k}():"):
        p.emit(f"loc = D({k})")
        p.emit(f"raise E1(D({k + 1}))")
    p.emit(f"print('step', {p.n()})")
    with p.block("try:"):
        p.emit(f"ex{k}()")
    with p.block("except E1 as e:"):
        p.emit(f"print('exc', {k}, e.args)")
        p.emit(p.pick(["pass", "e.args = ()", "del e", f"e = D({k + 2})", f"print('step', {p.n()})"]))
    p.emit(f"print('step', {p.n()})")


def in_generator(p):
    k = p.n()
    with p.block(f"def gr{k}():"):
        p.emit(f"a = D({k})")
        with p.block("try:"):
            p.emit(f"yield D({k + 1})")
            p.emit(f"b = D({k + 2})")
            p.emit("yield b")
        with p.block("finally:"):
            p.emit(f"print('fin', {k})")
    p.emit(f"it = gr{k}()")
    for _ in range(p.between(0, 2)):
        p.emit(f"print('gen', {p.n()}, next(it, None))")
    p.emit(f"print('step', {p.n()})")
    p.emit(p.pick(["del it", "it.close()", "it = None", "print('gen', list(it))"]))
    p.emit(f"print('step', {p.n()})")
    p.emit("it = None")


def closure_cell(p):
    k = p.n()
    with p.block(f"def cc{k}():"):
        p.emit(f"a = D({k})")
        p.emit(f"b = D({k + 1})")
        with p.block("def inner():"):
            p.emit("return a.n")
        p.emit(f"print('step', {k})")
        p.emit("return inner")
    p.emit(f"fn = cc{k}()")
    p.emit(f"print('step', {p.n()}, fn())")
    p.emit("del fn")
    p.emit(f"print('step', {p.n()})")


def resurrect(p):
    k = p.n()
    with p.block(f"class Z{k}:"):
        with p.block("def __del__(self):"):
            p.emit(f"print('del', 'Z{k}', len(keep{k}))")
            with p.block(f"if len(keep{k}) < 2:"):
                p.emit(f"keep{k}.append(self)")
    p.emit(f"keep{k} = []")
    p.emit(f"z = Z{k}()")
    p.emit("del z")
    p.emit(f"print('step', {p.n()}, len(keep{k}))")
    p.emit(f"keep{k}.clear()")
    p.emit(f"print('step', {p.n()}, len(keep{k}))")


RC_BINDINGS = [
    "l = [x, x]", "t = (x,)", "d = {{1: x}}", "y = x", "o.attr = x", "m = x.meth", "it = iter([x])",
    "g = (y for y in [x])", "e = E1(x)", "s = [x][:]", "z = {{'k': [x]}}", "w = sorted([x, x], key=id)",
    "z = list(map(lambda q: q, [x]))", "en = enumerate([x])", "cl = (lambda: x)", "del o.attr",
    "x.self = x", "x.self = None",
]
RC_CONTEXTS = [
    "def callee(a):\n    return sys.getrefcount(a)\nprint('rc', {k}, callee(x))",
    "def callee(*a):\n    return sys.getrefcount(a[0])\nprint('rc', {k}, callee(x))",
    "def callee(**kw):\n    return sys.getrefcount(kw['a'])\nprint('rc', {k}, callee(a=x))",
    "def gen(a):\n    yield sys.getrefcount(a)\nprint('rc', {k}, next(gen(x)))",
    "for q in [x]:\n    print('rc', {k}, sys.getrefcount(x))",
    "try:\n    raise E1(x)\nexcept E1 as err:\n    print('rc', {k}, sys.getrefcount(x))",
    "print('rc', {k}, [sys.getrefcount(x) for _ in range(1)])",
    "print('rc', {k}, x.rc())",
    "print('rc', {k}, sys.getrefcount(x.meth))",
    "with CM({k}, 0) as c:\n    print('rc', {k}, sys.getrefcount(x))",
    "def mk():\n    v = x\n    return lambda: sys.getrefcount(v)\nprint('rc', {k}, mk()())",
    "print('rc', {k}, (lambda a: sys.getrefcount(a))(x))",
]


def refcounts(p):
    p.need("exc")
    k = p.n()
    with p.block(f"class R{k}:"):
        with p.block("def meth(self):"):
            p.emit("return 1")
        with p.block("def rc(self):"):
            p.emit("return sys.getrefcount(self)")
    with p.block(f"def rcf{k}():"):
        p.emit(f"x = {p.pick([f'R{k}()', f'[R{k}()]', f'R{k}()'])}")
        p.emit(f"o = R{k}()")
        p.emit(f"print('rc', {k}, sys.getrefcount(x))")
        for _ in range(p.between(2, 6)):
            j = p.n()
            if p.chance(0.6):
                line = p.pick(RC_BINDINGS).format(k=j)
            else:
                line = p.pick(RC_CONTEXTS).format(k=j)
                if "CM(" in line:
                    p.need("cm")
            with p.trying(j):
                p.emit(line)
            p.emit(f"print('rc', {j}, sys.getrefcount(x))")
        p.emit("return x")
    p.emit(f"x{k} = rcf{k}()")
    p.emit(f"print('rc', {k}, sys.getrefcount(x{k}))")
    p.emit(f"del x{k}")
