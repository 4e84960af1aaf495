# More seeded results: float and huge int seeds, weighted choices, big
# populations, non-list shuffles, and every distribution.
import random
for s in [-1.5, 2**64-1, -2**100, 2**63, -2**63, 1e300, float('inf'), 0.0, -0.0]:
    random.seed(s); print(s, random.random(), random.getrandbits(70))
random.seed(1)
print(random.choices(range(10), [0.1]*10, k=10))
print(random.choices("xyz", [1, 0, 5], k=8), random.choices("xyz", cum_weights=[1.5, 1.5, 4]))
print(random.sample(range(10**18), 4), random.sample(range(1000), 10), random.sample(range(30), 30)[:5])
b = bytearray(b"abcdefgh"); random.shuffle(b); print(b)
print(random.randrange(10**20, -10**20, -3**30), random.randrange(2**63 - 5, 2**63 + 5), random.randrange(-2**63, 2**63 - 1, 2**62))
random.seed(3); g1 = random.gauss(); random.seed(3); print(g1 == random.gauss())
print(random.triangular(1, 3, 2), random.triangular(3, 1), random.triangular(1.0, 5.0, 5.0))
print(random.uniform(10, 1), random.expovariate(0.5), random.paretovariate(1.5), random.weibullvariate(2, 0.5))
print([random.gammavariate(a, 1.5) for a in (0.1, 0.9, 1.0, 1.5, 30)])
print([random.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (10, 1))])
print([random.vonmisesvariate(m, k) for m, k in ((0, 0.5), (3, 4), (-2, 100))])
print([random.lognormvariate(m, s) for m, s in ((0, 0.25), (1, 2))])
print(random.normalvariate(10, 0), random.gauss(mu=1, sigma=0.5), random.normalvariate(sigma=2))
r = random.Random(); r.seed(10); print(r.random())
print(random.Random(2**40).randint(0, 9), random.Random(-7).random())
random.seed(0)
print(random.sample(['a','b','c','d','e','f','g'], k=7))
print(random.choices([1,2,3], k=0), random.choices([1,2,3], k=-1))
