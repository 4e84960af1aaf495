# printf-style formatting with %: conversions, flags, width, precision, '*',
# mapping keys, and CPython's error messages.
print("%s|%r|%a|%d|%i|%u" % ("é", "é", "é", 42, -7, 3))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+ d]" % (42, 42, -3, 3, 3, 3))
print("[%.5d] [%8.5d] [%08.5d] [%#.3x] [%#08x]" % (-12, 12, 12, 1, -255))
print("[%e] [%E] [%g] [%#g] [%G]" % (1.5, 1.5, 1e-5, 1.0, 1e20))
print("[%10.3f] [%-10.3f] [%010.3f] [%+.0f] [%#.0f]" % (3.14159, -3.14159, -3.14159, 2.5, 2.0))
print("[%f] [%010f] [%F] [%05.1f]" % (float("inf"), float("-inf"), float("nan"), float("nan")))
print("[%c] [%c] [%5c] [%-3c]" % (97, "é", 97, "x"))
print("[%*d] [%*d] [%-*d] [%.*f] [%0*d]" % (5, 1, -5, 1, 5, 1, 2, 1.2345, 3, 7))
print("[%.3s] [%5.2s] [%-5s] [%.2s] [%5s]" % ("abcdef", "abc", "ab", "é€x", "é"))
print("%d %d %x %s" % (1.7, -1.7, True, True))
print("%d|%x" % (10 ** 30, -(10 ** 30)))
print("%(name)s is %(age)d; %(name)r" % {"name": "Ann", "age": 7})
print("%s" % [1, 2], "%s" % {"a": 1}, "%s" % ((1, 2),), "%%", "100%%" % ())
print("x=%s" % 5, "%s" % "single", "%5.1f%%" % 99.44)
cases = [("%s %s", (1,)), ("%s", (1, 2)), ("%s", ()), ("%(a)s %s", {"a": 1}), ("%(a", {"a": 1}),
         ("%(a)", {"a": 1}), ("%(a)s", (1,)), ("%", ()), ("%5", (1,)), ("%z", (1,)), ("%é", (1,)),
         ("%x", (1.5,)), ("%f", ("a",)), ("%d", ("1",)), ("%c", ("ab",)), ("%c", (0x110000,)),
         ("%5%", (1,)), ("%*d", ("a", 1)), ("abc", 1), ("%d", (None,)), ("%(a)s", {}),
         ("%d", (float("inf"),)), ("%i", ([],))]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
