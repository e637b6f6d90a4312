# Descriptors: property, staticmethod, classmethod, data vs non-data precedence
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v): self._c = v
    @c.deleter
    def c(self): print('deleting'); self._c = None
t = Temp(); t.c = 5; print(t.c, Temp.c.__doc__); del t.c; print(t.c)
class RO:
    @property
    def x(self): return 1
for op in ('set', 'del'):
    try:
        if op == 'set': RO().x = 2
        else: del RO().x
    except AttributeError as e: print(e)
class NoGet:
    y = property()
try: NoGet().y
except AttributeError as e: print(e)
class Data:
    def __get__(self, obj, typ): return ('data', obj is None, typ.__name__)
    def __set__(self, obj, v): print('set via descriptor', v)
class NonData:
    def __get__(self, obj, typ): return 'nondata'
class H:
    d = Data()
    n = NonData()
h = H()
h.__dict__['d'] = 'inst'
h.__dict__['n'] = 'inst'
print(h.d, h.n, H.d, H.n)
h.d = 7
class Named:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ): return self.name
class UsesNamed:
    foo = Named()
print(UsesNamed().foo)
class SM:
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls, x): return (cls.__name__, x)
class SM2(SM): pass
print(SM.s(2), SM().s(3), SM2.c(1), SM2().c(2))
print(type(SM.__dict__['s']).__name__, type(SM.__dict__['c']).__name__)
print(SM.__dict__['s'].__func__ is SM.s)
class Counter:
    count = 0
    def __init__(self): Counter.count += 1
Counter(); Counter(); print(Counter.count)
a = Counter(); a.count = 10; print(a.count, Counter.count)
class M:
    def f(self): return 1
m = M()
bm = m.f
print(bm(), bm.__self__ is m, bm.__func__ is M.f, M.f(m), bm == m.f)
m.f = lambda: 'shadow'
print(m.f())
