# AttributeError messages for instances and classes.
class C:
    pass
c = C()
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    C.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.missing
except AttributeError as e:
    print("AttributeError:", e)
