class C:
    def __init__(self, v): self.v = v
def add(a, b): return C(a.v + b.v)
C.__add__ = add
print((C(1) + C(2)).v)
C.__repr__ = lambda self: 'C<%d>' % self.v
print(C(3))
del C.__repr__
print(repr(C(3)).startswith('<__main__.C object'))
C.__len__ = lambda self: 5
print(len(C(1)), bool(C(0)))
class C: pass
class D(C): pass
print(repr(D())[:20], str(C())[:20])
class E(Exception): pass
print(repr(E(1)))
