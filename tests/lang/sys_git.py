# sys._git is (implementation, branch, revision), which platform reads.
import platform
import sys

name, branch, revision = sys._git
print(type(name).__name__, bool(name), repr(branch), repr(revision))
print(repr(platform.python_branch()), repr(platform.python_revision()))
print(len(platform.python_build()), platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
