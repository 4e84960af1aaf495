# from m import names, with as; the module is still cached once.
from _shapes import square, rect as rectangle, UNIT
print(square(3), rectangle(2, 5), UNIT)
import sys
print("_shapes" in sys.modules, sys.modules["_shapes"].loaded)
import _shapes
print(_shapes.square is square, _shapes.loaded)
try:
    from _shapes import nothing_here
except ImportError as e:
    # the message ends with the module's absolute path, which depends on the checkout
    print("ImportError:", str(e).split(" (")[0], e.name)
