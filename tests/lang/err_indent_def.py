def g():
# only a comment in the body
x = 1
