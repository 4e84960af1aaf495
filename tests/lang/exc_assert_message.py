# AssertionError messages come from the expression after the comma.
def check(n):
    assert n > 0, "n must be positive, got " + str(n)
    return n
for n in [3, -1]:
    try:
        print(check(n))
    except AssertionError as e:
        print("AssertionError:", e)
