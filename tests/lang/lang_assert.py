# assert that passes does nothing; a failing one is caught here.
assert True
assert 1 == 1, "never shown"
x = [1, 2, 3]
assert len(x) == 3
print("passed")
try:
    assert len(x) == 4, "length is " + str(len(x))
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
