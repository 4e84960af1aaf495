"""Constructs behind feature flags, generated only when enabled (tally does
not have them yet): match statements, async/await driven by the
hand-written runner of prog.HELPERS["aw"] (no asyncio), except* with
exception groups, and complex numbers.
"""

from gen_control import gen_op

# (pattern, names it binds): irrefutable patterns come last, or-patterns
# bind the same names in each alternative.
PATTERNS = [
    ("0 | 1", ()), ("'a' | 'b'", ()), ("None", ()), ("True", ()), ("-3", ()), ("1.5", ()),
    ("[a, b]", ("a", "b")), ("[a, b, *rest]", ("a", "b", "rest")), ("[1, *_, 9]", ()), ("()", ()),
    ("(1, x) | (x, 1)", ("x",)), ("{'k': v}", ("v",)), ("{'k': v, **others}", ("v", "others")),
    ("{'k': 1 | 2}", ()), ("P(x=0, y=yy)", ("yy",)), ("P(a, b)", ("a", "b")), ("P()", ()),
    ("str() as st", ("st",)), ("int(n) if n > 10", ("n",)), ("int(n)", ("n",)), ("[int(), str()]", ()),
    ("Col.RED", ()), ("Col.BLUE | Col.RED", ()), ("[P(x=1), *_]", ()), ("{1: _, 2: [_, z]}", ("z",)),
    ("bool(b)", ("b",)), ("float(f) | int(f)", ("f",)), ("[*_]", ()), ("list(l2)", ("l2",)),
    ("dict()", ()), ("(a, b) if a == b", ("a", "b")), ("{'k': [*xs]}", ("xs",)),
]
SUBJECTS = ["0", "1", "'a'", "None", "True", "-3", "1.5", "[1, 2]", "[1, 2, 3]", "[1, 5, 9]", "()", "(1, 7)",
            "(7, 1)", "{'k': 1}", "{'k': 3, 'j': 4}", "{'k': [1, 2]}", "P(0, 5)", "P(1, 2)", "'str'", "11",
            "4", "[3, 'x']", "Col.RED", "[P(1, 0), 2]", "{1: 0, 2: [3, 4]}", "False", "2.0", "[]", "{}",
            "(2, 2)", "'abc'", "b'ab'", "range(2)"]


def fam_match(p):
    k = p.n()
    p.emit("class Col:\n    RED = 'red'\n    BLUE = 'blue'")
    with p.block("class P:"):
        p.emit(p.pick(["__match_args__ = ('x', 'y')", "__match_args__ = ('x',)", "__match_args__ = ()",
                       "__match_args__ = ('y', 'x')"]))
        with p.block("def __init__(self, x, y):"):
            p.emit("self.x = x")
            p.emit("self.y = y")
        with p.block("def __repr__(self):"):
            p.emit("return f'P({self.x}, {self.y})'")
    with p.block(f"def mt{k}(s):"):
        with p.block("match s:"):
            for pattern, names in p.rng.sample(PATTERNS, p.between(2, 8)):
                with p.block(f"case {pattern}:"):
                    shown = ", ".join(names)
                    p.emit(f"return ({pattern!r}, {shown}{',' if len(names) == 1 else ''})")
            if p.chance(0.5):
                with p.block(p.pick(["case _:", "case other:"])):
                    p.emit("return 'default'")
        p.emit("return 'nomatch'")
    for s in p.rng.sample(SUBJECTS, p.between(3, 8)):
        p.attempt(f"mt{k}({s})", "match")


def fam_async(p):
    p.need("aw", "exc")
    k = p.n()
    template = p.pick(["with", "for", "comp", "protocol", "agen"])
    if template == "with":
        with p.block(f"class AC{k}:"):
            with p.block("async def __aenter__(self):"):
                p.emit(f"print('async', 'aenter', {k})")
                p.emit(f"return await Aw({k})")
            with p.block("async def __aexit__(self, t, v, tb):"):
                p.emit(f"print('async', 'aexit', {k}, t.__name__ if t else None)")
                p.emit(f"await Aw({k + 1})")
                p.emit(p.pick(["return True", "return False", "return None"]))
        with p.block(f"async def co{k}():"):
            with p.block(f"async with AC{k}() as v:"):
                p.emit(f"print('async', {k}, 'in', v)")
                p.emit(p.pick(["raise E1(1)", "return 5", "pass", "await aco(2)"]))
            p.emit("return 'after'")
    elif template == "for":
        with p.block(f"class AI{k}:"):
            with p.block("def __init__(self):"):
                p.emit("self.i = 0")
            with p.block("def __aiter__(self):"):
                p.emit("return self")
            with p.block("async def __anext__(self):"):
                p.emit("self.i += 1")
                p.emit(f"await Aw(self.i)")
                with p.block(f"if self.i > {p.between(1, 3)}:"):
                    p.emit("raise StopAsyncIteration")
                p.emit("return self.i")
        with p.block(f"async def co{k}():"):
            with p.block(f"async for x in AI{k}():"):
                p.emit(f"print('async', {k}, x)")
                if p.chance(0.3):
                    p.emit("break")
            with p.block("else:"):
                p.emit(f"print('else', {k})")
            p.emit("return 'for-done'")
    elif template == "comp":
        with p.block(f"async def ag{k}(n):"):
            with p.block("for i in range(n):"):
                p.emit("await Aw(i)")
                p.emit("yield i")
        with p.block(f"async def co{k}():"):
            p.emit(f"a = [x async for x in ag{k}(3)]")
            p.emit(f"b = [await aco(x) for x in range(2)]")
            p.emit(f"c = {{x: y async for x in ag{k}(2) for y in 'ab'}}")
            p.emit("return a, b, c")
    elif template == "protocol":
        with p.block(f"async def co{k}():"):
            with p.block("try:"):
                p.emit("x = await Aw(1)")
                p.emit(f"print('async', {k}, x)")
                p.emit("await Aw(2)")
            with p.block("except E1 as e:"):
                p.emit(f"print('exc', {k}, e.args)")
                p.emit("await Aw(3)")
            with p.block("finally:"):
                p.emit(f"print('fin', {k})")
            p.emit("return 'co'")
        it = f"c{k}"
        p.emit(f"{it} = co{k}()")
        for op in p.rng.sample(["{it}.send(None)", "{it}.send(None)", "{it}.send(5)", "{it}.throw(E1)",
                                "{it}.close()", "{it}.throw(E2(2))", "next({it}.__await__())"], p.between(2, 5)):
            gen_op(p, it, op)
        p.emit(f"{it}.close()")
        p.emit(f"del {it}")
        return
    else:
        with p.block(f"async def ag{k}():"):
            with p.block("try:"):
                p.emit("yield 1")
                p.emit("await Aw(5)")
                p.emit("yield 2")
            with p.block("finally:"):
                p.emit(f"print('fin', {k})")
        with p.block(f"async def co{k}():"):
            p.emit(f"g = ag{k}()")
            p.emit(f"print('async', {k}, await g.asend(None))")
            p.emit(f"print('async', {k}, await g.__anext__())")
            p.emit(p.pick([f"await g.aclose()", f"print('async', {k}, await g.athrow(E1))",
                           f"print('async', {k}, await g.asend(7))"]))
            p.emit("return 'agen'")
    with p.guarded():
        p.emit(f"print('async', {k}, run(co{k}()))")


def fam_exceptstar(p):
    p.need("exc")
    k = p.n()
    leaves = ["E1(1)", "E2(2)", "ValueError(3)", "KeyError(4)", "TypeError(5)", "E3(6)"]
    members = p.rng.sample(leaves, p.between(1, 4))
    if p.chance(0.3):
        members.append(f"ExceptionGroup('inner', [{p.pick(leaves)}])")
    raised = p.pick([f"ExceptionGroup('g{k}', [{', '.join(members)}])", p.pick(leaves),
                     f"BaseExceptionGroup('b{k}', [B1(7), {p.pick(leaves)}])"])
    with p.guarded():
        with p.block("try:"):
            p.emit(f"raise {raised}")
        for clause in p.rng.sample(["E1", "ValueError", "(KeyError, TypeError)", "Exception", "E2", "B1"],
                                   p.between(1, 3)):
            with p.block(f"except* {clause} as eg:"):
                p.emit(f"print('eg', {k}, {clause!r}, type(eg).__name__, str(eg), repr(eg.exceptions))")
                if p.chance(0.2):
                    p.emit(p.pick(["raise E1('in-star')", "raise", "pass"]))
        p.emit(f"print('end', {k})")
    with p.trying(k):
        p.emit(f"eg = ExceptionGroup('s{k}', [{', '.join(members)}])")
        p.emit(f"print('eg', {k}, eg.split({p.pick(['E1', 'ValueError', 'Exception', 'KeyError'])}))")
        p.emit(f"print('eg', {k}, eg.subgroup(lambda e: isinstance(e, E1)))")


def fam_complex(p):
    values = ["1j", "2+3j", "-1.5j", "complex(1, -0.0)", "complex('1+2j')", "complex('  (3-4j) ')", "0j",
              "complex(float('inf'), 1)", "1e300j", "(-8) ** (1/3)", "(-1) ** 0.5", "complex(2)"]
    for _ in range(p.between(3, 8)):
        a, b = p.pick(values), p.pick(values + ["2", "0.5", "0"])
        p.attempt(p.pick([f"({a}) {p.pick(['+', '-', '*', '/', '**'])} ({b})", f"abs({a})", f"repr({a})",
                          f"({a}).conjugate()", f"({a}).real, ({a}).imag", f"({a}) == ({b})",
                          f"format({a}, '.2f')", f'f"{{{a}:>20}}"', f"hash({a}) == hash({b})", f"str({a})",
                          f"complex('{p.pick(['1+', 'j', '1+2i', '(1)', '-j', 'inf-nanj'])}')",
                          f"int({a})", f"({a}) < ({b})", f"pow({a}, 2)", f"divmod({a}, 1)"]), "cx")
