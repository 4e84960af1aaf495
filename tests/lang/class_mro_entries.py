# PEP 560: bases that are not classes supply __mro_entries__; the class
# keeps the original bases in __orig_bases__.
class Entry:
    def __init__(self, *bases):
        self.bases = bases
    def __mro_entries__(self, bases):
        print("asked with", len(bases), "bases")
        return self.bases
    def __repr__(self):
        return "Entry"

class D(Entry(dict)):
    pass
print(D.__mro__)
print(D.__orig_bases__)
print(D.__bases__, D(a=1))

class Two(Entry(list, object), Entry()):
    pass
print(Two.__mro__, Two.__orig_bases__)

class Plain(int):
    pass
print('__orig_bases__' in Plain.__dict__)

class Bad:
    def __mro_entries__(self, bases):
        return [int]
try:
    class Z(Bad()):
        pass
except TypeError as e:
    print(e)

class NotAClass:
    pass
try:
    class Y(NotAClass()):
        pass
except TypeError as e:
    print(type(e).__name__)
