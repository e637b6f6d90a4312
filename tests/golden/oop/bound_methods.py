# bound methods, staticmethod/classmethod/property, type(), qualnames
class A:
    """A doc"""
    x = 1
    def f(self, y=2):
        "f doc"
        return (self.x, y)
    @staticmethod
    def s(a):
        "s doc"
        return a * 2
    @classmethod
    def c(cls, a):
        return (cls.__name__, a)
    @property
    def p(self):
        "p doc"
        return self._p if hasattr(self, '_p') else 'unset'
    @p.setter
    def p(self, v):
        self._p = v
    @p.deleter
    def p(self):
        del self._p
    class Inner:
        def meth(self):
            pass

a = A()
m = a.f
print(m.__self__ is a, m.__func__ is A.f, m())
print(a.f == a.f, a.f is a.f, a.f == A().f, hash(a.f) == hash(a.f))
print(A.f.__qualname__, A.Inner.__qualname__, A.Inner.meth.__qualname__, A.Inner.__name__)
print(A.__module__, A.__doc__, A.f.__doc__, A.s.__doc__, A.p.__doc__)
print(A.s(3), a.s(4), A.c(1), a.c(2))
print(type(A.__dict__['s']).__name__, type(A.__dict__['c']).__name__, type(A.__dict__['p']).__name__)
print(A.__dict__['s'].__func__ is A.s, A.c.__self__ is A)
print(a.p); a.p = 5; print(a.p); del a.p; print(a.p)
try:
    del a.p
except AttributeError as e:
    print(type(e).__name__, e)
class RO:
    @property
    def r(self): return 1
try:
    RO().r = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del RO().r
except AttributeError as e:
    print(type(e).__name__, e)
def f(self): return 'f' + self.name
B = type('B', (A,), {'name': 'bee', 'g': f})
b = B()
print(B.__name__, B.__qualname__, B.__bases__ == (A,), b.g(), b.f(), B.__mro__ == (B, A, object))
print(B.__module__)
try:
    type('X', (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X')
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (), {}, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(type(5) is int, type(a) is A)
a.x = 10
print(a.x, A.x, a.__dict__)
del a.x
print(a.x)
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(A.f(a, 7))
try:
    A.f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.s()
except TypeError as e:
    print(type(e).__name__, e)
sm = staticmethod(len)
print(sm.__func__ is len, sm.__wrapped__ is len if hasattr(sm, '__wrapped__') else 'nw')
class K:
    def __init__(self): self.v = 1
    def __eq__(self, o): return True
    __hash__ = object.__hash__
k1, k2 = K(), K()
print(k1.__init__ == k2.__init__)
print(repr(A.c)[:30])
print(a.f.__name__, a.f.__qualname__, a.f.__doc__)
try:
    a.f.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(A.__dict__['f'].__get__(a)())
print(A.__dict__['f'].__get__(None, A) is A.__dict__['f'])
print(A.__dict__['c'].__get__(a)(9))
print(A.__dict__['s'].__get__(a)(9))
print(A.p.fget.__name__, A.p.fset.__name__, A.p.fdel.__name__)
print(property().fget, property(doc='d').__doc__)
try:
    property()(1)
except TypeError as e:
    print(type(e).__name__, e)
class G:
    @property
    def g(self):
        raise AttributeError('inner')
    def __getattr__(self, n):
        return 'ga:' + n
print(G().g, G().other)
