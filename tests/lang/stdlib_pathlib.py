# pathlib: pure path arithmetic and the filesystem methods, in a
# directory the program makes and removes.
import os
from pathlib import Path, PurePosixPath, PurePath

p = PurePosixPath("/usr/lib/python3.11/os.py")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, list(map(str, p.parents))[:3])
print(p.parts, p.anchor, p.root, p.is_absolute(), p.with_suffix(".pyc"), p.with_name("x.py"), p.with_stem("y"))
print(p.relative_to("/usr"), p.is_relative_to("/usr"), p.match("*.py"), p.match("lib/*/*.py"), p.match("/*.py"))
print(PurePosixPath("a") / "b" / "../c", PurePosixPath("a//b/./c"), PurePosixPath("/a") / "/b", PurePath("x").joinpath("y", "z"))
print(PurePosixPath("a.tar.gz").suffixes, PurePosixPath("a/b") == PurePosixPath("a//b"), PurePosixPath("a") < PurePosixPath("b"))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]), hash(PurePosixPath("a")) == hash(PurePosixPath("a")))
print(os.fspath(p), bytes(PurePosixPath("x/y")), PurePosixPath("a/b").as_posix(), PurePosixPath("/a b").as_uri())
try:
    PurePosixPath("a").relative_to("b")
except ValueError as e:
    print(e)

base = Path("/tmp") / ("tally_test_stdlib_pathlib_%d" % os.getpid())
base.mkdir()
(base / "sub" / "deep").mkdir(parents=True)
(base / "sub").mkdir(exist_ok=True)
try:
    base.mkdir()
except FileExistsError as e:
    print(type(e).__name__, e.filename == str(base))
f = base / "sub" / "f.txt"
print(f.write_text("hello\nworld\n"), f.read_text(), f.read_bytes(), f.stat().st_size)
(base / "b.bin").write_bytes(b"\x00\x01")
print(f.exists(), f.is_file(), f.is_dir(), (base / "sub").is_dir(), (base / "nope").exists(), f.is_symlink())
(base / "link").symlink_to("sub/f.txt")
print((base / "link").is_symlink(), (base / "link").resolve() == f.resolve(), (base / "link").readlink())
print(sorted(x.name for x in base.iterdir()))
print(sorted(str(x.relative_to(base)) for x in base.glob("*")))
print(sorted(str(x.relative_to(base)) for x in base.rglob("*.txt")))
print(sorted(str(x.relative_to(base)) for x in base.glob("**/*")))
with f.open() as fh:
    print(fh.readline().strip())
with (base / "new.txt").open("w") as fh:
    fh.write("x")
print((base / "new.txt").read_text())
g = f.rename(base / "g.txt")
print(g.name, f.exists(), g.exists())
h = g.replace(base / "h.txt")
print(h.name)
(base / "touched").touch()
print((base / "touched").stat().st_size, (base / "touched").exists())
(base / "touched").chmod(0o600)
print(oct((base / "touched").stat().st_mode & 0o777))
(base / "touched").unlink()
(base / "touched").unlink(missing_ok=True)
try:
    (base / "touched").unlink()
except FileNotFoundError as e:
    print(e.strerror)
print(Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.environ["HOME"]), Path("~").expanduser() == Path.home())
print(Path("a/../b").resolve() == Path.cwd() / "b", Path(".").absolute() == Path.cwd())
old = os.getcwd()
os.chdir(base)
print(sorted(str(x) for x in Path(".").glob("*.txt")), Path("h.txt").samefile(base / "h.txt"))
os.chdir(old)
for x in sorted(base.rglob("*"), key=lambda q: len(q.parts), reverse=True):
    if x.is_dir() and not x.is_symlink():
        x.rmdir()
    else:
        x.unlink()
base.rmdir()
print(base.exists())
