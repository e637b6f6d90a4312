class A:
    """doc A"""
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    def __repr__(self):
        return f"A({self.v})"
a = A(5)
print(a.get(), a, A.__doc__, A.__name__, A.__qualname__, A.__module__)
print(a.get)
print(type(a) is A, isinstance(a, A), A.__mro__)
class B(A):
    def get(self):
        return super().get() * 2
b = B(3)
print(b.get(), B.mro(), b.__dict__)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls): return cls.__name__
p = P(); p.x = 9; print(p.x, P.s(1), p.s(2), P.c(), p.c())
try:
    del p.x
except AttributeError as e: print(e)
class V:
    def __init__(self, a): self.a = a
    def __add__(self, o): return V(self.a + (o.a if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.a)
    def __eq__(self, o): return isinstance(o, V) and self.a == o.a
    def __lt__(self, o): return self.a < o.a
    def __len__(self): return self.a
    def __getitem__(self, i): return i * 2
    def __iter__(self): return iter([1,2,3])
    def __call__(self, *a, **k): return (a, k)
    def __bool__(self): return True
    def __repr__(self): return f"V({self.a})"
    def __hash__(self): return hash(self.a)
v = V(2)
print(v + 1, 1 + v, v + v, v == V(2), v < V(3), len(v), v[4], list(v), v(1, k=2), bool(v), hash(v) == hash(2))
print(sorted([V(3), V(1), V(2)]))
class E(ValueError):
    pass
try:
    raise E("bad")
except ValueError as e:
    print(type(e), e, repr(e))
class H:
    def __eq__(self, o): return True
try: hash(H())
except TypeError as e: print(e)
