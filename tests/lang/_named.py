# Helper for mod_name_main.py.
def who():
    return "I am " + __name__
if __name__ == "__main__":
    print("not when imported")
