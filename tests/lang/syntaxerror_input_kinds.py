# Where CPython places a SyntaxError depends on how it read the source:
# compile() of a str counts characters, compile() of bytes and imports
# count bytes, and both take NUL bytes and the end of the input as strings
# do (CPython's importlib compiles a module's bytes).
import os, sys, tempfile
srcs = ['def f():\n    \u00e9 = 1 +* 2\n', 'Python = "\u1e54\u00fd\u0163\u0125\u00f2\u00f1" +',
        'for x in y:', 'for x in y:\n', 'x = 1\x00\ny = 2\n']
for src in srcs:
    for s in (src, src.encode()):
        for fn in ('<string>', '<fragment>', 'm.py'):
            try:
                compile(s, fn, 'exec')
                print(type(s).__name__, fn, 'ok')
            except (SyntaxError, ValueError) as e:
                print(type(s).__name__, fn, type(e).__name__, getattr(e, 'lineno', None),
                      getattr(e, 'offset', None), getattr(e, 'end_offset', None))
d = tempfile.mkdtemp()
sys.path.insert(0, d)
for i, src in enumerate(srcs):
    with open(os.path.join(d, f'kind{i}.py'), 'w') as f:
        f.write(src)
    try:
        __import__(f'kind{i}')
        print('import ok')
    except (SyntaxError, ValueError) as e:
        print('import', type(e).__name__, getattr(e, 'lineno', None), getattr(e, 'offset', None),
              getattr(e, 'end_offset', None))
