# bool() of every core value.
vals = [0, 1, -1, 0.0, 0.1, "", " ", [], [0], (), (0,), {}, {0: 0}, None, range(0), range(1)]
print([bool(v) for v in vals])
print(bool(), bool(float("nan")), bool(-0.0))
