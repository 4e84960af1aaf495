# import of a module beside the script; module attributes and functions.
import _shapes
print(_shapes.square(4), _shapes.UNIT, _shapes.__name__, type(_shapes).__name__)
print(_shapes.area_of([("square", 2), ("rect", 2, 3)]))
