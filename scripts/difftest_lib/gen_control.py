"""The statement grammar: control flow in every combination.

stmt() writes one random statement valid in its Scope: markers, raises,
returns, break/continue, yields, awaits, and the compound statements (if,
for, while, try/except/else/finally, with, nested functions) whose bodies
recurse.  Loops are bounded (range, finite iterators, counted whiles) and
calls only go to functions defined earlier, so every program ends.  The
families below use the grammar for function, generator, method, coroutine
and module-level segments, and for segments that stress the exception
state (sys.exc_info(), __context__, tracebacks) while handlers, finally
blocks and generators interleave.
"""

from prog import Scope

MAX_DEPTH = 4

RAISES = [
    ("raise E1({k})", 3), ("raise E2({k})", 2), ("raise ValueError({k})", 2),
    ("raise KeyError({k})", 1), ("raise E3", 1), ("raise E1", 1),
    ("raise B1({k})", 0.6), ("raise StopIteration({k})", 0.8),
    ("raise E1({k}) from None", 1), ("raise E2({k}) from E3({k})", 1),
    ("raise E1({k}) from ValueError", 0.5), ("raise TypeError('t', {k})", 0.5),
    ("raise GeneratorExit({k})", 0.2), ("assert {k} < 0, {k}", 0.5),
    ("raise RuntimeError({k})", 0.5),
]

FAILS = [
    "1 // 0", "[][{k}]", "{{}}[{k}]", "int('x{k}')", "None.x{k}", "'a' + {k}",
    "undefined_{k}", "next(iter(()))", "[1, 2].index({k})", "(1, 2)[{k}]",
    "{k} % 0.0", "divmod({k}, 0)", "float('nan{k}')", "{{'a': 1}}['b']",
]

HANDLERS = [
    ("except E1 as {e}:", 3), ("except E2 as {e}:", 1.5), ("except (ValueError, E1) as {e}:", 1.5),
    ("except Exception as {e}:", 2.5), ("except BaseException as {e}:", 1),
    ("except:", 1), ("except KeyError as {e}:", 0.7), ("except ZeroDivisionError as {e}:", 0.7),
    ("except StopIteration as {e}:", 0.8), ("except RuntimeError as {e}:", 0.8),
    ("except B1 as {e}:", 0.5), ("except E3:", 0.5), ("except (TypeError, AttributeError) as {e}:", 0.5),
    ("except GeneratorExit as {e}:", 0.3), ("except ValueError:", 0.7),
]

CM_MODES = [(0, 3), (1, 2), (2, 1), (3, 0.5), (4, 0.7), (5, 0.5), (6, 0.7)]


def body(p, sc, lo=1, hi=3):
    for _ in range(p.between(lo, hi)):
        stmt(p, sc)


def stmt(p, sc):
    """One statement valid in sc."""
    comp = max(0, MAX_DEPTH - sc.depth) * 1.1
    gens = [name for name, kind in p.funcs if kind == "gen"]
    funcs = [name for name, kind in p.funcs if kind == "func"]
    what = p.weighted([
        ("mark", 2.5), ("assign", 1.2 if sc.locs else 0), ("raise", 1.6), ("info", 0.8),
        ("return", 1.3 if sc.is_func else 0),
        ("break", 1.2 if sc.loop else 0), ("continue", 1.0 if sc.loop else 0),
        ("yield", 3.0 if sc.is_gen else 0), ("await", 2.0 if sc.is_async else 0),
        ("fail", 0.6), ("call", 0.7 if (funcs or gens) and sc.kind != "class" else 0),
        ("reraise", 0.8 if sc.handler else 0.05), ("ctxnow", 0.5 if sc.handler else 0),
        ("delobj", 0.4 if sc.is_func else 0.05),
        ("if", comp * 0.6), ("for", comp), ("while", comp * 0.4), ("try", comp * 2.0),
        ("with", comp * 0.9), ("inner", comp * 0.15 if sc.depth <= 1 and sc.kind != "class" else 0),
    ])
    k = p.n()
    if what == "mark":
        if sc.locs and p.chance(0.4):
            p.emit(f"print('step', {k}, {p.pick(sc.locs)})")
        else:
            p.emit(f"print('step', {k})")
    elif what == "assign":
        v = p.pick(sc.locs)
        p.emit(p.pick([f"{v} += {k}", f"{v} = {v} * 2 - {k}", f"{v} = {v} % 7"]))
    elif what == "raise":
        p.need("exc")
        p.emit(p.weighted(RAISES).format(k=k))
    elif what == "info":
        p.need("info")
        p.emit(f"info({k})")
    elif what == "return":
        if sc.kind == "agen":
            p.emit("return")
        elif sc.locs and p.chance(0.5):
            p.emit(f"return ({k}, {p.pick(sc.locs)})")
        else:
            p.emit(p.pick([f"return {k}", "return", f"return 'r{k}'"]))
    elif what == "break":
        p.emit("break")
    elif what == "continue":
        p.emit("continue")
    elif what == "yield":
        yield_stmt(p, sc, k, gens)
    elif what == "await":
        p.need("aw")
        p.emit(p.pick([f"print('async', {k}, await aco({k}))", f"await Aw({k})",
                       f"print('async', {k}, await Aw({k}))"]))
    elif what == "fail":
        p.emit(f"print('val', {k}, {p.pick(FAILS).format(k=k)})")
    elif what == "call":
        p.calls_made += 1
        if gens and (not funcs or p.chance(0.4)):
            p.emit(f"print('ret', {k}, list({p.pick(gens)}({k % 4})))")
        else:
            p.emit(f"print('ret', {k}, {p.pick(funcs)}({k % 4}))")
    elif what == "reraise":
        p.emit("raise")
    elif what == "ctxnow":
        p.need("ctx")
        p.emit(f"ctx({k}, sys.exc_info()[1])")
    elif what == "delobj":
        p.need("d")
        p.emit(f"o{k} = D({k})")
    elif what == "if":
        cond = f"{p.pick(sc.locs)} % 2 == {p.between(0, 1)}" if sc.locs else p.pick(["True", "0", f"{k} > 3"])
        with p.block(f"if {cond}:"):
            body(p, sc.child(depth=sc.depth + 1))
        if p.chance(0.4):
            with p.block("else:"):
                body(p, sc.child(depth=sc.depth + 1))
    elif what == "for":
        for_stmt(p, sc, k, gens)
    elif what == "while":
        w = f"w{k}"
        p.emit(f"{w} = 0")
        with p.block(f"while {w} < {p.between(1, 3)}:"):
            p.emit(f"{w} += 1")
            body(p, sc.child(loop=True, depth=sc.depth + 1))
        loop_else(p, sc, k)
    elif what == "try":
        try_stmt(p, sc, k)
    elif what == "with":
        with_stmt(p, sc, k)
    elif what == "inner":
        inner_function(p, sc, k)


def yield_stmt(p, sc, k, gens):
    forms = [("plain", 3), ("sent", 2), ("assign", 1 if sc.locs else 0)]
    if sc.kind == "gen":
        forms.append(("from", 2))
    form = p.weighted(forms)
    if form == "plain":
        p.emit(f"yield {k}")
    elif form == "sent":
        p.emit(f"print('sent', {k}, (yield {k}))")
    elif form == "assign":
        v = p.pick(sc.locs)
        p.emit(f"{v} = yield {k}")
        p.emit(f"print('sent', {k}, {v})")
    else:
        p.emit(f"print('yf', {k}, (yield from {sub_iterable(p, k, gens)}))")


def sub_iterable(p, k, gens):
    """Something to delegate to or loop over: a generator defined earlier,
    a user iterator (with or without throw/close), or a built-in one."""
    choice = p.weighted([("gen", 3 if gens else 0), ("it", 2), ("ittc", 1.5), ("list", 1), ("range", 0.5),
                         ("fail", 0.7)])
    if choice == "gen":
        p.calls_made += 1
        return f"{p.pick(gens)}({k % 3})"
    p.need("it")
    if choice == "it":
        return f"It({p.between(0, 3)})"
    if choice == "ittc":
        return f"ItTC({p.between(1, 3)})"
    if choice == "fail":
        return f"It(3, fail={p.between(1, 3)})"
    if choice == "list":
        return f"[{k}, {k + 1}]"
    return f"range({p.between(0, 2)})"


def for_stmt(p, sc, k, gens):
    i = f"i{k}"
    head = p.weighted([("range", 4), ("list", 1), ("iter", 1.5), ("enum", 0.5)])
    if head == "range":
        src = f"range({p.between(1, 3)})"
    elif head == "list":
        src = f"[{k}, {k + 1}, {k + 2}]"
    elif head == "iter":
        src = sub_iterable(p, k, gens)
    else:
        src = f"enumerate({sub_iterable(p, k, gens)})"
    with p.block(f"for {i} in {src}:"):
        p.emit(f"print('loop', {k}, {i})")
        body(p, sc.child(loop=True, depth=sc.depth + 1, locs=sc.locs + ((i,) if head == "range" else ())))
    loop_else(p, sc, k)


def loop_else(p, sc, k):
    if p.chance(0.3):
        with p.block("else:"):
            p.emit(f"print('else', {k})")
            if p.chance(0.4):
                body(p, sc.child(depth=sc.depth + 1), 1, 2)
    p.emit(f"print('end', {k})")


def try_stmt(p, sc, k):
    p.need("exc")
    n_handlers = p.weighted([(0, 1.2), (1, 3), (2, 1.5), (3, 0.5)])
    has_else = n_handlers > 0 and p.chance(0.3)
    has_finally = n_handlers == 0 or p.chance(0.5)
    inner = sc.child(depth=sc.depth + 1)
    with p.block("try:"):
        p.emit(f"print('try', {k})")
        body(p, inner)
    for h in range(n_handlers):
        e = f"e{k}_{h}"
        clause = p.weighted(HANDLERS).format(e=e)
        if clause == "except:" and h < n_handlers - 1:
            clause = f"except Exception as {e}:"
        with p.block(clause):
            if " as " in clause:
                p.emit(f"print('exc', {k}, type({e}).__name__, {e}.args)")
                if p.chance(0.15):
                    p.need("ctx")
                    p.emit(f"ctx({k}, {e})")
                elif p.chance(0.08):
                    p.need("tb")
                    p.emit(f"tb({k}, {e})")
            else:
                p.emit(f"print('exc', {k})")
            if p.chance(0.25):
                p.need("info")
                p.emit(f"info({k})")
            body(p, inner.child(handler=True), 0, 2)
    if has_else:
        with p.block("else:"):
            p.emit(f"print('else', {k})")
            body(p, inner, 0, 2)
    if has_finally:
        with p.block("finally:"):
            p.emit(f"print('fin', {k})")
            if p.chance(0.3):
                p.need("info")
                p.emit(f"info({k})")
            body(p, inner, 0, 2)
    if p.chance(0.2):
        p.need("info")
        p.emit(f"info({k})")


def with_stmt(p, sc, k):
    p.need("cm")
    items = [f"CM({k}, {p.weighted(CM_MODES)}) as c{k}"]
    if p.chance(0.2):
        items.append(f"CM({k + 1000}, {p.weighted(CM_MODES)})")
    with p.block(f"with {', '.join(items)}:"):
        body(p, sc.child(depth=sc.depth + 1))
    p.emit(f"print('end', {k})")


def inner_function(p, sc, k):
    """A function (or generator) defined inside a body and called there;
    it reads one of the enclosing locals through a closure."""
    name = f"h{k}"
    gen = p.chance(0.35) and sc.kind != "agen"
    outer = sc.locs[0] if sc.locs and sc.is_func else None
    with p.block(f"def {name}(x):"):
        if outer:
            p.emit(f"print('scope', {k}, {outer})")
        body(p, Scope(kind="gen" if gen else "func", depth=sc.depth + 1, locs=("x",)), 1, 3)
    if gen:
        p.emit(f"print('gen', {k}, list({name}({k % 3})))")
    else:
        p.emit(f"print('ret', {k}, {name}({k % 3}))")


# ---- driving a generator ----

GEN_OPS = [
    ("next({it})", 4), ("{it}.send({k})", 2), ("{it}.throw(E1)", 1), ("{it}.throw(E2({k}))", 1),
    ("{it}.throw(ValueError)", 0.6), ("{it}.throw(StopIteration)", 0.4), ("{it}.throw(GeneratorExit)", 0.3),
    ("{it}.throw(E1, E1({k}))", 0.4), ("{it}.throw(E1, {k})", 0.3), ("{it}.throw(B1)", 0.3),
    ("{it}.close()", 1.5), ("next({it}, 'dflt')", 0.8), ("list({it})", 0.5),
]


def drive_generator(p, call):
    """Code that runs the generator made by call in one of several ways,
    printing everything it yields, returns and raises."""
    p.need("exc")
    style = p.weighted([("list", 1), ("for", 1.2), ("ops", 3)])
    k = p.n()
    if style == "list":
        with p.guarded():
            p.emit(f"print('gen', {k}, list({call}))")
    elif style == "for":
        with p.guarded():
            with p.block(f"for x{k} in {call}:"):
                p.emit(f"print('loop', {k}, x{k})")
                if p.chance(0.5):
                    with p.block(f"if x{k} == {p.pick([1, 2, k])}:"):
                        p.emit("break")
            p.emit(f"print('end', {k})")
    else:
        it = f"it{k}"
        p.emit(f"{it} = {call}")
        for _ in range(p.between(1, 6)):
            gen_op(p, it, p.weighted(GEN_OPS))
        if p.chance(0.7):
            p.emit(f"del {it}")
            p.emit(f"print('end', {k})")


def gen_op(p, it, op):
    k = p.n()
    with p.block("try:"):
        p.emit(f"print('gen', {k}, {op.format(it=it, k=k)})")
    with p.block("except StopIteration as _s:"):
        p.emit(f"print('gen', {k}, 'stop', _s.value, _s.args)")
    with p.block("except BaseException as _e:"):
        p.emit(f"print('gen', {k}, 'raised', type(_e).__name__, _e.args)")


# ---- families ----

def fam_control(p):
    """A function, generator, method, coroutine or module-level block of
    random control flow, then code that runs it."""
    p.need("exc")
    kind = p.weighted([("func", 4), ("gen", 3), ("module", 2), ("method", 1),
                       ("coro", 1.5 if p.has("async") else 0), ("agen", 1 if p.has("async") else 0)])
    k = p.n()
    if kind == "module":
        module_block(p, k)
        return
    if kind == "method":
        with p.block(f"class K{k}:"):
            with p.block("def m(self, a):"):
                p.emit("b = a + 1")
                body(p, Scope(kind="func", locs=("a", "b")), 2, 5)
        with p.guarded():
            p.emit(f"print('ret', {k}, K{k}().m({k % 3}))")
        return
    prefix = {"func": "f", "gen": "g", "coro": "co", "agen": "ag"}[kind]
    name = f"{prefix}{k}"
    header = "async def" if kind in ("coro", "agen") else "def"
    calls_before = p.calls_made
    with p.block(f"{header} {name}(a):"):
        p.emit("b = a + 1")
        body(p, Scope(kind=kind, locs=("a", "b")), 2, 5)
        if kind == "func" and p.chance(0.5):
            p.emit(f"return 'end{k}'")
        if kind == "agen" and p.chance(0.6):
            p.emit(f"yield {k}")
    if kind in ("func", "gen") and p.calls_made == calls_before:
        p.funcs.append((name, kind))
    if kind == "func":
        for _ in range(p.between(1, 2)):
            with p.guarded():
                p.emit(f"print('ret', {k}, {name}({p.between(0, 3)}))")
    elif kind == "gen":
        drive_generator(p, f"{name}({p.between(0, 3)})")
    elif kind == "coro":
        with p.guarded():
            p.emit(f"print('async', {k}, run({name}({p.between(0, 3)})))")
    else:
        drive_async_generator(p, name, k)


def drive_async_generator(p, name, k):
    p.need("aw")
    with p.block(f"async def drv{k}():"):
        p.emit("r = []")
        with p.block(f"async for x in {name}({p.between(0, 3)}):"):
            p.emit(f"print('async', {k}, 'item', x)")
            p.emit("r.append(x)")
            if p.chance(0.3):
                p.emit("break")
        p.emit("return r")
    with p.guarded():
        p.emit(f"print('async', {k}, run(drv{k}()))")


def module_block(p, k):
    """Control flow at module level, inside a loop when break/continue may
    appear, caught as a whole."""
    v = f"v{k}"
    p.emit(f"{v} = {k % 5}")
    with p.guarded():
        if p.chance(0.7):
            m = f"m{k}"
            with p.block(f"for {m} in range({p.between(1, 3)}):"):
                p.emit(f"print('loop', {k}, {m})")
                body(p, Scope(kind="module", loop=True, locs=(v, m)), 2, 4)
            loop_else(p, Scope(kind="module", locs=(v,)), k)
        else:
            body(p, Scope(kind="module", locs=(v,)), 2, 4)


def fam_exc_state(p):
    """Handlers inside handlers, finally blocks replacing exceptions, raises
    from handlers, and generators suspended inside handlers: the handled
    exception (sys.exc_info()), __context__/__cause__ and tracebacks
    printed at many points."""
    p.need("exc", "info", "ctx")
    with p.biased(**{"try": 2.0, "raise": 1.5, "info": 2.5, "ctxnow": 3.0, "reraise": 2.0}):
        if p.chance(0.5):
            fam_control(p)
            return
        k = p.n()
        name = f"s{k}"
        gen = p.chance(0.5)
        with p.block(f"def {name}(a):"):
            p.emit("b = a")
            with p.block("try:"):
                p.emit(f"raise {p.pick(['E1', 'E2', 'ValueError', 'KeyError'])}({k})")
            with p.block("except Exception as outer:"):
                p.emit(f"print('exc', {k}, type(outer).__name__)")
                sc = Scope(kind="gen" if gen else "func", handler=True, depth=1, locs=("a", "b"))
                body(p, sc, 2, 4)
                p.emit(f"info({k})")
                if gen:
                    p.emit(f"yield {k}")
                    p.emit(f"info({k})")
            p.emit(f"info({k})")
            body(p, Scope(kind="gen" if gen else "func", locs=("a", "b")), 0, 2)
        if gen:
            drive_generator(p, f"{name}({k % 3})")
            p.need("info")
            p.emit(f"info({p.n()})")
        else:
            with p.guarded():
                p.emit(f"print('ret', {k}, {name}({k % 3}))")
