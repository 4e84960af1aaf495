# PEP 263: a coding cookie on line 1 or 2 of bytes source (compile(),
# imports) names its encoding; the text is decoded through the codecs and
# error columns then count characters.  Unknown encodings, a cookie that
# contradicts a UTF-8 BOM, and a cookie after code are CPython's errors.
import os, sys, tempfile

cases = [
    b'# -*- coding: latin-1 -*-\nx = "\xe9t\xe9"\n',
    b'#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nx = "\x80"\n',
    b'# -*- coding: cp1251 -*-\nx = "\xcf\xb3\xf2\xee\xed" +\n',
    b'# coding=ISO_8859_1\nx = "\xff"\n',
    b'# coding: utf-8\nx = "\xc3\xa9"\n',
    b'# coding: bogus42\nx = 1\n',
    b'\xef\xbb\xbf# coding: latin-1\nx = 1\n',
    b'x = 1\n# coding: latin-1\n',
    b'\n# coding: koi8-r\nx = "\xc1\xc2"\n',
    b'# coding: ascii\nx = "\xe9"\n',
]
for src in cases:
    try:
        ns = {}
        exec(compile(src, 'm.py', 'exec'), ns)
        print(repr(ns.get('x')))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)

d = tempfile.mkdtemp()
sys.path.insert(0, d)
for i, src in enumerate(cases[:3] + cases[5:7]):
    with open(os.path.join(d, f'enc{i}.py'), 'wb') as f:
        f.write(src)
    try:
        print(repr(__import__(f'enc{i}').x))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)

# The main script: CPython's tokenizer reads the file itself.
import subprocess
for i, src in enumerate([cases[0] + b'print(x)\n', cases[5], cases[6], cases[9]]):
    path = os.path.join(d, f'script{i}.py')
    with open(path, 'wb') as f:
        f.write(src)
    p = subprocess.run([sys.executable, path], capture_output=True, text=True)
    print(p.returncode, p.stdout.strip(), p.stderr.strip().splitlines()[-1:])
