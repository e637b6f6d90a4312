# Name resolution: LEGB, global/nonlocal, class scope, comprehension scope
x = 'global'
def f():
    return x
print(f())
def g():
    x = 'local'
    def h():
        return x
    return h()
print(g())
def shadow():
    len = lambda s: 42
    return len([1, 2])
print(shadow(), len([1, 2]))
def setg():
    global x
    x = 'changed'
setg()
print(x)
def newglobal():
    global brand_new
    brand_new = 5
newglobal()
print(brand_new)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
class K:
    attr = 10
    def m(self):
        try:
            return attr
        except NameError as e:
            return (type(e).__name__, str(e))
    lst = [attr for _ in range(2)] if False else None
print(K().m())
class K2:
    y = 5
    try:
        z = [y for _ in range(2)]
    except NameError as e:
        z = str(e)
print(K2.z)
class K3:
    y = 5
    z = [i * 2 for i in range(y)]
print(K3.z)
def ul():
    print(v)
    v = 1
try:
    ul()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free():
    def inner():
        return w
    r = None
    try:
        r = inner()
    except NameError as e:
        r = (type(e).__name__, str(e))
    w = 3
    return r
print(free())
def delfree():
    w = 1
    def inner():
        return w
    del w
    try:
        return inner()
    except NameError as e:
        return (type(e).__name__, str(e))
print(delfree())
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
try:
    del undefined_name2
except NameError as e:
    print(type(e).__name__, e)
def dl():
    del q
    q = 1
try:
    dl()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def dl2():
    q = 1
    del q
    return q
try:
    dl2()
except UnboundLocalError as e:
    print(type(e).__name__, e)
# comprehension variables do not leak
[leak for leak in range(3)]
try:
    leak
except NameError as e:
    print(type(e).__name__, e)
# loop variables do leak
for loopv in range(3):
    pass
print(loopv)
# builtins shadowing at module level
def use_abs():
    return abs(-3)
abs = lambda v: 'shadowed'
print(use_abs())
del abs
print(use_abs())
import builtins
print(builtins.abs(-4))
# nested nonlocal chains
def a():
    v = 1
    def b():
        def c():
            nonlocal v
            v += 10
        c()
        return v
    return b()
print(a())
# global in nested function
gv = 0
def outer():
    gv = 'outer local'
    def inner():
        global gv
        gv = 'set by inner'
    inner()
    return gv
print(outer(), gv)
# class body sees globals and can rebind names
name = 'mod'
class C:
    name = name + '-class'
    def get(self):
        return name
print(C.name, C().get())
def fn_class():
    local = 'fnlocal'
    class D:
        v = local
        def m(self):
            return local
    return D.v, D().m()
print(fn_class())
# class-level nonlocal-ish: method sees enclosing function var, not class var
def mk():
    val = 'func'
    class E:
        val = 'class'
        def m(self):
            return val
    return E().m()
print(mk())
# locals()/globals()
def loc():
    aa = 1
    bb = 2
    return sorted(locals().items())
print(loc())
print('x' in globals(), globals()['x'])
# lambda default captures
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
