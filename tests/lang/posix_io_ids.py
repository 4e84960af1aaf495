# posix: pread/pwrite, readv/writev, preadv/pwritev, fallocate/fadvise, lockf, ids, groups,
# priorities, affinity, pathconf, getrandom, eventfd, memfd, waitid.
import os, tempfile
fd = os.open(os.path.join(tempfile.mkdtemp(), 'f'), os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
print(os.pwrite(fd, b'hello world', 2), os.pread(fd, 5, 4), os.pread(fd, 100, 0))
print(os.writev(fd, [b'ab', bytearray(b'cd'), memoryview(b'ef')]))
os.lseek(fd, 0, 0)
bufs = [bytearray(3), bytearray(4)]
print(os.readv(fd, bufs), bufs)
print(os.pwritev(fd, [b'XY', b'Z'], 0), os.preadv(fd, [bytearray(2), bytearray(2)], 1))
for f in [lambda: os.pread(fd, -1, 0), lambda: os.pread(fd, 1, -1), lambda: os.readv(fd, 5), lambda: os.readv(fd, [b'x']),
          lambda: os.writev(fd, 5), lambda: os.writev(fd, ['x']), lambda: os.pwrite(fd, 'x', 0), lambda: os.pread(-1, 1, 0),
          lambda: os.writev(fd, []), lambda: os.readv(fd, [])]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
os.posix_fallocate(fd, 0, 100); print(os.fstat(fd).st_size)
print(os.posix_fadvise(fd, 0, 10, os.POSIX_FADV_NORMAL))
for f in [lambda: os.posix_fallocate(fd, -1, 1), lambda: os.posix_fadvise(fd, 0, 10, 999)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(os.lockf(fd, os.F_LOCK, 0), os.lockf(fd, os.F_ULOCK, 0))
print(os.getresuid() == (os.getuid(), os.geteuid(), os.getuid()) or True, len(os.getresgid()))
print(os.setresuid(-1, -1, -1), os.setresgid(-1, -1, -1), os.setreuid(-1, -1), os.setregid(-1, -1))
print(os.seteuid(os.geteuid()), os.setegid(os.getegid()), os.setuid(os.getuid()), os.setgid(os.getgid()))
for f in [lambda: os.setuid(-2), lambda: os.setuid('x'), lambda: os.setresuid(1,2), lambda: os.setgroups(5), lambda: os.setgroups(['x']), lambda: os.initgroups(5, 5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(type(os.getgrouplist('root', 0)).__name__, 0 in os.getgrouplist('root', 0))
print(os.getpriority(os.PRIO_PROCESS, 0) is not None, os.sched_yield(), type(os.sched_getaffinity(0)).__name__)
print(os.fpathconf(fd, 'PC_NAME_MAX'), os.pathconf('/', 'PC_NAME_MAX'), os.pathconf_names['PC_LINK_MAX'])
for f in [lambda: os.fpathconf(fd, 'nope'), lambda: os.pathconf('/', 9999)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(len(os.getrandom(8)), os.getrandom(0), os.GRND_NONBLOCK)
e = os.eventfd(3); os.eventfd_write(e, 4); print(os.eventfd_read(e)); os.close(e)
mf = os.memfd_create('x'); os.write(mf, b'abc'); print(os.fstat(mf).st_size); os.close(mf)
pid = os.fork()
if pid == 0: os._exit(3)
r = os.waitid(os.P_PID, pid, os.WEXITED); print(type(r).__name__, r.si_pid == pid, r.si_status, r.si_code == os.CLD_EXITED)
os.close(fd)
