# An exception raised while another is handled (in a finally or except
# body, also after a clause that did not match) must leave the handled
# state exactly as before: sys.exc_info() after the outer handler is empty.
import sys

def raise_in_finally_loop():
    try:
        raise KeyError('a')
    except TypeError:
        pass
    finally:
        for i in range(2):
            1 // 0

for _ in range(3):
    try:
        raise_in_finally_loop()
    except ZeroDivisionError:
        pass
    print(sys.exc_info())

def raise_in_finally():
    try:
        raise KeyError('a')
    except TypeError:
        pass
    finally:
        raise ValueError('fin')
try:
    raise_in_finally()
except ValueError as e:
    print('caught', repr(e), repr(e.__context__))
print(sys.exc_info()[:2])

def nested_finally_exception_path():
    try:
        try:
            raise IndexError('a')
        finally:
            1 // 0
    finally:
        try:
            print(undefined_name)
        except NameError:
            pass
try:
    nested_finally_exception_path()
except BaseException as e:
    print('caught', repr(e), repr(e.__context__))

def after_nonmatching_except():
    try:
        try:
            raise IndexError
        except ValueError:
            pass
    except Exception:
        for i in range(1):
            1 // 0
try:
    after_nonmatching_except()
except ZeroDivisionError:
    pass
print(sys.exc_info()[0])

def exc_info_at_each_level():
    try:
        raise KeyError(1)
    except KeyError:
        print('1', sys.exc_info()[0])
        try:
            raise ValueError(2)
        except ValueError:
            print('2', sys.exc_info()[0])
        print('back to 1', sys.exc_info()[0])
    print('none', sys.exc_info()[0])
exc_info_at_each_level()
