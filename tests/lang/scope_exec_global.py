# A global statement at module level makes the name global even when exec()
# runs the code with separate globals and locals (and in a class body).
g = {}; l = {}
exec('global a; a = 1; b = 2', g, l)
print(sorted(k for k in g if k != '__builtins__'), l)
class C:
    global zz
    zz = 5
    def m(self): return zz
print(zz, 'zz' in C.__dict__)
g = {'x': 'g'}; l = {'x': 'l'}
exec('global x\ny = x\ndel x', g, l)
print('x' in g, l)
