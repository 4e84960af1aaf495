# posix's process functions: fork, _exit, waitpid and the W* macros,
# execv/execve through a pipe, the environment, ids and system facts.
import posix, sys

r, w = posix.pipe()
pid = posix.fork()
if pid == 0:
    posix.close(r)
    posix.write(w, b"from the child %d" % (posix.getppid() > 0))
    posix._exit(7)
posix.close(w)
print(posix.read(r, 100))
posix.close(r)
got, status = posix.waitpid(pid, 0)
print(got == pid, posix.WIFEXITED(status), posix.WEXITSTATUS(status), posix.WIFSIGNALED(status),
      posix.waitstatus_to_exitcode(status))

pid = posix.fork()
if pid == 0:
    sys.exit(3)
print(posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))

pid = posix.fork()
if pid == 0:
    posix.kill(posix.getpid(), 9)
got, status = posix.waitpid(pid, 0)
print(posix.WIFSIGNALED(status), posix.WTERMSIG(status), posix.waitstatus_to_exitcode(status), posix.WCOREDUMP(status))

r, w = posix.pipe()
pid = posix.fork()
if pid == 0:
    posix.dup2(w, 1)
    posix.execve("/bin/sh", ["sh", "-c", "echo $TALLY_VAR-$0"], {"TALLY_VAR": "set", b"X": b"y"})
posix.close(w)
out = b""
while True:
    chunk = posix.read(r, 100)
    if not chunk:
        break
    out += chunk
posix.close(r)
print(out, posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))

pid = posix.fork()
if pid == 0:
    posix.execv("/bin/sh", ("sh", "-c", "exit 5"))
print(posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))
print(posix.waitpid(posix.fork() or 0, posix.WNOHANG) if False else "WNOHANG", posix.WNOHANG)

calls = []
posix.register_at_fork(before=lambda: calls.append("before1"), after_in_parent=lambda: calls.append("parent"))
posix.register_at_fork(before=lambda: calls.append("before2"), after_in_child=lambda: posix._exit(0))
pid = posix.fork()
posix.waitpid(pid, 0)
print(calls)
try:
    posix.register_at_fork()
except TypeError as e:
    print(e)
try:
    posix.register_at_fork(before=1)
except TypeError as e:
    print(e)

env = posix.environ
print(type(env).__name__, all(type(k) is bytes and type(v) is bytes for k, v in env.items()), b"PATH" in env)
posix.putenv("TALLY_PUT", "v1")
pid = posix.fork()
if pid == 0:
    posix.execv("/bin/sh", ["sh", "-c", 'test "$TALLY_PUT" = v1'])
print(posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]), b"TALLY_PUT" in posix.environ)
posix.unsetenv("TALLY_PUT")
pid = posix.fork()
if pid == 0:
    posix.execv("/bin/sh", ["sh", "-c", 'test -z "$TALLY_PUT"'])
print(posix.waitstatus_to_exitcode(posix.waitpid(pid, 0)[1]))

print(posix.getpid() > 1, posix.getppid() > 0, type(posix.getuid()), posix.geteuid() == posix.getuid(),
      type(posix.getgid()), type(posix.getgroups()), posix.getpgrp() == posix.getpgid(0))
u = posix.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname, u.machine == u[4])
t = posix.times()
print(type(t).__name__, len(t), t.user >= 0, t.elapsed > 0, t[0] == t.user)
print(posix.cpu_count() >= 1, len(posix.urandom(16)), posix.urandom(0))
print(posix.WIFEXITED(0), posix.WEXITSTATUS(256), posix.WIFSTOPPED(0x137f), posix.WSTOPSIG(0x137f))
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)
try:
    posix.get_terminal_size(99)
except OSError as e:
    print(e)
print([n in posix._have_functions for n in ("HAVE_FSTATAT", "HAVE_OPENAT", "HAVE_FDOPENDIR", "HAVE_UNLINKAT")])
print(posix.sysconf("SC_PAGESIZE") > 0, posix.confstr("CS_PATH") is not None)
print(posix.system("exit 3"), posix.waitstatus_to_exitcode(posix.system("true")), posix.major(0x801), posix.minor(0x801), posix.makedev(8, 1))
try:
    posix.ttyname(posix.open("/dev/null", posix.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno)
posix.sync()
