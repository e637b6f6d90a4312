# Deep recursion inside a generator raises RecursionError against the
# generator's own stack; recursive yield from too.
def deep(n):
    return deep(n + 1)

def gen():
    yield 1
    deep(0)

g = gen()
print(next(g))
try:
    next(g)
except RecursionError as e:
    print("in generator:", e)

def rgen(n):
    yield from rgen(n + 1)

try:
    list(rgen(0))
except RecursionError as e:
    print("yield from:", type(e).__name__)

def rfor(n):
    for v in rfor(n + 1):
        yield v

try:
    next(rfor(0))
except RecursionError as e:
    print("for over itself:", type(e).__name__)

print(sum(x for x in range(10)))
