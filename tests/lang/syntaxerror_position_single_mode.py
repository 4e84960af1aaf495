# compile() of a string in single mode: CPython adds no final newline to it,
# so errors at its end are placed as in eval mode, and the text has no newline.
srcs = ["1 +", "'a' b'b'", "'\\x1'", "if x", "x = (", "f(", "1 +* 2", "def f(:", "x y", "'\\N{xx}'", "print 1", "a = 1 = 2", "(a for a in b, c)", "lambda: (yield)", "x ==", "import", "f'{'", "f'{x!z}'", "1 if 2", "[x for x in]", "}", "a, *b, *c = d", "del f()", "'abc", "x = 1 +", "for x in y:", "class A(:", "@", "a, *b, *c = d"]
for mode in ['single', 'eval']:
    for src in srcs:
        try:
            compile(src, 'f', mode)
            print(mode, repr(src), 'ok')
        except SyntaxError as e:
            print(mode, repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
