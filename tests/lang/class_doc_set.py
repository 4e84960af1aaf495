# A class's __doc__ can be replaced (dataclasses and enum do it); a
# built-in type's cannot.  object.__text_signature__ is what inspect
# reads for classes without __init__ or __new__ of their own.
class A:
    """first"""


A.__doc__ = 'second'
print(A.__doc__, A.__dict__['__doc__'])


class B:
    pass


print(B.__doc__)
B.__doc__ = 'now documented'
print(B.__doc__, B().__doc__)
for action in (lambda: setattr(int, '__doc__', 'x'), lambda: delattr(A, '__doc__')):
    try:
        action()
    except TypeError as e:
        print('TypeError:', e)
print(object.__text_signature__, int.__text_signature__, A.__text_signature__)
