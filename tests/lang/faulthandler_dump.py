# faulthandler (issue 13: test_faulthandler and the modules importing it stopped at import):
# CPython's formats for dump_traceback, fatal signals, register and dump_traceback_later, run in
# child processes of this interpreter; thread ids are masked.
import faulthandler, os, re, signal, subprocess, sys, tempfile

# A sanitizer build's own fatal-signal handlers would be the "previous handler" the
# fault handler re-raises to: the children leave those signals alone.
child_env = dict(os.environ)
child_env["ASAN_OPTIONS"] = child_env.get("ASAN_OPTIONS", "") + \
    ":handle_segv=0:handle_abort=0:handle_sigfpe=0:handle_sigill=0:handle_sigbus=0"

def run(code, keep=None):
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       errors="backslashreplace", env=child_env)
    lines = p.stderr.splitlines() + p.stdout.splitlines()
    if keep:
        lines = [l for l in lines if l.startswith(keep)]
    out = "\n".join(lines)
    out = re.sub(r"thread 0x[0-9a-f]{16}", "thread 0xX", out)
    out = re.sub(r"Thread 0x[0-9a-f]{16}", "Thread 0xX", out)
    print(out)
    print("status:", "signal %s" % signal.Signals(-p.returncode).name if p.returncode < 0 else p.returncode)
    print("--")

run("""
import faulthandler
def funcB():
    faulthandler.dump_traceback(all_threads=False)
    faulthandler.dump_traceback()
def funcA():
    funcB()
funcA()
""")

# Names past 500 characters are cut; non-ASCII characters are escaped.
run("""
import faulthandler
def %s():
    faulthandler.dump_traceback(all_threads=False)
def caf\u00e9_\u16a0_\U00010000(f):
    f()
caf\u00e9_\u16a0_\U00010000(%s)
""" % ("x" * 520, "x" * 520))

keep = ("Fatal Python error", "Current thread", "Stack", "  File", "  Garbage")
for sig in ("_sigsegv()", "_sigfpe()", "_sigabrt()", "_read_null()"):
    run("import faulthandler\nfaulthandler.enable()\ndef f():\n    faulthandler.%s\nf()\n" % sig, keep)
run("import faulthandler\nfaulthandler.enable(all_threads=False)\nfaulthandler._sigsegv()\n", keep)
run("import faulthandler\nfaulthandler.enable()\nfaulthandler.disable()\nfaulthandler._sigsegv()\n", keep)

# A crash in a destructor the collector runs says so.
run("""
import faulthandler, gc
faulthandler.enable()
class RefCycle:
    def __del__(self):
        faulthandler._sigsegv()
a = RefCycle(); b = RefCycle(); a.b = b; b.a = a
a = b = None
gc.collect()
""", keep)

# register: a user signal writes the traceback and the program goes on;
# chain=True then runs the signal's earlier handler.
run("""
import faulthandler, os, signal, sys
def handler(signum, frame):
    print("handler called", signum == signal.SIGUSR1)
signal.signal(signal.SIGUSR1, handler)
faulthandler.register(signal.SIGUSR1, file=sys.stdout, chain=True)
def func():
    os.kill(os.getpid(), signal.SIGUSR1)
func()
sys.stdout.flush()
print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
faulthandler.register(signal.SIGUSR2, all_threads=False)
os.kill(os.getpid(), signal.SIGUSR2)
print("after")
""")

# dump_traceback_later: once, then every timeout with repeat, nothing once cancelled.
run("""
import faulthandler, time
def func(repeat):
    faulthandler.dump_traceback_later(0.2, repeat=repeat)
    time.sleep(0.5)
    faulthandler.cancel_dump_traceback_later()
func(False)
faulthandler.dump_traceback_later(0.1)
faulthandler.cancel_dump_traceback_later()
time.sleep(0.3)
faulthandler.dump_traceback_later(1.5, exit=True)
time.sleep(3)
print("not reached")
""")

# A file's fileno() and flush(), a descriptor, and the argument errors.
with tempfile.TemporaryFile("w+") as f:
    f.write("before\n")
    faulthandler.dump_traceback(f, all_threads=False)
    f.seek(0)
    print(f.read().splitlines()[:2])
    faulthandler.dump_traceback(f.fileno(), all_threads=False)

class NoFileno:
    def fileno(self):
        return "x"
class Broken:
    pass
stderr = sys.stderr
for call in (lambda: faulthandler.enable(NoFileno()), lambda: faulthandler.dump_traceback(-1),
             lambda: faulthandler.dump_traceback(Broken()), lambda: faulthandler.register(signal.SIGSEGV),
             lambda: faulthandler.register(0), lambda: faulthandler.register(4096),
             lambda: faulthandler.unregister(signal.SIGABRT),
             lambda: faulthandler.dump_traceback_later(0), lambda: faulthandler.dump_traceback_later(-1.5),
             lambda: faulthandler.dump_traceback_later(1e300), lambda: faulthandler.dump_traceback_later("1"),
             lambda: faulthandler.dump_traceback_later(float("nan"))):
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
sys.stderr = None
for call in (faulthandler.enable, faulthandler.dump_traceback, lambda: faulthandler.dump_traceback_later(1),
             lambda: faulthandler.register(signal.SIGUSR1)):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError", e)
sys.stderr = stderr
print(faulthandler.is_enabled(), faulthandler.disable())
faulthandler.cancel_dump_traceback_later()

# -X faulthandler and PYTHONFAULTHANDLER turn it on at start-up; -E ignores the variable.
code = "import faulthandler; print(faulthandler.is_enabled())"
env = dict(os.environ)
env.pop("PYTHONFAULTHANDLER", None)
env.pop("PYTHONDEVMODE", None)
for args, var in (((), None), (("-X", "faulthandler"), None), ((), "1"), ((), ""), (("-E",), "1")):
    e = dict(env)
    if var is not None:
        e["PYTHONFAULTHANDLER"] = var
    print(args, var, subprocess.run([sys.executable, *args, "-c", code], env=e, capture_output=True,
                                    text=True).stdout.strip())
