# Infinite generators consumed with manual breaks and islice-like helpers.

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

def islice(it, start, stop, step=1):
    i = 0
    nxt = start
    for x in it:
        if i >= stop:
            return
        if i == nxt:
            yield x
            nxt += step
        i += 1

def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(take(5, naturals()))
print(take(3, naturals(10)))
print(list(islice(naturals(), 2, 20, 5)))
print(list(takewhile(lambda v: v < 100, fib())))
print(take(10, primes()))
print(list(islice(fib(), 90, 92)))

# manual next() with a counter
g = naturals()
for _ in [1, 2, 3]:
    next(g)
print("fourth:", next(g))

# while loop with a break on a condition
total = 0
for sq in (n * n for n in naturals(1)):
    if sq > 200:
        break
    total += sq
print("sum of squares up to 200:", total)

# pipelines of infinite generators
evens = (n for n in naturals() if n % 2 == 0)
halves = (e // 2 for e in evens)
print(take(5, halves))

def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s
print(take(6, running_sum(naturals(1))))

# zip stops at the shortest
print(list(zip("abc", naturals())))
print(list(zip(naturals(), naturals(100), "xy")))
print(list(enumerate(take(3, fib()))))

# a cycling generator
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle("ab")))

# a coroutine-style accumulator driven by send
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print("average:", a.send(v))
a.close()

# many iterations through a generator
print(sum(islice(naturals(), 0, 100000)))
