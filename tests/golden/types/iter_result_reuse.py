# enumerate and zip reuse their result tuple while nothing else holds it
# (CPython's optimisation): refcounts, identity, finalizer order, strict
# zip errors, the collector's view of the cached tuple.
import sys, gc
a = [1, 2, 3]; b = 'xyz'
z = zip(a, b)
t = next(z); print(t, sys.getrefcount(t))
t2 = next(z); print(t2, sys.getrefcount(t2), t is t2)
del t, t2
t3 = next(z); print(t3, sys.getrefcount(t3))
print(list(zip(a, b)), list(enumerate(b)), list(enumerate(a, 10)))
e = enumerate('ab'); x = next(e); print(x, sys.getrefcount(x)); y = next(e); print(y, x is y)
ids = set()
for i, (p, q) in enumerate(zip(range(100), range(100))):
    pass
print(i, p, q)
r = [t for t in zip(a, b)]; print(r)
r = [t for t in enumerate(a)]; print(r)
class D:
    def __del__(self): print('del', id(self) > 0)
def g():
    yield D(); print('g1'); yield D(); print('g2')
for x in zip(g(), 'ab'):
    print('got', type(x[0]).__name__)
for x in enumerate(g()):
    print('egot', x[0])
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as ex: print(ex)
try:
    list(zip([1], [1, 2], [3], strict=True))
except ValueError as ex: print(ex)
print(list(zip()), list(zip([1])), list(zip(*[[1, 2]] * 10)))
# cycles through the cached tuple
class C: pass
c = C(); c.z = zip([c], [c]); next(c.z); del c; print(gc.collect() > 0)
c = C(); c.e = enumerate([c]); next(c.e); del c; print(gc.collect() > 0)
z = zip([[1]], [2]); t = next(z); del t
print(gc.is_tracked(next(zip([1],[2]))), gc.is_tracked(next(zip([[1]],[2]))))
e = enumerate(range(2**63 - 2, 2**63 + 2), 2**63 - 2)
print(list(e))
print(list(enumerate('abc', start=-2)))
