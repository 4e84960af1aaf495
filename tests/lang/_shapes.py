# Helper module for mod_import_helper.py and mod_from_import.py.
UNIT = "cm"
loaded = []
loaded.append("_shapes")
def square(n):
    return n * n
def rect(w, h):
    return w * h
def area_of(shapes):
    total = 0
    for s in shapes:
        if s[0] == "square":
            total += square(s[1])
        else:
            total += rect(s[1], s[2])
    return total
if __name__ == "__main__":
    print("never printed when imported")
