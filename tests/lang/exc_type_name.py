# type(e).__name__ and isinstance on caught exceptions.
for f in [lambda: [][1], lambda: {}[1], lambda: 1 / 0, lambda: int("z")]:
    try:
        f()
    except LookupError as e:
        print("lookup", type(e).__name__, isinstance(e, IndexError), isinstance(e, KeyError))
    except Exception as e:
        print("other", type(e).__name__, isinstance(e, (ValueError, ArithmeticError)))
