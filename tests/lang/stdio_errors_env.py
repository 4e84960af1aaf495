# The error handler of stdin/stdout: the one PYTHONIOENCODING names after
# ':', "strict" when it names only an encoding, else "surrogateescape";
# stderr's is backslashreplace.  sys.exit("text") writes through
# sys.stderr, so its handler escapes what cannot be encoded.
import os
import subprocess
import sys

PROG = ("import sys; print(sys.stdout.errors, sys.stdin.errors, sys.stderr.errors); "
        "sys.stdout.flush(); "
        "print('x\\udcffy') if sys.stdout.errors != 'strict' else None; "
        "sys.exit('surrogates:\\udcff')")
for value in None, "utf-8", ":replace", "utf-8:ignore", ":":
    env = dict(os.environ)
    env.pop("PYTHONIOENCODING", None)
    if value is not None:
        env["PYTHONIOENCODING"] = value
    p = subprocess.run([sys.executable, "-c", PROG], env=env, capture_output=True)
    print(value, p.returncode, p.stdout, p.stderr)
