# platform: what it reads from the system (uname) and from sys.version.
import platform, os, sys
print(platform.system(), platform.system() == os.uname().sysname, platform.machine() == os.uname().machine)
print(platform.node() == os.uname().nodename, platform.release() == os.uname().release)
print(platform.python_version()[:5], platform.python_version_tuple()[:2], platform.python_implementation())
u = platform.uname()
print(type(u).__name__, u.system, u.machine == platform.machine(), len(u))
print(platform.libc_ver()[0], platform.platform().startswith("Linux-"))
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
