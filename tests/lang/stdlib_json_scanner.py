# _json.make_scanner (the C scanner json.loads uses): values, hooks, the
# errors and their positions, StopIteration from scan_once, key reuse.
import json, json.scanner, json.decoder, sys
print(json.scanner.make_scanner.__module__, json.scanner.make_scanner.__name__)
cases = ['', ' ', '[', '[1,', '[1,]', '[1', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}',
 '{1:2}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\ud800\\u"', '-', '-x', '01', '1.', '1.e5', '1e', '1e+', '1E+3',
 '-0', '-0.0e-0', '12345678901234567890', '-123456789012345678', '1.5', 'nul', 'null', 'true', 'tru', 'false',
 'NaN', 'Infinity', '-Infinity', '-Inf', '[NaN, -Infinity]', '{"a": [1, {"b": null}], "c": "\\u00e9\\n"}',
 '"\u00e9\u4e2d"', '["\u00e9", "x", {"\u4e2d": 1.25e3}]', '[1] x', '  [ 1 , 2 ]  ', '{"a":1, "a":2}',
 '"\x01"', '[\n1,\n2\n', '{"\u00e9":"\u00e9" "b"}', '[' * 3 + ']' * 2, 'x', '["a\\u0041\\ud834\\udd1e"]',
 '"\\ud834\\udd1e\\ud800x"', '[1,2', '{"a":', '\u00e9', '[\u00e9]', '{"\u00e9":1,"\u00e9":[\u00e9]}']
for c in cases:
    try:
        r = json.loads(c)
        print(repr(c), '->', repr(r))
    except Exception as e:
        print(repr(c), '!!', type(e).__name__, e)
for kw in [dict(parse_int=str), dict(parse_float=str), dict(parse_constant=lambda x: 'C' + x),
           dict(object_hook=lambda d: sorted(d.items())), dict(object_pairs_hook=list),
           dict(object_hook=len, object_pairs_hook=tuple), dict(strict=False)]:
    for c in ['{"a": 1, "b": [1.5, 2e3, -3, NaN, {"c": Infinity}]}', '"a\tb"']:
        try:
            print(kw.keys(), json.loads(c, **kw))
        except Exception as e:
            print(kw.keys(), '!!', type(e).__name__, e)
d = json.decoder.JSONDecoder()
s = d.scan_once
print(s('[1, 2]', 0), s('xx"ab"', 2))
for args in [('[1]', -1), ('[1]', 5), ('[1]', 3), (b'[1]', 0), ('[1]', 'x'), ('[1]', 2**70)]:
    try:
        print(s(*args))
    except Exception as e:
        print(args, '!!', type(e).__name__, e, getattr(e, 'value', None))
try:
    s()
except TypeError as e:
    print(e)
print(s(string='[1]', idx=0))
try:
    json.scanner.c_make_scanner(1)
except AttributeError as e:
    print(e)
print(s.strict, s.object_hook, s.parse_float, s.parse_int, s.object_pairs_hook, s.parse_constant.__name__)
try:
    json.loads('[' * 5000 + ']' * 5000)
except RecursionError as e:
    print('RecursionError', e)
try:
    json.loads('{"a":' * 5000 + '1' + '}' * 5000)
except RecursionError as e:
    print('RecursionError', e)
try:
    json.loads('1' * 5000)
except ValueError as e:
    print(e)
s = '[{"a_key": 1, "b_\xe9": 2}, {"a_key": 3, "b_\xe9": 4}]'
rv = json.loads(s)
(a, b), (c, d2) = sorted(rv[0]), sorted(rv[1])
print(a is c, b is d2, d.memo)
print(type(json.decoder.JSONDecoder().scan_once).__name__)
s = json.decoder.JSONDecoder().scan_once
for t in ['[', '[1,', '{"a":', '[1 ', '{', '{"a" ', '"x', '[1,2,', '-', '']:
    try:
        s(t, 0)
    except BaseException as e:
        print(repr(t), type(e).__name__, e)
# The C encoder reads a list's length at every item: default() may shrink it.
a = [object()] * 10
def shrink(obj):
    del a[-1]
print(json.dumps(a, default=shrink))
