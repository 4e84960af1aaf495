# _posixsubprocess.fork_exec called as subprocess.Popen calls it, with
# the error pipe protocol, and select/poll waiting on the pipes.
import posix, select, _posixsubprocess

def run(argv, exes=None, cwd=None, env=None, stdin_data=None, close_fds=True, keep=()):
    p2cread, p2cwrite = posix.pipe()
    c2pread, c2pwrite = posix.pipe()
    errread, errwrite = posix.pipe()
    errpipe_read, errpipe_write = posix.pipe()
    pid = _posixsubprocess.fork_exec(
        argv, exes or [a.encode() for a in argv[:1]], close_fds, tuple(sorted(keep + (errpipe_write,))),
        cwd, env, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
        errpipe_read, errpipe_write, True, False, -1, None, None, None, -1, None, True)
    for fd in (p2cread, c2pwrite, errwrite, errpipe_write):
        posix.close(fd)
    err = b""
    while True:
        part = posix.read(errpipe_read, 1000)
        if not part:
            break
        err += part
    posix.close(errpipe_read)
    if stdin_data:
        posix.write(p2cwrite, stdin_data)
    posix.close(p2cwrite)
    out = {c2pread: b"", errread: b""}
    poller = select.poll()
    poller.register(c2pread, select.POLLIN)
    poller.register(errread, select.POLLIN)
    open_fds = {c2pread, errread}
    while open_fds:
        for fd, ev in poller.poll(5000):
            chunk = posix.read(fd, 4096)
            if chunk:
                out[fd] += chunk
            else:
                poller.unregister(fd)
                open_fds.discard(fd)
                posix.close(fd)
    _, status = posix.waitpid(pid, 0)
    return posix.waitstatus_to_exitcode(status), out[c2pread], out[errread], err

print(run(["echo", "hi", "there"], exes=[b"/bin/echo"]))
print(run(["sh", "-c", "cat; echo err >&2; exit 3"], exes=[b"/bin/sh"], stdin_data=b"from stdin\n"))
print(run(["sh", "-c", "pwd"], exes=[b"/bin/sh"], cwd="/tmp"))
print(run(["sh", "-c", "echo $A$B"], exes=[b"/bin/sh"], env=[b"A=1", b"B=2"]))
print(run(["nope"], exes=[b"/nonexistent/a", b"/nonexistent/b"]))
print(run(["sh"], exes=[b"/bin/sh"], cwd="/nonexistent-dir"))
print(run(["true"], exes=[b"/etc/passwd"]))

r, w = posix.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
posix.write(w, b"x")
print(select.select([r], [], [], 1.5)[0] == [r])
class F:
    def __init__(self, fd): self.fd = fd
    def fileno(self): return self.fd
f = F(r)
print(select.select([f], [], [])[0][0] is f)
for bad in ((["x"], [], []), ([r], [], [], -1), ([-1], [], [])):
    try:
        select.select(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = select.poll()
p.register(w, select.POLLOUT)
p.register(r)
print(sorted(p.poll(0)) == [(w, select.POLLOUT), (r, select.POLLIN)] or sorted(p.poll(0)) == [(r, select.POLLIN), (w, select.POLLOUT)])
p.modify(r, select.POLLOUT)
p.unregister(w)
print(p.poll(0) == [])
try:
    p.unregister(w)
except KeyError as e:
    print("KeyError", e.args == (w,))
try:
    p.modify(99, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e)
print(select.POLLIN, select.POLLOUT, select.POLLHUP, select.error is OSError)
