# sqlite3: connect, cursors, parameters, fetching, rowcount/lastrowid,
# description, types both ways, transactions and the context manager.
import sqlite3

print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY)
print(isinstance(sqlite3.sqlite_version_info, tuple), len(sqlite3.sqlite_version_info))

con = sqlite3.connect(":memory:")
cur = con.cursor()
print(cur.arraysize, cur.rowcount, cur.lastrowid, cur.description, cur.connection is con)
cur.execute("create table t(id integer primary key, name text, score real, data blob)")
print("create:", cur.rowcount, cur.description)
cur.execute("insert into t(name, score, data) values (?, ?, ?)", ("ann", 1.5, b"\x00\x01"))
print("insert:", cur.rowcount, cur.lastrowid, con.in_transaction)
cur.executemany("insert into t(name, score, data) values (:n, :s, :d)",
                [{"n": "bob", "s": 2, "d": None}, {"n": "cy", "s": -0.25, "d": bytearray(b"xy")}])
print("executemany:", cur.rowcount, con.total_changes)
con.commit()
print("after commit:", con.in_transaction)
cur.execute("select * from t order by id")
print([d[0] for d in cur.description])
print(cur.fetchone())
print(cur.fetchmany())
print(cur.fetchall())
print(cur.fetchone())
for row in con.execute("select id, name from t where score > ?", (0,)):
    print("iter", row)
cur.arraysize = 2
print(cur.execute("select name from t").fetchmany())
print(cur.execute("select name from t").fetchmany(size=5))
cur.execute("update t set score = score * 2")
print("update:", cur.rowcount)
con.rollback()
print(con.execute("select score from t").fetchall())

# Values both ways.
vals = [None, 0, -1, 2**63 - 1, -2**63, 3.25, float("inf"), "", "héllo ✓", b"", b"\xff" * 3, memoryview(b"mv")]
for v in vals:
    print(type(v).__name__, "->", con.execute("select ?, typeof(?)", (v, v)).fetchone())
for big in (2**63, -2**63 - 1, 10**30):
    try:
        con.execute("select ?", (big,))
    except OverflowError as e:
        print("OverflowError", e)
print(con.execute("select 1/2, 1.0/2, 'a' || 'b', x'414243', null").fetchone())

# Text factories.
con.text_factory = bytes
print(con.execute("select 'abc'").fetchone())
con.text_factory = bytearray
print(con.execute("select 'abc'").fetchone())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select 'abc'").fetchone())
con.text_factory = str

# isolation_level and implicit BEGIN.
print(repr(con.isolation_level))
con.isolation_level = "deferred"
print(repr(con.isolation_level))
con.execute("insert into t(name) values ('dee')")
print("in tx:", con.in_transaction)
con.isolation_level = None
print("autocommit:", con.isolation_level, con.in_transaction)
con.execute("insert into t(name) values ('eve')")
print("in tx after insert:", con.in_transaction)
con.isolation_level = ""
con.execute("select 1")
print("select opens no tx:", con.in_transaction)
for bad in (5, "foo"):
    try:
        con.isolation_level = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# The connection as a context manager.
with con:
    con.execute("insert into t(name) values ('fay')")
print("committed:", con.execute("select count(*) from t where name = 'fay'").fetchone())
try:
    with con:
        con.execute("insert into t(name) values ('gus')")
        raise KeyError("boom")
except KeyError:
    pass
print("rolled back:", con.execute("select count(*) from t where name = 'gus'").fetchone())

# executescript commits first and runs several statements.
con.execute("insert into t(name) values ('hal')")
cur.executescript("""
    create table u(a);  -- a comment
    insert into u values (1);
    /* another */ insert into u values (2);
""")
print("script:", con.in_transaction, con.execute("select sum(a) from u").fetchone())
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
print(con.execute("").fetchall(), con.execute("-- nothing").description)

# Connection.execute returns a new cursor each time.
c1 = con.execute("select 1")
c2 = con.execute("select 2")
print(c1 is c2, c1.fetchone(), c2.fetchone())
cur.close()
try:
    cur.execute("select 1")
except sqlite3.ProgrammingError as e:
    print(e)
con.close()
con.close()
for op in (lambda: con.execute("select 1"), lambda: con.commit(), lambda: con.total_changes,
           lambda: con.cursor(), lambda: c1.fetchone()):
    try:
        op()
    except sqlite3.ProgrammingError as e:
        print("closed:", e)

# __init__ again reopens and resets the factories; a failed one leaves the
# connection uninitialised.
con = sqlite3.connect(":memory:")
con.text_factory = bytes
con.execute("create table r(a)")
con.__init__(":memory:")
print(con.text_factory is str, con.execute("select count(*) from sqlite_master").fetchone())
try:
    con.__init__("/nonexistent-dir/x.db")
except sqlite3.OperationalError as e:
    print(e)
try:
    con.execute("select 1")
except sqlite3.ProgrammingError as e:
    print(e)
