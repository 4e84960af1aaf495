# sys.version, sys.version_info and sys.hexversion agree with each other.
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial)
print(type(v).__name__, len(v), v >= (3, 8), v < (4,), v == tuple(v))
print(sys.version.split()[0] == "%d.%d.%d" % v[:3])
print(sys.hexversion == (v[0] << 24) | (v[1] << 16) | (v[2] << 8) | 0xF0)
print(repr(v).startswith("sys.version_info(major=3, minor=11, micro="))
print(repr(v).endswith(", releaselevel='final', serial=0)"))
major, minor, micro, level, serial = v
print(major, minor, level, serial)
print(v.count(3), v.index(11), list(v[3:]))
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    type(v)((3, 11))
except TypeError as e:
    print("TypeError:", e)
print(sys.api_version, type(sys.implementation.name).__name__)
