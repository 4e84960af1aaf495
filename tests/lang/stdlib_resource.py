# The resource module: limits (read, rewritten unchanged, bad arguments),
# getrusage's struct_rusage, getpagesize and the constants.
import os
import resource


def t(f, *a):
    try:
        r = f(*a)
        print(repr(r)[:70])
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(resource) if not n.startswith('__')))
print([(n, getattr(resource, n)) for n in dir(resource) if n.isupper()])
print(resource.error is OSError, issubclass(resource.struct_rusage, tuple))
print(resource.struct_rusage.n_fields, resource.struct_rusage.n_sequence_fields,
      resource.struct_rusage.n_unnamed_fields)
print(resource.struct_rusage.__doc__)
print(resource.getrlimit.__doc__, resource.prlimit.__doc__)

s, h = resource.getrlimit(resource.RLIMIT_CORE)
print(type(s), type(h), s == resource.RLIM_INFINITY or s >= 0)
t(resource.setrlimit, resource.RLIMIT_CORE, (s, h))
t(resource.setrlimit, resource.RLIMIT_CORE, [s, h])
t(resource.setrlimit, resource.RLIMIT_CORE, iter((s, h)))
print(resource.getrlimit(resource.RLIMIT_CORE) == (s, h))
print(resource.prlimit(0, resource.RLIMIT_CORE) == (s, h))
print(resource.prlimit(os.getpid(), resource.RLIMIT_CORE, (s, h)) == (s, h))
print(resource.getrlimit(resource.RLIMIT_CORE) == (s, h))
ns, nh = resource.getrlimit(resource.RLIMIT_NOFILE)
print(ns > 0 and (nh == resource.RLIM_INFINITY or nh >= ns))

t(resource.getrlimit, -1)
t(resource.getrlimit, 100)
t(resource.getrlimit, 2**31)
t(resource.getrlimit, 1.0)
t(resource.getrlimit)
t(lambda: resource.getrlimit(resource=1))
t(resource.setrlimit, resource.RLIMIT_CORE, (s,))
t(resource.setrlimit, resource.RLIMIT_CORE, (1, 2, 3))
t(resource.setrlimit, resource.RLIMIT_CORE, 5)
t(resource.setrlimit, resource.RLIMIT_CORE, (1.5, h))
t(resource.setrlimit, resource.RLIMIT_CORE, (2**64, h))
t(resource.setrlimit, resource.RLIMIT_CORE, ('a', h))
t(resource.setrlimit, -1, (s, h))
t(resource.setrlimit, 100, (s, h))
t(resource.setrlimit, resource.RLIMIT_CORE)
t(resource.prlimit, -1, resource.RLIMIT_CORE)
t(resource.prlimit, 0, 100)
t(resource.prlimit, 0)
t(resource.prlimit, 0, 1, (1, 2), 4)
t(resource.prlimit, 'x', 1)
t(resource.prlimit, 0, resource.RLIMIT_CORE, None)
t(resource.prlimit, 0, resource.RLIMIT_CORE, (1, 2, 3))
t(lambda: resource.prlimit(pid=0, resource=1))

r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), type(r.ru_utime), type(r.ru_maxrss), r.ru_maxrss > 0)
print(r[0] == r.ru_utime, r[-1] == r.ru_nivcsw, r.ru_minflt > 0)
print(repr(r)[:30])
c = resource.getrusage(resource.RUSAGE_CHILDREN)
print(type(c).__name__, c.ru_utime >= 0)
print(type(resource.getrusage(resource.RUSAGE_THREAD)).__name__)
t(resource.getrusage, 99)
t(resource.getrusage, 1.0)
t(resource.getrusage)
x = resource.struct_rusage(range(16))
print(x)
print(x.ru_maxrss, x.ru_nivcsw)
t(resource.struct_rusage, range(3))
print(resource.getpagesize() == os.sysconf('SC_PAGESIZE'))
t(resource.getpagesize, 1)
