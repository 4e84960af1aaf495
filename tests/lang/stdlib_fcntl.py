# The fcntl module: fcntl/ioctl/flock/lockf with int, bytes, str and
# mutable-buffer arguments, objects with fileno(), and CPython's errors for
# bad arguments.
import array
import fcntl
import os
import struct
import tempfile


def t(f, *a):
    try:
        r = f(*a)
        print(repr(r)[:70])
    except Exception as e:
        print(type(e).__name__, e)


r, w = os.pipe()
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(r, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fl = fcntl.fcntl(w, fcntl.F_GETFL)
fcntl.fcntl(w, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(bool(fcntl.fcntl(w, fcntl.F_GETFL) & os.O_NONBLOCK))
d = fcntl.fcntl(r, fcntl.F_DUPFD, 100)
print(d >= 100)
os.close(d)
print(fcntl.fcntl(r, fcntl.F_GETPIPE_SZ) > 0)

# bytes and str arguments: copied, returned with the same length
t(fcntl.fcntl, r, fcntl.F_GETFL, b'abc')
t(fcntl.fcntl, r, fcntl.F_GETFL, 'é\0')
t(fcntl.fcntl, r, fcntl.F_GETFL, b'x' * 1024)
t(fcntl.fcntl, r, fcntl.F_GETFL, b'x' * 1025)
t(fcntl.fcntl, r, fcntl.F_GETFL, bytearray(b'abc'))
t(fcntl.fcntl, r, fcntl.F_GETFL, memoryview(b'abc'))
t(fcntl.fcntl, r, fcntl.F_GETFL, 1.5)
t(fcntl.fcntl, r, fcntl.F_GETFL, None)
t(fcntl.fcntl, r, fcntl.F_GETFL, 2**63)
t(fcntl.fcntl, r, 2**31)
t(fcntl.fcntl, r, 1.0)
t(fcntl.fcntl, -1, 1)
t(fcntl.fcntl, 2**40, 1)
t(fcntl.fcntl, 'x', 1)
t(fcntl.fcntl, 999, 1)
t(fcntl.fcntl, r)
t(fcntl.fcntl, 1, 2, 3, 4)
t(lambda: fcntl.fcntl(fd=1, cmd=2))


class F:
    def fileno(self):
        return r


class G:
    def fileno(self):
        return 'x'


t(fcntl.fcntl, F(), fcntl.F_GETFD)
t(fcntl.fcntl, G(), fcntl.F_GETFD)

# ioctl: FIONREAD counts the bytes waiting in the pipe
FIONREAD = 0x541B
os.write(w, b'hello')
a = array.array('i', [0])
t(fcntl.ioctl, r, FIONREAD, a)
print(a)
a = array.array('i', [0])
t(fcntl.ioctl, r, FIONREAD, a, False)
print(a)
print(struct.unpack('i', fcntl.ioctl(r, FIONREAD, b'\0' * 4)))
t(fcntl.ioctl, r, FIONREAD, bytearray(4))
t(fcntl.ioctl, r, FIONREAD, '\0\0\0\0')
t(fcntl.ioctl, r, FIONREAD, b'x' * 1025)
t(fcntl.ioctl, r, FIONREAD, bytearray(1025), False)
big = bytearray(2000)
t(fcntl.ioctl, r, FIONREAD, big, True)
print(big[:4])
t(fcntl.ioctl, r, FIONREAD, memoryview(bytearray(4))[::2])
t(fcntl.ioctl, r, FIONREAD, 2**31)
t(fcntl.ioctl, r, FIONREAD, 1.5)
t(fcntl.ioctl, r, 2**64 + FIONREAD, b'\0' * 4)
t(fcntl.ioctl, r, 1.0)
t(fcntl.ioctl, r, 0x5401)
t(fcntl.ioctl, r, FIONREAD, 0, 0, 0)
t(lambda: fcntl.ioctl(r, FIONREAD, mutate_flag=1))
t(fcntl.ioctl)

# flock and lockf on a real file
with tempfile.TemporaryFile() as f:
    t(fcntl.flock, f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    t(fcntl.flock, f.fileno(), fcntl.LOCK_UN)
    t(fcntl.flock, f, 1.0)
    t(fcntl.flock, f, 2**31)
    t(fcntl.flock, f)
    t(fcntl.lockf, f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    t(fcntl.lockf, f, fcntl.LOCK_SH, 10, 5, os.SEEK_SET)
    t(fcntl.lockf, f, fcntl.LOCK_UN)
    t(fcntl.lockf, f, 0)
    t(fcntl.lockf, f, fcntl.LOCK_EX, 1.0)
    t(fcntl.lockf, f, fcntl.LOCK_EX, 2**64)
    t(fcntl.lockf, f, fcntl.LOCK_EX, 0, 2**63)
    t(fcntl.lockf, f, fcntl.LOCK_EX, 0, 0, 2**31)
    t(fcntl.lockf, f, fcntl.LOCK_EX, 0, 0, 0, 1)
    t(fcntl.lockf, f)
t(fcntl.flock, 999, fcntl.LOCK_SH)
os.close(r)
os.close(w)

print(sorted(n for n in dir(fcntl) if not n.isupper()))
print([(n, getattr(fcntl, n)) for n in dir(fcntl) if n.startswith(('F_', 'LOCK_', 'DN_'))])
print(fcntl.FD_CLOEXEC, fcntl.FASYNC, type(fcntl.fcntl).__name__)

# ioctl on a pseudo-terminal (os.openpty): set and read the window size
import termios
m, s = os.openpty()
print(os.get_inheritable(m), os.get_inheritable(s), os.isatty(s))
fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
print(struct.unpack('HHHH', fcntl.ioctl(m, termios.TIOCGWINSZ, b'\0' * 8)))
buf = array.array('H', [0] * 4)
print(fcntl.ioctl(s, termios.TIOCGWINSZ, buf, True), buf.tolist())
print(fcntl.ioctl(s, termios.TIOCGWINSZ, buf, False))
os.close(m)
os.close(s)
t(os.openpty, 1)

# ioctl's other buffers: read-only exporters are copied, a released view
# and a str with a lone surrogate fall to the int conversion
r, w = os.pipe()
t(fcntl.ioctl, r, FIONREAD, memoryview(b'abcd'))
t(fcntl.ioctl, r, FIONREAD, memoryview(b'x' * 1025))
t(fcntl.ioctl, r, FIONREAD, 'a\udc80')
t(fcntl.fcntl, r, fcntl.F_GETFL, 'a\udc80')
mv = memoryview(bytearray(8))
mv.release()
t(fcntl.ioctl, r, FIONREAD, mv)
t(fcntl.ioctl, r, FIONREAD, bytearray(4), [])


class B(bytes):
    pass


t(fcntl.fcntl, r, fcntl.F_GETFL, B(b'zz'))
t(fcntl.ioctl, r, FIONREAD, B(b'zzzz'))
os.close(r)
os.close(w)
