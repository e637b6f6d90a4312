# list.sort / sorted: timsort's results on data shaped to reach each part
# of it (natural runs, short runs grown by binary insertion, galloping,
# merges of very unequal runs), stability with key= and reverse=, the
# per-type comparison shortcuts, and inconsistent or failing comparisons.
import random

r = random.Random(2024)


def digest(xs):
    # order-sensitive checksum of a list of small ints
    h = 0
    for x in xs:
        h = (h * 1000003 + x) % 2305843009213693951
    return h


def shapes(n):
    yield 'random', [r.randrange(n // 4 + 1) for _ in range(n)]
    yield 'sorted', list(range(n))
    yield 'reversed', list(range(n, 0, -1))
    yield 'equal', [7] * n
    s = sorted(r.randrange(1000) for _ in range(n))
    for _ in range(n // 50 + 1 if n else 0):
        i, j = r.randrange(n), r.randrange(n)
        s[i], s[j] = s[j], s[i]
    yield 'few swaps', s
    runs = []
    while len(runs) < n:
        k, b = r.randrange(1, 300), r.randrange(5000)
        runs += range(b, b + k) if r.random() < 0.5 else range(b + k, b, -1)
    yield 'runs', runs[:n]
    half = sorted(r.randrange(10 ** 6) for _ in range(n // 2))
    yield 'two blocks', half + sorted(r.randrange(10 ** 6) for _ in range(n - n // 2))
    yield 'interleaved', [x * 2 for x in range(n // 2)] + [x * 2 + 1 for x in range(n - n // 2)]
    yield 'small tail', list(range(n - 5)) + [3, 1, 4, 1, 5][:min(5, n)]
    yield 'sawtooth', [i % 37 for i in range(n)]


for n in (0, 1, 2, 7, 63, 64, 65, 130, 1000, 5000, 40000):
    for name, data in shapes(n):
        data = data[:n]
        idx = list(range(len(data)))
        a = sorted(idx, key=data.__getitem__)
        b = sorted(idx, key=data.__getitem__, reverse=True)
        c = sorted(idx, key=lambda i: data[i] % 3)
        d = sorted(data)
        e = list(data)
        e.sort(reverse=True)
        print(n, name, digest(a), digest(b), digest(c), digest(d), digest(e))

# each comparison shortcut against the generic path
ints = [r.randrange(-10 ** 6, 10 ** 6) for _ in range(3000)]
print('ints', digest([x + 10 ** 6 for x in sorted(ints)][:50]))
big = [r.randrange(-2 ** 80, 2 ** 80) for _ in range(2000)] + [1, -1, 0]
print('big ints', sorted(big) == sorted(big, key=lambda x: (x > 0, abs(x) if x > 0 else -abs(x))))
floats = [r.uniform(-1e6, 1e6) for _ in range(3000)] + [0.0, -0.0, float('inf'), float('-inf')]
fs = sorted(floats)
print('floats', all(fs[i] <= fs[i + 1] for i in range(len(fs) - 1)), fs[:2], fs[-1])
print('-0.0 and 0.0 keep their order', sorted([0.0, -0.0, 0.0]), sorted([-0.0, 0.0]))
strs = [''.join(r.choice('abcé€𝄞') for _ in range(r.randrange(6))) for _ in range(3000)]
ss = sorted(strs)
print('strs', all(ss[i] <= ss[i + 1] for i in range(len(ss) - 1)), ss[:3], ss[-2:])
tups = [(r.randrange(5), r.choice('xyz'), r.random() < 0.5) for _ in range(2000)]
ts = sorted(tups)
print('tuples', all(ts[i] <= ts[i + 1] for i in range(len(ts) - 1)), ts[:2], ts[-1])
print('tuple lengths', sorted([(1, 2), (1,), (), (1, 2, 0), (0, 9)]))
mixed = [1, 2.5, True, 0, -3, 0.5, False, 10 ** 20, 2 ** 0.5]
print('mixed numbers', sorted(mixed), sorted(mixed, reverse=True))


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if isinstance(other, V):
            return self.v < other.v
        return NotImplemented

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return 'V(%d)' % self.v


vs = [V(r.randrange(100)) for _ in range(500)]
print('one class', [v.v for v in sorted(vs)][:15])


class W(V):
    def __lt__(self, other):
        return NotImplemented


print('reflected', sorted([W(3), W(1), W(2)]))

# inconsistent comparisons: some permutation, no crash
class Coin:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return r.random() < 0.5


for n in (10, 100, 1000, 10000):
    cs = sorted(Coin(i) for i in range(n))
    print('coin', n, sorted(c.v for c in cs) == list(range(n)))
nans = [r.choice([float('nan'), r.random()]) for _ in range(2000)]
print('nan', sorted(map(repr, sorted(nans))) == sorted(map(repr, nans)))

# a comparison that fails leaves the same items in the list
for n in (50, 500, 5000):
    count = 0

    class Boom:
        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            global count
            count += 1
            if count > n:
                raise ArithmeticError('boom %d' % n)
            return self.v < other.v

    bs = [Boom(r.randrange(100)) for _ in range(n)]
    before = sorted(b.v for b in bs)
    try:
        bs.sort()
    except ArithmeticError as e:
        print(e, sorted(b.v for b in bs) == before, len(bs))
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print(e)
