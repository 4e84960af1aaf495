# Where compile() reports "import *" inside a function (at the '*') and a
# name declared both nonlocal and global (at its first declaration).
srcs = ['def f():\n  from _ import *', 'def f():\n  global x\n  nonlocal x',
        'def f():\n  def g():\n    nonlocal x\n    global x\n  x = 1',
        'def f():\n  x = 1\n  global x', 'from _ import *\ndef g():\n  from a import *',
        'class C:\n  from _ import (a, *)', 'class C:\n  from _ import *',
        'def f():\n  global y, x\n  global x\n  nonlocal x']
for s in srcs:
    try:
        compile(s, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
