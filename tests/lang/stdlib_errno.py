# errno: every name CPython defines on Linux, and errorcode.
import errno
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), len(errno.errorcode))
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK])
print(type(errno.errorcode).__name__, errno.__name__)
