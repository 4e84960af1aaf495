# The syslog module: constants, LOG_MASK/LOG_UPTO (C int arithmetic),
# setlogmask, openlog/syslog/closelog with CPython's argument errors.
# LOG_PERROR copies each message to stderr, which is read back through a
# pipe to check the ident (given, or sys.argv[0]'s base name).
import os
import sys
import syslog


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r)[:70])
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(syslog) if not n.startswith('__')))
print([(n, getattr(syslog, n)) for n in dir(syslog) if n.isupper() and isinstance(getattr(syslog, n), int)])
print(syslog.openlog.__doc__, syslog.LOG_MASK.__doc__)
for p in (0, 3, 7, 30, 31, 32, -1, 2**31):
    print(p, syslog.LOG_MASK(p), syslog.LOG_UPTO(p))
t(syslog.LOG_MASK, 1.0)
t(syslog.LOG_MASK)
t(syslog.LOG_UPTO, 1, 2)
t(syslog.LOG_MASK, 2**64)
t(lambda: syslog.LOG_MASK(pri=1))

old = syslog.setlogmask(0)
print(old == syslog.setlogmask(0))
print(syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_ERR)) == old)
print(syslog.setlogmask(old) == syslog.LOG_UPTO(syslog.LOG_ERR))
t(syslog.setlogmask, 1.0)
t(syslog.setlogmask)
t(syslog.setlogmask, 2**64)
t(lambda: syslog.setlogmask(mask=1))

r, w = os.pipe()
saved = os.dup(2)
os.dup2(w, 2)
try:
    syslog.openlog('tally-test', syslog.LOG_PERROR, syslog.LOG_USER)
    syslog.syslog('hello')
    syslog.syslog(syslog.LOG_ERR, 'two\nlines')
    syslog.syslog(syslog.LOG_DEBUG, 'nul\0cut')
    syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_WARNING))
    syslog.syslog(syslog.LOG_INFO, 'masked out')
    syslog.setlogmask(old)
    syslog.closelog()
    sys.argv[0] = '/some/dir/prog-name.py'
    syslog.openlog(logoption=syslog.LOG_PERROR)
    syslog.syslog('from argv')
    syslog.closelog()
    syslog.openlog(ident='kw', logoption=syslog.LOG_PERROR, facility=syslog.LOG_LOCAL0)
    syslog.syslog('é')
    syslog.closelog()
finally:
    os.dup2(saved, 2)
    os.close(saved)
    os.close(w)
with os.fdopen(r, 'rb') as f:
    for line in f.read().decode().splitlines():
        print(repr(line))

t(syslog.openlog, 1)
t(syslog.openlog, None)
t(syslog.openlog, b'a')
t(syslog.openlog, 'a', 'b')
t(syslog.openlog, 'a', 0, 1.5)
t(syslog.openlog, 'a', 0, 0, 0)
t(syslog.openlog, 'a\udc80')
t(syslog.openlog, bad=1)
t(syslog.syslog)
t(syslog.syslog, 1, 2, 3)
t(syslog.syslog, 1)
t(syslog.syslog, 'a', 'b')
t(syslog.syslog, 1.0, 'b')
t(syslog.syslog, 2**40, 'x')
t(syslog.syslog, b'x')
t(syslog.syslog, 'a\udc80')
t(syslog.syslog, msg='x')
t(syslog.closelog)
t(syslog.closelog, 1)
