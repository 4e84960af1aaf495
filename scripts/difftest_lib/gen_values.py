"""Values: int arithmetic across the machine-word boundaries and into big
ints, int/float mixing and comparison, float repr and rounding, every part
of a format spec (valid and not) through format(), str.format, f-strings
and %-formatting, and str methods on ASCII and non-ASCII text.
"""

INTS = ["0", "1", "-1", "7", "-7", "13", "255", "2**31 - 1", "-2**31", "2**32", "2**63 - 1", "-2**63", "2**64 + 1",
        "10**18", "10**30 + 7", "-(2**100)", "3**200", "(1 << 127) - 1", "-(10**40) // 3", "12345678901234567890"]
FLOATS = ["0.1", "-2.5", "1e16", "1.5e-7", "3.0", "-0.0", "1e308", "float('inf')", "float('-inf')", "float('nan')",
          "2.0**53 + 1", "1/3", "123456.789", "5e-324", "0.5", "-1e22", "9.999999e15"]
ARITH = ["+", "-", "*", "//", "%", "/", "**"]
BITS = ["&", "|", "^", "<<", ">>"]
CMPS = ["==", "<", ">=", "!="]

STRS = ["'abc'", "''", "'Hello, World'", "'  pad  '", "'a,b,,c'", "'é漢字'", "'straße'", "'ǅungla'",
        "'tab\\there'", "'line1\\nline2\\r\\nline3'", "'\\x00\\x7f\\x80'", "'😀x'", "\"it's\"", "'\\\\back'",
        "'MiXeD cAsE'", "'١٢٣'", "'  \\u2028x\\x1c'", "'--x--'", "'a' * 5", "'ﬁ'"]
STR_METHODS = [
    "upper()", "lower()", "casefold()", "title()", "swapcase()", "capitalize()", "strip()", "strip('-a')",
    "lstrip()", "rstrip('x-')", "split()", "split(',')", "split(',', 1)", "rsplit(',', 1)", "splitlines()",
    "splitlines(True)", "partition(',')", "rpartition('l')", "center(9, '*')", "ljust(8, '.')", "rjust(3)",
    "zfill(8)", "expandtabs(4)", "find('l', -3)", "rfind('a')", "index('b')", "count('')", "count('a', 1)",
    "replace('a', 'AA', 1)", "replace('', '-')", "startswith(('a', 'H'))", "endswith('c', 0, 2)",
    "isidentifier()", "isprintable()", "isdigit()", "isdecimal()", "isnumeric()", "isalpha()", "isspace()",
    "istitle()", "isupper()", "isascii()", "encode()", "encode('ascii', 'replace')", "encode('latin-1', 'ignore')",
    "join(['1', '2'])", "removeprefix('a')", "removesuffix('c')", "translate({97: 'A', 98: None})",
    "format_map({})", "__len__()", "[::-1]", "[1:-1]", "[::2]", "[5:1:-1]",
]


def fam_values(p):
    template = p.weighted([(ints, 3), (floats, 2), (formats, 3), (percent, 1.5), (fstrings, 1.5),
                           (strings, 2.5), (conversions, 1.5)])
    template(p)


def operand(p):
    """An int expression in parentheses, so no operator around it can
    rebind its parts (3**200 ** 64 would never end)."""
    if p.chance(0.8):
        return f"({p.pick(INTS)})"
    return f"(({p.pick(INTS)}) {p.pick(['+', '-', '*'])} ({p.pick(INTS)}))"


def power_base(p, base):
    """base, or its absolute value when complex numbers are off: a negative
    number to a fractional power is complex (docs/language.md)."""
    return base if p.has("complex") else f"abs({base})"


def ints(p):
    for _ in range(p.between(4, 10)):
        a, b = operand(p), operand(p)
        op = p.pick(ARITH + BITS + CMPS)
        if op == "**":
            b = p.pick(["0", "1", "2", "3", "17", "64", "-1", "-2", "0.5"])
            a = power_base(p, a)
        elif op in ("<<", ">>"):
            b = p.pick(["0", "1", "3", "31", "64", "100", "-1"])
        expr = p.weighted([
            (f"{a} {op} {b}", 6), (f"divmod({a}, {b})", 1), (f"pow({a}, {p.pick(['2', '3', '-1', '65'])}, {b})", 1),
            (f"({a}).bit_length()", 0.5), (f"abs({a})", 0.3), (f"-{a} // {b}", 0.5), (f"~({a})", 0.3),
            (f"({a}) * 1.0", 0.5), (f"{a} == float({a})", 0.5), (f"{a} < ({p.pick(FLOATS)})", 0.7),
            (f"({a}).to_bytes(16, 'little', signed=True)", 0.4),
            (f"int.from_bytes(b'\\xff\\x01', 'big', signed=True)", 0.1),
            (f"hex({a})", 0.4), (f"oct({a})", 0.2), (f"bin({a})[:20]", 0.2), (f"str({a})[-12:]", 0.4),
            (f"int(str({a}))", 0.3), (f"hash({a}) == hash({a})", 0.1), (f"max({a}, {b}, key=abs)", 0.2),
            (f"sum([{a}, {b}, 0.5])", 0.3), (f"({a}) % -7", 0.4), (f"round({a}, -{p.between(1, 20)})", 0.4),
            (f"len(str(10 ** {p.pick(['4299', '4300', '5000'])}))", 0.1),
            (f"__import__('math').isqrt(abs({a}))", 0.2), (f"__import__('math').gcd({a}, {b})", 0.3),
            (f"__import__('math').factorial({p.between(0, 40)})", 0.2), (f"({a}).as_integer_ratio()", 0.1),
            (f"int('{p.pick(['0x1f', '1_000', ' 42 ', '-0b101', '1__0', '٣'])}', 0)", 0.3),
        ])
        p.attempt(expr, "num")


def floats(p):
    for _ in range(p.between(4, 10)):
        a, b = f"({p.pick(FLOATS)})", f"({p.pick(FLOATS + INTS[:8])})"
        op = p.pick(ARITH)
        expr = p.weighted([
            (f"{power_base(p, a) if op == '**' else a} {op} {b}", 5), (f"repr({a} {p.pick(['+', '*', '/'])} {b})", 2),
            (f"round({a}, {p.between(-2, 5)})", 1), (f"round({a})", 1), (f"int({a})", 1),
            (f"{a} {p.pick(CMPS)} {b}", 1),
            (f"({a}).is_integer()", 0.3), (f"({a}).hex()", 0.3), (f"float.fromhex('0x1.8p3')", 0.1),
            (f"({a}).as_integer_ratio()", 0.3), (f"divmod({a}, {b})", 0.6), (f"str({a})", 0.5),
            (f"float('{p.pick(['1e500', '-inf', ' 2.5 ', '1_0.5', 'nan', '0x10', '1e', '١.٥'])}')", 0.5),
            (f"{power_base(p, a)} ** {p.pick(['0.5', '2', '-1', '1000', '0'])}", 0.6), (f"abs({a})", 0.3),
            (f"__import__('math').floor({a})", 0.3), (f"__import__('math').fmod({a}, {b})", 0.3),
            (f"sum([0.1] * {p.between(1, 10)})", 0.2), (f"hash({a}) == hash(int({a}))", 0.1),
            (f"{a} == ({p.pick(INTS)})", 0.4), (f"min({a}, {b})", 0.2),
        ])
        p.attempt(expr, "num")


def spec(p):
    """A format spec, usually valid: [[fill]align][sign][z][#][0][width][grouping][.precision][type]."""
    parts = []
    if p.chance(0.3):
        parts.append(p.pick(["", "*", "0", " ", "é"]) + p.pick("<>^="))
    if p.chance(0.3):
        parts.append(p.pick("+- "))
    if p.chance(0.1):
        parts.append("#")
    if p.chance(0.15):
        parts.append("0")
    if p.chance(0.5):
        parts.append(str(p.between(1, 14)))
    if p.chance(0.2):
        parts.append(p.pick([",", "_"]))
    if p.chance(0.4):
        parts.append("." + str(p.between(0, 8)))
    if p.chance(0.7):
        parts.append(p.pick("bcdeEfFgGnosxX%"))
    return "".join(parts)


def formats(p):
    values = INTS[:12] + FLOATS + ["True", "'txt'", "None", "-5", "1234567"]
    for _ in range(p.between(4, 10)):
        v, s = p.pick(values), spec(p)
        form = p.pick([f"format({v}, {s!r})", f"'{{:{s}}}'.format({v})", f'f"{{{v}:{s}}}"',
                       f"'{{0:{s}}}|{{0!r}}'.format({v})", f"format({v}, {s!r}).__len__()"])
        p.attempt(form, "fmt")


def percent(p):
    for _ in range(p.between(3, 8)):
        flags = p.pick(["", "-", "+", " ", "#", "0", "-0", "+#"])
        width = p.pick(["", "5", "*", "12"])
        prec = p.pick(["", ".0", ".3", ".*"])
        conv = p.pick("diouxXeEfFgGcrsa%")
        fmt = f"%{flags}{width}{prec}{conv}"
        args = []
        if width == "*":
            args.append("6")
        if prec == ".*":
            args.append("2")
        args.append(p.pick(INTS[:10] + FLOATS[:6] + ["'s'", "'é'", "None", "[1]", "65"]))
        extra = p.pick(["", " %s", " %%"])
        tail = ", 'x'" if extra == " %s" else ""
        p.attempt(f"{fmt + extra!r} % ({', '.join(args)}{tail},)", "fmt")
    p.attempt(p.pick(["'%(a)s-%(b)r' % {'a': 1, 'b': 'q'}", "'%s %s' % (1,)", "'%s' % (1, 2)", "'%d' % '1'",
                      "'%c' % 1114112", "'%(a)s' % (1,)", "'%z' % 1", "'%s' % ()", "'%.2f%%' % 99.555",
                      "b'%s-%d' % (b'x', 3)", "'%-*d|' % (5, 42)", "'%x' % 3.0", "'%5.1s|' % 'abc'"]), "fmt")


def fstrings(p):
    k = p.n()
    p.emit(f"x{k} = {p.pick(INTS[:10] + FLOATS[:8])}")
    p.emit(f"w{k} = {p.between(0, 12)}")
    p.emit(f"s{k} = {p.pick(STRS)}")
    x, w, s = f"x{k}", f"w{k}", f"s{k}"
    forms = [f"f'{{{x}=}}'", f"f'{{{x}!r:>{{{w}}}}}'", f"f'{{{x}:{{{w}}}.{{{w} % 4}}f}}'", f"f'{{{s}!a}}'",
             f"f'{{{s}=!s:*^{{{w}}}}}'", f"f'{{{x}:%}}'", f"f'{{{{{x}}}}}'", f"f'{{{x}:{{\"+\"}}}}'",
             f"f'{{{s}[1:]!r}}-{{len({s})}}'", f"f'{{{x} = :>8}}'", f"f'{{({x}, {s})}}'",
             f"f'{{{x}:,}} {{{x}:_x}}'", f"f'{{{x}:#{{{w}}}x}}'", f"f'{{{s}:{{{w}}}}}'", f"f'{{{x}:.{{{w}}}e}}'",
             f"f'{{[1, 2][{w} % 2]}}{{\"a\" if {w} else \"b\"}}'", f"f'{{{x}:z.1f}}'"]
    for form in p.rng.sample(forms, p.between(3, 7)):
        p.attempt(form, "fmt")


def strings(p):
    for _ in range(p.between(4, 10)):
        s = p.pick(STRS)
        m = p.pick(STR_METHODS)
        expr = f"({s}){m}" if m.startswith("[") else f"({s}).{m}"
        expr = p.weighted([(expr, 6), (f"repr({s})", 1), (f"ascii({s})", 0.5), (f"{s} < {p.pick(STRS)}", 0.5),
                           (f"[ord(c) for c in {s}][:6]", 0.3), (f"{s} * {p.between(-1, 3)}", 0.3),
                           (f"{s} in {p.pick(STRS)}", 0.3), (f"sorted({s})[:5]", 0.3), (f"len({s})", 0.3),
                           (f"({s}).encode('utf-8').decode('ascii', 'replace')", 0.2), (f"int({s})", 0.2),
                           (f"str(({s}).encode())", 0.3), (f"({s}).split({p.pick(STRS)})", 0.2)])
        p.attempt(expr, "str")


def conversions(p):
    for _ in range(p.between(3, 7)):
        v = p.pick(INTS[:12] + FLOATS + STRS[:6] + ["True", "None", "[1, 2]", "(1,)", "b'ab'", "{1: 2}"])
        f = p.pick(["int", "float", "str", "bool", "repr", "ascii", "bytes", "list", "tuple", "abs", "round",
                    "hash", "len", "bin", "chr", "ord", "bytearray", "sorted", "min", "sum", "divmod"])
        expr = f"{f}({v}, 1)" if f == "divmod" else f"{f}({v})"
        if f == "hash":
            # hash(None) and hash(nan) come from addresses, str hashes from the seed
            expr = f"hash({v}) == hash({v})"
        p.attempt(expr, "val")
