"""Name resolution: closures three functions deep with nonlocal and global
declarations, class bodies inside functions (names the class assigns, names
its methods and comprehensions close over, nonlocal from a class body),
comprehension scopes (no leaking, walrus binding outwards, the first
iterable evaluated outside), late-binding closures, deleted free
variables, and exec/eval with explicit namespaces.

Declarations are placed so the programs always compile: nonlocal only names
a variable some enclosing function binds, and every declaration comes
before any use of its name.
"""

VARS = ("x", "y", "z")


def fam_scopes(p):
    template = p.weighted([(closure_nest, 3), (class_body, 3), (comprehensions, 2.5), (late_binding, 1),
                           (deleted_free, 1), (exec_eval, 1)])
    template(p)


def read(p, k, level, name):
    with p.trying(k, "NameError"):
        p.emit(f"print('scope', {k}, {level!r}, {name!r}, {name})")


def closure_nest(p):
    """Up to three nested functions; each decides per variable to leave it
    alone, assign it locally, declare it nonlocal (when an enclosing
    function binds it) or global."""
    k = p.n()
    names = [f"{v}{k}" for v in VARS]
    for i, name in enumerate(names):
        if p.chance(0.7):
            p.emit(f"{name} = 'g{i}'")
    depth = p.between(2, 3)
    bound_above = set()

    def level(d):
        fname = f"fn{k}_{d}"
        decl, assign = {}, []
        for name in names:
            choice = p.weighted([("none", 3), ("assign", 2), ("nonlocal", 1.5 if name in bound_above else 0),
                                 ("global", 0.6)])
            if choice in ("nonlocal", "global"):
                decl[name] = choice
            if choice != "none":
                assign.append(name)
        with p.block(f"def {fname}():"):
            for name, how in decl.items():
                p.emit(f"{how} {name}")
            for name in names:
                if p.chance(0.3):
                    read(p, k, f"pre{d}", name)
            for name in assign:
                p.emit(f"{name} = '{name}@{d}'" if p.chance(0.7) else f"{name} += '+{d}'")
            saved = set(bound_above)
            bound_above.update(n for n in assign if decl.get(n) != "global")
            # a global declaration hides the enclosing bindings from nonlocal
            bound_above.difference_update(n for n, how in decl.items() if how == "global")
            if d < depth:
                level(d + 1)
                p.emit(p.pick([f"r = fn{k}_{d + 1}()", f"r = fn{k}_{d + 1}", "r = None"]))
            else:
                p.emit("r = None")
            bound_above.clear()
            bound_above.update(saved)
            for name in names:
                if p.chance(0.5):
                    read(p, k, f"post{d}", name)
            if p.chance(0.3):
                with p.block("def peek():"):
                    p.emit(f"return {', '.join(names)}")
                with p.guarded():
                    p.emit(f"print('scope', {k}, 'peek', peek())")
            p.emit("return r")

    level(1)
    with p.guarded():
        p.emit(f"r{k} = fn{k}_1()")
        p.emit(f"print('scope', {k}, 'r', r{k} if r{k} is None else r{k}.__name__)")
        with p.block(f"if callable(r{k}):"):
            p.emit(f"print('scope', {k}, 'call', r{k}() if r{k}() is None else r{k}().__name__)")
    for name in names:
        read(p, k, "module", name)


def class_body(p):
    k = p.n()
    f = f"cb{k}"
    with p.block(f"def {f}():"):
        p.emit("x = 'fx'")
        p.emit("y = 'fy'")
        p.emit("n = [1, 2]")
        with p.block(f"class C{k}:"):
            if p.chance(0.3):
                p.emit("nonlocal y")
            lines = [
                "print('scope', {k}, 'body x', x)", "x = 'cx'", "y = 'cy'", "n = [5]",
                "print('scope', {k}, 'body y', y)",
                "def m(self):\n    return x, y",
                "def mm(self):\n    return [x for _ in n]",
                "l = [x for _ in range(1)]", "g = [i for i in n]", "h = [i * len(n) for i in range(len(n))]",
                "w = list(x + str(i) for i in n)", "lam = lambda self: (x, n)", "s = {{x: i for i in n}}",
                "print('scope', {k}, 'locals', sorted(k for k in locals() if not k.startswith('__')))",
                "del x", "z = __name__", "q = __qualname__",
                "def sc(self):\n    return __class__.__name__",
                "def sup(self):\n    return super().__class__.__name__",
            ]
            for line in p.rng.sample(lines, p.between(3, 9)):
                with p.trying(k, "NameError"):
                    p.emit(line.format(k=k))
        p.emit(f"print('scope', {k}, 'after', x, y, n)")
        p.emit(f"return C{k}")
    p.emit(f"x = 'gx{k}'")
    with p.guarded():
        p.emit(f"K{k} = {f}()")
        for attr in p.rng.sample(["x", "y", "l", "g", "h", "w", "s", "z", "q", "n"], p.between(2, 5)):
            p.emit(f"print('scope', {k}, {attr!r}, getattr(K{k}, {attr!r}, 'missing'))")
        for call in p.rng.sample(["m", "mm", "lam", "sc", "sup"], p.between(1, 3)):
            with p.guarded():
                p.emit(f"print('scope', {k}, {call!r}, K{k}().{call}() if hasattr(K{k}, {call!r}) else 'no')")


def comprehensions(p):
    k = p.n()
    inside = p.chance(0.6)
    prefix = ""
    if inside:
        p.emit(f"def cp{k}():")
        p.level += 1
        p.emit("i = 'outer-i'")
    exprs = [
        "[i for i in range(3)]", "i", "[(w := i * 2) for i in range(3)]", "w",
        "[[i + j for j in range(i)] for i in range(3)]", "{i: j for i in range(2) for j in 'ab'}",
        "[i for i in range(4) if (v := i) > 1]", "v", "sorted({i % 3 for i in range(7)})",
        "list(i for i in range(2))", "[lambda: i for i in range(2)][0]()", "[j for i in [[1, 2], [3]] for j in i]",
        "[i for i in range(3) for i in 'xy']", "[(i, k) for k in range(2)]",
        "[x for x in [1, 2] if x > 1 for y in range(x)]", "sum(x * x for x in range(5))",
        "{*range(3), *'ab'} == set(range(3)) | {'a', 'b'}", "[*(i for i in range(2)), *[9]]",
    ]
    for e in p.rng.sample(exprs, p.between(4, 9)):
        p.attempt(e, "scope")
    if inside:
        p.emit("return 'done'")
        p.level -= 1
        with p.guarded():
            p.emit(f"print('scope', {k}, cp{k}())")


def late_binding(p):
    k = p.n()
    forms = [
        "fs = [lambda: i for i in range(3)]",
        "fs = [lambda i=i: i for i in range(3)]",
        "fs = []\nfor i in range(3):\n    fs.append(lambda: i)",
        "fs = []\nfor i in range(3):\n    def f(j=i):\n        return j, i\n    fs.append(f)",
        "def mk(i):\n    return lambda: i\nfs = [mk(i) for i in range(3)]",
        "fs = [(lambda: i) for i in range(2)] + [lambda: 'x']",
        "i = 10\ng = (lambda: i for _ in range(2))\ni = 20\nfs = list(g)",
    ]
    with p.block(f"def lb{k}():"):
        p.emit(p.pick(forms))
        p.emit("return [f() for f in fs]")
    p.attempt(f"lb{k}()", "scope")


def deleted_free(p):
    k = p.n()
    with p.block(f"def df{k}():"):
        p.emit("x = 1")
        with p.block("def g():"):
            p.emit("return x")
        if p.chance(0.5):
            with p.block("def h():"):
                p.emit("nonlocal x")
                p.emit("del x")
            p.emit("h()")
        else:
            p.emit("del x")
        for expr in ("g()", "x"):
            with p.trying(k, "NameError"):
                p.emit(f"print('scope', {k}, {expr})")
        p.emit("x = 2")
        p.emit("return g()")
    p.attempt(f"df{k}()", "scope")


def exec_eval(p):
    k = p.n()
    cases = [
        "ns = {{}}\nexec('a = 1\\nb = a + 1', {{}}, ns)\nprint('scope', {k}, sorted(ns.items()))",
        "print('scope', {k}, eval('x + 1', {{}}, {{'x': 2}}))",
        "ns = {{}}\nexec('a = 1\\ndef f():\\n    return a\\nr = f()', {{}}, ns)",
        "g = {{'a': 5}}\nexec('def f():\\n    return a\\nr = f()', g)\nprint('scope', {k}, g['r'])",
        "print('scope', {k}, eval('[y for y in range(x)]', {{'x': 3}}))",
        "print('scope', {k}, eval('(lambda: x)()', {{'x': 7}}, {{'x': 8}}))",
        "ns = {{'x': 1}}\nexec('x += 1\\nclass C:\\n    x = x + 10', ns)\nprint('scope', {k}, ns['x'], ns['C'].x)",
        "print('scope', {k}, eval('__name__', {{'__name__': 'n{k}'}}))",
    ]
    p.guarded_sample(cases, 1, 3, k=k)
