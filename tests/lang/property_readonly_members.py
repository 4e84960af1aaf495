# A property's fget, fset and fdel cannot be assigned or deleted:
# AttributeError "readonly attribute" (CPython's read-only members);
# __doc__ can be set.
p = property(lambda self: 1)
for name in ("fget", "fset", "fdel"):
    for op in ("set", "del"):
        try:
            if op == "set":
                setattr(p, name, None)
            else:
                delattr(p, name)
        except AttributeError as e:
            print(name, op, "AttributeError", e)
p.__doc__ = "doc"
print(p.__doc__, p.fget(None), p.fset, p.fdel)
