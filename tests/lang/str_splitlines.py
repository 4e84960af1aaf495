# splitlines with every line ending and keepends.
s = "one\ntwo\r\nthree\rfour\n\nsix"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(keepends=True))
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
