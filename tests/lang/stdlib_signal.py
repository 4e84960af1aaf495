# signal (CPython's signal.py over tally's _signal): handlers run at the
# next safe point with the signal number and a frame; a handler's
# exception is raised where the program was; timers and wakeup fds.
import signal, posix, time

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGUSR1))
print(repr(signal.SIGTERM), signal.Signals(10).name, signal.SIG_DFL, repr(signal.SIG_IGN))
print(signal.NSIG, len(signal.valid_signals()), signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGKILL))

seen = []
def handler(sig, frame):
    seen.append((signal.Signals(sig).name, type(frame).__name__, frame.f_code.co_name))

print(signal.signal(signal.SIGUSR1, handler))
def sender():
    posix.kill(posix.getpid(), signal.SIGUSR1)
    seen.append("after kill")
sender()
signal.raise_signal(signal.SIGUSR1)
print(seen)
print(signal.getsignal(signal.SIGUSR1) is handler)

def bad(sig, frame):
    raise ValueError("from the handler of %s" % signal.Signals(sig).name)
signal.signal(signal.SIGUSR2, bad)
try:
    posix.kill(posix.getpid(), signal.SIGUSR2)
    print("not reached")
except ValueError as e:
    print("caught:", e)

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
posix.kill(posix.getpid(), signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1))

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
print(signal.setitimer(signal.ITIMER_REAL, 0.02))
time.sleep(0.2)
print(ticks, signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(0))

r, w = posix.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print(e.args[0].replace(str(w), "W"))
posix.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, lambda s, f: None)
signal.raise_signal(signal.SIGUSR1)
print(posix.read(r, 10) == bytes([signal.SIGUSR1]), signal.set_wakeup_fd(-1) == w)

old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
print(old, signal.SIGUSR2 in signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2]))

for bad_args in ((99, signal.SIG_DFL), (signal.SIGUSR1, 5), (signal.SIGKILL, signal.SIG_IGN)):
    try:
        signal.signal(*bad_args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
print(signal.ItimerError.__name__, signal.ItimerError.__mro__[1].__name__)
