# A finalize whose object is still alive runs at exit (atexit=True).
import weakref
class C:
    pass
keep = C()
weakref.finalize(keep, print, "finalize at exit")
quiet = C()
q = weakref.finalize(quiet, print, "never")
q.atexit = False
print("end of script")
