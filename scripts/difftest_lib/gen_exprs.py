"""Calls and expressions: argument binding (positional-only, keyword-only,
defaults, *args/**kwargs) and which error a bad call reports first;
decorators, default values and annotations evaluated at definition time;
the order operands, arguments, subscripts, dict displays and augmented
assignments are evaluated in, observed through a function that prints;
short-circuiting and chained comparisons; unpacking with stars and its
errors; container methods at their edges; recursive reprs.
"""

PARAMS = [
    "a, b", "a, b=2", "a, /, b", "a, *, b", "a, b=2, *args", "*args, **kw", "a, /, b=2, *, c=3", "a=1, *args, c, **kw",
    "a, b, /", "*, k", "a, b=2, /, c=3, *rest, d, e=5, **kw",
]
CALLS = [
    "1", "1, 2", "1, 2, 3", "a=1", "1, b=2", "b=2, a=1", "1, a=1", "*[1, 2]", "**{'a': 1, 'b': 2}", "1, c=3",
    "1, 2, c=3, d=4", "*[1], **{'b': 2}", "1, **{'b': 2, 'b2': 3}", "", "1, 2, 3, a=4, c=5", "1, 2, 3, zz=1, c=5",
    "1, 2, d=4", "*'ab', d=1", "**{1: 2}", "1, **{'a': 2}", "k=1", "1, k=2",
]


def fam_calls(p):
    template = p.weighted([(binding, 3), (decorators, 1.5), (definition_time, 1)])
    template(p)


def binding(p):
    k = p.n()
    params = p.pick(PARAMS)
    names = [part.strip().split("=")[0].lstrip("*") for part in params.split(",")
             if part.strip() not in ("/", "*")]
    with p.block(f"def fb{k}({params}):"):
        p.emit(f"return ({', '.join(names)},)")
    for args in p.rng.sample(CALLS, p.between(3, 7)):
        p.attempt(f"fb{k}({args})", "call")
    if p.chance(0.4):
        p.attempt(f"(lambda {params}: 0)({p.pick(CALLS)})", "call")
    if p.chance(0.3):
        builtin = p.pick(["len()", "len(1, 2)", "int(x=1)", "sorted([], 1)", "max()", "min(1)", "abs(a=1)",
                          "divmod(1)", "isinstance(1)", "getattr(1)", "print(sep=1)", "range()", "range(1, 2, 3, 4)",
                          "'a'.split(1)", "[].append()", "{}.get()", "dict(1)", "list(1, 2)", "sum(1)",
                          "zip(1)", "enumerate()", "map(abs)", "iter(1, 2)", "next()", "round(1.5, 'x')",
                          "str(b'a', 1)", "'x'.join([1])", "hash([])", "setattr(1, 'a', 2)", "chr(-1)"])
        p.attempt(builtin, "call")


def decorators(p):
    k = p.n()
    with p.block(f"def deco{k}(tag):"):
        p.emit(f"print('call', 'deco factory', tag)")
        with p.block("def wrap(fn):"):
            p.emit(f"print('call', 'decorate', tag, fn.__name__)")
            with p.block("def inner(*a, **kw):"):
                p.emit(f"print('call', 'inner', tag, a, sorted(kw))")
                p.emit("return fn(*a, **kw)")
            p.emit(p.pick(["return inner", "return fn"]))
        p.emit("return wrap")
    p.emit(f"@deco{k}(1)")
    p.emit(f"@deco{k}(2)")
    with p.block(f"def fd{k}(x, y=0):"):
        p.emit(f"print('call', 'body', x, y)")
        p.emit("return x + y")
    p.attempt(f"fd{k}(3, y=4)", "call")
    p.attempt(f"fd{k}.__name__", "call")
    if p.chance(0.5):
        with p.block(f"def cdeco{k}(cls):"):
            p.emit(f"print('call', 'class deco', cls.__name__)")
            p.emit("cls.tag = 'deco'")
            p.emit("return cls")
        p.emit(f"@cdeco{k}")
        with p.block(f"class CD{k}:"):
            p.emit(f"print('call', 'class body')")
            p.emit("@staticmethod")
            p.emit("def s():")
            p.emit("    return 's'")
            p.emit("@property")
            p.emit("def p(self):")
            p.emit("    return 'p'")
        p.attempt(f"(CD{k}.tag, CD{k}.s(), CD{k}().p)", "call")


def definition_time(p):
    k = p.n()
    with p.block(f"def side{k}(tag, value):"):
        p.emit(f"print('call', 'eval', tag)")
        p.emit("return value")
    with p.guarded():
        p.emit(f"def fdt{k}(a: side{k}('ann a', int) = side{k}('default a', 1), *, "
               f"b: side{k}('ann b', str) = side{k}('default b', [])) -> side{k}('ann ret', None):")
        p.emit("    b.append(a)")
        p.emit("    return b")
        p.emit(f"print('call', {k}, fdt{k}(), fdt{k}(2), fdt{k}(b=[]))")
        p.emit(f"print('call', {k}, sorted(fdt{k}.__annotations__), fdt{k}.__defaults__, fdt{k}.__kwdefaults__)")
    with p.guarded():
        p.emit(f"x{k}: side{k}('module ann', int) = side{k}('module value', 5)")
        p.emit(f"print('call', {k}, __annotations__.get('x{k}'))")


ORDER = [
    "d[f('k1')] = f('v1')", "d[f('k2')] += f(1)", "t[f(1)] = f('v')", "x = f('l') < f('m') < f('n')",
    "x = f(0) or f('') or f('z')", "x = f(1) and f(0) and f('never')", "x = {f('k'): f('v'), f('k2'): f('v2')}",
    "x = [f(1), *f([2, 3]), f(4)]", "x = f(print)(f('arg1'), f('arg2'))", "x = f(1) if f(True) else f(2)",
    "x = f('o').__class__", "x, y = f((1, 2))", "x = f(2) ** f(3) ** f(2)", "x = -f(3) % f(5)",
    "x = f([1, 2])[f(0):f(1)]", "x = f(1) in f([1])", "x = not f(0)", "x = (y := f(7)) + y",
    "x = f('s') * f(2) + f('t')", "x = f(3) > f(2) == f(2)", "x = f('a') == f('a') != f('b')",
    "x = f(None) is f(None) is not f(1)", "x = {**f({'a': 1}), 'b': f(2)}", "x = f(lambda: 1)() + f(1)",
]


def fam_exprs(p):
    template = p.weighted([(evaluation_order, 3), (unpacking, 2), (container_edges, 3), (recursive_repr, 0.7),
                           (loops_and_iter, 1.2)])
    template(p)


def evaluation_order(p):
    k = p.n()
    with p.block(f"def eo{k}():"):
        with p.block("def f(v):"):
            p.emit("print('val', 'eval', repr(v) if not callable(v) else 'fn')")
            p.emit("return v")
        p.emit("d = {'k2': 1}")
        p.emit("t = [0, 1, 2]")
        for line in p.rng.sample(ORDER, p.between(3, 8)):
            j = p.n()
            with p.trying(j):
                p.emit(line)
                p.emit(f"print('val', {j}, x if 'x' in dir() else (d, t))")
        p.emit(f"print('val', {k}, sorted(d.items()), t)")
    with p.guarded():
        p.emit(f"eo{k}()")


def unpacking(p):
    k = p.n()
    targets = ["a, b", "a, *b", "*a, b", "a, (b, c)", "[a, b], c", "a, *b, c", "(a, b), *c", "a,"]
    sources = ["[1, 2]", "(1, 2, 3)", "'xy'", "range(4)", "[1]", "[]", "[(1, 2), 3]", "iter([1, 2, 3, 4])", "5",
               "{1: 2, 3: 4}", "[[1, 2], [3, 4], 5]", "(x for x in range(2))"]
    for _ in range(p.between(3, 7)):
        j = p.n()
        t = p.pick(targets)
        with p.trying(j):
            p.emit(f"{t} = {p.pick(sources)}")
            names = [n for n in ("a", "b", "c") if n in t]
            p.emit(f"print('val', {j}, {', '.join(names)})")
    for expr in p.rng.sample(["[*range(3), *'ab']", "{**{'a': 1}, **{'a': 2}}", "(*[1], *[2, 3])",
                              "[*{3: 1, 1: 2}]", "print(*[1, 2], sep='-')", "{*[1, 1, 2]} == {1, 2}",
                              "dict(**{'a': 1}, b=2)", "f'{[*range(2)]}'"], 2):
        p.attempt(expr, "val")


CONTAINER_EXPRS = [
    "l.insert(-100, 'x') or l", "l.insert(100, 'y') or l", "l[::-2]", "l[-100:100]", "l[5:2]", "l.index(3, -2)",
    "l.pop(-1)", "l.pop(10)", "l * -1", "l[1:3] = 'ab'", "l[::2] = [0]", "l.sort(reverse=True) or l",
    "sorted(l, key=lambda x: -x)", "l.count(2)", "l.remove(99)", "l + (1,)", "l == l[:]", "l < [1, 2, 4]",
    "[1, 2] < [1, 2, 3]", "list(reversed(l))", "l.extend(range(2)) or l", "del l[::3]", "l.copy() is l",
    "max(l, key=str)", "{1: 'a', 2: 'b'}.keys() & {2, 3}", "{1: 'a'}.items() | {(2, 'b')}", "dict.fromkeys('ab', 0)",
    "{1: 2} | {1: 3, 4: 5}", "sorted({3, 1, 2} ^ {2, 5})", "sorted({1, 2} - {2})", "{1, 2} <= {1, 2, 3}",
    "frozenset([1]) | {2}", "sorted(set('abc') & set('bcd'))", "(1, 2) + (3,)", "(1, 2).index(2)", "(1,) * 3",
    "tuple(l)[1:]", "[[0] * 2] * 2", "list(zip(*[[1, 2], [3, 4]]))", "dict(zip('ab', range(5)))",
    "{1: 1, True: 2, 1.0: 3}", "sorted([3, 1, 2], key=None, reverse=True)", "[1, 2].__contains__(2)",
    "d.setdefault('k', []).append(1) or d", "d.pop('zz', 'dflt')", "d.popitem()", "list(d.values())",
    "d.update(a=1) or sorted(d)", "d.get('q')", "d['missing']", "{}.popitem()", "sorted(d.items(), reverse=True)",
    "bytearray(b'abc').replace(b'b', b'xx')", "b'a,b'.split(b',')", "bytes(range(3)).hex()", "b'%d' % 5",
    "bytes.fromhex('41 42')", "b'abc'[1]", "b'abc'[::-1]", "b'ab' * 2",
]


def container_edges(p):
    k = p.n()
    p.emit(f"l = [1, 2, 3, 2]")
    p.emit(f"d = {{'b': 2, 'a': 1}}")
    for expr in p.rng.sample(CONTAINER_EXPRS, p.between(4, 10)):
        j = p.n()
        with p.trying(j):
            if " = " in expr or expr.startswith("del "):
                p.emit(expr)
                p.emit(f"print('val', {j}, l)")
            else:
                p.emit(f"print('val', {j}, {expr})")
    p.emit(f"print('val', {k}, l, d)")


def recursive_repr(p):
    k = p.n()
    p.emit("l = [1]")
    p.emit("l.append(l)")
    p.emit("d = {'a': 1}")
    p.emit("d['self'] = d")
    p.emit("d['l'] = l")
    for expr in ["l", "d", "repr([l, d])", "str((l,))", "l == l", "f'{l}'", "[l] * 2"]:
        p.attempt(expr, "val")
    p.emit("l.clear()")
    p.emit("d.clear()")


def loops_and_iter(p):
    k = p.n()
    forms = [
        "n = 0\nwhile True:\n    n += 1\n    if n > 3:\n        break\n    print('loop', {k}, n)\n"
        "else:\n    print('else', {k})",
        "it = iter([1, 2, 3, 4])\nfor x in it:\n    print('loop', {k}, x, next(it, 'end'))",
        "c = [0]\ndef tick():\n    c[0] += 1\n    return c[0]\nprint('it', {k}, list(iter(tick, 4)))",
        "l = [1, 2, 3]\nfor x in l:\n    print('loop', {k}, x)\n"
        "    if x == 1:\n        l.append(9) if len(l) < 5 else None",
        "for i, (a, b) in enumerate(zip('ab', 'cd'), 1):\n    print('loop', {k}, i, a, b)",
        "for x in range(10, 0, -3):\n    print('loop', {k}, x)\nelse:\n    print('else', {k}, x)",
        "print('it', {k}, list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))",
        "print('it', {k}, [x for x in range(20) if x % 3 == 0 if x % 2 == 0])",
        "r = range(0, 10, 3)\nprint('it', {k}, r[1], r[-1], r[1:], len(r), 6 in r, r.index(9), list(reversed(r)))",
        "print('it', {k}, list(zip(range(3), 'abcd', strict=False)))",
        "try:\n    print('it', {k}, list(zip([1, 2], 'a', strict=True)))\n"
        "except ValueError as e:\n    print('exc', {k}, e.args)",
    ]
    p.guarded_sample(forms, 2, 4, k=k)
