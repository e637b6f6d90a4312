class Data:
    def __get__(self, obj, owner=None):
        return ('data-get', obj is None, owner.__name__)
    def __set__(self, obj, v):
        print('data-set', v)
    def __delete__(self, obj):
        print('data-del')
class NonData:
    def __get__(self, obj, owner=None):
        return 'nondata-get'
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, C.d, c.n, C.n)
c.__dict__['d'] = 'inst'
c.__dict__['n'] = 'inst-n'
print(c.d, c.n)
c.d = 5
del c.d
c.n = 'assigned'
print(c.n)
del c.n
print(c.n)
class GetOnly:
    def __get__(self, o, t): return 'g'
class SetOnly:
    def __set__(self, o, v): print('set-only', v)
class C2:
    g = GetOnly()
    s = SetOnly()
x = C2()
print(x.s is C2.__dict__['s'])
x.s = 1
x.__dict__['s'] = 'inst'
print(x.s)
try:
    del x.s
except AttributeError as e:
    print(type(e).__name__, e)
class SetName:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, o, t): return self.name if o else self
class Owner:
    a = SetName()
    b = SetName()
print(Owner().a, Owner().b)
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = Sl()
print(s.a, hasattr(s, '__dict__'), Sl.a.__name__, type(Sl.a).__name__)
try:
    s.b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.c = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del s.b
except AttributeError as e:
    print(type(e).__name__, e)
s.b = 2; del s.b
print(hasattr(s, 'b'))
class Sl2(Sl):
    pass
s2 = Sl2(); s2.c = 3
print(s2.__dict__, s2.a)
class Sl3(Sl):
    __slots__ = ('c',)
s3 = Sl3(); s3.c = 1; s3.a = 2
try:
    s3.d = 1
except AttributeError as e:
    print(type(e).__name__, e)
class SlD:
    __slots__ = ('__dict__', 'x')
sd = SlD(); sd.y = 1; sd.x = 2
print(sd.__dict__)
class SlW:
    __slots__ = ('__weakref__',)
import weakref
w = SlW()
r = weakref.ref(w)
print(r() is w)
class SlNoW:
    __slots__ = ()
try:
    weakref.ref(SlNoW())
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Bad2:
        __slots__ = ('a', 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad4:
        __slots__ = ('not valid',)
except TypeError as e:
    print(type(e).__name__, e)
class SlS:
    __slots__ = 'single'
print(SlS.__slots__, SlS().__class__.__name__)
class Mang:
    __slots__ = ('__priv',)
    def set(self): self.__priv = 1; return self.__priv
print(Mang().set(), '_Mang__priv' in dir(Mang))
try:
    class IntSl(int):
        __slots__ = ('a',)
except TypeError as e:
    print(type(e).__name__, e)
class TupSl(tuple):
    __slots__ = ()
print(TupSl((1, 2)), hasattr(TupSl(), '__dict__'))
class PropBase:
    @property
    def v(self): return 'base'
class PropSub(PropBase):
    v = 'shadow'
print(PropSub().v)
class ClsAttr:
    items = []
c1, c2 = ClsAttr(), ClsAttr()
c1.items.append(1)
print(c2.items, ClsAttr.items is c1.items)
c1.items = [2]
print(c1.items, c2.items)
