# scripts/fail-after makes each allocation of this program fail in turn
# (tests/unit/test_robust.c): list.sort's merge room past its inline
# part (a merge of two 510-item runs) and the key array of key=, whose
# merge room is then allocated too.  Small ints only, so few allocations.
a = list(range(256)) * 4
a.sort()
b = list(range(200)) * 2
b.sort(key=abs, reverse=True)
print(a[:3], a[-3:], b[:3], b[-3:])
