# Typed-ahead simple statements and blocks without blank lines inside run
# exactly as python3.11 runs them.
# oracle: python3.11
args -q
send x = 2\rif x:\r    x += 1\r\rx\r
type
keys ^D
