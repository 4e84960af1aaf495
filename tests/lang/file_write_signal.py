# A signal whose handler raises stops a buffered write blocked on a full pipe:
# write() interrupted after some bytes returns their count, not EINTR, so the
# handler must run before the next write blocks (as socket.sendall).
import os
import signal

def raising_handler(*args):
    1 // 0

data = b"x" * (16 * 1024 * 1024)
r, w = os.pipe()
old = signal.signal(signal.SIGALRM, raising_handler)
f = open(w, "wb")
try:
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    try:
        f.write(data)
        f.flush()
    except ZeroDivisionError:
        print("interrupted")
finally:
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, old)
    os.close(r)
    try:
        f.close()
    except OSError as e:
        print(type(e).__name__)
