# object's pickle helpers name themselves "object.X" in their argument errors, as CPython's.
for f in [lambda: object().__reduce_ex__(1, 2), lambda: object().__reduce_ex__(protocol=1),
          lambda: object().__reduce__(1), lambda: object().__getstate__(1), lambda: object().__reduce_ex__()]:
    try:
        f()
    except TypeError as e:
        print(e)
