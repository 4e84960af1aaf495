# Not UTF-8: tests/unit/test_robust.c checks CPython's SyntaxError.
print('never')
s = 'ÿþ'
