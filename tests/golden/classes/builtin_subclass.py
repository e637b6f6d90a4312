# Subclasses of built-in types
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2); print(s, s.peek(), len(s), s == [1, 2], type(s).__name__)
s.label = 'st'; print(s.label)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = v = []
        return v
d = DefaultDict(); d['a'].append(1); print(d, isinstance(d, dict))
class Money(int):
    def __repr__(self): return f'${int(self)}'
m = Money(5); print(m, m + 2, repr(m), m * 2, isinstance(m, int), hash(m) == hash(5))
class Upper(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
u = Upper('abc'); print(u, len(u), u + 'd', type(u).__name__, u.lower())
class Pt(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    def norm(self): return self[0] ** 2 + self[1] ** 2
pt = Pt(3, 4); print(pt, pt.norm(), len(pt))
class F(float):
    pass
print(F(1.5) + 1, type(F(2.0)).__name__)
class LL(list):
    def __len__(self): return 42
    def __getitem__(self, i): return 'item'
l = LL([1]); print(len(l), l[0])
class E(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = True
e = E(a=1); print(e, e.extra)
