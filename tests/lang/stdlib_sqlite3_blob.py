# sqlite3.Blob: incremental I/O on one BLOB value (Connection.blobopen).
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(b blob)")
con.execute("insert into t values (zeroblob(10))")
blob = con.blobopen("t", "b", 1)
print(type(blob).__name__, len(blob), blob.tell())
blob.write(b"hello")
print(blob.tell(), blob.read(), blob.tell())
blob.seek(0)
print(blob.read(3), blob.read(100), blob.read())
blob.seek(-2, 2)
print(blob.tell())
blob.seek(1, 1)
print(blob.tell())
blob[0] = ord("H")
blob[-1] = 33
blob[5:8] = b"abc"
blob[1:3] = b"EL"
print(blob[0], blob[-1], blob[0:10], blob[::3], blob[4:4])
for op, exc in ((lambda: blob.seek(11), ValueError), (lambda: blob.seek(-1), ValueError),
                (lambda: blob.seek(0, 3), ValueError), (lambda: blob[10], IndexError),
                (lambda: blob[1.5], TypeError), (lambda: blob.__setitem__(0, 256), ValueError),
                (lambda: blob.__setitem__(slice(0, 3), b"ab"), IndexError),
                (lambda: blob.__delitem__(0), TypeError), (lambda: blob.write(b"x" * 20), ValueError)):
    try:
        op()
    except exc as e:
        print(type(e).__name__, e)
blob.close()
print(con.execute("select b from t").fetchone())
try:
    blob.read()
except sqlite3.ProgrammingError as e:
    print(e)
with con.blobopen("t", "b", 1, readonly=True) as ro:
    print(ro.read(2))
    try:
        ro.write(b"x")
    except sqlite3.OperationalError as e:
        print(e)
for args in (("nope", "b", 1), ("t", "b", 99)):
    try:
        con.blobopen(*args)
    except sqlite3.OperationalError as e:
        print(e)
live = con.blobopen("t", "b", 1)
con.close()
try:
    live.read()
except sqlite3.ProgrammingError as e:
    print(e)
del live
