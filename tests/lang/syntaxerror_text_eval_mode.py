# SyntaxError.text: CPython adds a final newline to file input only, so an
# error on the last line of eval or single input without one has none.
for mode in ['exec', 'eval', 'single']:
    for src in ["1 +* 2", "1 +* 2\n", "(1,\n2 +* 3)", "f(**a, *b)", "'a' b'b'"]:
        try:
            compile(src, 'f', mode)
        except SyntaxError as e:
            print(mode, repr(src), e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
