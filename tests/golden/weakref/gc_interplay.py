# Weak references and the collector: weakrefs to garbage are cleared before
# finalizers run; callbacks run only for weakrefs that survive; a weakref
# that is itself garbage does not call back.
import gc
import weakref

gc.collect()
class Node:
    def __init__(self, name):
        self.name = name

log = []
a = Node('a')
b = Node('b')
a.peer = b
b.peer = a
wa = weakref.ref(a, lambda r: log.append('a died'))
wb = weakref.ref(b, lambda r: log.append('b died'))
del a, b
print(wa() is not None, wb() is not None)
gc.collect()
print(sorted(log), wa(), wb())

# the weakref lives inside the garbage: no callback
log.clear()
c = Node('c')
c.me = c
c.wr = weakref.ref(c, lambda r: log.append('c died'))
del c
gc.collect()
print(log)

# __del__ sees weakrefs to the garbage already cleared
class D:
    def __del__(self):
        print('del: partner weakref gives', self.wpartner())
x = D()
y = Node('y')
x.partner = y
y.back = x
x.wpartner = weakref.ref(y)
del x, y
gc.collect()

# callbacks at refcount death run in CPython's order
order = []
z = Node('z')
r1 = weakref.ref(z, lambda r: order.append(1))
r2 = weakref.ref(z, lambda r: order.append(2))
r3 = weakref.ref(z)
del z
print(order, r1.__callback__, r3())

# proxies
p_obj = Node('p')
p = weakref.proxy(p_obj)
print(p.name, weakref.proxy(p_obj) is p, weakref.getweakrefcount(p_obj))
p.name = 'q'
print(p_obj.name)
del p_obj
try:
    print(p.name)
except ReferenceError as e:
    print('ReferenceError:', e)

def f(x):
    return x * 2
cp = weakref.proxy(f)
print(cp(21), type(cp).__name__, type(p).__name__, type(r1).__name__)

# which objects accept weak references
class WithSlots:
    __slots__ = ('a',)
class WithWeakSlot:
    __slots__ = ('a', '__weakref__')
class L(list):
    pass
class T(tuple):
    pass
for o in (WithSlots(), WithWeakSlot(), L(), T(), set(), frozenset(), len, Node, f, gc, object(), 2.5, b'x', range(3)):
    try:
        weakref.ref(o)
        print(type(o).__name__, 'ok')
    except TypeError as e:
        print(e)
r = weakref.ref(Node('gone'))
print(r(), r == r, r != weakref.ref(Node('other')))
try:
    hash(r)
except TypeError as e:
    print('TypeError:', e)
n = Node('hashable')
rn = weakref.ref(n)
print(hash(rn) == hash(n))
del n
print(hash(rn) == hash(rn))
