# _sitebuiltins: what help(object) prints.
#
# Run the first time help is called (sitebuiltins.c).  The page has the
# plain-text layout of CPython's pydoc for the objects tally has: a title,
# the signature, the docstring indented; for a class its methods, for a
# module its classes, functions and data.  There is no pager and no
# interactive help utility.

import sys


def _doc_lines(obj):
    # tally's slot wrappers (int.__add__) carry no docstring of their own.
    if type(obj).__name__ == "wrapper_descriptor":
        return []
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return []
    lines = doc.expandtabs().split("\n")
    # pydoc's cleandoc: the first line as it is, the rest dedented.
    indent = min((len(l) - len(l.lstrip()) for l in lines[1:] if l.strip()), default=0)
    lines = [lines[0].strip()] + [l[indent:].rstrip() for l in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def _signature(func):
    """'(a, b=1, *c, d, **e)' for a Python function, '(...)' otherwise."""
    code = getattr(func, "__code__", None)
    if code is None:
        return "(...)"
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        p = names[i]
        if i >= first_default:
            p += "=" + repr(defaults[i - first_default])
        parts.append(p)
        if code.co_posonlyargcount and i == code.co_posonlyargcount - 1:
            parts.append("/")
    at = npos + nkw
    if code.co_flags & 4:
        parts.append("*" + names[at])
        at += 1
    elif nkw:
        parts.append("*")
    for name in names[npos:npos + nkw]:
        parts.append(name + ("=" + repr(kwdefaults[name]) if name in kwdefaults else ""))
    if code.co_flags & 8:
        parts.append("**" + names[at])
    return "(" + ", ".join(parts) + ")"


def _routine(name, func, indent):
    out = [indent + name + _signature(func)]
    out += [(indent + "    " + l).rstrip() for l in _doc_lines(func)]
    return out


def _is_routine(obj):
    return type(obj).__name__ in ("function", "builtin_function_or_method",
                                  "method_descriptor", "method", "wrapper_descriptor",
                                  "classmethod_descriptor")


def _class_page(cls):
    bases = ", ".join((b.__module__ + "." if b.__module__ != cls.__module__ else "") +
                      b.__qualname__ for b in cls.__bases__)
    lines = ["class %s(%s)" % (cls.__name__, bases)]
    body = _doc_lines(cls)
    methods = sorted((n, v) for n, v in vars(cls).items() if _is_routine(v))
    if methods:
        if body:
            body.append("")
        body += ["Methods defined here:", ""]
        for n, v in methods:
            body += _routine(n, v, "") + [""]
        body.pop()
    return lines + [(" |  " + l).rstrip() if l else " |  " for l in body]


def _module_page(mod):
    name = mod.__name__
    out = ["NAME", "    " + name, ""]
    doc = _doc_lines(mod)
    if doc:
        out += ["DESCRIPTION"] + ["    " + l if l else "" for l in doc] + [""]
    public = sorted((n, v) for n, v in vars(mod).items() if not n.startswith("_"))
    classes = [(n, v) for n, v in public if isinstance(v, type)]
    funcs = [(n, v) for n, v in public if _is_routine(v)]
    data = [(n, v) for n, v in public if not isinstance(v, type) and not _is_routine(v)
            and type(v).__name__ != "module"]
    if classes:
        out.append("CLASSES")
        for n, v in classes:
            out += ["    " + l for l in _class_page(v)] + [""]
    if funcs:
        out.append("FUNCTIONS")
        for n, v in funcs:
            out += _routine(n, v, "    ") + [""]
    if data:
        out.append("DATA")
        out += ["    %s = %r" % (n, v) for n, v in data] + [""]
    out += ["FILE", "    " + getattr(mod, "__file__", "(built-in)"), ""]
    return out


def _locate(name):
    """The object a dotted name names: a module, then its attributes, or
    a builtin."""
    parts = name.split(".")
    obj = sys.modules.get(parts[0])
    if obj is None:
        try:
            obj = __import__(parts[0])
        except ImportError:
            builtins = sys.modules["builtins"]
            if not hasattr(builtins, parts[0]):
                return None
            obj = getattr(builtins, parts[0])
    for p in parts[1:]:
        if not hasattr(obj, p):
            return None
        obj = getattr(obj, p)
    return obj


def _page(obj):
    if isinstance(obj, str):
        found = _locate(obj)
        if found is None:
            return ["No Python documentation found for %r." % obj,
                    "Use help() to get the interactive help utility.",
                    "Use help(str) for help on the str class.", ""]
        obj = found
    module = getattr(obj, "__module__", None)
    where = " in module " + module if isinstance(module, str) else ""
    if type(obj).__name__ == "module":
        return ["Help on module %s:" % obj.__name__, ""] + _module_page(obj)
    if isinstance(obj, type):
        return ["Help on class %s%s:" % (obj.__name__, where), ""] + _class_page(obj) + [""]
    if type(obj).__name__ == "function":
        return ["Help on function %s%s:" % (obj.__name__, where), ""] + \
            _routine(obj.__name__, obj, "") + [""]
    if type(obj).__name__ == "method":
        return ["Help on method %s in module %s:" % (obj.__name__, obj.__func__.__module__), ""] + \
            _routine(obj.__name__, obj.__func__, "") + [""]
    if _is_routine(obj):
        return ["Help on built-in function %s%s:" % (obj.__name__, where), ""] + \
            _routine(obj.__name__, obj, "") + [""]
    cls = type(obj)
    return ["Help on %s object:" % cls.__name__, ""] + _class_page(cls) + [""]


def _help(*args, **kwds):
    if kwds or len(args) > 1:
        raise TypeError("help() takes at most 1 argument")
    if not args:
        print("tally has no interactive help utility: help(object) shows the\n"
              "documentation of a module, class, function or method, and\n"
              "help('name') looks the name up first.")
        return
    print("\n".join(_page(args[0])))
