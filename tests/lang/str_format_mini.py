# format() and the format-spec mini-language: every type code of int and
# float, fill/align, sign, z, '#', '0', grouping, precision, and the errors.
ints = [0, 5, -5, 255, -1234567, 2 ** 70, True]
for spec in ["", "d", "8", "<8", "^8", ">+8", "=+8", "*^9", "08", "+", " ", ",", "_", "012,",
             "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_x", "#010_x", "c" , "n", "e", ".2f", "%", "g"]:
    row = []
    for v in ints:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), row)
floats = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e16, 1.5e-7, 123456789.0, float("inf"), float("nan")]
for spec in ["", "f", ".2f", "e", ".3E", "g", ".3g", "#g", "G", "%", ".1%", ".3", "#", "z.1f",
             "+.2e", "010.2f", "<10", "^12,.1f", "_", ",", "n", "012,.3f", "x<9", "z"]:
    print(repr(spec), [format(v, spec) for v in floats])
for s in ["", "a", "text", "héllo", "日本語"]:
    print([format(s, spec) for spec in ["", "s", "5", ">6", "^7", "*<6", ".2", "^7.1", "é>4"]])
bad = [(1, ".2"), (1, "z"), (65, "+c"), (65, "#c"), (0x110000, "c"), (1, ",x"), (1, "_,"),
       (1.5, ",n"), (1, "."), (1, "abc"), (1.5, "d"), ("a", ","), ("a", "+"), ("a", " "),
       ("a", "#"), ("a", "=5"), ("a", "z"), ("a", "d"), (1, "99999999999999999999"),
       (None, "x"), ([], "s")]
for v, spec in bad:
    try:
        print(format(v, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
