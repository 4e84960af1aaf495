# Tracebacks of multi-line attribute accesses, method calls and tests of if,
# while, assert, conditional expressions and comprehension ifs: the
# attribute's line (CPython's update_start_location_to_match_attr) and the
# testing construct's position for a failing __bool__, as CPython 3.11 shows.
import traceback, sys
class O:
    def m(self): raise KeyError('m')
    def __bool__(self): raise ValueError('bool')
o = O()
def t1():
    return (o
            .missing)
def t2():
    return (o
            .m())
def t3():
    return (o.
            m(
            1))
def t4():
    if o:
        pass
def t5():
    if (1 and
            o):
        pass
def t6():
    x = 1 if o else 2
def t7():
    o.a = 1
    o \
      .a += 'x'
def t8():
    while (o):
        pass
def t9():
    assert (o
            ), 'msg'
def t10():
    return [x for x in [1] if
            o]
for f in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, 'FILE'), end='')
