# A finally body holding a comprehension, a generator expression, a lambda,
# a def and a class: the compiler compiles the body once per path (normal,
# exceptional, return) and must find the same nested scopes each time.
def f(x):
    try:
        if x: return 1
        for i in x: break
    finally:
        g = [c for c in "ab"]
        h = lambda: g
        def k(): return h()
        class Q: pass
        print(sorted(c for c in "ba"), k(), Q.__name__)
    return 2
print(f([]), f([1]), f(1))
