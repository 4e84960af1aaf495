# A class body that binds a name which its methods (or comprehensions,
# lambdas, nested classes' methods) take from the enclosing function keeps its
# own binding in the class namespace and hands the function's cell on
# (CPython's DEF_FREE_CLASS); a name the class does not bind is read from the
# class namespace, then the cell (LOAD_CLASSDEREF).
def t1():
    x = 'outer'
    class K:
        x = 'class'
        def m(self): return x
    print(K.__dict__.get('x'), K().m(), x)
t1()

def t2():
    x = 'outer'
    q = 'q-outer'
    class K:
        try:
            y = x      # bound in the class: LOAD_NAME, not the cell
        except NameError:
            y = 'NameError'
        r = q          # not bound in the class: the cell (LOAD_CLASSDEREF)
        x = 'class'
        z = x          # class binding
        def m(self): return x
        w = [x for _ in range(2)]   # comprehension sees the function's x
        v = (lambda: x)()
    print(K.y, K.r, K.z, K.x, K().m(), K.w, K.v, x)
t2()

def t3():
    x = 1
    class K:
        x += 1   # reads class-level x first? (no: LOAD_NAME falls to globals)
    return K.x
try:
    print(t3())
except NameError as e:
    print('NameError', e)

x = 'global'
def t4():
    x = 'outer'
    class K:
        global x
        x = 'from class'
        def m(self): return x
    print(K().m(), x, globals()['x'])
t4()
x = 'global'

def t5():
    x = 'outer'
    class A:
        x = 'A'
        class B:
            x = 'B'
            def m(self): return x
        def n(self): return x
        z = [x for _ in (1,)]
    print(A.B().m(), A().n(), A.z, A.x, A.B.x)
t5()

def t6():
    x = 'outer'
    class K:
        def m(self):
            nonlocal x
            x = 'set by m'
        x = 'class'
    K().m()
    print(x, K.x)
t6()

def t7():
    x = 'outer'
    class K:
        x = 'class'
        def m(self):
            def inner(): return x
            return inner()
        del x
        def n(self): return x
    print(K().m(), K().n(), 'x' in K.__dict__)
t7()

def t8():
    a = 1
    class K:
        a = 2
        b = [a + i for i in range(2)]
        c = {k: a for k in 'x'}
        d = list(a for _ in 'y')
    print(K.a, K.b, K.c, K.d)
t8()

def t9():
    class K:
        x = 'class only'
        def m(self):
            try:
                return x
            except NameError as e:
                return 'NameError'
    print(K().m())
t9()

def t10():
    x = 0
    def bump():
        nonlocal x
        x += 1
    class K:
        x = 'k'
        def get(self): return x
    bump(); bump()
    print(K().get(), K.x)
t10()

def t11():
    x = 'outer'
    class K:
        x = 'k'
        def m(self): return x
        x = 'k2'
    x = 'outer2'
    print(K().m(), K.x)
t11()

def t12():
    __p = 'outer private'
    class K:
        __p = 'class private'
        def m(self): return __p
    try:
        print(K().m(), K._K__p)
    except NameError as e:
        print('NameError', e)
t12()

def t13():
    x = 'outer'
    class K:
        x = 'class'
        def m(self): return x
    x = 'rebound'
    return K
print(t13()().m())

def t14(x):
    class K:
        x = x * 2 if False else 'class'
        def m(self): return x
        f = staticmethod(lambda: x)
    return K().m(), K.f(), K.x
print(t14('param'))
