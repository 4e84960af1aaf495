# A class pattern whose class declares __match_args__ as a list: the
# TypeError CPython raises, uncaught.
class C:
    __match_args__ = ["x"]
    x = 1
match C():
    case C(y):
        print(y)
