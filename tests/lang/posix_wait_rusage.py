# os.wait3 and os.wait4 give (pid, status, resource.struct_rusage).
import os
pid = os.fork()
if pid == 0:
    os._exit(4)
p, st, ru = os.wait4(pid, 0)
print(p == pid, st, type(ru).__name__, ru.ru_maxrss > 0, isinstance(ru.ru_utime, float))
pid = os.fork()
if pid == 0:
    os._exit(5)
p, st, ru = os.wait3(0)
print(p == pid, st, len(ru))
try:
    os.wait4(pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e.errno)
