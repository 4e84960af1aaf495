# An invalid escape in a str or bytes literal: a DeprecationWarning at the
# literal's line through the filters, or a SyntaxError at the literal when a
# filter makes the warning an error.  Only the first invalid escape of a
# literal counts.
import warnings
for src in ["'\\z'", "b'\\z'", "'\\407'", "b'\\407'", "f'\\q{1}'", "'\\z' '\\y'",
            "'\\N{DIGIT ONE}\\p'", "'\\d\\w'", "b'\\u0041'", "'\\777\\z'",
            "'ok\\n'", "r'\\z'", "'\\\u00e9'"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        v = eval(src)
    print(repr(v), [(str(x.message), x.category.__name__, x.filename, x.lineno) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            eval(src)
        except SyntaxError as e:
            print('  SyntaxError', e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    compile("x = 1\ny = '\\z'\n", "f.py", "exec")
print([(str(x.message), x.filename, x.lineno) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    compile("y = '\\z'\n", "g.py", "exec")
print(len(w))
