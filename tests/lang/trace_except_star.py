# sys.settrace: line events of try/except* as CPython 3.11 reports them
# (the code joining the clauses' results has no line; an unmatched clause
# stays on its own line).  The 'return' of a frame an exception group
# leaves is printed without its line: CPython's f_lineno is None there (the
# re-raise has no line), tally's the last line run (docs/language.md).
import sys

log = []
return_lines = True
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('run', 'tracer'):
        return None
    a = arg[0].__name__ if event == 'exception' else ''
    if event == 'return' and not return_lines:
        log.append(f"{event} {frame.f_code.co_name}")
    else:
        log.append(f"{event} {frame.f_code.co_name} {frame.f_lineno - frame.f_code.co_firstlineno} {a}")
    return tracer

def run(fn, lines=True):
    global return_lines
    return_lines = lines
    log.clear()
    sys.settrace(tracer)
    try:
        r = fn()
    except BaseException as e:
        r = 'raised ' + type(e).__name__ + ' ' + repr(getattr(e, 'exceptions', ''))
    finally:
        sys.settrace(None)
    print(fn.__name__, r)
    for line in log:
        print('  ', line)

def caught():
    try:
        raise ValueError(2)
    except* ValueError as e:
        4
    else:
        6
    finally:
        8

def not_caught():
    try:
        try:
            raise ValueError(3)
        except* TypeError:
            5
    except ValueError:
        7

def nested():
    try:
        try:
            raise ExceptionGroup(
                'eg',
                [ValueError(5), TypeError('bad type')])
        except* TypeError as e:
            7
        except* OSError:
            9
        except* ValueError:
            raise
    except* ValueError:
        try:
            raise TypeError(14)
        except* OSError:
            16
        except* TypeError as e:
            18
    return 0

def escapes():
    try:
        raise ExceptionGroup('g', [KeyError(1), OSError(2)])
    except* KeyError:
        x = 4
    except* ValueError:
        x = 6
    return x

def raises_in_clause():
    try:
        raise ExceptionGroup('g', [KeyError(1)])
    except* KeyError:
        raise TypeError('t')
    return 1

for f in (caught, not_caught, nested):
    run(f)
run(escapes, False)
run(raises_in_clause, False)
