# __set_name__: called for each attribute of a new class that defines it,
# with the owner and the attribute name; an error in it is wrapped in
# RuntimeError with the original as __cause__ (CPython 3.11).
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name, "unset")


class Record:
    first = Field()
    second = Field()


r = Record()
r.__dict__["first"] = 1
print(r.first, r.second, Record.first.name)


class Broken:
    def __set_name__(self, owner, name):
        raise TypeError("bad " + name)


try:
    class Holder:
        y = Broken()
except RuntimeError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
