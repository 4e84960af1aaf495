# "Did you mean" on NameError and AttributeError, by CPython 3.11's rules:
# names of the frame, then globals, then builtins; attributes from dir();
# a case change costs less than another edit; nothing when too far.
# oracle: python3.11
args -q
type prnt("x")
type counter = 1
type countr
type Counter
type def f():
type     local_value = 1
type     return local_valu
type
type f()
type class Config:
type     verbose = True
type     def reload(self): pass
type
type Config().verbos
type Config().relaod()
type Config.Verbose
type import sys
type sys.pth
type zzzzzz
type "text".uper()
type from math import sqr
type lenn = 1; del lenn; lenn
keys ^D
