# sqlite3: user-defined functions, aggregates and collations, what happens
# when they raise, and the trace, progress and authorizer hooks.
import sqlite3

con = sqlite3.connect(":memory:")
con.create_function("double", 1, lambda x: x * 2)
con.create_function("join3", 3, lambda a, b, c: f"{a}-{b}-{c}", deterministic=True)
con.create_function("kind", 1, lambda x: type(x).__name__)
con.create_function("nada", 0, lambda: None)
print(con.execute("select double(21), double(1.5), double('ab'), join3(1, 'x', null)").fetchone())
print(con.execute("select kind(1), kind(1.0), kind('s'), kind(x'00'), kind(null)").fetchone())
print(con.execute("select nada()").fetchone())
con.create_function("boom", 0, lambda: 1 / 0)
con.create_function("bad", 0, lambda: object())
con.create_function("huge", 0, lambda: 2**70)
for f in ("boom", "bad", "huge"):
    try:
        con.execute(f"select {f}()")
    except sqlite3.Error as e:
        print(type(e).__name__, e)
con.create_function("double", 1, None)
try:
    con.execute("select double(1)")
except sqlite3.OperationalError as e:
    print(e)

class Sum:
    def __init__(self):
        self.total = 0
    def step(self, value):
        self.total += value
    def finalize(self):
        return self.total

class BadStep(Sum):
    def step(self, value):
        raise ValueError

class BadFinal(Sum):
    def finalize(self):
        raise ValueError

class BadInit:
    def __init__(self):
        raise ValueError

class NoStep:
    def finalize(self):
        return 0

con.execute("create table t(a)")
con.executemany("insert into t values (?)", [(i,) for i in range(1, 6)])
con.create_aggregate("mysum", 1, Sum)
print(con.execute("select mysum(a) from t").fetchone())
print(con.execute("select mysum(a) from t where a > 10").fetchone())
for name, cls in (("badstep", BadStep), ("badfinal", BadFinal), ("badinit", BadInit), ("nostep", NoStep)):
    con.create_aggregate(name, 1, cls)
    try:
        con.execute(f"select {name}(a) from t")
    except sqlite3.OperationalError as e:
        print(e)

def reverse(a, b):
    return (a < b) - (a > b)

con.create_collation("rev", reverse)
print(con.execute("select a from t order by a collate rev").fetchall())
con.create_collation("rev", None)
try:
    con.execute("select a from t order by a collate rev")
except sqlite3.OperationalError as e:
    print(e)
try:
    con.create_collation("x", 5)
except TypeError as e:
    print(e)

traced = []
con.set_trace_callback(traced.append)
con.execute("select 1")
con.execute("select ?", (2,))
con.set_trace_callback(None)
con.execute("select 3")
print(traced)

calls = []
def progress():
    calls.append(1)
    return 0
con.set_progress_handler(progress, 1)
con.execute("select count(*) from t").fetchone()
con.set_progress_handler(None, 1)
print(len(calls) > 0)
con.set_progress_handler(lambda: 1, 1)
try:
    con.execute("select count(*) from t")
except sqlite3.OperationalError as e:
    print(e)
con.set_progress_handler(None, 1)

def authorizer(action, arg1, arg2, dbname, source):
    if action == sqlite3.SQLITE_READ and arg2 == "secret":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK
con.execute("create table s(public, secret)")
con.set_authorizer(authorizer)
print(con.execute("select public from s").fetchall())
try:
    con.execute("select secret from s")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
con.set_authorizer(None)
print(con.execute("select secret from s").fetchall())
print(con.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) > 0)
old = con.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 1)
try:
    con.execute("select ?, ?", (1, 2))
except sqlite3.OperationalError as e:
    print(e)
con.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, old)
try:
    con.getlimit(1000)
except sqlite3.ProgrammingError as e:
    print(e)
con.close()
