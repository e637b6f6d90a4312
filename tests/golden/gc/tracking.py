# Which objects the collector tracks (CPython's rules).
import gc

print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked(None), gc.is_tracked(1.5))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}))
d = {}
print(gc.is_tracked(d))
d['x'] = 1
print(gc.is_tracked(d))
d['y'] = [1]
print(gc.is_tracked(d))
print(gc.is_tracked(set()), gc.is_tracked(frozenset()))
print(gc.is_tracked(int), gc.is_tracked(len))
class C: pass
print(gc.is_tracked(C), gc.is_tracked(C()))
t = (1, 2, "three")
n = 3
u = (n, [n])
v = (n, n + 1)
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(v))
w = ((n,), (n + 1,))
gc.collect()
print(gc.is_tracked(w))
print(gc.is_tracked(lambda: 0))
def gen():
    yield 1
print(gc.is_tracked(gen()))
print(gc.is_finalized(C()))
