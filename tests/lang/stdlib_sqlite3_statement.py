# Calling a Connection compiles one statement, checked as execute() checks it.
import sqlite3
con = sqlite3.connect(':memory:')
s = con('select 1')
print(type(s).__name__, type(s).__module__ if hasattr(type(s), '__module__') else '')
for arg in [1, 'select 1; select 2', 'select \x00', 'selectx', '\ud8ff']:
    try:
        con(arg)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
try:
    type(s)()
except TypeError as e:
    print(e)
con.close()
try:
    con('select 1')
except Exception as e:
    print(type(e).__name__, e)
