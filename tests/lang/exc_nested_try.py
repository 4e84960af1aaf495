# Nested try blocks: inner handlers first, unhandled ones go outward.
try:
    try:
        raise IndexError("inner")
    except KeyError:
        print("not this")
    finally:
        print("inner finally")
except IndexError as e:
    print("outer caught", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from handler")
except ValueError as e:
    print("caught the new one:", e)
