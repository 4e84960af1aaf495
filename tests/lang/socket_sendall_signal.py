# A signal whose handler raises stops a blocked socket.sendall (CPython's
# test_socket test_sendall_interrupted hung): send() interrupted after some
# bytes returns their count, not EINTR, so the handler must run between chunks.
import signal
import socket

def raising_handler(*args):
    1 // 0

data = b"x" * (64 * 1024 * 1024)
c, s = socket.socketpair()
old = signal.signal(signal.SIGALRM, raising_handler)
try:
    for timeout in (None, 5.0):
        c.settimeout(timeout)
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        try:
            c.sendall(data)
        except ZeroDivisionError:
            print("interrupted, timeout", timeout)
finally:
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, old)
    c.close()
    s.close()
