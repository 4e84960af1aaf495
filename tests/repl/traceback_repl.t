# At the prompt the same report: no source lines for <stdin>, the
# repetition count, the error.
# oracle: python3.11
args -q
type def down(n): return down(n - 1)
type
type down(3)
type assert 1 == 2, "no"
keys ^D
