"""The program being generated: an indenting line emitter, fresh names, the
random source, the helper definitions a program asks for, and the scope a
statement is generated in.

Every printed line starts with a tag word from TAGS, so that the first line
where two runs differ says what kind of event went wrong (a finally that did
not run, an exception of another type, a release out of order) and the
signature of a divergence (run.py) stays within a bounded vocabulary.
"""

import random
from contextlib import contextmanager
from dataclasses import dataclass, replace

# The first word of every line the generated programs print.
TAGS = frozenset("""
    step try exc else fin loop end enter exit ret info ctx caught gen sent yf
    it op attr val del rc num fmt str scope cls call match async eg cx cont
    """.split())

# Helper definitions a program can ask for, emitted once at its top, in the
# order of this table (later helpers use earlier ones).
HELPERS = {
    "info": '''
def info(n):
    t, v, tb = sys.exc_info()
    print('info', n, t.__name__ if t is not None else None, v.args if v is not None else None)
''',
    "ctx": '''
def ctx(n, e):
    parts = []
    while e is not None and len(parts) < 5:
        link = 'cause' if e.__cause__ is not None else ('ctx' if e.__context__ is not None else '')
        parts.append(f"{type(e).__name__}{e.args}{'!' if e.__suppress_context__ else ''}{link}")
        e = e.__cause__ if e.__cause__ is not None else e.__context__
    print('ctx', n, ' '.join(parts))
''',
    "exc": '''
class E1(Exception):
    pass
class E2(E1):
    pass
class E3(ValueError):
    pass
class B1(BaseException):
    pass
''',
    "cm": '''
class CM:
    def __init__(self, n, mode=0):
        self.n = n
        self.mode = mode
    def __enter__(self):
        print('enter', self.n, self.mode)
        if self.mode == 3:
            raise E1('enter', self.n)
        return self.n
    def __exit__(self, t, v, tb):
        print('exit', self.n, t.__name__ if t is not None else None, v.args if v is not None else None)
        if self.mode == 1:
            return True
        if self.mode == 2:
            return t is not None and issubclass(t, E1)
        if self.mode == 4 and t is not None:
            raise E2('exit', self.n)
        if self.mode == 5:
            return 'yes'
        if self.mode == 6:
            info(self.n)
        return None
''',
    "d": '''
class D:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'D({self.n})'
    def __del__(self):
        print('del', self.n)
''',
    "tb": '''
def tb(n, e):
    t = e.__traceback__
    lines = []
    while t is not None:
        lines.append(t.tb_lineno)
        t = t.tb_next
    print('exc', n, 'tb', type(e).__name__, lines)
''',
    "it": '''
class It:
    def __init__(self, n, fail=-1):
        self.i = 0
        self.n = n
        self.fail = fail
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        print('it next', self.i)
        if self.i == self.fail:
            raise E1('next', self.i)
        if self.i > self.n:
            raise StopIteration('done', self.i)
        return self.i
class ItTC(It):
    def send(self, v):
        print('it send', v)
        return self.__next__()
    def throw(self, t, v=None, tb=None):
        print('it throw', t.__name__ if isinstance(t, type) else type(t).__name__)
        if self.i >= self.n:
            raise t
        return -self.i
    def close(self):
        print('it close', self.i)
''',
    "aw": '''
class Aw:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        print('async', 'await', self.n)
        r = yield self.n
        print('async', 'resumed', self.n, r)
        return self.n * 10
async def aco(n):
    print('async', 'aco', n)
    r = await Aw(n)
    return r + 1
def run(co):
    v = None
    for _ in range(60):
        try:
            y = co.send(v)
        except StopIteration as e:
            print('async', 'done', e.value)
            return e.value
        print('async', 'yielded', y)
        v = y
    co.close()
    return 'limit'
''',
}

# Which helpers each helper needs.
HELPER_DEPS = {"cm": ("exc", "info"), "it": ("exc",), "ctx": (), "info": (), "exc": (), "d": (),
               "tb": (), "aw": ()}


@dataclass(frozen=True)
class Scope:
    """Where a statement is generated: what the enclosing code allows.

    kind is module, func, gen, coro, agen or class; loop says break and
    continue are valid; handler says a bare raise re-raises; locs are
    int-valued names bound at the top of the enclosing function."""
    kind: str = "module"
    loop: bool = False
    handler: bool = False
    depth: int = 0
    locs: tuple = ()

    def child(self, **changes):
        return replace(self, **changes)

    @property
    def is_func(self):
        return self.kind in ("func", "gen", "coro", "agen")

    @property
    def is_gen(self):
        return self.kind in ("gen", "agen")

    @property
    def is_async(self):
        return self.kind in ("coro", "agen")


class Prog:
    """One program under construction, from one random stream."""

    def __init__(self, rng: random.Random, features):
        self.rng = rng
        self.features = features
        self.lines = []
        self.level = 0
        self.helpers = set()
        self.counter = 0
        # Functions defined so far at module level that later code may call:
        # (name, kind) with kind "func" (one int argument, returns) or "gen"
        # (one int argument, a finite generator), none of which calls
        # another.
        self.funcs = []
        # Calls generated so far: a function whose body calls another is
        # not itself callable, which bounds the depth of every call chain.
        self.calls_made = 0
        # Multipliers a family sets on the statement grammar's weights
        # (gen_control.stmt) to steer a segment towards some constructs.
        self.bias = {}

    # ---- emitting ----
    def emit(self, text):
        for piece in text.split("\n"):
            self.lines.append("    " * self.level + piece)

    @contextmanager
    def block(self, header):
        """A compound statement's header and its indented body; an empty
        body becomes pass."""
        self.emit(header)
        self.level += 1
        start = len(self.lines)
        yield
        if len(self.lines) == start:
            self.emit("pass")
        self.level -= 1

    def need(self, *names):
        for name in names:
            if name not in self.helpers:
                self.need(*HELPER_DEPS[name])
                self.helpers.add(name)

    def source(self):
        head = ["import sys", "import gc", "gc.disable()"]
        for name in HELPERS:
            if name in self.helpers:
                head.extend(HELPERS[name].strip("\n").split("\n"))
        return "\n".join(head + self.lines) + "\n"

    # ---- names and numbers ----
    def n(self):
        """A fresh number: every marker printed by a program is distinct."""
        self.counter += 1
        return self.counter

    def fresh(self, prefix):
        return f"{prefix}{self.n()}"

    # ---- randomness ----
    def chance(self, p):
        return self.rng.random() < p

    def pick(self, seq):
        return self.rng.choice(seq)

    def between(self, lo, hi):
        return self.rng.randint(lo, hi)

    def weighted(self, table):
        """One key of a list of (key, weight) pairs, each weight times the
        current bias for its key; zero weights never."""
        table = [(k, w * self.bias.get(k, 1.0)) for k, w in table]
        table = [(k, w) for k, w in table if w > 0]
        total = sum(w for _, w in table)
        x = self.rng.random() * total
        for key, w in table:
            x -= w
            if x < 0:
                return key
        return table[-1][0]

    @contextmanager
    def biased(self, **bias):
        saved = self.bias
        self.bias = {**saved, **bias}
        yield
        self.bias = saved

    def has(self, feature):
        return feature in self.features

    # ---- common statement shapes ----
    @contextmanager
    def guarded(self, tag="caught"):
        """A try whose handler prints any exception escaping the body, so
        one failure does not end the whole program."""
        with self.block("try:"):
            yield
        with self.block("except BaseException as _e:"):
            self.emit(f"print('{tag}', {self.n()}, type(_e).__name__, _e.args)")

    @contextmanager
    def trying(self, k, catch="Exception"):
        """A try whose handler prints the exception (of class catch) the
        body raises, as an 'exc' line numbered k."""
        with self.block("try:"):
            yield
        with self.block(f"except {catch} as _e:"):
            self.emit(f"print('exc', {k}, type(_e).__name__, _e.args)")

    def attempt(self, expr, tag="val"):
        """Prints expr's value, or the exception evaluating it raises."""
        k = self.n()
        with self.trying(k):
            self.emit(f"print('{tag}', {k}, {expr})")

    def guarded_sample(self, forms, lo, hi, **fields):
        """Between lo and hi of forms, formatted with fields, each run on
        its own under guarded()."""
        for form in self.rng.sample(forms, self.between(lo, hi)):
            with self.guarded():
                self.emit(form.format(**fields))
