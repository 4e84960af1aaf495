# Uncaught AssertionError without a message.
assert 1 + 1 == 3
