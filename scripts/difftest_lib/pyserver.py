"""A warm python3.11 that runs programs in forked children.

Started as `python3.11 -S pyserver.py`; reads one program path per line on
stdin, forks, and answers with the child's pid, then (when the child has
ended) its exit status as subprocess reports it (negative for a signal).
The child sends stdout to PATH.out and stderr to PATH.err, makes PATH's
directory current, empties __main__ into what a script run starts with,
and executes the program there, so that an uncaught exception, SystemExit
and interpreter shutdown (module teardown order included) go the way of
`python3.11 -S PATH`.  What differs from a fresh run: the traceback has one
frame of this file above the program's, the call stack is two frames
deeper, and __loader__ is None.  run.py confirms every divergence with a
fresh run, so these never show in a finding.

Only modules python -S has loaded already are used, so sys.modules holds
what a fresh run's holds.
"""

import builtins
import posix
import sys


def read_line(buffer):
    while b"\n" not in buffer[0]:
        chunk = posix.read(0, 4096)
        if not chunk:
            return None
        buffer[0] += chunk
    line, _, buffer[0] = buffer[0].partition(b"\n")
    return line.decode()


def serve():
    """The program path, in a child; the server itself never returns."""
    buffer = [b""]
    while True:
        path = read_line(buffer)
        if not path:
            posix._exit(0)
        pid = posix.fork()
        if pid == 0:
            return path
        posix.write(1, f"{pid}\n".encode())
        _, status = posix.waitpid(pid, 0)
        posix.write(1, f"{posix.waitstatus_to_exitcode(status)}\n".encode())


def run(path, sysmod=sys, px=posix, bi=builtins):
    directory, _, name = path.rpartition("/")
    flags = px.O_WRONLY | px.O_CREAT | px.O_TRUNC
    for fd, target, mode in ((1, path + ".out", flags), (2, path + ".err", flags), (0, "/dev/null", px.O_RDONLY)):
        new = px.open(target, mode, 0o644)
        px.dup2(new, fd)
        px.close(new)
    px.chdir(directory)
    sysmod.argv[:] = [name]
    sysmod.path[0] = directory
    with bi.open(name, "rb") as f:
        code = bi.compile(f.read(), path, "exec")
    namespace = sysmod.modules["__main__"].__dict__
    namespace.clear()
    namespace.update(__name__="__main__", __doc__=None, __package__=None, __loader__=None, __spec__=None,
                     __annotations__={}, __builtins__=bi, __file__=path, __cached__=None)
    del f, flags, new, fd, target, mode, sysmod, px
    bi.exec(code, namespace)


if __name__ == "__main__":
    run(serve())
