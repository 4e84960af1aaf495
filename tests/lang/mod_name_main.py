# __name__ is "__main__" for the script and the module name when imported.
import _named
print(__name__, _named.__name__, _named.who())
