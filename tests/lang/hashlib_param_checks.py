# hashlib.scrypt's parameter checks (None for n/r/p/maxmem/dklen is a
# TypeError, as in CPython) and blake2's node_offset over its whole range:
# up to 2**64 - 1 for blake2b and 2**48 - 1 for blake2s.
import hashlib
for kw in [dict(n=-1,r=8,p=1),dict(n=0,r=8,p=1),dict(n=1,r=8,p=1),dict(n=None,r=8,p=1),dict(n=2,r=-1,p=1),dict(n=2,r=0,p=1),dict(n=2,r=None,p=1),dict(n=2,r=8,p=-1),dict(n=2,r=8,p=0),dict(n=2,r=8,p=None),dict(n=2,r=8,p=1,maxmem=-1),dict(n=2,r=8,p=1,maxmem=None),dict(n=2,r=8,p=1,dklen=-1),dict(n=2,r=8,p=1,dklen=None),dict(n="2",r=8,p=1),dict(n=2,r=8,p=1,dklen=16)]:
    try: print(kw, hashlib.scrypt(b'password', salt=b'salt', **kw).hex())
    except Exception as e: print(kw, type(e).__name__, e)
for v in (0, 2**63, 2**64 - 1, -1):
    try: print(v, hashlib.blake2b(b"x", node_offset=v, digest_size=8).hexdigest())
    except Exception as e: print(v, type(e).__name__, e)
for v in (0, 2**48 - 1, 2**48, -1):
    try: print(v, hashlib.blake2s(b"x", node_offset=v, digest_size=8).hexdigest())
    except Exception as e: print(v, type(e).__name__, e)
