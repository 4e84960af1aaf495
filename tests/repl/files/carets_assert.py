def check(values):
    assert len(values) == 2 and values[0] < values[1], "out of order"

check([1, 2])
check([3, 1])
