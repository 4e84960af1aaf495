# return, break and continue leaving finally blocks whose bodies hold more
# blocks: the compiler must unwind each enclosing block exactly once, with
# the handlers of the blocks it leaves no longer active.
import sys

def continue_in_finally_after_return():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return "end"
print(continue_in_finally_after_return())

def return_in_finally_swallows_exception():
    try:
        try:
            raise ValueError
        finally:
            return 0
    finally:
        print('outer finally')
print(return_in_finally_swallows_exception())

def return_then_finally_with_try():
    try:
        for i in range(3):
            return i
            continue
    finally:
        try:
            pass
        except KeyError:
            pass
print(return_then_finally_with_try())

def break_through_two_finallys():
    out = []
    for i in range(3):
        try:
            try:
                out.append(('try', i))
                if i == 1:
                    break
            finally:
                out.append(('inner', i))
                try:
                    out.append('nested try')
                finally:
                    out.append('nested finally')
        finally:
            out.append(('outer', i))
    return out
print(break_through_two_finallys())

def return_from_with_in_finally():
    class CM:
        def __enter__(self):
            print('enter')
        def __exit__(self, *a):
            print('exit', a[0])
    try:
        with CM():
            return 'from with'
    finally:
        print('finally after with')
print(return_from_with_in_finally())

def break_in_finally_swallows():
    for i in range(2):
        try:
            raise KeyError(i)
        finally:
            print('exc in finally', sys.exc_info()[0])
            break
    return sys.exc_info()
print(break_in_finally_swallows())

def return_in_except_in_finally():
    try:
        return 'try'
    finally:
        try:
            raise ValueError('x')
        except ValueError as e:
            return 'except ' + str(e)
print(return_in_except_in_finally())

def statements_after_unwinding():
    # the blocks around the return must still be intact for what follows
    for i in range(2):
        try:
            if i == 0:
                try:
                    continue
                finally:
                    try:
                        print('f1')
                    finally:
                        print('f2')
            print('after', i)
        finally:
            print('outer', i)
    for j in range(2):
        print('second loop', j)
        if j:
            break
    else:
        print('no')
    return 'done'
print(statements_after_unwinding())
