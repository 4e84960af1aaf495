# scripts/fail-after makes each allocation of this program fail in turn
# (robust/allocation_failure_in_mods8_modules, tests/unit/test_robust.c):
# fcntl's bytes results and str arguments, resource's limit tuples and
# struct_rusage, syslog's ident and message bytes (session 8).
import fcntl, os, resource, syslog
r, w = os.pipe()
print(fcntl.fcntl(r, fcntl.F_GETFD), fcntl.fcntl(r, fcntl.F_GETFL, b'ab'), fcntl.fcntl(r, 3, 'é'))
buf = bytearray(4)
print(fcntl.ioctl(r, 0x541B, buf), fcntl.ioctl(r, 0x541B, 'abcd'), fcntl.ioctl(r, 0x541B, buf, False))
try:
    fcntl.fcntl(r, 3, 1.5)
except TypeError as e:
    print(e)
fcntl.lockf(w, fcntl.LOCK_UN)
os.close(r)
os.close(w)
s, h = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, [s, h])
print(resource.prlimit(0, resource.RLIMIT_CORE) == (s, h))
u = resource.getrusage(resource.RUSAGE_SELF)
print(len(u), type(u.ru_utime).__name__, resource.struct_rusage(range(16)).ru_nivcsw)
syslog.openlog('tally-robust', 0, syslog.LOG_USER)
syslog.syslog(syslog.LOG_DEBUG, 'robust é')
syslog.closelog()
syslog.openlog()
print(syslog.LOG_UPTO(3), syslog.setlogmask(0) != 0)
