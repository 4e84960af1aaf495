# printf-style % formatting.
print("%d items at %.2f = %s" % (3, 1.5, "ok"))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%x %X %o %e %g %c %r %%" % (255, 255, 8, 12345.678, 0.0001, 65, "s"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%s" % [1, 2], "%s" % ((1, 2),), "%.3s" % "abcdef", "%*d" % (5, 1))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
