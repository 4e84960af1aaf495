# posix's errors: OSError subclasses with CPython's errno, strerror,
# filename and filename2; argument errors with CPython's messages.
import posix, errno

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", getattr(e, "errno", None),
              getattr(e, "filename", None), getattr(e, "filename2", None))
    else:
        print("ok", r)

attempt(posix.stat, "tally_no_such_file")
attempt(posix.stat, b"tally_no_such_file")
attempt(posix.lstat, "tally_no/such")
attempt(posix.open, "tally_no/x", posix.O_RDONLY)
attempt(posix.rename, "tally_nonex_a", "tally_nonex_b")
attempt(posix.link, "/tally_nonex", "/tmp/tally_x")
attempt(posix.rmdir, "/")
attempt(posix.mkdir, "/tmp")
attempt(posix.listdir, "tally_nonexistent")
attempt(posix.scandir, "tally_nonexistent")
attempt(posix.chdir, "tally_nonexistent")
attempt(posix.readlink, "/")
attempt(posix.unlink, "/tmp")
attempt(posix.read, 9999, 1)
attempt(posix.close, 9999)
attempt(posix.fstat, 9999)
attempt(posix.kill, 999999999, 0)
attempt(posix.waitpid, -1, 0)
attempt(posix.stat, "a\0b")
attempt(posix.stat, b"a\0b")
attempt(posix.stat, 1.5)
attempt(posix.mkdir, None)
attempt(posix.listdir, 3.0)
attempt(posix.stat, 2**70)
attempt(posix.close, "x")
attempt(posix.write, 1, "text")
attempt(posix.rename, "a", b"b")
attempt(posix.putenv, "", "x")
attempt(posix.putenv, "a=b", "x")
attempt(posix.urandom, -1)
attempt(posix.execv, "/bin/true", [])
attempt(posix.execv, "/bin/true", [""])
attempt(posix.execv, "/bin/true", "ab")
attempt(posix.waitstatus_to_exitcode, 0x137f)
attempt(posix.stat, "x", bogus=1)
attempt(posix.stat)
attempt(posix.utime, "x", (1, 2), ns=(1, 2))

class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
    def __repr__(self): return "P(%r)" % (self.p,)

print(posix.fspath(P("abc")), posix.fspath(P(b"abc")), posix.fspath("s"), posix.fspath(b"b"))
attempt(posix.fspath, P(42))
attempt(posix.fspath, 3)
attempt(posix.stat, P(42))
attempt(posix.stat, P("tally_no_such_file"))

for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EISDIR,
             errno.EAGAIN, errno.ECHILD, errno.ESRCH, errno.EPIPE, errno.EINTR, errno.ETIMEDOUT,
             errno.ECONNREFUSED, errno.EINVAL):
    e = OSError(code, posix.strerror(code))
    print(code, errno.errorcode[code], type(e).__name__, e)
print(posix.strerror(1234), posix.strerror(0))
