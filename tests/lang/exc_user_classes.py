# User-defined exception classes and hierarchies.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key
class Invalid(AppError):
    pass
for exc in [NotFound("k"), Invalid("bad", 2), AppError()]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e.key, e, e.args)
    except AppError as e:
        print(type(e).__name__, e.args, repr(e))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
