# sys.getrefcount as CPython 3.11 counts: each name, container slot, frame
# slot and the call's own argument is one reference.
import sys
rc = sys.getrefcount

x = [6, 5, 8]
print("new list", rc(x))
b = x
print("second name", rc(x))
l = [x]
print("list element", rc(x))
t = (x, x)
print("tuple twice", rc(x))
d = {'k': x}
print("dict value", rc(x))
del b, l, t, d
print("after del", rc(x))

def f(a):
    return rc(a)
print("argument", f(x))
def g(a):
    y = a
    return rc(a)
print("argument and local", g(x))
def loc():
    z = [1]
    return rc(z)
print("local", loc())
def glob():
    return rc(x)
print("global from a function", glob())
def star(*args):
    return rc(args[0])
print("*args", star(x))
def kw(**kwargs):
    return rc(kwargs['a'])
print("**kwargs", kw(a=x))
def both(a, *rest, k=None, **kws):
    return rc(a), rc(rest[0]), rc(k), rc(kws['z'])
p, q, r, s = [1], [2], [3], [4]
print("mixed", both(p, q, k=r, z=s))
lam = lambda a: rc(a)
print("lambda", lam(x))
def dflt(a=[]):
    return rc(a)
print("default value", dflt())
def dflt2(a=[]):
    return rc(a)
print("default value passed", dflt2(x))

for item in [x]:
    print("loop variable over a display", rc(item))
lst = [x]
for item in lst:
    print("loop variable", rc(item), "list held by the loop", rc(lst))
del item
it = iter(lst)
print("iterator holds the list", rc(lst))
del it

class C:
    attr = [1]
    def m(self):
        return rc(self)
    def m2(self, other):
        return rc(other)
c = C()
print("instance", rc(c), "self in a method", c.m(), "method argument", c.m2(x))
print("class attribute", rc(C.attr))
class D:
    def __init__(self):
        self.v = [1]
dd = D()
print("instance attribute", rc(dd.v), rc(dd))
print("bound method", rc(c.m))

print("comprehension variable", [rc(v) for v in [x]])
print("comprehension over a name", [rc(v) for v in lst])
print("global in a comprehension", [rc(x) for v in [1]])
def gen():
    yield rc(x)
print("generator", next(gen()))

try:
    raise ValueError("e")
except ValueError as e:
    print("except as", rc(e))
try:
    raise ValueError("e")
except ValueError as e:
    err = e
print("caught and kept", rc(err))
del err

def outer():
    v = [1]
    def inner():
        return rc(v)
    return inner()
print("closure cell", outer())
def outer2():
    v = [1]
    def inner():
        return v
    return rc(v)
print("cell seen from its owner", outer2())

print("temporaries", rc([]), rc(object()), rc([1, 2, 3]))
print("None", rc(None) > 10, "small int", rc(1) > 10, rc(-5) > 10, rc(256) > 10, "bool", rc(True) > 10)
print("interned name", rc('print') > 10, rc('__name__') > 10)

class Node:
    def __init__(self, nxt):
        self.nxt = nxt
n1 = Node(None)
n2 = Node(n1)
print("node", rc(n1), rc(n2))
n2.nxt = None
print("node released", rc(n1))
lst2 = [x] * 5
print("repetition", rc(x))
lst2.clear()
print("cleared", rc(x))
import copy
cp = copy.copy([x])
print("shallow copy", rc(x))
del cp
print("after", rc(x))
