def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
def append_to(v, acc=[]):
    acc.append(v)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
calls = []
def default_src():
    calls.append(1)
    return len(calls)
def once(v=default_src()):
    return v
print(once(), once(), calls)
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{'c': 3, 'z': 0}))
def po(a, b, /, c, *, d):
    return a, b, c, d
print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4))
def kwonly(*, a, b=1): return a, b
def varargs(*args): return args
def kwargs(**kw): return kw
def pos0(): return 0
def pos1(a): return a
def pos2(a, b): return a, b
def def1(a, b=1): return a, b
def manyreq(a, b, c, d): pass
def mixed(a, b, *, c, d): pass
t(lambda: pos0(1)); t(lambda: pos0(1, 2)); t(lambda: pos1()); t(lambda: pos1(1, 2))
t(lambda: pos2()); t(lambda: pos2(1)); t(lambda: pos2(1, 2, 3)); t(lambda: def1())
t(lambda: def1(1, 2, 3)); t(lambda: manyreq(1)); t(lambda: manyreq()); t(lambda: mixed(1, 2))
t(lambda: mixed(1, 2, c=1)); t(lambda: mixed(1, 2, 3)); t(lambda: mixed(1, 2, 3, c=1, d=2))
t(lambda: kwonly()); t(lambda: kwonly(1)); t(lambda: kwonly(a=1, c=2)); t(lambda: kwonly(1, a=1))
t(lambda: pos1(b=1)); t(lambda: pos1(1, a=2)); t(lambda: pos2(1, a=2)); t(lambda: pos0(x=1))
t(lambda: po(a=1, b=2, c=3, d=4)); t(lambda: po(1, b=2, c=3, d=4)); t(lambda: po(1, 2, 3, 4))
t(lambda: varargs(a=1)); t(lambda: kwargs(1)); t(lambda: kwargs(**{'a': 1}, **{'a': 2}))
t(lambda: pos1(*5)); t(lambda: pos1(**5)); t(lambda: pos1(**{1: 2})); t(lambda: pos2(*[1], *[2]))
t(lambda: kwargs(**{'a': 1}, a=2)); t(lambda: def1(1, **{'b': 2, 'c': 3}))
t(lambda: def1(*(1, 2, 3)))
def pk(a, /, **kw): return a, kw
print(pk(1, a=2))
def lots(a, b, c=3, *args, d, e=5, **kw): pass
t(lambda: lots(1, d=1, b=2, a=0))
t(lambda: lots(1, 2, 3, 4, 5, e=1))
class M:
    def meth(self, x): return x
    @staticmethod
    def st(x): return x
    @classmethod
    def cm(cls, x): return cls.__name__, x
m = M()
t(lambda: m.meth()); t(lambda: m.meth(1, 2)); t(lambda: M.meth(1)); t(lambda: M.st())
t(lambda: m.cm()); t(lambda: M.cm(1)); t(lambda: m.meth(x=1, y=2)); t(lambda: M().meth(1, x=1))
t(lambda: (lambda: 0)(1)); t(lambda: (lambda a: 0)()); t(lambda: (lambda *, k: 0)())
# builtin argument errors
t(lambda: len()); t(lambda: len(1, 2)); t(lambda: len(5)); t(lambda: abs()); t(lambda: [].append())
t(lambda: [].append(1, 2)); t(lambda: {}.get()); t(lambda: 'x'.join()); t(lambda: isinstance(1))
t(lambda: print(sep=1)); t(lambda: int('3', base=1)); t(lambda: sorted([1], foo=1))
# attributes of functions
def documented(a, b=1, *, c=2):
    "the doc"
    return a
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_argcount, documented.__code__.co_name, documented.__module__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer().__name__)
documented.attr = 'custom'
print(documented.attr, documented.__dict__)
# recursion and closures
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([a(10) for a in make_adders()])
def make_adders2():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in make_adders2()])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc.__closure__ is not None, len(inc.__closure__), inc.__closure__[0].cell_contents)
print(fact.__closure__)
fs = []
for i in range(3):
    def g():
        return i
    fs.append(g)
print([h() for h in fs])
# decorators
def deco(fn):
    def wrapper(*a, **k):
        return 'deco(' + str(fn(*a, **k)) + ')'
    return wrapper
def deco_args(tag):
    def d(fn):
        def w(*a):
            return tag + ':' + str(fn(*a))
        return w
    return d
@deco
@deco_args('T')
def decorated(x):
    return x * 2
print(decorated(21))
order = []
def trace(name):
    order.append('make ' + name)
    def d(fn):
        order.append('apply ' + name)
        return fn
    return d
@trace('a')
@trace('b')
def traced(): pass
print(order)
def class_deco(cls):
    cls.added = True
    return cls
@class_deco
class Decorated: pass
print(Decorated.added)
@lambda fn: 'replaced'
def replaced(): pass
print(replaced)
# return in generator-free function
def multi():
    return 1, 2, 3
print(multi())
def noreturn(): x = 1
print(noreturn())
# keyword argument order preserved
print(kwargs(z=1, a=2, m=3))
# unpacking in calls
print(varargs(*range(3), *'ab', 9), kwargs(**{'a': 1}, b=2, **{'c': 3}))
# argument evaluation order
log = []
def L(v):
    log.append(v)
    return v
pos2(L(1), b=L(2))
print(log)
