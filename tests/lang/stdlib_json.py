# CPython's json package (its pure-Python scanner and encoder) over tally:
# round trips, indent / sort_keys / separators, hooks, and the line and
# column of decoding errors.
import json

data = {"b": [1, 2.5, None, True, False], "a": {"x": "\xe9\u20ac\n\"\\", "y": []},
        "c": 10**20, "d": -0.0, "e": "\U0001F600\x00\x1f"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps([1, {"k": (1, 2)}, [], {}], indent='\t'))
print(json.dumps({"a": [1, [2, [3]]]}, indent=0))
print(json.loads(s) == data, json.loads(s))
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9\\ud83d\\ude00", "d": 1e3, "e": -12, "f": 0.5E-2}'))
print(json.loads(' [ 1 , "x" ] '), json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'), json.loads('123456789012345678901234567890'))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'nul', '[1]x', '"abc', '{"a":\n  tru}', '[01]',
            '{1: 2}', '[1,]', '\n\n   {"k": [1, 2,\n  ]}', '"\\ud800"', '"a\x01"', '{"a": 1 "b": 2}']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.lineno, e.colno, e.pos)
print(json.loads('"\\ud800"') == '\ud800', json.loads('"a\x01"', strict=False))
print(json.loads('1.5', parse_float=str), json.loads('[NaN, Infinity, -Infinity]'), json.loads('7', parse_int=float))
print(json.loads('[1, 2]', parse_constant=str), json.loads('[NaN]', parse_constant=lambda c: c.lower()))
print(json.dumps(float('nan')), json.dumps({1: 2, None: 3, 2.5: 4, True: 5, False: 6}))
try:
    json.dumps(object())
except TypeError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, 'k': 4}, skipkeys=True), json.dumps(b'x'.decode(), default=str), json.dumps(1 + 2j, default=repr))


class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({'s': {3, 1, 2}}, cls=E), E(indent=1).encode([{'s': {0}}]), list(E().iterencode([1, {'a': None}])))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"__complex__": true, "real": 1, "imag": 2}',
                 object_hook=lambda d: complex(d['real'], d['imag']) if '__complex__' in d else d))
print(json.loads(b'{"x": "\xc3\xa9"}'), json.loads('[1]'.encode('utf-16')), json.loads('"\xe9"'.encode('utf-32-be')),
      json.loads(b'\xef\xbb\xbf[2]'))
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads(1)
except TypeError as e:
    print(e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
d = {}
d['self'] = d
try:
    json.dumps(d, indent=1)
except ValueError as e:
    print(e)
print(json.dumps("\x00\x1f\x7f\u2028\ud800"), json.dumps(3.0), json.dumps(1e100), json.dumps(0.1), json.dumps(-1e-7))
print(json.dumps([True, False, None, 'x'], indent=None, separators=(' , ', ' : ')), json.dumps({'b': 1, 'a': 2}, sort_keys=True))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} tail'), dec.raw_decode('  [2]', 2))
print(json.JSONDecodeError('m', 'ab\ncd', 4).args, json.JSONDecodeError('m', 'ab\ncd', 4).__reduce__()[1])

# json.dumps without indent goes through _json.make_encoder, as in CPython
print(json.encoder.c_make_encoder)
class F(float):
  def __repr__(s): return 'F!'
class I(int):
  def __repr__(s): return 'I!'
print(json.dumps([F(1.5), I(3), {F(2.5): 1, I(4): 2, True: 0, None: 1}]))
for v in [{1: float('nan')}, {float('nan'): 1}, [float('-inf')]]:
    try: json.dumps(v, allow_nan=False)
    except ValueError as e: print(e)
print(json.dumps({float('inf'): float('nan')}))
d = []
for i in range(2000): d = [d]
try: json.dumps(d)
except RecursionError as e: print(e)
print(json.dumps({'b': 1, 'a': [1, {}], 'c': None}, sort_keys=True, separators=(';', '=')))
try: json.dumps({1: 1, 'a': 2}, sort_keys=True)
except TypeError as e: print(e)
print(json.dumps({(1, 2): 1, 'a': 2, (3,): 4, 'b': 5}, skipkeys=True))
print(json.dumps((1, (2, 3), [])), json.dumps({'k': ()}), json.dumps([{}, [], ""]))
l = [1]; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
d = {}; d['x'] = [d]
try: json.dumps(d)
except ValueError as e: print(e)
class O: pass
o = O()
try: json.dumps(o, default=lambda x: x)
except ValueError as e: print(e)
print(json.dumps(o, default=lambda x: {'o': 1}), json.dumps([o, o], default=lambda x: 7), json.dumps(l, check_circular=False, default=str) if False else '')
try: json.dumps([1, o])
except TypeError as e: print(e)
import enum
class C(enum.IntEnum):
    A = 1
class S(str): pass
print(json.dumps([C.A, S('x'), {C.A: S('y')}, 10**30, -0.0, 1e-7]), json.dumps('\u20ac\n', ensure_ascii=False))
print(json.dumps({'a': 1}, cls=json.JSONEncoder, separators=(',', ':')))
from collections import OrderedDict
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps(OrderedDict([('z', 1), ('a', 2)]), sort_keys=True))
try:
    json.dumps(float('inf'), allow_nan=False)
except ValueError as e:
    print(e)
