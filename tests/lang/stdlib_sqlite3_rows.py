# sqlite3: Row, row factories, adapters and converters (PARSE_DECLTYPES,
# PARSE_COLNAMES, the default date/datetime ones), iterdump, subclasses.
import datetime
import sqlite3
import collections.abc

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
row = con.execute("select 1 as Alpha, 'b' as beta, null as gamma").fetchone()
print(type(row).__name__, len(row), row.keys(), tuple(row), list(row))
print(row[0], row[-1], row["alpha"], row["BETA"], row[0:2], row[::-1])
for key in ("delta", 5, 1.0):
    try:
        row[key]
    except IndexError as e:
        print("IndexError", e)
row2 = con.execute("select 1 as Alpha, 'b' as beta, null as gamma").fetchone()
row3 = con.execute("select 2 as Alpha, 'b' as beta, null as gamma").fetchone()
print(row == row2, row != row3, row == (1, "b", None), hash(row) == hash(row2))
print(isinstance(row, collections.abc.Sequence))
try:
    sqlite3.Row(1, ())
except TypeError as e:
    print(e)
cur = con.cursor()
print(cur.row_factory is sqlite3.Row)
cur.row_factory = lambda cursor, values: {d[0]: v for d, v in zip(cursor.description, values)}
print(cur.execute("select 1 as a, 2 as b").fetchall())
con.row_factory = None

# Adapters.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

sqlite3.register_adapter(Point, lambda p: f"{p.x};{p.y}")
print(con.execute("select ?", (Point(1, 2),)).fetchone())

class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"
print(con.execute("select ?", (Conforming(),)).fetchone())
print(sqlite3.adapt(Point(3, 4)), sqlite3.adapt(5, sqlite3.PrepareProtocol, "alt"))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)

# Converters, by declared type and by column name.
sqlite3.register_converter("point", lambda b: Point(*map(int, b.split(b";"))))
con2 = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con2.execute("create table p(pt point, d date, ts timestamp, n point)")
now = datetime.datetime(2024, 5, 6, 7, 8, 9, 123456)
con2.execute("insert into p values (?, ?, ?, null)", (Point(5, 6), now.date(), now))
print(con2.execute("select * from p").fetchone())
cur2 = con2.execute("""select pt as "p [point]", d as "x [unknown]", '7;8' as "n [point]" from p""")
print([d[0] for d in cur2.description], cur2.fetchone())
print(con.execute("select ?", (now,)).fetchone(), con.execute("select ?", (now.date(),)).fetchone())
con3 = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
print(con3.execute('select 1 as "a [b]"').description[0][0])

# iterdump through sqlite3.dump.
con.execute("create table d(id integer primary key, name text)")
con.executemany("insert into d(name) values (?)", [("x",), ("it's",)])
con.execute("create index di on d(name)")
con.commit()
for line in con.iterdump():
    print(line)

# Subclasses and factories.
class MyCursor(sqlite3.Cursor):
    def one(self, sql):
        return self.execute(sql).fetchone()[0]

class MyConnection(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.made = True

c = sqlite3.connect(":memory:", factory=MyConnection, timeout=1, isolation_level=None,
                    check_same_thread=False, cached_statements=5)
print(type(c).__name__, c.made, c.isolation_level)
print(c.cursor(MyCursor).one("select 42"))
c.close()
con.close()
con2.close()
con3.close()
