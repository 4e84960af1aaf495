# _csv (and CPython's csv.py over it): reader state machine, writer quoting and
# escaping, dialects and the registry, errors as CPython's.
import _csv
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(getattr(f, '__name__', f), a, k, '->', type(r).__name__ if hasattr(r, 'dialect') else repr(r)[:200])
    except Exception as e:
        print(getattr(f, '__name__', f), a, k, '!!', type(e).__name__, e)
class W:
    def __init__(self): self.out = []
    def write(self, s): self.out.append(s); return len(s)
def rd(lines, **k):
    try:
        r = _csv.reader(lines, **k)
        print(repr(lines)[:60], k, '->', list(r), r.line_num)
    except Exception as e:
        print(repr(lines)[:60], k, '!!', type(e).__name__, e)
def wr(rows, **k):
    w = W()
    try:
        wt = _csv.writer(w, **k)
        for row in rows:
            print('ret', wt.writerow(row), end=' ')
        print(repr(rows)[:60], k, '->', ''.join(w.out).encode())
    except Exception as e:
        print(repr(rows)[:60], k, '!!', type(e).__name__, e, ''.join(w.out).encode())
rd(['a,b,c\r\n', '1,"2,3",4\n', '\n', '', 'x'])
rd(['"a""b",c'], ); rd(['"a"b,c']); rd(['"a"b,c'], strict=True); rd(['"unterminated']); rd(['"unterminated'], strict=True)
rd(['"multi\n', 'line",x\n']); rd(['a\rb']); rd(['a\\,b,c'], escapechar='\\'); rd(['"a\\"b",c'], escapechar='\\', doublequote=False)
rd(['a;b;c'], delimiter=';'); rd(['a, b,  c'], skipinitialspace=True); rd(["1,'2',x"], quotechar="'", quoting=_csv.QUOTE_NONNUMERIC)
rd(['1,"2",3.5'], quoting=_csv.QUOTE_NONNUMERIC); rd(['"a,b",c'], quoting=_csv.QUOTE_NONE); rd(['a\0b,c']); rd([b'a,b']); rd([1])
rd(['a,b\\\n', 'c'], escapechar='\\'); rd(['ab\\'], escapechar='\\'); rd(['x' * 200000])
wr([['a', 'b,c', 'd"e', None, 1, 2.5, '', 'f\ng', 'h\ri']]); wr([['']]); wr([[]]); wr([['a', 'b']], quoting=_csv.QUOTE_ALL)
wr([['a', 1, 2.0, None, True]], quoting=_csv.QUOTE_NONNUMERIC); wr([['a,b']], quoting=_csv.QUOTE_NONE); wr([['a,b', 'c"']], quoting=_csv.QUOTE_NONE, escapechar='\\')
wr([['a"b']], doublequote=False, escapechar='\\'); wr([['a"b']], doublequote=False); wr([['a', 'b']], delimiter='\t', lineterminator='\n'); wr([['']], quoting=_csv.QUOTE_NONE)
wr([5]); wr(['abc']); wr([['x y']], quotechar="'", delimiter=' '); wr([['a\\b']], escapechar='\\')
t(_csv.reader, ['a'], delimiter='ab'); t(_csv.reader, ['a'], delimiter=''); t(_csv.reader, ['a'], delimiter=1); t(_csv.reader, ['a'], quotechar=None)
t(_csv.reader, ['a'], quotechar=None, quoting=_csv.QUOTE_NONE); t(_csv.reader, ['a'], quoting=7); t(_csv.reader, ['a'], quoting='x'); t(_csv.reader, ['a'], lineterminator=5)
t(_csv.reader, ['a'], escapechar='ab'); t(_csv.reader, ['a'], 'nodialect'); t(_csv.writer, 5); t(_csv.reader, 5)
print(_csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE, _csv.__version__, _csv.Error.__mro__, _csv.Error.__module__)
print(_csv.field_size_limit(), _csv.field_size_limit(10), _csv.field_size_limit()); _csv.field_size_limit(131072)
t(_csv.field_size_limit, 'x'); t(_csv.field_size_limit, 1, 2)
class D:
    delimiter = ';'; quotechar = '"'; escapechar = None; doublequote = True; skipinitialspace = False; lineterminator = '\n'; quoting = 0
_csv.register_dialect('semi', D); print(_csv.list_dialects()); d = _csv.get_dialect('semi')
print(type(d).__name__, d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
rd(['a;b'], dialect='semi'); rd(['a;b'], dialect='semi', delimiter=','); t(_csv.get_dialect, 'nope'); t(_csv.unregister_dialect, 'nope'); t(_csv.register_dialect, 1)
_csv.register_dialect('kw', delimiter='|'); print(_csv.get_dialect('kw').delimiter, sorted(_csv.list_dialects())); _csv.unregister_dialect('kw'); print(_csv.list_dialects())
r = _csv.reader(['a'], dialect='semi'); print(r.dialect.delimiter, r.line_num, type(r).__name__)
dd = _csv.Dialect(delimiter=':'); print(dd.delimiter, dd.lineterminator.encode(), _csv.Dialect(dd) is dd, _csv.Dialect(dd, delimiter='!').delimiter)
try:
    dd.delimiter = 'x'
except AttributeError as e:
    print('AttributeError', e)
t(_csv.Dialect, quoting=_csv.QUOTE_ALL, quotechar=None); t(_csv.Dialect, quoting=None); t(_csv.Dialect, quoting=True)
w = _csv.writer(W(), dialect='semi'); w.writerows([['a', 'b'], ['c']]); print(w.dialect.delimiter, ''.join(w._csv_writer__dummy if False else []) if False else '')
t(w.writerows, 5); t(w.writerow, None)

# csv.py itself imports io.StringIO, which needs _io; the program gives it a
# small stand-in so that DictReader, DictWriter and Sniffer run over _csv.
import sys, types
if 'io' not in sys.modules:
    class StringIO:
        def __init__(self, text=''):
            self.parts = [text]
        def write(self, s):
            self.parts.append(s)
            return len(s)
        def getvalue(self):
            return ''.join(self.parts)
        def __iter__(self):
            return iter(self.getvalue().splitlines(True))
    sys.modules['io'] = types.SimpleNamespace(StringIO=StringIO)
import csv
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
rows = list(csv.DictReader(['name,age', 'ann,31', '"bo, jr",7', 'cy'], restkey='more', restval='?'))
print(rows)
print(list(csv.DictReader(['a,b', '1,2,3,4'], restkey='more')))
out = Sink()
dw = csv.DictWriter(out, fieldnames=['x', 'y'], extrasaction='ignore', lineterminator='\n')
dw.writeheader(); dw.writerow({'x': 1, 'y': 'a,b', 'z': 0}); dw.writerows([{'x': None}, {'y': 'q"'}])
print(repr(''.join(out.parts)))
try:
    csv.DictWriter(Sink(), ['x']).writerow({'nope': 1})
except ValueError as e:
    print(e)
print(csv.list_dialects() and sorted(csv.list_dialects()))
for name in ('excel', 'excel-tab', 'unix'):
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.lineterminator), d.quoting, d.doublequote)
out = Sink(); w = csv.writer(out, dialect='unix'); w.writerow(['a', 1, None]); print(repr(''.join(out.parts)))
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
print(list(csv.reader(["a; 'b;c'; d"], Semi)))
try:
    class Bad(csv.Dialect):
        delimiter = 'xx'
    Bad()
except csv.Error as e:
    print('Error', e)
sn = csv.Sniffer()
d = sn.sniff('a;b;c\n1;2;3\n4;5;6\n')
print(d.delimiter, sn.has_header('name,age\nann,31\nbo,7\n'))
print(list(csv.reader(['1,"two",3.0'], quoting=csv.QUOTE_NONNUMERIC)))
