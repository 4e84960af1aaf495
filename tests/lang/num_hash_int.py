# hash() of numbers: equal numbers hash equal; small ints hash to themselves.
print(hash(0), hash(1), hash(-1), hash(12345), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(2.5) == hash(2.5), hash(-0.0) == hash(0))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(0.5), hash(1.5), hash(-2.5))
