class A:
    def who(self): return ['A']
class B(A):
    def who(self): return ['B'] + super().who()
class C(A):
    def who(self): return ['C'] + super().who()
class D(B, C):
    def who(self): return ['D'] + super().who()
print([k.__name__ for k in D.__mro__], D().who())
print(D.mro() == list(D.__mro__))
for bases in [('A', 'B'), ]:
    pass
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Z2(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
class O1: pass
class O2: pass
class P(O1, O2): pass
class Q(O2, O1): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class S(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class T(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    @classmethod
    def make(cls): return cls.__name__
    @property
    def p(self): return 'base-p'
class Der(Base):
    @classmethod
    def make(cls): return 'der+' + super().make()
    @property
    def p(self): return 'der+' + super().p
print(Der.make(), Der().p)
print(super(Der, Der()).p, super(Der, Der).make())
s = super(Der, Der())
print(s.__thisclass__ is Der, type(s.__self__) is Der, s.__self_class__ is Der)
try:
    super(Der, 1)
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class M:
    def m(self):
        return __class__
    def n(self):
        def inner():
            return __class__
        return inner()
print(M().m() is M, M().n() is M)
class Ini:
    seen = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Ini.seen.append((cls.__name__, tag))
class I1(Ini, tag='one'): pass
class I2(I1): pass
print(Ini.seen)
try:
    class I3(Ini, bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class I4(object, bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class SN:
    def __set_name__(self, owner, name):
        self.name = (owner.__name__, name)
class Own:
    d = SN()
print(Own.d.name)
print(super(B, D()).who())
class Sup(list):
    def append(self, x):
        super().append(x * 2)
s = Sup(); s.append(3); print(s)

print(object.__subclasshook__() if False else 'ok')
print(issubclass(D, (int, A)), isinstance(D(), C))
