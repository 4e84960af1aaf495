# raise with a class, with an instance, and re-raise with a bare raise.
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    raise TypeError("instance raised")
except TypeError as e:
    print(e)
def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling, then re-raising")
        raise
try:
    reraise()
except KeyError as e:
    print("outer got", repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
