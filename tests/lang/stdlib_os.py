# os and os.path (CPython's os.py and posixpath.py over tally's posix), in
# a directory the program makes and removes.
import os, stat, errno

base = "/tmp/tally_test_stdlib_os_%d" % os.getpid()
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    print("FileExistsError", e.errno == errno.EEXIST, e.filename == os.path.join(base, "a"))
old = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.path.abspath("x") == os.path.join(base, "x"))

with open("a/f.txt", "w") as f:
    f.write("hello\n")
fd = os.open("a/b/g.bin", os.O_WRONLY | os.O_CREAT, 0o640)
os.write(fd, b"\x00\x01\x02")
os.close(fd)
os.symlink("f.txt", "a/link")
print(os.path.exists("a/f.txt"), os.path.isfile("a/f.txt"), os.path.isdir("a"), os.path.islink("a/link"),
      os.path.exists("nope"), os.path.lexists("a/link"), os.path.getsize("a/b/g.bin"))
print(os.path.realpath("a/link") == os.path.join(base, "a", "f.txt"), os.readlink("a/link"))
print(sorted(os.listdir("a")), sorted(os.listdir(b"a")))
st = os.stat("a/f.txt")
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat("a").st_mode), stat.filemode(os.lstat("a/link").st_mode)[0])
print(os.path.getmtime("a/f.txt") == st.st_mtime, os.path.samefile("a/f.txt", "a/link"))

for top, dirs, files in os.walk("."):
    print(top, sorted(dirs), sorted(files))
for top, dirs, files in os.walk(".", topdown=False):
    print("up", top, sorted(dirs), sorted(files))
print([(t, sorted(f)) for t, d, f in os.walk("a", followlinks=True) if "link" in f])
print(sorted((e.name, e.is_dir(), e.is_symlink()) for e in os.scandir("a")))
with os.scandir("a") as it:
    print(sorted(e.path for e in it))

os.rename("a/f.txt", "a/h.txt")
os.replace("a/h.txt", "a/i.txt")
os.renames("a/i.txt", "c/d/j.txt")
print(sorted(os.listdir(".")), os.listdir("c/d"))
os.chmod("c/d/j.txt", 0o444)
print(oct(stat.S_IMODE(os.stat("c/d/j.txt").st_mode)), os.access("c/d/j.txt", os.W_OK) or os.getuid() == 0)
os.utime("c/d/j.txt", (1, 2))
print(os.stat("c/d/j.txt").st_atime, os.stat("c/d/j.txt").st_mtime)
try:
    os.remove("nope")
except FileNotFoundError as e:
    print(e)
try:
    os.rmdir("c")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOTEMPTY)
try:
    os.mkdir("c")
except FileExistsError as e:
    print(e)

os.environ["TALLY_TEST_VAR"] = "value"
print(os.environ["TALLY_TEST_VAR"], os.getenv("TALLY_TEST_VAR"), os.environb[b"TALLY_TEST_VAR"],
      "TALLY_TEST_VAR" in os.environ, os.environ.get("TALLY_NOPE", "dflt"))
del os.environ["TALLY_TEST_VAR"]
print(os.getenv("TALLY_TEST_VAR"), os.getenv("TALLY_TEST_VAR", 5))
print(type(os.environ).__name__, os.environ.copy().__class__.__name__)

print(os.fspath("p"), os.fsencode("é"), os.fsdecode(b"x"), os.sep, os.pathsep, os.curdir, os.pardir,
      os.extsep, os.linesep == "\n", os.devnull, os.name)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.stat in os.supports_dir_fd, os.stat in os.supports_follow_symlinks, os.listdir in os.supports_fd)
print(os.get_exec_path({"PATH": "/x:/y"}), os.cpu_count() > 0, type(os.getpid()), os.getlogin is not None)
print(os.path.join("/a", "b", "c"), os.path.split("/a/b/c"), os.path.splitext("x.tar.gz"),
      os.path.basename("/a/b"), os.path.dirname("/a/b"), os.path.normpath("a//b/../c/."),
      os.path.isabs("/x"), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["abc", "abd"]),
      os.path.relpath("/a/b/c", "/a"), os.path.expanduser("~") == os.environ["HOME"],
      os.path.expandvars("$HOME") == os.environ["HOME"])
print(os.path.join(b"a", b"b"), os.path.normcase("A"), os.path.splitdrive("/x"))

r, w = os.pipe()
os.write(w, b"through a pipe")
os.close(w)
print(os.read(r, 100))
os.close(r)

os.chdir(old)
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
