class S(str):
    pass
s = S('abc')
s.tag = 1
print(s, s.tag, s.__dict__, type(s + 'x').__name__, type(s.upper()).__name__, s == 'abc', hash(s) == hash('abc'))
class I(int):
    pass
i = I(5); i.note = 'n'
print(i, i.note, i + 1, type(i + 1).__name__, repr(i), i.__dict__)
class T(tuple):
    pass
t = T((1, 2)); t.x = 3
print(t, t.x, t.__dict__, type(t[:1]).__name__)
class B(bytes): pass
b = B(b'ab'); b.y = 2
print(b, b.y)
class Big(int):
    def __repr__(self): return 'Big!'
print(Big(2**100), str(Big(2**100)), [Big(3)], f'{Big(3)}', '%d' % Big(3))
class F(float):
    pass
f = F(1.5); f.z = 1
print(f, f.z, f * 2)
class Up(str):
    def __str__(self): return 'custom'
    def upper(self): return 'UP'
u = Up('low')
print(u, str(u), '%s' % u, f'{u}', u.upper(), 'x' + u, u + 'x', print is print)
class NS(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip())
    def __init__(self, v):
        self.orig = v
n = NS('  hi ')
print(repr(n), n.orig, len(n))
class MyInt(int):
    def __new__(cls, v, extra=0):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
    def __add__(self, o): return MyInt(int(self) + int(o), self.extra)
m = MyInt(3, extra=7)
print(m, m.extra, (m + 1).extra, 1 + m, type(1 + m).__name__, sum([m, m]))
class L(list):
    def append(self, x):
        super().append(('wrapped', x))
l = L(); l.append(1); l.extend([2]); l += [3]
print(l, type(l).__name__, type(l + l).__name__, type(l[:]).__name__, type(l * 2).__name__)
class Dd(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
d = Dd(a=1); d['b'] = 2; d.update(c=3); d.setdefault('e', 4)
print(d, Dd.fromkeys('ab', 1), type(Dd.fromkeys('ab', 1)).__name__, type(d.copy()).__name__)
class St(set):
    pass
st = St([1, 2])
print(type(st | {3}).__name__, type(st.copy()).__name__, st == {1, 2}, St([1]))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self): return f'E<{self.args[0]},{self.b}>'
try:
    raise E(1, 2)
except E as e:
    print(e, repr(e), e.args, e.b)
class E2(ValueError):
    pass
print(repr(E2('x', 2)), str(E2()), str(E2('only')), E2('a').args)
class E3(KeyError): pass
print(str(E3('k')), str(KeyError('k', 'l')))
class E4(Exception):
    def __init__(self): pass
print(repr(E4()), E4().args)
e = E4(); e.args = ('set',)
print(e, repr(e))
class E5(OSError): pass
x = E5(2, 'No such file')
print(x.errno, x.strerror, str(x), type(x).__name__)
print(type(OSError(2, 'x')).__name__)
class Inty(int):
    def __eq__(self, o): return 'eq!'
    __hash__ = int.__hash__
print(Inty(1) == 1, 1 == Inty(1), {Inty(1): 'v'}[1])
class SortMe(int):
    def __lt__(self, o): return int(self) > int(o)
print(sorted([SortMe(1), SortMe(3), SortMe(2)]))
class Boolish(int):
    def __bool__(self): return False
print(bool(Boolish(5)), 'yes' if Boolish(5) else 'no')
