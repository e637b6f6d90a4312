class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'V({self.v!r})'
    def __add__(self, o):
        if isinstance(o, V): return V(self.v + o.v)
        if isinstance(o, int): return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, int): return V(o + self.v)
        return NotImplemented
    def __iadd__(self, o):
        if isinstance(o, V):
            self.v += o.v
            return self
        return NotImplemented
    def __sub__(self, o): return NotImplemented
    def __mul__(self, o): return V(self.v * o)
    def __rmul__(self, o): return V(o * self.v * 10)
    def __neg__(self): return V(-self.v)
    def __pos__(self): return self
    def __abs__(self): return V(abs(self.v))
    def __invert__(self): return V(~self.v)
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o): return ('rpow', o)
    def __matmul__(self, o): return 'matmul'
    def __truediv__(self, o): return 'truediv'
    def __floordiv__(self, o): return 'floordiv'
    def __mod__(self, o): return 'mod'
    def __divmod__(self, o): return 'divmod'
    def __rdivmod__(self, o): return 'rdivmod'
    def __lshift__(self, o): return 'lshift'
    def __rshift__(self, o): return 'rshift'
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __rand__(self, o): return 'rand'
a, b = V(1), V(2)
print(a + b, a + 3, 3 + a, a * 2, 2 * a, -a, +a, abs(V(-3)), ~a)
print(a ** 2, pow(a, 2, 5), 2 ** a, a @ b, a / 1, a // 1, a % 1, divmod(a, 1), divmod(1, a))
print(a << 1, a >> 1, a & 1, 1 & a, a | 1, a ^ 1)
c = a
c += b
print(c, c is a)
c += 5
print(c, c is a)
for expr in ['a - b', 'a + "s"', '"s" + a', 'a - 1', '1 - a', 'a < b', 'a @ 1 @ None', 'None @ a', 'a | None | 3',
             '[] + a', 'a ** None', 'None ** a', '~V("s")', 'a[0]', 'len(a)', 'a()', 'iter(a)', 'next(a)',
             'abs(object())', '-object()', 'object() < 1', 'hash([])', 'divmod(None, a)', 'pow(a, 1, None)']:
    try:
        print(expr, '->', eval(expr))
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
x = V(1)
try:
    x -= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    x @= 2
    print(x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    x **= 2
    print(x)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(V):
    def __radd__(self, o): return 'Sub.radd'
    def __rmul__(self, o): return 'Sub.rmul'
print(V(1) + Sub(2), V(1) * Sub(2))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print('eq', self.v); return NotImplemented
    def __lt__(self, o): print('lt', self.v); return NotImplemented
    def __gt__(self, o): print('gt', self.v); return NotImplemented
print(Cmp(1) == Cmp(2))
print(Cmp(1) != Cmp(2))
try:
    Cmp(1) < Cmp(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Cmp(1) >= 3
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def __eq__(self, o): return True
try:
    hash(E())
except TypeError as e:
    print(type(e).__name__, e)
print(E.__hash__)
class H:
    __hash__ = None
try:
    {H()}
except TypeError as e:
    print(type(e).__name__, e)
class H2(E):
    def __hash__(self): return 7
print(hash(H2()))
class HB:
    def __hash__(self): return 'x'
try:
    hash(HB())
except TypeError as e:
    print(type(e).__name__, e)
class HBig:
    def __hash__(self): return 2**100
print(hash(HBig()))
class HM:
    def __hash__(self): return -1
print(hash(HM()))
class Bo:
    def __bool__(self): return 1
try:
    bool(Bo())
except TypeError as e:
    print(type(e).__name__, e)
class Le:
    def __len__(self): return -1
try:
    bool(Le())
except ValueError as e:
    print(type(e).__name__, e)
class Le2:
    def __len__(self): return 'a'
try:
    len(Le2())
except TypeError as e:
    print(type(e).__name__, e)
class Le3:
    def __len__(self): return 2**70
try:
    len(Le3())
except OverflowError as e:
    print(type(e).__name__, e)
class Le0:
    def __len__(self): return 0
print(bool(Le0()), not Le0())
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], bin(Idx()), 'ab' * Idx(), range(Idx()), hex(Idx()), int(Idx()))
class BadIdx:
    def __index__(self): return 'x'
try:
    [1][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __int__(self): return 5
    def __float__(self): return 2.5
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 9
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
import math
print(int(Num()), float(Num()), round(Num()), round(Num(), 2), math.trunc(Num()), math.floor(Num()), math.ceil(Num()))
class BadInt:
    def __int__(self): return 'x'
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
