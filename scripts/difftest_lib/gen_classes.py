"""Classes with special methods, and the operations that reach them.

A class gets a random subset of the dunders (binary operators and their
reflected and in-place forms, rich comparisons, __eq__/__hash__ pairs,
truth, length, iteration, containment, item access, attribute hooks,
properties, descriptors, conversions, __format__, __call__), each printing
that it ran and each answering normally, with NotImplemented, with a value
of the wrong type or by raising; then every operation that can reach them
is tried with the instance on either side, against builtins and against a
subclass that overrides the reflected method.
"""

BINOPS = [("+", "add"), ("-", "sub"), ("*", "mul"), ("@", "matmul"), ("/", "truediv"), ("//", "floordiv"),
          ("%", "mod"), ("**", "pow"), ("<<", "lshift"), (">>", "rshift"), ("&", "and"), ("|", "or"),
          ("^", "xor")]
COMPARES = [("==", "eq"), ("!=", "ne"), ("<", "lt"), ("<=", "le"), (">", "gt"), (">=", "ge")]
OTHERS = ["1", "2", "'s'", "[1]", "None", "2.5", "(1,)", "True"]


def fam_classes(p):
    p.need("exc")
    template = p.weighted([(dunder_class, 5), (inheritance, 1.5), (descriptors, 1), (builtin_subclass, 1.2),
                           (class_creation, 0.8)])
    template(p)


def method(p, header, lines):
    with p.block(header):
        for line in lines:
            p.emit(line)


def binop_body(p, cls, name, reflected):
    how = p.weighted([("ok", 4), ("ni", 1), ("int", 2), ("raise", 0.5), ("odd", 0.5)])
    lines = [f"print('op', '{cls}.{name}', o)"]
    if how == "ok" or how == "int":
        lines.append(f"if isinstance(o, {cls}):")
        lines.append(f"    return {cls}(self.v + o.v * 2)" if how == "ok" else "    return NotImplemented")
        lines.append("if isinstance(o, (int, float)) and not isinstance(o, bool):")
        lines.append(f"    return {cls}(self.v - o)" if reflected else f"    return {cls}(self.v + o)")
        lines.append("return NotImplemented")
    elif how == "ni":
        lines.append("return NotImplemented")
    elif how == "raise":
        lines.append(f"raise E1('{name}')")
    else:
        lines.append(f"return ('{name}', self.v)")
    return lines


def compare_body(p, cls, name):
    how = p.weighted([("ok", 4), ("ni", 1), ("nonbool", 0.7), ("raise", 0.4)])
    lines = [f"print('op', '{cls}.{name}', o)"]
    op = dict((n, s) for s, n in COMPARES)[name]
    if how == "ok":
        lines.append(f"if isinstance(o, {cls}):")
        lines.append(f"    return self.v {op} o.v")
        lines.append("if isinstance(o, int):")
        lines.append(f"    return self.v {op} o")
        lines.append("return NotImplemented")
    elif how == "ni":
        lines.append("return NotImplemented")
    elif how == "nonbool":
        lines.append(f"return '{name}' if isinstance(o, {cls}) else 0")
    else:
        lines.append(f"raise E2('{name}')")
    return lines


def define_class(p, cls, base=""):
    """A class with a random set of special methods; returns which it has."""
    has = set()
    with p.block(f"class {cls}{base}:"):
        method(p, "def __init__(self, v):", ["self.v = v"])
        method(p, "def __repr__(self):", [f"return f'{cls}({{self.v!r}})'"])
        for sym, name in BINOPS:
            if p.chance(0.25):
                has.add(name)
                method(p, f"def __{name}__(self, o):", binop_body(p, cls, name, False))
            if p.chance(0.2):
                has.add("r" + name)
                method(p, f"def __r{name}__(self, o):", binop_body(p, cls, "r" + name, True))
            if p.chance(0.08):
                has.add("i" + name)
                method(p, f"def __i{name}__(self, o):",
                       [f"print('op', '{cls}.i{name}', o)", "self.v = ('i', self.v)", "return self"])
        for sym, name in COMPARES:
            if p.chance(0.3):
                has.add(name)
                method(p, f"def __{name}__(self, o):", compare_body(p, cls, name))
        hashing = p.weighted([("none", 2), ("value", 2), ("none_attr", 1), ("raise", 0.3)])
        if hashing == "value":
            # hash(repr(v)), not hash(v): v may be or hold None, whose hash is
            # its address (fixed in Debian's python3.11, not in tally), and
            # a collision that happens in one interpreter only calls __eq__.
            method(p, "def __hash__(self):", [f"print('op', '{cls}.hash')", "return hash(repr(self.v)) % 7"])
        elif hashing == "none_attr":
            p.emit("__hash__ = None")
        elif hashing == "raise":
            method(p, "def __hash__(self):", ["raise E1('hash')"])
        truth = p.weighted([("none", 3), ("bool", 1), ("len", 1.5), ("badbool", 0.4), ("badlen", 0.4)])
        if truth == "bool":
            method(p, "def __bool__(self):", [f"print('op', '{cls}.bool')", "return self.v != 0"])
        elif truth == "len":
            method(p, "def __len__(self):", [f"print('op', '{cls}.len')", "return abs(self.v) % 4"])
        elif truth == "badbool":
            method(p, "def __bool__(self):", ["return self.v"])
        elif truth == "badlen":
            method(p, "def __len__(self):", [p.pick(["return -1", "return 'x'", "return 2 ** 70", "return 1.5"])])
        iteration = p.weighted([("none", 3), ("gen", 1.5), ("self", 1), ("getitem", 1.5), ("bad", 0.4)])
        if iteration == "gen":
            method(p, "def __iter__(self):", [f"print('op', '{cls}.iter')", "yield self.v", "yield self.v + 1"])
        elif iteration == "self":
            method(p, "def __iter__(self):", [f"print('op', '{cls}.iter')", "self.i = 0", "return self"])
            method(p, "def __next__(self):", ["self.i += 1", "if self.i > 2:", "    raise StopIteration(self.i)",
                                              "return self.i"])
        elif iteration == "getitem":
            method(p, "def __getitem__(self, i):",
                   [f"print('op', '{cls}.getitem', i)", "if isinstance(i, int) and i >= 3:",
                    "    raise IndexError(i)", "if isinstance(i, slice):", "    return ('slice', i.start, i.stop)",
                    "return self.v + i if isinstance(i, int) else i"])
        elif iteration == "bad":
            method(p, "def __iter__(self):", ["return self.v"])
        if p.chance(0.3):
            has.add("contains")
            method(p, "def __contains__(self, x):", [f"print('op', '{cls}.contains', x)",
                                                     p.pick(["return x == self.v", "return 'yes'",
                                                             "raise E1('in')"])])
        if p.chance(0.3):
            method(p, "def __getattr__(self, name):",
                   [f"print('attr', '{cls}.getattr', name)", "if name.startswith('x'):",
                    "    return len(name)", p.pick(["raise AttributeError(name)", "raise E1(name)",
                                                   "return None"])])
        if p.chance(0.25):
            method(p, "def __setattr__(self, name, value):",
                   [f"print('attr', '{cls}.setattr', name)", "object.__setattr__(self, name, value)"])
        if p.chance(0.35):
            p.emit("@property")
            method(p, "def p(self):", [f"print('attr', '{cls}.p get')", "return self.v"])
            if p.chance(0.6):
                p.emit("@p.setter")
                method(p, "def p(self, value):", [f"print('attr', '{cls}.p set', value)",
                                                  "if value == 0:", "    raise ValueError('zero')",
                                                  "self.v = value"])
            if p.chance(0.3):
                p.emit("@p.deleter")
                method(p, "def p(self):", [f"print('attr', '{cls}.p del')"])
        for conv, body in [("index", "return self.v"), ("int", "return self.v"), ("float", "return 1.5"),
                           ("neg", f"return {cls}(-self.v)"), ("abs", "return 99"),
                           ("invert", "return ~self.v"), ("round", "return ('round', n)"),
                           ("call", "return ('called', a)"), ("format", "return f'<{spec}>'"),
                           ("str", "return 'str-' + str(self.v)"), ("pos", "return 'pos'")]:
            if p.chance(0.15):
                args = {"round": "self, n=None", "call": "self, *a", "format": "self, spec"}.get(conv, "self")
                method(p, f"def __{conv}__({args}):", [f"print('op', '{cls}.{conv}')", body])
        if p.chance(0.2):
            method(p, "def __setitem__(self, k, v):", [f"print('op', '{cls}.setitem', k, v)"])
            method(p, "def __delitem__(self, k):", [f"print('op', '{cls}.delitem', k)"])
    return has


OPERATIONS = [
    "{a} {op} {b}", "{a} {op} {x}", "{x} {op} {a}", "{a} {op} {sub}", "{sub} {op} {a}",
    "{a} {cmp} {b}", "{a} {cmp} {x}", "{x} {cmp} {a}", "{a} {cmp} {sub}", "{sub} {cmp} {a}",
    "sorted([{a}, {b}, {cls}(0)])", "max({a}, {b})", "{a} in [{b}, {a}]", "[{a}] == [{a}]", "{a} == {a}",
    "hash({a}) == hash({a})", "{{{a}: 1}}.get({b}, 'no')", "len({{{a}, {b}}})", "bool({a})", "not {a}",
    "'t' if {a} else 'f'", "len({a})", "list({a})", "[x for x in {a}]", "3 in {a}", "{a}[1]", "{a}[1:2]",
    "sum({a})", "{a}.zz", "{a}.xyz", "{a}.p", "getattr({a}, 'q', 'dflt')", "hasattr({a}, 'w')", "{a}(1, 2)",
    "int({a})", "float({a})", "round({a})", "round({a}, 2)", "abs({a})", "-{a}", "+{a}", "~{a}", "hex({a})",
    "list(range({a}))", "'abcd'[{a}]", "[1, 2, 3][{a}:]", "format({a}, '>5')", "f'{{{a}!s:>6}}'", "str({a})",
    "repr({a})", "'x' * {a}", "[0] * {a}", "pow({a}, 2, 5)", "divmod({a}, 3)", "divmod(7, {a})",
    "{a}.v", "type({a}).__name__", "isinstance({a}, {cls})", "{a} is {a}", "bin({a})",
    "bytes({a})", "dict.fromkeys([{a}]).__len__()", "{a} != {b}", "[{a}].count({b})",
    "({a},) < ({b},)", "[{a}, {b}].index({b})",
]

STATEMENT_OPERATIONS = [
    "x = {a}\nx {op}= {b}\nprint('val', {k}, x)", "x = {a}\nx {op}= 2\nprint('val', {k}, x)",
    "{a}.p = 5\nprint('val', {k}, {a}.p)", "{a}.p = 0", "del {a}.p", "{a}[0] = 1", "del {a}[1:2]",
    "{a}.w = 3\nprint('val', {k}, {a}.w)", "del {a}.v\nprint('val', {k}, {a}.v)",
    "for x in {a}:\n    print('loop', {k}, x)", "y, z = {a}\nprint('val', {k}, y, z)",
]


def dunder_class(p):
    k = p.n()
    cls = f"N{k}"
    define_class(p, cls)
    sub = f"S{k}"
    if p.chance(0.6):
        with p.block(f"class {sub}({cls}):"):
            for _, name in p.rng.sample(BINOPS, 2) + p.rng.sample(COMPARES, 1):
                op = "r" + name if name in dict(BINOPS).values() else name
                method(p, f"def __{op}__(self, o):", [f"print('op', '{sub}.{op}', o)", "return ('sub', self.v)"])
    else:
        sub = cls
    a, b = f"a{k}", f"b{k}"
    p.emit(f"{a} = {cls}({p.between(-2, 4)})")
    p.emit(f"{b} = {cls}({p.between(-2, 4)})")
    for _ in range(p.between(5, 14)):
        sym, _ = p.pick(BINOPS)
        cmp, _ = p.pick(COMPARES)
        fields = dict(a=a, b=b, x=p.pick(OTHERS), sub=f"{sub}({p.between(0, 3)})", op=sym, cmp=cmp, cls=cls)
        if p.chance(0.8):
            p.attempt(p.pick(OPERATIONS).format(**fields))
        else:
            k2 = p.n()
            with p.trying(k2):
                p.emit(p.pick(STATEMENT_OPERATIONS).format(k=k2, **fields))


def inheritance(p):
    """A diamond (or a broken one) with cooperative super() calls, class
    and static methods, and attributes shadowed along the way."""
    k = p.n()
    names = [f"Ia{k}", f"Ib{k}", f"Ic{k}", f"Id{k}"]
    A, B, C, D = names
    bases = {A: "", B: f"({A})", C: f"({A})", D: p.pick([f"({B}, {C})", f"({C}, {B})", f"({B})"])}
    for name in names:
        with p.block(f"class {name}{bases[name]}:"):
            if p.chance(0.6):
                p.emit(f"tag = '{name}'")
            with p.block("def m(self, n):"):
                p.emit(f"print('cls', '{name}.m', n, self.tag)")
                if name != A:
                    p.emit(p.pick(["return super().m(n + 1)", "return (super().m(n), n)",
                                   f"return {A}.m(self, n)"]))
                else:
                    p.emit("return n")
            if p.chance(0.4):
                p.emit("@classmethod")
                with p.block("def cm(cls):"):
                    p.emit(f"print('cls', '{name}.cm', cls.__name__)")
                    p.emit("return cls.__mro__[1].__name__")
            if p.chance(0.3):
                p.emit("@staticmethod")
                with p.block("def sm(x):"):
                    p.emit(f"return ('{name}', x)")
            if name == A and p.chance(0.5):
                with p.block("def __init_subclass__(cls, **kw):"):
                    p.emit(f"print('cls', 'init_subclass', cls.__name__, sorted(kw))")
    p.emit(f"{A}.tag = 'A'")
    p.attempt(f"[c.__name__ for c in {D}.__mro__]", "cls")
    for expr in p.rng.sample([f"{D}().m(0)", f"{D}.cm()", f"{D}().sm(1)", f"{B}().m(5)", f"{D}().tag",
                              f"super({B}, {D}()).m(9)", f"{D}.m({C}(), 3)", f"isinstance({D}(), {C})",
                              f"issubclass({D}, ({C}, int))", f"{D}.__bases__", f"{D}().__class__.__name__"],
                             p.between(2, 5)):
        p.attempt(expr, "cls")
    with p.block("try:"):
        p.emit(f"class X{k}({A}, {D}):")
        p.emit("    pass")
        p.emit(f"print('cls', {k}, [c.__name__ for c in X{k}.__mro__])")
    with p.block("except TypeError as e:"):
        p.emit(f"print('exc', {k}, e.args)")


def descriptors(p):
    k = p.n()
    with p.block(f"class Desc{k}:"):
        with p.block("def __set_name__(self, owner, name):"):
            p.emit(f"print('attr', 'set_name', owner.__name__, name)")
            p.emit("self.name = '_' + name")
        with p.block("def __get__(self, obj, owner=None):"):
            p.emit(f"print('attr', 'get', obj is None, owner.__name__)")
            p.emit("return self if obj is None else getattr(obj, self.name, 'unset')")
        if p.chance(0.7):
            with p.block("def __set__(self, obj, value):"):
                p.emit(f"print('attr', 'set', value)")
                p.emit("setattr(obj, self.name, value)")
        if p.chance(0.4):
            with p.block("def __delete__(self, obj):"):
                p.emit(f"print('attr', 'delete')")
    with p.block(f"class H{k}:"):
        p.emit(f"d = Desc{k}()")
        if p.chance(0.5):
            p.emit("__slots__ = ('_d', 'z')" if p.chance(0.5) else "z = 1")
    p.emit(f"h{k} = H{k}()")
    for stmt in p.rng.sample([f"print('attr', {k}, h{k}.d)", f"h{k}.d = 4", f"print('attr', {k}, h{k}.d)",
                              f"del h{k}.d", f"h{k}.__dict__['d'] = 9", f"print('attr', {k}, H{k}.d is not None)",
                              f"h{k}.q = 1", f"print('attr', {k}, vars(h{k}))", f"h{k}.z = 7",
                              f"print('attr', {k}, h{k}.z)"], p.between(3, 7)):
        with p.guarded():
            p.emit(stmt)


def builtin_subclass(p):
    k = p.n()
    base = p.pick(["int", "str", "list", "dict", "tuple", "float"])
    cls = f"U{k}"
    with p.block(f"class {cls}({base}):"):
        if base in ("int", "float"):
            with p.block("def __add__(self, o):"):
                p.emit(f"print('op', '{cls}.add', o)")
                p.emit(f"return {cls}({base}(self) * 10 + o)" if base == "int" else "return 0.5")
            if p.chance(0.6):
                with p.block("def __radd__(self, o):"):
                    p.emit(f"print('op', '{cls}.radd', o)")
                    p.emit("return 'radd'")
            if p.chance(0.4):
                with p.block("def __eq__(self, o):"):
                    p.emit(f"print('op', '{cls}.eq', o)")
                    p.emit("return True")
            if p.chance(0.4):
                p.emit("__hash__ = int.__hash__" if base == "int" else "__hash__ = float.__hash__")
        elif base == "dict":
            with p.block("def __missing__(self, key):"):
                p.emit(f"print('op', '{cls}.missing', key)")
                p.emit("return key * 2")
        elif base == "list":
            with p.block("def __iter__(self):"):
                p.emit(f"print('op', '{cls}.iter')")
                p.emit("return iter([7, 8])")
            if p.chance(0.5):
                with p.block("def __len__(self):"):
                    p.emit("return 42")
        if base == "str" or p.chance(0.3):
            with p.block("def __repr__(self):"):
                p.emit(f"return '{cls}<' + {base}.__repr__(self) + '>'")
    value = {"int": "5", "str": "'ab'", "list": "[1, 2]", "dict": "{1: 2}", "tuple": "(1, 2)", "float": "2.5"}[base]
    u = f"u{k}"
    p.emit(f"{u} = {cls}({value})")
    exprs = [f"{u} + 1", f"1 + {u}", f"{u} + {u}", f"{u} == 5", f"{u} * 2", f"list({u})", f"len({u})",
             f"{u}[0]", f"{u}[3]", f"sorted({u})", f"{u} in {{5: 1}}", f"type({u} + {u}).__name__",
             f"str({u})", f"repr({u})", f"{u}.__class__.__name__", f"[*{u}]", f"dict.fromkeys({u})",
             f"{base}({u})", f"'%s' % ({u},)", f"f'{{{u}}}'", f"{u} == {u}", f"max({u})", f"tuple({u})"]
    for expr in p.rng.sample(exprs, p.between(4, 9)):
        p.attempt(expr)


def class_creation(p):
    """__new__, __init__ and metaclass hooks in the order class creation
    and instantiation call them."""
    k = p.n()
    with p.block(f"class Meta{k}(type):"):
        with p.block("def __new__(mcls, name, bases, ns, **kw):"):
            p.emit(f"print('cls', 'meta new', name, sorted(k for k in ns if not k.startswith('__')), kw)")
            p.emit("return super().__new__(mcls, name, bases, ns)")
        if p.chance(0.5):
            with p.block("def __call__(cls, *a):"):
                p.emit(f"print('cls', 'meta call', cls.__name__, a)")
                p.emit("return super().__call__(*a)")
        if p.chance(0.3):
            with p.block("def __init__(cls, name, bases, ns, **kw):"):
                p.emit(f"print('cls', 'meta init', name)")
                p.emit("super().__init__(name, bases, ns)")
    extra = p.pick(["", ", flag=1"])
    with p.block(f"class Q{k}(metaclass=Meta{k}{extra}):"):
        p.emit("x = 1")
        with p.block("def __new__(cls, *a):"):
            p.emit(f"print('cls', 'new', a)")
            p.emit(p.pick(["return super().__new__(cls)", "return 5", "return object.__new__(cls)"]))
        with p.block("def __init__(self, *a):"):
            p.emit(f"print('cls', 'init', a)")
            if p.chance(0.2):
                p.emit("return 1")
        with p.block("def __repr__(self):"):
            p.emit(f"return 'Q{k}()'")
    for expr in [f"Q{k}(1)", f"Q{k}()", f"type(Q{k}).__name__", f"Q{k}.x"]:
        p.attempt(expr, "cls")
