# shutil: copying and moving files and trees, rmtree, which, disk-free
# facts, in a directory the program makes and removes.
import os, shutil, stat

base = "/tmp/tally_test_stdlib_shutil_%d" % os.getpid()
src = os.path.join(base, "src")
os.makedirs(os.path.join(src, "sub", "deeper"))
for name, text in (("one.txt", "1" * 100), ("sub/two.txt", "two"), ("sub/deeper/three.py", "print(3)")):
    with open(os.path.join(src, name), "w") as f:
        f.write(text)
os.symlink("one.txt", os.path.join(src, "link"))
os.chmod(os.path.join(src, "one.txt"), 0o640)
old = os.getcwd()
os.chdir(base)

def tree(top):
    out = []
    for d, dirs, files in os.walk(top):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(d, f)
            out.append((os.path.relpath(p, top), os.path.islink(p), os.path.getsize(p) if not os.path.islink(p) else os.readlink(p)))
    return out

print(shutil.copyfile("src/one.txt", "copy1.txt"), os.path.getsize("copy1.txt"))
print(shutil.copy("src/one.txt", "copy2.txt"), oct(stat.S_IMODE(os.stat("copy2.txt").st_mode)))
os.utime("src/one.txt", (1000, 2000))
print(shutil.copy2("src/one.txt", "copy3.txt"), os.stat("copy3.txt").st_mtime)
shutil.copymode("src/one.txt", "copy1.txt")
shutil.copystat("src/one.txt", "copy1.txt")
print(oct(stat.S_IMODE(os.stat("copy1.txt").st_mode)), os.stat("copy1.txt").st_mtime)
try:
    shutil.copyfile("copy1.txt", "copy1.txt")
except shutil.SameFileError as e:
    print(type(e).__name__, e)
try:
    shutil.copyfile("missing.txt", "x.txt")
except FileNotFoundError as e:
    print(e)

print(shutil.copytree("src", "dst"))
print(tree("dst"))
print(shutil.copytree("src", "dst2", symlinks=True, ignore=shutil.ignore_patterns("*.py")))
print(tree("dst2"))
try:
    shutil.copytree("src", "dst")
except FileExistsError as e:
    print(e)
shutil.copytree("src", "dst", dirs_exist_ok=True)

print(shutil.move("copy2.txt", "dst/moved.txt"), os.path.exists("copy2.txt"))
print(shutil.move("dst2", "dst3"), os.path.isdir("dst3"), os.path.exists("dst2"))
os.mkdir("into")
print(shutil.move("copy3.txt", "into"))

with open("src/one.txt", "rb") as a, open("stream.txt", "wb") as b:
    shutil.copyfileobj(a, b, 7)
print(os.path.getsize("stream.txt"))

print(shutil.which("sh") is not None, shutil.which("tally-no-such-program"), shutil.which("/bin/sh"))
du = shutil.disk_usage(base)
print(type(du).__name__, du.total >= du.used, du.free > 0)
print(shutil.get_terminal_size((91, 17)))

errors = []
shutil.rmtree("nonexistent", onerror=lambda *a: errors.append((a[0].__name__, type(a[2][1]).__name__)))
print(errors)
shutil.rmtree("nonexistent", ignore_errors=True)
try:
    shutil.rmtree("nonexistent")
except FileNotFoundError as e:
    print(e)
shutil.rmtree("dst")
print(sorted(os.listdir(".")))
os.chdir(old)
shutil.rmtree(base)
print(os.path.exists(base))
