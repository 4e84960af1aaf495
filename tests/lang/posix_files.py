# posix directly (as os.py uses it): files, directories, stat, scandir,
# descriptors, in a directory of its own that it removes.
import posix

base = "/tmp/tally_test_posix_files_%d" % posix.getpid()
posix.mkdir(base, 0o755)
start = posix.getcwd()
posix.chdir(base)
print(posix.getcwd() == base, posix.getcwdb() == base.encode())

fd = posix.open("a.txt", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(type(fd).__name__, posix.write(fd, b"hello world\n"), posix.write(fd, bytearray(b"more\n")))
posix.close(fd)
st = posix.stat("a.txt")
print(type(st).__name__, st.st_size, st[6], len(st), oct(st.st_mode & 0o777))
print(st.st_mode >> 12 == 8, type(st.st_mtime).__name__, type(st[8]).__name__, st[8] == int(st.st_mtime))
print(st.st_mtime_ns // 10**9 == st[8], st.st_nlink, st.st_uid == posix.getuid())
print(posix.stat_result.n_fields, posix.stat_result.n_sequence_fields, posix.stat_result.n_unnamed_fields)
print(posix.fstat(posix.open("a.txt", posix.O_RDONLY)).st_size)

fd = posix.open("a.txt", posix.O_RDWR)
print(posix.read(fd, 5), posix.lseek(fd, 0, 1), posix.lseek(fd, -5, 2))
print(posix.read(fd, 100), posix.read(fd, 100))
posix.ftruncate(fd, 5)
posix.lseek(fd, 0, 0)
print(posix.read(fd, 100), posix.isatty(fd), posix.get_inheritable(fd), posix.get_blocking(fd))
posix.set_inheritable(fd, True)
print(posix.get_inheritable(fd))
fd2 = posix.dup(fd)
print(fd2 != fd, posix.get_inheritable(fd2))
fd3 = posix.dup2(fd, fd2 + 5)
print(fd3 == fd2 + 5, posix.get_inheritable(fd3), posix.get_inheritable(posix.dup2(fd, fd3, False)))
for f in (fd, fd2, fd3):
    posix.close(f)
posix.fsync(posix.open("a.txt", posix.O_RDONLY))

posix.mkdir("sub")
posix.mkdir(b"sub/inner")
posix.symlink("a.txt", "link")
posix.symlink("nowhere", "dangling")
posix.link("a.txt", "hard")
print(sorted(posix.listdir()), sorted(posix.listdir(".")), sorted(posix.listdir(b"sub")))
print(posix.readlink("link"), posix.readlink(b"link"), posix.lstat("link").st_mode >> 12, posix.stat("link").st_mode >> 12)
print(posix.stat("hard").st_nlink, posix.stat("link", follow_symlinks=False).st_mode >> 12)

entries = sorted(posix.scandir(), key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), e.inode() == posix.lstat(e.name).st_ino)
print([e.path for e in posix.scandir("sub")], [e.path for e in posix.scandir(b"sub/")])
e = [e for e in posix.scandir() if e.name == "dangling"][0]
try:
    e.stat()
except FileNotFoundError as x:
    print("dangling:", x)
print(e.stat(follow_symlinks=False).st_mode >> 12, posix.fspath(e))
with posix.scandir("sub") as it:
    print(type(it).__name__, next(it).name)
print(list(it))
dfd = posix.open("sub", posix.O_RDONLY)
print(posix.listdir(dfd), [(x.name, x.path, x.is_dir()) for x in posix.scandir(dfd)])
print(posix.stat("inner", dir_fd=dfd).st_mode >> 12)
posix.close(dfd)

posix.chmod("a.txt", 0o600)
print(oct(posix.stat("a.txt").st_mode & 0o777), posix.access("a.txt", posix.R_OK), posix.access("nope", posix.F_OK))
posix.utime("a.txt", (1000000000, 1500000000.25))
st = posix.stat("a.txt")
print(st[7], st[8], st.st_atime, st.st_mtime, st.st_mtime_ns)
posix.utime("a.txt", ns=(123456789123456789, 5))
print(posix.stat("a.txt").st_atime_ns, posix.stat("a.txt").st_mtime_ns)
posix.truncate("a.txt", 2)
print(posix.stat("a.txt").st_size)
posix.rename("a.txt", "b.txt")
posix.replace("b.txt", "c.txt")
print(sorted(posix.listdir()))
old = posix.umask(0o22)
print(posix.umask(old) == 0o22)

for name in ("dangling", "link", "hard", "c.txt"):
    posix.unlink(name)
posix.rmdir("sub/inner")
posix.rmdir("sub")
print(posix.listdir())
posix.chdir(start)
posix.rmdir(base)
print(posix.access(base, posix.F_OK))
