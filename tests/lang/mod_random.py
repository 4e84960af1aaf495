# random with a seed is reproducible and matches CPython's generator.
import random
random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(0, 50, 5), random.choice("abcdef"))
lst = list(range(10))
random.shuffle(lst)
print(lst, random.sample(range(100), 5), round(random.uniform(1, 2), 6))
random.seed(42)
print(random.random())
r = random.Random(7)
print(r.randint(0, 1000), r.getrandbits(16))
