# glob and fnmatch over a directory tree the program makes and removes.
import os, glob, fnmatch, shutil

base = "/tmp/tally_test_stdlib_glob_%d" % os.getpid()
for d in ("src/pkg", "src/.hidden", "docs", "empty"):
    os.makedirs(os.path.join(base, d))
for f in ("src/a.py", "src/b.py", "src/c.txt", "src/pkg/__init__.py", "src/pkg/mod.py",
          "src/.hidden/h.py", "src/.dot.py", "docs/readme.md", "docs/[x].md", "top.cfg"):
    with open(os.path.join(base, f), "w") as fh:
        fh.write(f)
old = os.getcwd()
os.chdir(base)

print(sorted(glob.glob("*")))
print(sorted(glob.glob("src/*.py")))
print(sorted(glob.glob("src/*")), sorted(glob.glob("src/.*")))
print(sorted(glob.glob("**/*.py", recursive=True)))
print(sorted(glob.glob("**", recursive=True)))
print(sorted(glob.glob("src/**/", recursive=True)))
print(sorted(glob.glob("src/[ab].py")), sorted(glob.glob("src/[!a].*")), sorted(glob.glob("src/?.py")))
print(sorted(glob.glob("docs/[[]x].md")), sorted(glob.glob(glob.escape("docs/[x].md"))), glob.escape("a[b]*?"))
print(sorted(glob.glob("*.py", root_dir="src")), sorted(glob.glob(b"src/*.txt")))
print(sorted(glob.iglob("src/pkg/*")), glob.glob("nothing*"), glob.has_magic("a*"), glob.has_magic("ab"))
print(sorted(glob.glob(os.path.join(base, "docs", "*.md"))) == [os.path.join(base, "docs", "[x].md"), os.path.join(base, "docs", "readme.md")])

names = ["a.py", "B.PY", "c.txt", ".x.py", "data1", "data22"]
print(fnmatch.filter(names, "*.py"), fnmatch.fnmatch("B.PY", "*.py"), fnmatch.fnmatchcase("B.PY", "*.py"))
print(fnmatch.filter(names, "data?"), fnmatch.filter(names, "data[0-9]*"), fnmatch.filter(names, "[!a-c]*"))
print(fnmatch.translate("*.py"), fnmatch.translate("a?[!b-d]"), fnmatch.translate("[]]"))

os.chdir(old)
shutil.rmtree(base)
print(os.path.exists(base))
