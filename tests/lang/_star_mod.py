# Helper for mod_import_star.py.
__all__ = ["public", "helper"]
public = "visible"
not_in_all = "hidden by __all__"
_private = "hidden"
def helper():
    return "helped"
