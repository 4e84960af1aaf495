# repr of sets of small ints (ordered by hash) and of empty sets.
print({1, 2, 3}, set(), frozenset(), {0}, frozenset({5}))
print(repr({10, 20}))
