# The Python part of the `dis` module (see dismodule.c): which code object
# an argument stands for, as CPython's dis.dis decides it.

import sys
import collections

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED",
    32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'], defaults=[None] * 4)

del collections


def _get_code_object(x):
    """The code object of a function, method, generator, coroutine, code or source string."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    for attr in ('gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            x = getattr(x, attr)
            break
    if isinstance(x, str):
        x = compile(x, '<dis>', 'exec')
    if isinstance(x, type(_get_code_object.__code__)):
        return x
    raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Print the disassembly of tally's bytecode for x: a module, class,
    method, function, generator, coroutine, code object or source string
    (None: the last traceback's code)."""
    out = sys.stdout if file is None else file
    if x is None:
        tb = sys.last_traceback
        while tb.tb_next:
            tb = tb.tb_next
        x = tb.tb_frame.f_code
    if hasattr(x, '__dict__') and not hasattr(x, '__code__') and not hasattr(x, '__func__'):
        for name, item in sorted(x.__dict__.items()):
            if isinstance(item, (classmethod, staticmethod)):
                item = item.__func__
            if hasattr(item, '__code__') or isinstance(item, type):
                out.write(f'Disassembly of {name}:\n')
                try:
                    dis(item, file=out)
                except TypeError as e:
                    out.write(f'Sorry: {e}\n')
                out.write('\n')
        return
    out.write(_disassemble(_get_code_object(x)))


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Print the disassembly of one code object (and the code it holds)."""
    (sys.stdout if file is None else file).write(_disassemble(co))


disco = disassemble


def findlinestarts(code):
    """(offset, line) for each instruction that starts a line; the offset
    is in co_lines' units, as f_lasti and tb_lasti are."""
    return _findlinestarts(_get_code_object(code))
