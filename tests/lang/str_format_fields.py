# str.format and format_map: numbering, names, attributes, indexes,
# conversions, nested specs, escapes and every parse error.
point = {"x": 3, "y": -4}
print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age:>4}|".format(name="Bo", age=9))
print("{0[x]},{0[y]} {1[2]} {2.real} {2.imag}".format(point, "xyz", 5))
print("{0!r} {0!s} {0!a} {0!r:>8}|".format("é"))
print("{:{}} {:{}{}}".format(1, 5, "x", ">", 4) + "|")
print("{0:{1}.{2}f}|".format(3.14159, 10, 3))
print("{{literal}} {{{0}}}".format("in"))
print("{0:}}}".format(7))
print("{:,} {:_b} {:08.3f} {:^+9.2e}".format(1234567, 10, -1.5, 12345.678))
print("{a}-{b}".format_map({"a": 1, "b": [2]}))
print("{x[1]}".format_map({"x": "ab"}))
print("{}{}".format("é", "😀"), "{}".format(None), "{}".format([1, "a"]))
bad = ["{", "}", "{0", "{0!", "{0!}", "{0!r", "{0!rx}", "{0!x}", "{0[}", "{0]}", "{0[0]x}",
       "{0.}", "{0[]}", "{0:{1:{2}}}", "{0:{{}}}", "{}{0}", "{0}{}", "{a}", "{5}", "{0.nope}",
       "{99999999999999999999}", "{-1}", "{:}}", "{a{b}", "{0:x{}", "{:d}", "{0:s}"]
for fmt in bad:
    try:
        print(fmt.format([1], 2, 3))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
for fmt in ["{0}", "{}", "{missing}"]:
    try:
        print(fmt.format_map({"a": 1}))
    except (ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
