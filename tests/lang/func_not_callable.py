# Calling something that is not callable.
for v in [1, "s", [1], None]:
    try:
        v()
    except TypeError as e:
        print("TypeError:", e)
