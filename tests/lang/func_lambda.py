# lambda expressions: defaults, nested lambdas, immediate calls.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
print((lambda: "no args")(), (lambda x: lambda y: x * y)(6)(7))
print(list(map(lambda s: s[::-1], ["abc", "de"])))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=lambda t: t[1]))
