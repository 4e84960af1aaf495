# hashlib and hmac over tally's _hashlib (OpenSSL) and _blake2: digests, names,
# sizes, XOFs, copies, pbkdf2/scrypt, HMAC, compare_digest, errors as CPython's.
import hashlib, hmac, _hashlib
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(getattr(f, '__name__', f), a, k, '->', r if isinstance(r, (bytes, str)) else type(r).__name__)
    except Exception as e:
        print(getattr(f, '__name__', f), a, k, '!!', type(e).__name__, e)
for n in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    h = getattr(hashlib, n)(b'abc')
    h2 = h.copy(); h2.update(b'def')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest()[:32], h2.hexdigest()[:32], type(h).__name__, type(h).__module__)
for n in ['shake_128', 'shake_256']:
    h = getattr(hashlib, n)(b'abc')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(5), type(h).__name__)
    t(h.hexdigest); t(h.digest, -1)
for n in ['MD5', 'SHA256', 'sha512_256', 'sha512-224', 'ripemd160', 'md5-sha1', 'SHA3-256', 'blake2b512', 'foo']:
    t(hashlib.new, n, b'x')
    try: print(hashlib.new(n).name)
    except Exception as e: print(type(e).__name__)
t(hashlib.sha256, 'str'); t(hashlib.sha256, 5); t(hashlib.sha256().update, 'x'); t(hashlib.sha256, string=b'abc'); t(hashlib.sha256, b'a', string=b'b')
t(hashlib.md5, b'a', usedforsecurity=False); t(_hashlib.new, 'sha256', b'x'); t(_hashlib.new, 'nope')
t(hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 1000); t(hashlib.pbkdf2_hmac, 'sha1', b'pw', b'salt', 10, 50); t(hashlib.pbkdf2_hmac, 'sha1', b'pw', b'salt', 0)
t(hashlib.pbkdf2_hmac, 'sha1', b'pw', b'salt', 1, 0); t(hashlib.pbkdf2_hmac, 'nope', b'pw', b'salt', 1); t(hashlib.pbkdf2_hmac, 'sha1', 'pw', b'salt', 1)
t(hmac.new(b'key', b'msg', 'sha256').hexdigest); t(hmac.digest, b'key', b'msg', 'md5'); t(hmac.new, b'key', b'msg')
h = hmac.new(b'key', digestmod=hashlib.sha1); h.update(b'msg'); c = h.copy(); c.update(b'x'); print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), hashlib.sha256(b'x').hexdigest() == hashlib.new('sha256', b'x').hexdigest())
t(hmac.compare_digest, 'a', b'a'); t(hmac.compare_digest, 'é', 'é'); t(hmac.compare_digest, 1, 2)
print(repr(hashlib.md5())[:20], repr(hmac.new(b'k', digestmod='sha1')._hmac)[:15], _hashlib.UnsupportedDigestmodError.__mro__[1], _hashlib.get_fips_mode(), type(_hashlib.openssl_md_meth_names))
print(sorted(hashlib.algorithms_guaranteed))
b = hashlib.blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p'); print(b.hexdigest(), b.name, b.digest_size, b.block_size)
b = hashlib.blake2s(b'abc', digest_size=16, key=b'key'); print(b.hexdigest(), b.name)
t(hashlib.blake2b, digest_size=65); t(hashlib.blake2b, key=b'x'*65); t(hashlib.blake2s, salt=b'x'*9)
print(hashlib.blake2b(b'x', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True).hexdigest()[:20])
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
t(hashlib.scrypt, b'pw', salt=b's', n=16, r=1, p=1)
print(hashlib.md5(bytearray(b'ab')).hexdigest(), hashlib.md5(memoryview(b'ab')).hexdigest())
# BLAKE2 across block boundaries, fed whole and in pieces, with every parameter
for cons, block in ((hashlib.blake2b, 128), (hashlib.blake2s, 64)):
    for n in (0, 1, block - 1, block, block + 1, 2 * block, 1000):
        data = bytes(i % 256 for i in range(n))
        whole = cons(data, digest_size=cons.MAX_DIGEST_SIZE // 2, key=b'secret', salt=b'salt', person=b'me')
        parts = cons(digest_size=cons.MAX_DIGEST_SIZE // 2, key=b'secret', salt=b'salt', person=b'me')
        for i in range(0, n, 7):
            parts.update(data[i:i + 7])
        assert whole.digest() == parts.digest()
        print(cons.__name__, n, whole.hexdigest()[:24], cons(data).hexdigest()[:24])
    print(cons(b'tree', fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=5, node_depth=3, inner_size=16,
               last_node=True).hexdigest())
    print(cons(b'abc', key=b'k' * cons.MAX_KEY_SIZE).hexdigest()[:16], cons(memoryview(b'mv')).hexdigest()[:16])
    t(cons, fanout=256); t(cons, depth=0); t(cons, node_depth=256); t(cons, inner_size=cons.MAX_DIGEST_SIZE + 1)
    t(cons, digest_size=0); t(cons, person=b'p' * 17); t(cons, 'text'); t(cons, leaf_size=2**32)
t(hashlib.blake2s, node_offset=2**48); print(hashlib.blake2b(node_offset=2**48).hexdigest()[:8])
try:
    class Mine(hashlib.blake2b):
        pass
except TypeError as e:
    print(e)
m = hashlib.blake2b(b'x', digest_size=8)
print(type(m).__name__, m.hexdigest(), m.copy().hexdigest(), type(m.copy()).__name__)
big = hashlib.sha256()
for i in range(200):
    big.update(str(i).encode() * 50)
print(big.hexdigest(), hashlib.sha512(b'a' * 10000).hexdigest()[:32])
print(hmac.new(b'k' * 200, b'long key', 'sha512').hexdigest()[:32], hmac.new(b'k', b'm', hashlib.md5).name)
print(hmac.HMAC(b'k', b'm', digestmod='sha3_256').hexdigest()[:16], hmac.digest(b'k', b'm', hashlib.sha256).hex()[:16])
