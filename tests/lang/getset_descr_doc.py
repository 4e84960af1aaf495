# A getset descriptor's __doc__ is its attribute's documentation (or None),
# as test_descr's test_descrdoc checks on FileIO.closed and complex.real.
from _io import FileIO
print(FileIO.closed.__doc__)
print(FileIO.mode.__doc__)
print(FileIO.closefd.__doc__)
print(complex.real.__doc__, "/", complex.imag.__doc__)
print(type(FileIO.closed).__name__, FileIO.closed.__name__)
