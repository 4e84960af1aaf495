# A signal handler that raises ends a blocking call (read, select, poll,
# waitpid) with its exception; one that returns lets the call go on.  The
# timer repeats, so a signal that lands just before a call blocks (a slow,
# loaded machine) is followed by one that interrupts it.
import signal, posix, select

class Stop(Exception):
    pass

def stop(sig, frame):
    signal.setitimer(signal.ITIMER_REAL, 0)
    raise Stop("interrupted by %s" % signal.Signals(sig).name)

signal.signal(signal.SIGALRM, stop)
r, w = posix.pipe()
child = posix.fork()
if child == 0:
    select.select([], [], [], 2)
    posix._exit(0)
for label, call in (("read", lambda: posix.read(r, 10)), ("select", lambda: select.select([r], [], [])),
                    ("poll", lambda: select.poll().poll()), ("waitpid", lambda: posix.waitpid(child, 0))):
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
        call()
    except Stop as e:
        print(label, "->", e)
posix.kill(child, 9)
print(posix.waitstatus_to_exitcode(posix.waitpid(child, 0)[1]))
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(select.select([r], [], [], 0.3), ticks)
