# The sys attributes programs use.
import sys
print(sys.maxsize == 2 ** 63 - 1, type(sys.version).__name__, sys.version_info[0])
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
n = sys.stdout.write("written directly\n")
print(n)
sys.stderr.write("to stderr\n")
print(type(sys.path).__name__, "sys" in sys.modules, "__main__" in sys.modules)
