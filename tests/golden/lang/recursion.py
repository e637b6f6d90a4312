import sys
def t(f):
    try:
        r = f()
        print('ok', type(r).__name__)
    except RecursionError as e:
        print('RecursionError:', e)
    except Exception as e:
        print(type(e).__name__ + ':', e)
def inf(n): return inf(n + 1)
t(lambda: inf(0))
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
t(lambda: mutual_a(0))
deep = []
for _ in range(100000):
    deep = [deep]
t(lambda: repr(deep))
t(lambda: str(deep))
deep2 = []
for _ in range(100000):
    deep2 = [deep2]
t(lambda: deep == deep2)
d = {}
for _ in range(100000):
    d = {'k': d}
t(lambda: repr(d))
tup = ()
for _ in range(100000):
    tup = (tup,)
t(lambda: repr(tup))
class R:
    def __repr__(self): return repr(self)
t(lambda: repr(R()))
class G:
    def __getattr__(self, name): return getattr(self, name)
t(lambda: G().x)
def key(v): return sorted([v], key=key)
t(lambda: sorted([1], key=key))
def mapper(v): return list(map(mapper, [v]))
t(lambda: mapper(1))
class E:
    def __eq__(self, o): return self == o
t(lambda: E() == E())
class I:
    def __init__(self): I()
t(lambda: I())
class Ad:
    def __add__(self, o): return self + o
t(lambda: Ad() + 1)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
n = depth(0)
print(900 < n < 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
print(depth(0) < 200)
sys.setrecursionlimit(1000)
t(lambda: sys.setrecursionlimit(0))
t(lambda: sys.setrecursionlimit(-5))
t(lambda: sys.setrecursionlimit('x'))
# still works after recovering
print(depth(0) > 900)
def deep_ok(n): return 0 if n == 0 else 1 + deep_ok(n - 1)
print(deep_ok(900))
