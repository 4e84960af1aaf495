# sqlite3: the exception classes and the messages CPython gives, and what a
# closed connection or cursor refuses.
import sqlite3

for name in ("Warning", "Error", "InterfaceError", "DatabaseError", "DataError", "OperationalError",
             "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError"):
    cls = getattr(sqlite3, name)
    print(name, [c.__name__ for c in cls.__mro__[1:-2]], cls.__module__)
con = sqlite3.connect(":memory:")
print(con.Error is sqlite3.Error, con.OperationalError is sqlite3.OperationalError)
con.execute("create table t(a unique, b not null)")

def attempt(sql, params=()):
    try:
        con.execute(sql, params)
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "sqlite_errorcode", None), getattr(e, "sqlite_errorname", None))

attempt("select * from x")
attempt("select nocol from t")
attempt("selec 1")
attempt("insert into t values (1, 1)")
attempt("insert into t values (1, 2)")
attempt("insert into t values (2, null)")
attempt("select ?, ?", (1,))
attempt("select ?", (1, 2))
attempt("select :a, :b", {"a": 1})
attempt("select ?", {"a": 1})
attempt("select ?", 5)
attempt("select ?", (object(),))
attempt("select 1; select 2")
attempt("select 1 \x00")
try:
    con.execute(b"select 1")
except TypeError as e:
    print("TypeError:", e)
try:
    con.executemany("select ?", [(1,)])
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
try:
    con.executescript(5)
except TypeError as e:
    print("TypeError:", e)
try:
    con.executescript("create table z(a); select * from nowhere; create table y(a)")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
print(con.execute("select name from sqlite_master order by name").fetchall())
try:
    sqlite3.connect("/nonexistent-dir/x.db")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    sqlite3.Cursor(5)
except TypeError as e:
    print("TypeError:", e)
try:
    con.cursor(lambda c: 5)
except TypeError as e:
    print("TypeError:", e)

# A failed executemany leaves rowcount at -1 and keeps earlier rows.
cur = con.cursor()
try:
    cur.executemany("insert into t values (?, 0)", [(10,), (11,), (10,)])
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e, cur.rowcount)
print(con.execute("select a from t order by a").fetchall())

# Closed things.
cur = con.cursor()
cur.execute("select 1 union select 2")
cur.close()
for op in (cur.fetchone, lambda: cur.execute("select 1"), lambda: list(cur)):
    try:
        op()
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError:", e)
live = con.execute("select 1 union select 2")
con.close()
for op in (live.fetchall, live.close, lambda: con.in_transaction, lambda: con.isolation_level,
           lambda: con.create_function("f", 0, len)):
    try:
        op()
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError:", e)
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), issubclass(sqlite3.Warning, sqlite3.Error))

# Lone surrogates cannot go to SQLite; a converter may not close or
# re-initialise its own cursor; a __conform__ raising TypeError means
# "cannot adapt"; an empty blob converts to None; cursors take weak references.
import weakref
con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
for op in (lambda: con.execute("select '\udc80'"), lambda: con.execute("select ?", ("\ud800",)),
           lambda: con.create_collation("\udc80", lambda a, b: 0)):
    try:
        op()
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e.reason)
cur = con.cursor()
sqlite3.converters["CLOSE"] = lambda b: cur.close()
sqlite3.converters["INIT"] = lambda b: cur.__init__(con)
for name in ("CLOSE", "INIT"):
    cur.execute(f'select 1 as "x [{name}]"')
    try:
        cur.fetchall()
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError:", e)
ref = weakref.ref(cur)
del cur
print(ref() is None)
con.close()
con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
class BadConform:
    def __conform__(self, protocol):
        raise TypeError
try:
    con.execute("select ?", (BadConform(),))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
sqlite3.converters["EMPTY"] = lambda b: "converted"
print(con.execute('select x\'\' as "a [EMPTY]", x\'00\' as "b [EMPTY]"').fetchone())
con.close()
