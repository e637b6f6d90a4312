# The functools module.
import functools
from functools import reduce, partial, wraps, lru_cache, cmp_to_key, total_ordering, cached_property
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
print(sq(5), sq(5, mod=7), sq.func is power, sq.args, sq.keywords)
p2 = partial(partial(power, 2), 8)
print(p2(), p2.args)
print(repr(partial(max, 1, key=abs)))
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) * 2
    return inner
@deco
def twice(x):
    """Double x."""
    return x
print(twice(4), twice.__name__, twice.__doc__, twice.__wrapped__(4))
calls = []
@lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 10
print(f(1), f(2), f(1), f(3), f(2), f(1))
print(calls, f.cache_info())
f.cache_clear()
print(f.cache_info(), f.cache_info().hits)
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.cache
def sq2(x):
    return x * x
print(sq2(3), sq2(3), sq2.cache_info())
@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a))))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(1) <= V(0))
try:
    @total_ordering
    class W:
        pass
except ValueError as e:
    print(e)
class C:
    n = 0
    @cached_property
    def val(self):
        C.n += 1
        return 42
c = C()
print(c.val, c.val, C.n, 'val' in c.__dict__)
