# posix.major/minor/makedev: device numbers as CPython converts them.
import posix
for f in [lambda: posix.major(-1), lambda: posix.minor(-1), lambda: posix.makedev(-1, 0), lambda: posix.makedev(0, -1), lambda: posix.major(2**64), lambda: posix.major(2**63), lambda: posix.makedev(2**32, 0), lambda: posix.major(posix.makedev(8, 1)), lambda: posix.minor(0xffffffffffffffff), lambda: posix.major(1.5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
