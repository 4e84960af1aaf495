# _random.Random, the base class of CPython's random.py: the Mersenne
# Twister seeded as CPython seeds it (ints by their absolute value, other
# hashable objects by their hash), random(), getrandbits() and the state as
# a tuple of 625 ints, so random.py draws CPython's numbers.
import _random, random

print(_random.Random, random.Random.__mro__[1], random.Random.__module__)
r = _random.Random(5)
print(r.random(), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))
for seed in (0, 1, -1, 2**32, 2**32 - 1, -(2**70), 12345678901234567890, 2.5, "x", (1, 2)):
    r.seed(seed)
    print(repr(seed), r.random(), r.getrandbits(64))
r.seed(None)
print(0 <= r.random() < 1)
r.seed()
print(0 <= r.random() < 1)

# State: 624 words and the position.
r = _random.Random(42)
st = r.getstate()
print(type(st).__name__, len(st), st[0], st[1], st[-1])
a = [r.random() for _ in range(700)]
print(r.getstate()[-1])
r.setstate(st)
print(a == [r.random() for _ in range(700)])
r.setstate((2**32 + 5,) * 624 + (624,))
print(r.getstate()[:2], r.random())

# A subclass that does not seed starts from a zero state.
class Unseeded(_random.Random):
    def __init__(self, *args, **kw):
        pass
u = Unseeded(1, 2, x=3)
print(u.getstate()[:3], u.getstate()[-1], u.random(), u.getrandbits(8))

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

show(_random.Random, 1, 2)
show(_random.Random, x=1)
show(r.seed, 1, 2)
show(r.seed, [])
show(r.random, 1)
show(r.getrandbits, -1)
show(r.getrandbits, 0)
show(r.getrandbits, 2.0)
show(r.setstate, [0] * 625)
show(r.setstate, (0,) * 3)
show(r.setstate, (0,) * 624 + (625,))
show(r.setstate, (0,) * 624 + (-1,))
show(r.setstate, (-1,) * 625)
show(r.setstate, (2**64,) * 625)
show(r.setstate, ("a",) * 625)
show(r.setstate, (0,) * 624 + ("a",))

# random.py over it: the module functions, SystemRandom, seeding of str
# and bytes through sha512.
random.seed("tally")
print(random.random(), random.randrange(10**20), random.choice("abcdef"), random.sample(range(50), 4))
random.seed(b"tally", version=1)
print(random.random())
print(random.Random(7).gauss(0, 1), random.Random(7).randbytes(5))
print(isinstance(random.SystemRandom().random(), float), random.SystemRandom().getrandbits(8) < 256)
