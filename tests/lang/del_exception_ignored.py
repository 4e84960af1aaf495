# An exception raised in __del__ is printed as "Exception ignored in" and execution goes on.
class Bad:
    def __del__(self):
        raise ValueError("from __del__")
b = Bad()
del b
print("still running")
