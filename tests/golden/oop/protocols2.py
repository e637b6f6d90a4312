class Seq:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if isinstance(k, slice): return ('slice', k.start, k.stop, k.step)
        if k >= 3: raise IndexError(k)
        return k * 10
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
    def __len__(self): return 3
s = Seq()
print(s[1], s[1:2], s[::3], s[1:2, 3] if False else '', list(s), 20 in s, 5 in s, list(reversed(s)))
s[0] = 1; s[1:2] = 'ab'; del s[5]; del s[:]
a, b, c = s
print(a, b, c)
try:
    x, y = s
except ValueError as e:
    print(type(e).__name__, e)
class Cont:
    def __contains__(self, x): return x == 'y'
    def __iter__(self): return iter('abc')
print('y' in Cont(), 'a' in Cont(), 'a' not in Cont(), list(Cont()), sorted(Cont(), reverse=True))
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for i in BadIter(): pass
except TypeError as e:
    print(type(e).__name__, e)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), next(It()), next(iter(It())), sum(It()), max(It()), dict(zip(It(), It())))
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rev())))
try:
    reversed(object())
except TypeError as e:
    print(type(e).__name__, e)
class Miss(dict):
    def __missing__(self, k): return k * 2
m = Miss(a=1)
print(m['a'], m['bb'], m.get('bb'), 'bb' in m, m)
class D(dict):
    def __getitem__(self, k): return 'over-' + str(k)
d = D(x=1)
print(d['x'], d.get('x'), dict(d), list(d.values()), {**d}, '%(x)s' % d, '{x}'.format_map(d))
class L(list):
    def __len__(self): return 99
    def __iter__(self): return iter([7, 8])
l = L([1, 2])
print(len(l), list(l), l[:], [*l], sorted(l), l + [3], bool(L()), tuple(l), str(l), l == [1, 2])
class Call:
    def __call__(self, *a, **k): return (a, k)
print(Call()(1, x=2), callable(Call()), callable(Call))
try:
    object()()
except TypeError as e:
    print(type(e).__name__, e)
class GA:
    def __init__(self): self.real = 1
    def __getattr__(self, n):
        if n.startswith('_'): raise AttributeError(n)
        return 'ga-' + n
g = GA()
print(g.real, g.fake, getattr(g, 'x', 'dflt'), hasattr(g, '_p'), getattr(g, '_q', 'dd'))
class GAB:
    def __getattribute__(self, n):
        if n == 'boom': raise KeyError('k')
        if n == 'miss': raise AttributeError('miss!')
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return 'fallback-' + n
gb = GAB()
print(gb.miss, gb.__class__.__name__)
try:
    gb.boom
except KeyError as e:
    print(type(e).__name__, e)
class SA:
    def __setattr__(self, n, v):
        print('setattr', n, v)
        object.__setattr__(self, n, v * 2)
    def __delattr__(self, n):
        print('delattr', n)
        object.__delattr__(self, n)
sa = SA()
sa.x = 3
print(sa.x, sa.__dict__)
del sa.x
try:
    del sa.x
except AttributeError as e:
    print(type(e).__name__, e)
setattr(sa, 'y', 1); delattr(sa, 'y')
try:
    object.__setattr__(1, 'x', 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(sa, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(sa, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.x = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.upper = 1
except AttributeError as e:
    print(type(e).__name__, e)
class CM:
    def __init__(self, sup): self.sup = sup
    def __enter__(self): print('enter'); return 'val'
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v, tb is not None)
        return self.sup
with CM(True) as v:
    print(v)
    raise ValueError('suppressed')
print('after')
try:
    with CM(False):
        raise KeyError('kept')
except KeyError as e:
    print(type(e).__name__, e)
with CM(0) as v, CM(1) as w:
    print(v, w)
try:
    with object():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self): pass
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __repr__(self): return 'R!'
class S:
    def __str__(self): return 'S!'
class F:
    def __format__(self, spec): return 'F[' + spec + ']'
print(R(), str(R()), [R()], S(), f'{F():>10}', format(F(), 'x'), f'{F()!r:.3}'[:3], '{:q}'.format(F()))
class BadR:
    def __repr__(self): return 5
try:
    repr(BadR())
except TypeError as e:
    print(type(e).__name__, e)
class BadS:
    def __str__(self): return None
try:
    str(BadS())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    f'{R():x}'
except TypeError as e:
    print(type(e).__name__, e)
class BadF:
    def __format__(self, s): return 1
try:
    format(BadF())
except TypeError as e:
    print(type(e).__name__, e)
print(format(S()), '{}'.format(S()), '%s %r' % (S(), R()))
