"""Generators and iterators: close() against every kind of finally and
except GeneratorExit, throw() with classes, instances, pairs and
non-exceptions, yield from delegating to generators and to user iterators
with and without throw/close, PEP 479, re-entrancy, generator expressions,
and user iterators whose exceptions pass through the built-in consumers.
"""

from gen_control import GEN_OPS, gen_op, body, drive_generator
from prog import Scope

FINALLY_ENDS = ["", "return", "return 7", "yield 9", "raise E1('fin')", "info({k})", "x = yield 8"]
EXIT_HANDLING = ["raise", "return", "return 5", "yield 6", "pass", "raise E2('ge')"]

THROW_OPS = GEN_OPS + [
    ("{it}.throw(1)", 0.4), ("{it}.throw(E1, 'v')", 0.4), ("{it}.throw(E1(), None)", 0.3),
    ("{it}.throw(E2, E1(3))", 0.3), ("{it}.throw(E1, None, None)", 0.2), ("{it}.throw(E1())", 0.8),
    ("{it}.throw(StopIteration(4))", 0.3), ("{it}.send(None)", 0.5),
]


def fam_generators(p):
    p.need("exc", "info")
    template = p.weighted([
        (close_with_finally, 2), (close_with_handler, 1.5), (throw_loop, 2), (delegation, 3),
        (pep479, 1), (reentrancy, 0.5), (edge_states, 1), (genexp, 1), (through_builtins, 2),
        (dropped_in_loop, 1), (frames, 0.7 if p.has("frames") else 0),
    ])
    template(p)


def advance(p, it, lo, hi):
    for _ in range(p.between(lo, hi)):
        gen_op(p, it, "next({it})")


def close_with_finally(p):
    k = p.n()
    end = p.pick(FINALLY_ENDS).format(k=k)
    with p.block(f"def g{k}():"):
        with p.block("try:"):
            for j in range(p.between(1, 3)):
                p.emit(f"yield {j}")
        with p.block("finally:"):
            p.emit(f"print('fin', {k})")
            if end:
                p.emit(end)
        p.emit(f"print('end', {k})")
    it = f"it{k}"
    p.emit(f"{it} = g{k}()")
    advance(p, it, 0, 2)
    gen_op(p, it, "{it}.close()")
    if p.chance(0.5):
        gen_op(p, it, p.pick(["{it}.close()", "next({it})", "{it}.send(1)", "{it}.throw(E1)"]))
    p.emit(f"del {it}")


def close_with_handler(p):
    k = p.n()
    with p.block(f"def g{k}():"):
        with p.block(f"for i in range({p.between(1, 3)}):"):
            with p.block("try:"):
                p.emit("yield i")
            with p.block("except GeneratorExit as e:"):
                p.emit(f"print('exc', {k}, 'GeneratorExit', e.args)")
                p.emit(f"info({k})")
                p.emit(p.pick(EXIT_HANDLING))
        p.emit(f"print('end', {k})")
        if p.chance(0.5):
            p.emit(f"yield {k}")
    it = f"it{k}"
    p.emit(f"{it} = g{k}()")
    advance(p, it, 0, 2)
    gen_op(p, it, p.pick(["{it}.close()", "{it}.throw(GeneratorExit)", "{it}.throw(GeneratorExit('x'))"]))
    if p.chance(0.5):
        gen_op(p, it, "next({it})")
    p.emit(f"del {it}")


def throw_loop(p):
    k = p.n()
    with p.block(f"def g{k}():"):
        with p.block(f"for i in range({p.between(2, 4)}):"):
            with p.block("try:"):
                p.emit("x = yield i")
                p.emit(f"print('sent', {k}, x)")
            with p.block(f"except {p.pick(['E1', 'Exception', 'ValueError', 'BaseException'])} as e:"):
                p.emit(f"print('exc', {k}, type(e).__name__, e.args)")
                p.emit(p.pick(["yield -i", "return 'thrown'", "raise", "continue", "break", "pass",
                               "raise E3(i)", "return"]))
        p.emit(f"return 'done{k}'")
    it = f"it{k}"
    p.emit(f"{it} = g{k}()")
    if p.chance(0.8):
        advance(p, it, 1, 1)
    for _ in range(p.between(2, 6)):
        gen_op(p, it, p.weighted(THROW_OPS))
    p.emit(f"del {it}")


def delegation(p):
    """yield from a sub-generator or a user iterator, driven by send,
    throw and close from outside."""
    p.need("it")
    k = p.n()
    sub = p.weighted([("gen", 3), ("It", 1), ("ItTC", 1.5), ("list", 0.5)])
    if sub == "gen":
        with p.block(f"def sub{k}(a):"):
            with p.block("try:"):
                p.emit("x = yield a")
                p.emit(f"print('sent', {k}, x)")
                p.emit("y = yield a + 1")
                p.emit(f"print('sent', {k}, y)")
            clauses = p.rng.sample(["except E1 as e:", "except GeneratorExit:", "except ValueError as e:"],
                                   p.between(0, 2))
            for clause in clauses:
                with p.block(clause):
                    p.emit(f"print('exc', {k}, {chr(39) + clause + chr(39)})")
                    p.emit(p.pick(["return 'caught'", "yield 'again'", "raise", "raise E3('sub')", "pass"]))
            if not clauses or p.chance(0.5):
                with p.block("finally:"):
                    p.emit(f"print('fin', {k})")
                    if p.chance(0.3):
                        p.emit(p.pick(["return 'fin'", "info(a)"]))
            p.emit(p.pick([f"return 'sub{k}'", "return", "raise StopIteration('x')", "return (1, 2)",
                           "return StopIteration(3)"]))
        src = f"sub{k}({k % 3})"
    elif sub == "It":
        src = f"It({p.between(1, 3)}, fail={p.pick([-1, 2])})"
    elif sub == "ItTC":
        src = f"ItTC({p.between(1, 3)})"
    else:
        src = "[1, 2]"
    with p.block(f"def g{k}():"):
        with p.block("try:"):
            p.emit(f"r = yield from {src}")
            p.emit(f"print('yf', {k}, r)")
        with p.block(f"except {p.pick(['E1', 'Exception', 'StopIteration', 'RuntimeError'])} as e:"):
            p.emit(f"print('exc', {k}, type(e).__name__, e.args)")
            if p.chance(0.4):
                p.emit(f"yield {k}")
        if p.chance(0.4):
            with p.block("finally:"):
                p.emit(f"print('fin', {k})")
        p.emit(f"yield 'tail{k}'")
    if p.chance(0.3):
        drive_generator(p, f"g{k}()")
        return
    it = f"it{k}"
    p.emit(f"{it} = g{k}()")
    for _ in range(p.between(1, 6)):
        gen_op(p, it, p.weighted(THROW_OPS))
    p.emit(f"del {it}")


def pep479(p):
    k = p.n()
    how = p.pick(["raise StopIteration", f"raise StopIteration({k})", "next(iter([]))", "next(It(0))",
                  "return next(iter(()))", f"raise StopIteration({k}) from E1(1)"])
    p.need("ctx", "it")
    with p.block(f"def g{k}():"):
        p.emit(f"yield {k}")
        if p.chance(0.4):
            with p.block("try:"):
                p.emit(how)
            with p.block(f"except {p.pick(['StopIteration', 'RuntimeError', 'Exception'])} as e:"):
                p.emit(f"print('exc', {k}, type(e).__name__, e.args)")
                p.emit(p.pick(["raise", "yield -1", "pass", "return 3"]))
        else:
            p.emit(how)
        p.emit(f"yield {k + 1}")
    with p.block("try:"):
        consumer = p.pick([f"list(g{k}())", f"[x for x in g{k}()]", f"sum(g{k}())", f"tuple(g{k}())",
                           f"dict.fromkeys(g{k}())", f"next(filter(None, g{k}()))"])
        p.emit(f"print('gen', {k}, {consumer})")
    with p.block("except BaseException as e:"):
        p.emit(f"ctx({k}, e)")


def reentrancy(p):
    k = p.n()
    it = f"it{k}"
    with p.block(f"def g{k}():"):
        p.emit(f"print('gen', {k}, {it}.gi_running)")
        with p.block("try:"):
            p.emit(p.pick([f"yield next({it})", f"yield {it}.send(None)", f"{it}.close()",
                           f"yield {it}.throw(E1)"]))
        with p.block("except ValueError as e:"):
            p.emit(f"print('exc', {k}, e.args)")
        p.emit(f"yield {k}")
    p.emit(f"{it} = g{k}()")
    p.emit(f"print('gen', {k}, {it}.gi_running)")
    for _ in range(p.between(1, 3)):
        gen_op(p, it, "next({it})")
    p.emit(f"del {it}")


def edge_states(p):
    """Generators not yet started and already finished."""
    k = p.n()
    it = f"it{k}"
    with p.block(f"def g{k}(a):"):
        with p.block("try:"):
            p.emit("yield a")
        with p.block("finally:"):
            p.emit(f"print('fin', {k})")
        p.emit("return a * 2")
    p.emit(f"{it} = g{k}({k % 5})")
    ops = ["{it}.send(1)", "{it}.throw(E1)", "{it}.close()", "next({it})", "{it}.send(None)",
           "next({it})", "{it}.throw(E2(5))", "{it}.close()", "next({it})", "list({it})"]
    start = p.between(0, 2)
    for op in ops[start:start + p.between(2, 6)]:
        gen_op(p, it, op)
    p.emit(f"del {it}")


def genexp(p):
    p.need("it")
    k = p.n()
    src = p.pick([f"It({p.between(1, 3)})", f"It(3, fail={p.between(1, 3)})", "range(3)", "5", "None",
                  f"[{k}, 0, 2]"])
    expr = p.pick(["x * 2", "10 // x", "(x, x)", "str(x)"])
    cond = p.pick(["", " if x", " if x % 2 == 0"])
    it = f"it{k}"
    p.emit(f"{it} = iter([])")
    with p.trying(k):
        p.emit(f"{it} = ({expr} for x in {src}{cond})")
        p.emit(f"print('gen', {k}, 'made')")
    for _ in range(p.between(1, 4)):
        gen_op(p, it, p.weighted(THROW_OPS[:13]))
    p.emit(f"del {it}")


CONSUMERS = [
    "list({s})", "tuple({s})", "sorted({s})", "sum({s})", "min({s})", "max({s})", "any({s})", "all({s})",
    "list(enumerate({s}))", "list(map(str, {s}))", "list(zip({s}, {s2}))", "list(filter(None, {s}))",
    "dict.fromkeys({s})", "'-'.join(map(str, {s}))", "[x for x in {s}]", "{{x: 1 for x in {s}}}",
    "sorted(set({s}))", "list(reversed(list({s})))", "next(map(abs, {s}))", "next(zip({s}, {s2}))",
    "next(enumerate({s}))", "next(filter(None, {s}))", "list(iter({s}))", "bytes({s})",
    "max({s}, default=-1)", "list(__import__('itertools').chain({s}, {s2}))",
]


def through_builtins(p):
    """A user iterator that stops or fails after a while, consumed by a
    built-in: its StopIteration ends the consumer quietly and any other
    exception arrives unchanged."""
    p.need("it")
    for _ in range(p.between(1, 4)):
        k = p.n()
        s = f"It({p.between(0, 3)}, fail={p.pick([-1, 1, 2, 3])})"
        s2 = f"It({p.between(0, 3)})"
        with p.block("try:"):
            p.emit(f"print('it', {k}, {p.pick(CONSUMERS).format(s=s, s2=s2)})")
        with p.block("except StopIteration as e:"):
            p.emit(f"print('it', {k}, 'stop', e.args)")
        with p.block("except Exception as e:"):
            p.emit(f"print('exc', {k}, type(e).__name__, e.args)")


def dropped_in_loop(p):
    """A generator abandoned by break or by an exception in the loop body
    is finalized (its finally runs) when the loop lets go of it."""
    k = p.n()
    with p.block(f"def g{k}(a):"):
        with p.block("try:"):
            body(p, Scope(kind="gen", locs=("a",), depth=1), 1, 3)
            p.emit("yield a")
            p.emit("yield a + 1")
        with p.block("finally:"):
            p.emit(f"print('fin', {k})")
    with p.guarded():
        with p.block(f"for x in g{k}({k % 3}):"):
            p.emit(f"print('loop', {k}, x)")
            p.emit(p.pick(["break", f"raise E1({k})", "pass", "continue"]))
        p.emit(f"print('end', {k})")
    p.emit(f"print('end', {k})")


def frames(p):
    """gi_frame, gi_yieldfrom, gi_code of generators at each state."""
    k = p.n()
    with p.block(f"def sub{k}():"):
        p.emit("yield 1")
    with p.block(f"def g{k}():"):
        p.emit("x = 1")
        p.emit(f"yield from sub{k}()")
        p.emit("yield 2")
    it = f"it{k}"
    p.emit(f"{it} = g{k}()")
    for _ in range(3):
        p.emit(f"print('gen', {k}, {it}.gi_frame is None, {it}.gi_yieldfrom is not None, {it}.gi_code.co_name)")
        p.emit(f"print('gen', {k}, {it}.gi_frame.f_lineno if {it}.gi_frame else None)")
        gen_op(p, it, "next({it})")
