# random: for a given seed every function gives python3's values
import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(0, 100, 5), random.randrange(10**30), random.getrandbits(70))
print(random.choice("abcdefg"), random.choice(range(1000)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 8), random.sample("garter", 3))
print(random.sample(range(10**9), 4))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[5, 1, 1], k=6))
print(random.uniform(1, 2), random.triangular(0, 10, 3))
print(random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2))
print(random.expovariate(2), random.betavariate(2, 5), random.gammavariate(3, 2))
for seed in [0, -7, 2**90, "spam", b"eggs", 3.25]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 10**6))
r = random.Random(2024)
s = random.Random(2024)
print(r.random() == s.random(), r.randint(1, 10), s.randint(1, 10))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
for call in [lambda: random.choice([]), lambda: random.randrange(0),
             lambda: random.sample([1, 2], 5), lambda: random.randint(3, 1),
             lambda: random.seed([1, 2]), lambda: random.getrandbits(-1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
