# frame.f_lineno assigned in a 'line' event: a debugger's jump, with
# CPython's rules for which jumps are allowed and its messages for those
# that are not.
import sys

def jump(func, src, dst, event='line'):
    first = func.__code__.co_firstlineno
    state = {'done': False}
    def tracer(frame, ev, arg):
        if state['done'] or frame.f_code is not func.__code__:
            return tracer
        if ev == event and frame.f_lineno == first + src:
            state['done'] = True
            try:
                frame.f_lineno = first + dst
            except ValueError as e:
                out.append('ValueError: ' + str(e))
        return tracer
    out = []
    sys.settrace(tracer)
    try:
        func(out)
    except Exception as e:
        out.append(type(e).__name__)
    finally:
        sys.settrace(None)
    print(func.__name__, src, '->', dst, out)

def forward(out):
    out.append(1)
    out.append(2)
    out.append(3)
    out.append(4)

def backward(out):
    out.append(1)
    if len(out) < 4:
        out.append(3)
    out.append(4)

def out_of_for(out):
    for i in range(3):
        out.append(2)
        out.append(3)
    out.append(4)

def into_for(out):
    out.append(1)
    for i in range(3):
        out.append(3)
    out.append(4)

def out_of_except(out):
    try:
        1 / 0
    except ZeroDivisionError:
        out.append(4)
        out.append(5)
    out.append(6)
    out.append(repr(sys.exc_info()[0]))

def into_except(out):
    out.append(1)
    try:
        out.append(3)
    except ValueError:
        out.append(5)
    out.append(6)

def out_of_with(out):
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): out.append('exit')
    with CM():
        out.append(5)
        out.append(6)
    out.append(7)

def into_with(out):
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): out.append('exit')
    out.append(4)
    with CM():
        out.append(6)

def in_generator(out):
    def gen():
        yield 1
        yield 2
        yield 3
    first = gen.__code__.co_firstlineno
    def tracer(frame, ev, arg):
        if ev == 'line' and frame.f_code is gen.__code__ and frame.f_lineno == first + 1:
            frame.f_lineno = first + 3
        return tracer
    sys.settrace(tracer)
    out.extend(gen())

def nested_call(out):
    out.append(min(1,
                   2))
    out.append(3)

jump(forward, 2, 4)
jump(forward, 3, 1)
jump(backward, 4, 2)
jump(out_of_for, 3, 4)
jump(into_for, 1, 3)
jump(out_of_except, 5, 6)
jump(into_except, 1, 5)
jump(out_of_with, 6, 7)
jump(into_with, 4, 6)
jump(forward, 2, 0)
jump(forward, 2, 9)
jump(forward, 2, 3, event='call')
jump(out_of_except, 2, 4, event='exception')
jump(nested_call, 2, 3)
jump(forward, 1, 3, event='return')
in_generator(out := [])
print('generator', out)
