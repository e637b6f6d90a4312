class MyList(list):
    def first(self): return self[0]
l = MyList([3, 1, 2]); l.append(5); l.tag = 'x'
print(l, len(l), l.first(), l.tag, type(l), sorted(l), isinstance(l, list))
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d['a'], d['zz'], d)
class MyInt(int):
    def double(self): return self * 2
i = MyInt(21); print(i, i.double(), i + 1, type(i + 1), repr(i))
class S(str):
    def shout(self): return self.upper() + "!"
s = S("hi"); print(s, s.shout(), len(s), s == "hi")
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
o = Sl(); print(o.a)
try: o.c = 1
except AttributeError as e: print(e)
try: o.b
except AttributeError as e: print(e)
print(hasattr(o, '__dict__'))
class G:
    def __getattr__(self, n): return n.upper()
print(G().foo)
class GA:
    def __getattribute__(self, n):
        if n == 'x': return 42
        return object.__getattribute__(self, n)
print(GA().x)
class SA:
    def __setattr__(self, n, v):
        print('set', n, v); object.__setattr__(self, n, v)
sa = SA(); sa.q = 3; print(sa.q)
class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, t, v, tb): print('exit', t.__name__ if t else None); return True
with CM() as c:
    raise KeyError(1)
print('after')
class Del:
    def __del__(self): print('del called')
x = Del(); del x
print('--')
class A: pass
class B(A): pass
try:
    class Z(A, B): pass
except TypeError as e: print(e)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag='t'): pass
print(Sub.tag)
class Idx:
    def __index__(self): return 2
print([1,2,3][Idx()], range(10)[Idx()])
class L:
    def __len__(self): return "x"
try: len(L())
except TypeError as e: print(e)
class It:
    def __iter__(self): return 1
try: iter(It())
except TypeError as e: print(e)
class Bo:
    def __bool__(self): return 1
try: bool(Bo())
except TypeError as e: print(e)
C2 = type('C2', (A,), {'x': 5})
print(C2, C2.x, C2.__mro__)
class N:
    def __neg__(self): return 'neg'
    def __iadd__(self, o): return 'iadd'
n = N(); print(-n); n += 1; print(n)
class Ctr:
    def __contains__(self, x): return x == 1
print(1 in Ctr(), 2 in Ctr())
class F:
    def __format__(self, spec): return 'F' + spec
print(f"{F():>5}", format(F(), 'x'))
class Str:
    def __str__(self): return 'S!'
print(Str(), str(Str()))
