# except* syntax: what compile() reports for every malformed except* clause, with
# CPython 3.11's message and position, and the forms it accepts.

srcs = [
 'try:\n    pass\nexcept*:\n    pass\n',
 'try:\n    pass\nexcept*\n    pass\n',
 'try:\n    pass\nexcept *  :\n    pass\n',
 'try:\n    pass\nexcept* ValueError\n    pass\n',
 'try:\n    pass\nexcept* ValueError as e\n    pass\n',
 'try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n',
 'try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError as e:\n    pass\n',
 'try:\n    pass\nexcept ValueError:\n    pass\nexcept *TypeError:\n    pass\n',
 'try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n',
 'try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass\n',
 'try:\n    pass\nexcept* ValueError:\npass\n',
 'try:\n    pass\nexcept* A, B:\n    pass\n',
 'try:\n    pass\nexcept* A, B as e:\n    pass\n',
 'try:\n    pass\nexcept* (A) as e.x:\n    pass\n',
 'try:\n    pass\nexcept* A as (e):\n    pass\n',
 'try:\n    pass\nexcept* A as e, f:\n    pass\n',
 'try:\n    pass\nexcept** A:\n    pass\n',
 'try:\n    pass\nexcept* *A:\n    pass\n',
 'try:\n    pass\nexcept* A:\n    pass\nelse:\n    pass\n',
 'try:\n    pass\nexcept* A:\n    pass\nfinally:\n    pass\nelse:\n    pass\n',
 'try:\n    pass\nexcept* A:\n    pass\nexcept* B:\n    pass\nexcept C:\n    pass\n',
 'try:\n    pass\nexcept A:\n    pass\nexcept B:\n    pass\nexcept* C:\n    pass\n',
 'try:\n    pass\nexcept A:\n    pass\nexcept* C:\n    pass\nexcept B:\n    pass\n',
 'try:\n    pass\nexcept* A:\n    pass\nexcept* C\n',
 'try:\n    pass\nexcept* A:\n    pass\nexcept*\n',
 'try:\n    pass\nexcept*:',
 'try:\n    pass\nexcept* A if x else B:\n    pass\n',
 'try:\n    pass\nexcept* lambda: 1:\n    pass\n',
 'try:\n    pass\nexcept* (yield):\n    pass\n',
 'try:\n    pass\nexcept* x := 1:\n    pass\n',
 'try:\n    pass\nexcept* (x := 1):\n    pass\n',
 'try:\n    pass\nexcept* *a, b:\n    pass\n',
 'try:\n    pass\nexcept ValueError:\n    pass\nexcept*:\n    pass\n',
 'try:\n    pass\nexcept:\n    pass\nexcept* A:\n    pass\n',
 'try:\n    pass\nexcept* A:\n    pass\nexcept:\n    pass\nexcept* B:\n    pass\n',
 'try:\n    pass\nexcept* A: pass\n',
 'try:\n    pass\nexcept* A: pass\nexcept* B: x = 1; y = 2\n',
 'try: pass\nexcept* A: pass\nelse: pass\nfinally: pass\n',
]
for s in srcs:
    try:
        compile(s, "<unknown>", "exec")
        print("OK")
    except SyntaxError as e:
        print(type(e).__name__, e.args)

srcs2 = [
 'def f():\n  try:\n    pass\n  except* A:\n    with a:\n      return "s"\n',
 'def f():\n  try:\n    pass\n  except* A:\n    try:\n      return\n    finally:\n      pass\n',
 'def f():\n  try:\n    pass\n  except* A:\n    return 1\n',
 'def f():\n  try:\n    pass\n  except* A:\n    for x in y:\n      return 1\n',
 'def f():\n  try:\n    pass\n  except* A:\n    try:\n      pass\n    except:\n      return 1\n',
 'def f():\n  try:\n    pass\n  except* A as e:\n    try:\n      pass\n    except Exception as e2:\n      return\n',
 'def f():\n  try:\n    pass\n  except* A:\n    try:\n      pass\n    finally:\n      x = 5\n      return\n',
 'def f():\n  try:\n    pass\n  except* A:\n    return x\n',
 'def f():\n  try:\n    pass\n  except* A:\n    return\n',
 'def f():\n  try:\n    pass\n  except* A:\n    return (\n1)\n',
 'try:\n    pass\nexcept* A:\n    return 1\n',
 'try:\n    pass\nexcept* A:\n    break\n',
 'try:\n    pass\nexcept* A:\n    continue\n',
 'for x in y:\n  try:\n    pass\n  except* A:\n    break\n',
 'for x in y:\n  try:\n    pass\n  except* A:\n    pass\n  except* B:\n    if x:\n      continue\n',
 'while 1:\n  try:\n    pass\n  except* A:\n    try:\n      pass\n    finally:\n      break\n',
 'try:\n    pass\nexcept* A:\n    for x in y: break\n    while 1: continue\n    def f(): return 2\n    x = lambda: 3\n    class C:\n        def g(self): return 4\n',
 'def f():\n  try:\n    pass\n  except* A:\n    pass\n  else:\n    return 1\n  finally:\n    return 2\n',
 'def f():\n  for x in y:\n    try:\n      pass\n    except* A:\n      with a, b:\n        break\n',
]
for s in srcs2:
    try:
        compile(s, "f.py", "exec")
        print("OK")
    except SyntaxError as e:
        print(e.args)
