# PEP 572 in comprehensions: the target binds in the enclosing function,
# or in the globals when that function declares it global; it may not
# rebind an iteration variable, nor appear in an iterable expression (not
# even inside a lambda or comprehension there).
G = None
def f():
    global G
    [G := 5 for _ in range(1)]
    return G
print(f(), G)

def g():
    def k():
        global G
        [[G := 7 for _ in range(1)] for _ in range(1)]
    k()
    return G
print(g(), G)

def h():
    total = 0
    [total := total + i for i in range(5)]
    return total
print(h())

cases = [
    "[i for i in (i := range(5))]",
    "[i for i in (lambda:(j := range(5)))()]",
    "[i for i in [j for j in range(5) if (j := True)]]",
    "[i := 0 for i in range(5)]",
    "{(j := 0) for i in range(5) for j in range(5)}",
    "[i for i in range(5) if (j := 0) for j in range(5)]",
    "[[(j := j) for i in range(5)] for j in range(5)]",
]
for code in cases:
    for where in ("module", "class", "function"):
        src = code if where != "function" else "lambda: " + code
        try:
            exec(src, {}) if where == "module" else exec(src, {}, {})
            print(where, "ok")
        except SyntaxError as e:
            print(where, e.msg, e.offset, e.end_offset)
