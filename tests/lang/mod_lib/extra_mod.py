# Helper for mod_sys_path.py, found through sys.path.
VALUE = "from mod_lib"
def twice(n):
    return 2 * n
