# PYTHONHASHSEED chooses the str/bytes hash key as in CPython: an integer
# seed gives CPython's hashes for it, "random" a fresh key each run, 0 the
# zero key; a bad value is a fatal error.  (tally's default, with no
# variable, is the zero key: see docs/language.md.)
import os
import subprocess
import sys

PROG = ("import sys, datetime; print(hash('abc'), hash(b'xy' * 20), hash('\\u1234\\u5678'), "
        "hash(memoryview(b'spam')), hash(datetime.date(2020, 1, 2)), "
        "hash(''), hash(b''), sys.flags.hash_randomization)")


def run(seed):
    env = dict(os.environ)
    if seed is None:
        env.pop("PYTHONHASHSEED", None)
    else:
        env["PYTHONHASHSEED"] = seed
    p = subprocess.run([sys.executable, "-c", PROG], env=env, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr.splitlines()[:1]


for seed in "0", "1", "42", "4294967295":
    print(seed, run(seed))
a, b = run("random"), run("random")
print("random differs:", a[1] != b[1], a[1].split()[-2])
for bad in "x", "-1", "4294967296", "1x":
    print(repr(bad), run(bad))
code, out, err = run("1")
env = dict(os.environ, PYTHONHASHSEED="1")
p = subprocess.run([sys.executable, "-E", "-c", "import sys; print(hash('abc'), sys.flags.hash_randomization)"],
                   env=env, capture_output=True, text=True)
print("-E ignores it:", p.stdout.split()[0] != out.split()[0])
