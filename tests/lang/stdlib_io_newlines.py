# Random text read through TextIOWrapper and StringIO in every newline mode,
# with reads of every size and small chunks (tally's _CHUNK), compared with CPython.
import io, random
rnd = random.Random(12345)
out = []
alphabet = ["a", "b", "\n", "\r", "\r\n", "é", "€", "𝄞", " "]
for case in range(80):
    text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
    data = text.encode("utf-8")
    nl = rnd.choice([None, "", "\n", "\r", "\r\n"])
    t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
    chunk = rnd.choice([1, 2, 3, 5, 8192])
    if hasattr(t, "_CHUNK"):
        t._CHUNK = chunk
    res = []
    for step in range(12):
        op = rnd.randint(0, 3)
        if op == 0:
            res.append(repr(t.read(rnd.randint(0, 6))))
        elif op == 1:
            res.append(repr(t.readline()))
        elif op == 2:
            res.append(repr(t.readline(rnd.randint(0, 5))))
        else:
            res.append(repr(t.read()))
    res.append(repr(t.newlines))
    out.append(f"{case} {nl!r} {' '.join(res)}")
    s = io.StringIO(text, newline=nl)
    r2 = [repr(s.readline()) for _ in range(3)] + [repr(s.read(3)), repr(s.getvalue()), repr(s.newlines)]
    out.append(f"S{case} {' '.join(r2)}")
print("\n".join(out))
