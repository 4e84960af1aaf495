# Connection.backup (pages, progress), serialize/deserialize and
# create_window_function, with CPython's checks and messages.
import sqlite3
src = sqlite3.connect(':memory:')
src.executescript('create table t(x); insert into t values (1),(2),(3);')
dst = sqlite3.connect(':memory:')
steps = []
src.backup(dst, pages=1, progress=lambda s, r, t: steps.append((s, r, t)))
print(dst.execute('select * from t').fetchall(), steps)
for bad in [dict(target=1), dict(target=src), dict(target=dst, progress=1)]:
    try:
        src.backup(**bad)
    except Exception as e:
        print(type(e).__name__, e)
def boom(*a): raise ZeroDivisionError('stop')
try:
    src.backup(sqlite3.connect(':memory:'), progress=boom)
except ZeroDivisionError as e:
    print('progress raised', e)
img = src.serialize()
print(type(img).__name__, len(img) > 0, img[:15])
new = sqlite3.connect(':memory:')
new.deserialize(img)
print(new.execute('select sum(x) from t').fetchone())
try:
    new.deserialize(b'not a database' * 10)
    new.execute('select 1 from t')
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
class WindowSum:
    def __init__(self): self.count = 0
    def step(self, v): self.count += v
    def value(self): return self.count
    def inverse(self, v): self.count -= v
    def finalize(self): return self.count
con = sqlite3.connect(':memory:')
con.create_window_function('sumint', 1, WindowSum)
con.executescript('create table test(x, y); insert into test values ("a", 4), ("b", 5), ("c", 3), ("d", 8), ("e", 1);')
print(con.execute('select x, sumint(y) over (order by x rows between 1 preceding and 1 following) as s from test order by x').fetchall())
class NoInverse(WindowSum):
    inverse = None
del NoInverse.inverse
class Missing:
    def step(self, v): pass
    def finalize(self): return 0
con.create_window_function('bad', 1, Missing)
try:
    con.execute('select bad(y) over (order by x rows between 1 preceding and 1 following) from test').fetchall()
except sqlite3.OperationalError as e:
    print('OperationalError', e)
con.create_window_function('sumint', 1, None)
try:
    con.execute('select sumint(y) over () from test')
except sqlite3.OperationalError as e:
    print('OperationalError', e)
try:
    con.create_window_function(1, 1, WindowSum)
except TypeError as e:
    print('TypeError', e)
