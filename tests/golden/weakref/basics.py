# weakref.ref, callbacks, equality and hash, proxies, WeakValueDictionary,
# WeakKeyDictionary, WeakSet, finalize, and a callback run by the collector.
import weakref, gc
class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'C(%d)' % self.n
c = C(1)
r = weakref.ref(c)
print(r() is c, weakref.ref(c) is r, weakref.getweakrefcount(c))
def cb(wr):
    print('callback', wr is r2, wr())
r2 = weakref.ref(c, cb)
print(r2.__callback__ is cb, weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
print(r == r2, hash(r) == hash(c))
del c
print(r(), r2(), r2.__callback__)
for o in (1, 'a', (), [], {}, None):
    try: weakref.ref(o)
    except TypeError as e: print(e)
print(weakref.ref(set()) is not None)
d = weakref.WeakValueDictionary()
a = C(2); b = C(3)
d['a'] = a; d['b'] = b
print(sorted(d.keys()), len(d))
del a
print(sorted(d.keys()), len(d), 'b' in d, 'a' in d)
k = weakref.WeakKeyDictionary()
x = C(4)
k[x] = 'four'
print(len(k), k[x])
del x
print(len(k))
s = weakref.WeakSet()
y = C(5); z = C(6)
s.add(y); s.add(z)
print(len(s), y in s)
del y
print(len(s))
p = weakref.proxy(z)
print(p.n, p)
del z, s
try: p.n
except ReferenceError as e: print('ReferenceError:', e)
def fin(msg): print('finalized', msg)
o = C(7)
f = weakref.finalize(o, fin, 'o')
print(f.alive)
del o
print(f.alive)
# weakref callback during collection
class N: pass
a = N(); a.self = a
w = weakref.ref(a, lambda wr: print('cb during gc'))
del a
print('collect', gc.collect())
print(w())
