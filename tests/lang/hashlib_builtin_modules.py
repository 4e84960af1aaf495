# The builtin hash modules (_md5, _sha1, _sha256, _sha512, _sha3) that
# hashlib falls back on when _hashlib is blocked: the same digests, hashlib's
# Python pbkdf2_hmac over them, argument errors.
import sys
sys.modules['_hashlib'] = None
import hashlib
print(hashlib.md5(b'abc').hexdigest(), hashlib.sha1(b'abc').hexdigest())
print(hashlib.sha224(b'abc').hexdigest(), hashlib.sha256(b'abc').hexdigest())
print(hashlib.sha384(b'abc').hexdigest()[:32], hashlib.sha512(b'abc').hexdigest()[:32])
print(hashlib.sha3_256(b'x').hexdigest(), hashlib.shake_128(b'x').hexdigest(8), hashlib.shake_256(b'x').hexdigest(8))
print(hashlib.new('sha512', b'a').hexdigest()[:10], hashlib.new('md5', usedforsecurity=False).hexdigest())
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10).hex())
import _md5, _sha1, _sha256, _sha512, _sha3
h = _sha256.sha224(b"a")
h.update(b"b")
c = h.copy()
print(h.name, h.digest_size, h.block_size, c.hexdigest() == h.hexdigest())
print(sorted(n for n in dir(_sha3) if not n.startswith("_") and n not in ("implementation", "keccakopt")))
print(sorted(n for n in dir(_sha512) if not n.startswith("_") and not n.endswith("Type")))
for bad in ((1,), ("abc",), (b"", b"")):
    try:
        _md5.md5(*bad)
    except TypeError as e:
        print("TypeError")
