# Struct sequences' fields are read-only member descriptors of their types, as in CPython.
import os, time, sys, pwd, grp
print(os.stat_result.st_mode, type(os.stat_result.st_mode).__name__, time.struct_time.tm_zone)
print([n for n in dir(os.stat_result) if not n.startswith('_')])
print([n for n in dir(time.struct_time) if not n.startswith('_')])
s = os.stat('.')
print(type(s.st_atime).__name__, type(s[7]).__name__, s.st_mode == s[0])
for f in [lambda: setattr(s, 'st_mode', 1), lambda: setattr(s, 'foo', 1), lambda: delattr(s, 'st_mode'), lambda: s.foo]:
    try: f()
    except AttributeError as e: print(e)
t = time.gmtime(0); print(t.tm_zone, t.tm_year, t.tm_gmtoff)
print(sys.version_info.major == sys.version_info[0], sys.flags.optimize, sys.float_info.max)
print(time.struct_time((1,2,3,4,5,6,7,8,9)).tm_zone, time.struct_time((1,2,3,4,5,6,7,8,9,'X',3)).tm_gmtoff)
print(os.stat_result.st_mode.__get__(s) == s.st_mode, hasattr(sys.version_info, 'releaselevel'))
try: os.stat_result.st_mode.__get__(5)
except TypeError as e: print(e)
import pickle; print(pickle.loads(pickle.dumps(t)) == t, pickle.loads(pickle.dumps(t)).tm_zone)
