# sqlite3: objects in reference cycles are collected, and a cursor that
# outlives its closed or dropped connection stays safe to use and free.
import gc
import sqlite3
import weakref

class Marker:
    """Lives exactly as long as the cycle it is put in (connections take no
    weak references)."""

def cycle_through_function():
    con = sqlite3.connect(":memory:")
    marker = Marker()
    con.create_function("me", 0, lambda: (con, marker) and 1)
    con.create_collation("c", lambda a, b: (con is not None) - 1)
    con.create_aggregate("agg", 0, type("A", (), {"step": lambda self: None, "finalize": lambda self: 0}))
    print(con.execute("select me(), agg()").fetchone())
    return weakref.ref(marker)

def cycle_through_row_factory():
    con = sqlite3.connect(":memory:")
    m1, m2 = Marker(), Marker()
    con.row_factory = lambda cur, row: (con, m1, row)[2]
    cur = con.cursor()
    cur.row_factory = lambda c, r: (cur, m2, r)[2]
    cur.execute("select 1 union select 2")
    print(cur.fetchone())
    return weakref.ref(m1), weakref.ref(m2)

# CPython never frees the first cycle (its connections do not show the
# functions they hold to the collector); tally does, and its debug build
# would report the leak otherwise.
cycle_through_function()
refs = cycle_through_row_factory()
gc.collect()
print([r() is None for r in refs])

# A cursor with rows left keeps working after its connection object is
# dropped; the database closes when the cursor goes.
cur = sqlite3.connect(":memory:").execute("select 1 union select 2 union select 3")
print(cur.fetchone(), cur.fetchall())
del cur

# Closing the connection while a cursor still has a statement.
con = sqlite3.connect(":memory:")
con.create_function("f", 1, lambda x: x + 1)
live = con.execute("select f(1) union select f(2)")
con.close()
try:
    live.fetchone()
except sqlite3.ProgrammingError as e:
    print(e)
del live, con

# An aggregate left mid-group when its cursor is dropped.
con = sqlite3.connect(":memory:")
class Collect:
    def __init__(self):
        self.items = []
    def step(self, x):
        self.items.append(x)
    def finalize(self):
        return len(self.items)
con.create_aggregate("collect", 1, Collect)
con.execute("create table t(g, x)")
con.executemany("insert into t values (?, ?)", [(i % 2, i) for i in range(6)])
cur = con.execute("select g, collect(x) from t group by g")
print(cur.fetchone())
del cur
con.close()

# Callbacks that raise, many times over.
con = sqlite3.connect(":memory:")
con.create_function("bad", 0, lambda: [][0])
for i in range(50):
    try:
        con.execute("select bad()")
    except sqlite3.OperationalError:
        pass
con.set_trace_callback(lambda s: 1 / 0)
con.execute("select 1")
con.set_trace_callback(None)
print("survived")
con.close()
gc.collect()
