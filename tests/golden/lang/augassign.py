# Augmented assignment semantics
x = [1, 2]
y = x
x += [3]
print(x, y, x is y)
x = x + [4]
print(x, y, x is y)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = 'ab'
s2 = s
s += 'c'
print(s, s2)
n = 5
n -= 2; print(n)
n *= 3; print(n)
n //= 2; print(n)
n **= 2; print(n)
n %= 7; print(n)
n <<= 3; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 15; print(n)
f = 7.0
f /= 2; print(f)
f @ 1 if False else None
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v)
    def __imatmul__(self, o):
        self.v += o.v
        return self
    def __repr__(self): return 'M(%r)' % self.v
m = M(2)
m2 = m
m @= M(3)
print(m, m is m2)
m = m @ M(10)
print(m, m2)
class NoI:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print('add')
        return NoI(self.v + o)
a = NoI(1)
b = a
a += 5
print(a.v, b.v, a is b)
class RetNI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fallback add'
r = RetNI()
r += 1
print(r)
def tryit(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
def tupitem():
    t = ([1], 2)
    try:
        t[0] += [2]
    except TypeError as e:
        print(type(e).__name__, e)
    print(t)
tupitem()
def tup2():
    t = (1, 2)
    t[0] += 1
tryit(tup2)
def strplus():
    s = 'a'
    s += 1
tryit(strplus)
def intplus():
    n = 1
    n += 'a'
tryit(intplus)
def listplus():
    l = []
    l += 5
tryit(listplus)
def listplus2():
    l = []
    l += 'ab'
    l += (1, 2)
    l += {3: 4}
    print(l)
tryit(listplus2)
def unbound():
    zz += 1
tryit(unbound)
def nonedivide():
    v = None
    v /= 2
tryit(nonedivide)
def listsub():
    l = [1]
    l -= [1]
tryit(listsub)
def listmul():
    l = [1, 2]
    ll = l
    l *= 2
    print(l, ll is l)
    l *= 0
    print(l, ll)
tryit(listmul)
def dictor():
    d = {1: 2}
    e = d
    d |= {3: 4}
    print(d, e is d)
tryit(dictor)
def setops():
    s = {1, 2}
    s2 = s
    s |= {3}
    s &= {1, 3}
    s -= {1}
    s ^= {5}
    print(sorted(s), s is s2)
tryit(setops)
# augmented assignment on attribute and subscript evaluates target once
log = []
class O:
    def __init__(self): self._v = 1
    @property
    def v(self):
        log.append('get')
        return self._v
    @v.setter
    def v(self, val):
        log.append('set')
        self._v = val
o = O()
o.v += 5
print(o._v, log)
def idx():
    log.append('idx')
    return 0
lst = [10]
lst[idx()] += 1
print(lst, log)
d = {}
def dkey():
    d['k'] += 1
tryit(dkey)
