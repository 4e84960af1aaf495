# A parenthesized named expression is a valid dict key, in displays and
# comprehensions; an unparenthesized one is a syntax error.
a, b = 1, 2
fib = {(c := a): (a := b) + (b := a + c) - b for __ in range(6)}
print(fib, a, b, c)
print({(d := 5): d * 2, (e := 'k'): e}, d, e)
try:
    compile('{x := 1: 2}', '<s>', 'eval')
except SyntaxError as err:
    print('SyntaxError:', err.msg, err.offset)
