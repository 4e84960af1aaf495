"""Program assembly: which families of constructs a program draws from
(the feature flags) and how one deterministic program is made from a seed
and an index.
"""

import random

from prog import Prog
from gen_control import fam_control, fam_exc_state
from gen_generators import fam_generators
from gen_classes import fam_classes
from gen_scopes import fam_scopes
from gen_values import fam_values
from gen_release import fam_release, fam_refcount
from gen_exprs import fam_calls, fam_exprs
from gen_flagged import fam_match, fam_async, fam_exceptstar, fam_complex

# name: (family function or None for a flag that only widens other families,
#        weight, on by default, what it covers)
FEATURES = {
    "control": (fam_control, 5.0, True,
                "return/break/continue in try/except/else/finally/with, in functions, generators, methods, module"),
    "excstate": (fam_exc_state, 3.0, True, "sys.exc_info(), __context__/__cause__, tracebacks while handling"),
    "generators": (fam_generators, 3.5, True, "send/throw/close, yield from, PEP 479, iterators through builtins"),
    "classes": (fam_classes, 3.5, True, "dunders, reflected operands, hashing, properties, descriptors, MRO"),
    "scopes": (fam_scopes, 2.5, True, "closures, nonlocal/global, class bodies, comprehensions, exec/eval"),
    "values": (fam_values, 2.5, True, "big ints, floats, format specs, %-formatting, f-strings, str methods"),
    "release": (fam_release, 2.0, True, "__del__ order of containers, frames, instances, exceptions"),
    "refcount": (fam_refcount, 1.5, True, "sys.getrefcount of fresh objects at fixed points"),
    "calls": (fam_calls, 1.5, True, "argument binding and its errors, decorators, defaults and annotations"),
    "exprs": (fam_exprs, 2.0, True, "evaluation order, unpacking, container edge cases, recursive reprs"),
    "match": (fam_match, 2.0, True, "match statements (PEP 634)"),
    "async": (fam_async, 2.0, True, "async def/await/async for/async with, run by a hand-written runner"),
    "exceptstar": (fam_exceptstar, 1.5, True, "except* and exception groups"),
    "complex": (fam_complex, 1.0, True, "complex numbers"),
    "frames": (None, 0, True, "gi_frame, gi_yieldfrom, gi_code"),
}

DEFAULT_FEATURES = frozenset(name for name, spec in FEATURES.items() if spec[2])


def parse_features(text):
    """A feature set from a comma-separated list: names replace the
    default set; +name and -name add to or remove from it; 'all' is every
    feature."""
    chosen = set(DEFAULT_FEATURES)
    if not text:
        return frozenset(chosen)
    items = [item.strip() for item in text.split(",") if item.strip()]
    if any(not item.startswith(("+", "-")) for item in items):
        chosen = set()
    for item in items:
        name = item.lstrip("+-")
        names = set(FEATURES) if name == "all" else {name}
        if not names <= set(FEATURES):
            raise ValueError(f"unknown feature {name!r} (known: {', '.join(FEATURES)}, all)")
        if item.startswith("-"):
            chosen -= names
        else:
            chosen |= names
    return frozenset(chosen)


def generate(seed, index, features):
    """The source of program number index of seed: the same text for the
    same three arguments on every machine."""
    rng = random.Random(f"difftest:{seed}:{index}")
    p = Prog(rng, features)
    families = [(spec[0], spec[1]) for name, spec in FEATURES.items() if name in features and spec[0]]
    for _ in range(rng.randint(3, 8)):
        p.weighted(families)(p)
    if rng.random() < 0.12:
        ending(p)
    return p.source()


def ending(p):
    """An uncaught exception or an explicit exit at the end: the exit
    status and the traceback's last line are compared too."""
    p.need("exc")
    funcs = [name for name, kind in p.funcs if kind == "func"]
    choices = ["raise E2('end', 1)", "1 / 0", "sys.exit(3)", "sys.exit('bye')", "raise SystemExit(0)",
               "raise SystemExit", "raise B1('base')", "[].pop()", "raise E1 from ValueError(2)"]
    if funcs:
        choices.append(f"print('ret', 0, {p.pick(funcs)}(1))")
    p.emit(p.pick(choices))
