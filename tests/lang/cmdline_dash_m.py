# -m runs a module found on sys.path (the current directory first) as
# __main__, through runpy as CPython does: a package runs its __main__,
# sys.argv[0] is the module's file, a missing module is reported.
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'mmod.py'), 'w') as f:
        f.write("import os, sys\n"
                "print(__name__, os.path.basename(sys.argv[0]), sys.argv[1:])\n"
                "print(sys.path[0] == os.getcwd())\n"
                "raise SystemExit(3)\n")
    os.mkdir(os.path.join(d, 'pkg'))
    with open(os.path.join(d, 'pkg', '__init__.py'), 'w') as f:
        f.write("print('pkg init')\n")
    with open(os.path.join(d, 'pkg', '__main__.py'), 'w') as f:
        f.write("import sys\nprint('pkg main', __name__, __package__, sys.argv[1:])\n")
    with open(os.path.join(d, 'test_t.py'), 'w') as f:
        f.write("import unittest\n"
                "class T(unittest.TestCase):\n"
                "    def test_a(self): self.assertEqual(1 + 1, 2)\n"
                "    def test_b(self): self.assertTrue(False)\n")
    for args in (['mmod', 'a', 'b'], ['pkg', 'x'], ['nosuchmodule'], ['unittest', 'test_t']):
        r = subprocess.run([sys.executable, '-m'] + args, cwd=d, capture_output=True, text=True)
        print(args, r.returncode)
        print(r.stdout, end='')
        err = r.stderr.splitlines()
        print(err[-1].split(': ', 1)[-1] if err else '')
