# Operator and protocol dunders, reflection, NotImplemented, in-place forms
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return 'V%r' % (self.c,)
    def __add__(self, o):
        if not isinstance(o, V): return NotImplemented
        return V(*[a + b for a, b in zip(self.c, o.c)])
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self): return V(*[-a for a in self.c])
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __lt__(self, o): return abs(self) < abs(o)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __pow__(self, n, mod=None): return ('pow', n, mod)
    def __truediv__(self, k): return V(*[a / k for a in self.c])
    def __floordiv__(self, k): return V(*[a // k for a in self.c])
    def __mod__(self, k): return V(*[a % k for a in self.c])
    def __bool__(self): return any(self.c)
a, b = V(1, 2), V(3, 4)
print(a + b, 2 * a, a * 3, -a, abs(b), a == V(1, 2), a != b, a < b, a > b, a @ b)
print(sum([a, b]), a ** 2, pow(a, 2, 5), b / 2, b // 2, b % 3, bool(V(0, 0)), {a, V(1, 2)})
try: a + 1
except TypeError as e: print(e)
try: a < 1
except (TypeError, AttributeError) as e: print(type(e).__name__)
try: a - b
except TypeError as e: print(e)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x): self.items.append(x); return self
acc = Acc(); acc += 1; acc += 2; print(acc.items)
class OnlyAdd:
    def __add__(self, o): return 'added'
x = OnlyAdd(); x += 1; print(x)
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
print(Base() + Sub(), Sub() + Base())
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1))
class Gt:
    def __gt__(self, o): return 'gt called'
print(1 < Gt())
class Seq:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
    def __contains__(self, k): return k in self.d
s = Seq(); s['a'] = 1; s['b'] = 2; del s['a']; print(len(s), 'b' in s, 'a' in s, s['b'], bool(Seq()))
try: s['zz']
except KeyError as e: print('KeyError', e)
class Count:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Count(3)), [x for x in Count(2)], sum(Count(4)))
class Rev:
    def __reversed__(self): return iter('cba')
print(list(reversed(Rev())))
class GetItemIter:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(list(GetItemIter()), 20 in GetItemIter())
class Conv:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
print(int(Conv()), float(Conv()), [0, 1, 2, 3][Conv()], bin(Conv()))
class Call:
    def __call__(self, a, b=2, *rest, **kw): return (a, b, rest, kw)
print(Call()(1), Call()(1, 3, 4, z=5))
class Ctx:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self): print('enter'); return 'val'
    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None, ev)
        return self.suppress
with Ctx(True) as v:
    print('body', v)
    raise ValueError('boom')
try:
    with Ctx(False):
        raise KeyError('k')
except KeyError as e: print('propagated', e)
class R:
    def __repr__(self): return 'R()'
    def __str__(self): return 'str-R'
    def __format__(self, spec): return 'fmt:' + spec
print(R(), repr(R()), str(R()), f'{R()}', f'{R()!r}', f'{R():>3}', [R()])
class BadRepr:
    def __repr__(self): return 3
try: repr(BadRepr())
except TypeError as e: print(e)
class BadInit:
    def __init__(self): return 5
try: BadInit()
except TypeError as e: print(e)
class BadBool:
    def __bool__(self): return 'yes'
try:
    if BadBool(): pass
except TypeError as e: print(e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class StrLen:
    def __len__(self): return 'x'
try: len(StrLen())
except TypeError as e: print(e)
class NotIter:
    def __iter__(self): return 5
try: iter(NotIter())
except TypeError as e: print(e)
class EqOnly:
    def __eq__(self, o): return True
try: hash(EqOnly())
except TypeError as e: print(e)
print(EqOnly.__hash__)
class GA:
    def __init__(self): self.real = 1
    def __getattr__(self, n): return 'computed ' + n
g = GA(); print(g.real, g.virtual)
class Logged:
    def __setattr__(self, n, v):
        print('setattr', n, v)
        super().__setattr__(n, v)
    def __delattr__(self, n):
        print('delattr', n)
        super().__delattr__(n)
lg = Logged(); lg.a = 1; del lg.a; print(hasattr(lg, 'a'))
class New:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        inst = super().__new__(cls)
        inst.made = True
        return inst
    def __init__(self, x): print('init', x)
n = New(4); print(n.made)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Other:
    def __new__(cls): return 42
print(Other())
