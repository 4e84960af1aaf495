# _json's encode_basestring and encode_basestring_ascii (json.dumps's string
# literals): escapes, non-ASCII, surrogates, argument errors, str subclasses.
import json, _json
samples = ["", "plain", 'q"uo\\te', "ctl\x00\x01\x1f\x7f\x80", "tab\tnl\nret\rbs\bff\f", "\u00e9\u4e2d\U0001f600", "\ud800x\udfff", "a" * 300 + "\u00e9"]
for s in samples:
    print(_json.encode_basestring_ascii(s), _json.encode_basestring(s).encode("utf-8", "surrogatepass"))
    print(json.dumps(s), json.dumps(s, ensure_ascii=False).encode("utf-8", "surrogatepass"), json.dumps({s: [s]}))
    print(json.loads(json.dumps(s)) == s)
for f in (_json.encode_basestring_ascii, _json.encode_basestring):
    for a in ((), (1,), ("a", "b")):
        try:
            f(*a)
        except TypeError as e:
            print(e)
    try:
        f(s="x")
    except TypeError as e:
        print(e)
class S(str): pass
print(json.dumps(S("sub\n")), _json.encode_basestring(S("x")))
print(json.dumps({"k": "v\u2028", "n": [1, 2.5, None, True]}, indent=1, ensure_ascii=False))
