# Inheritance: C3 MRO, super() forms, isinstance/issubclass, diamond
class A:
    def who(self): return ['A']
class B(A):
    def who(self): return ['B'] + super().who()
class C(A):
    def who(self): return ['C'] + super().who()
class D(B, C):
    def who(self): return ['D'] + super(D, self).who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
print(isinstance(D(), (int, C)), issubclass(D, (B, str)), issubclass(D, A), issubclass(A, D))
print(D.__bases__, D.__base__, A.__bases__)
class O: pass
class X(O): pass
class Y(O): pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__])
for bases in [(O, X), (X, X)]:
    try:
        type('Bad', bases, {})
    except TypeError as e:
        print('TypeError:', e)
try:
    class Q(bool): pass
except TypeError as e: print(e)
try:
    class Q(list, dict): pass
except TypeError as e: print(e)
class Base:
    def __init__(self, x):
        self.x = x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
c = Child(1, 2); print(c.x, c.y, vars(c))
class Outer:
    class Inner:
        def f(self): return super().__repr__ is not None
    def g(self):
        def inner():
            return __class__
        return inner()
print(Outer.Inner.__qualname__, Outer.Inner().f(), Outer().g() is Outer)
class S1:
    def m(self): return 'S1.m'
    @classmethod
    def cm(cls): return 'cm of ' + cls.__name__
class S2(S1):
    def m(self): return 'S2>' + super().m()
    @classmethod
    def cm(cls): return 'S2>' + super().cm()
print(S2().m(), S2.cm(), super(S2, S2()).m())
print(repr(super(S2, S2())).startswith('<super: <class'))
class Reg:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Reg.registry.append(cls.__name__)
class R1(Reg): pass
class R2(R1): pass
print(Reg.registry)
try:
    class R3(A, flavour=1): pass
except TypeError as e: print(e)
def f():
    return super()
try: f()
except RuntimeError as e: print('RuntimeError:', e)
T = type('T', (A,), {'k': 3, 'who': lambda self: ['T']})
print(T().who(), T.k, T.__name__, type(T), type(T()) is T)
print(type(3), type('x') is str)
