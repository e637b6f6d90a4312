# Cycles of dicts, lists and instances are found and freed by gc.collect().
import gc

gc.collect()
obj_a = {}
obj_b = {}
obj_a['b'] = obj_b
obj_b['a'] = obj_a
del obj_a, obj_b
print("Garbage collector: collected %d objects." % gc.collect())

l = []
l.append(l)
del l
print(gc.collect())

a = [1, 2]
b = [a]
a.append(b)
del a, b
print(gc.collect())

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

x = Node('x')
y = Node('y')
x.next = y
y.next = x
del x, y
print(gc.collect())

# a longer ring of instances
nodes = [Node(i) for i in range(10)]
for i in range(10):
    nodes[i].next = nodes[(i + 1) % 10]
del nodes
print(gc.collect())

# reachable cycles survive
keep = Node('keep')
keep.next = keep
print(gc.collect())
print(keep.next.name)

# a function in a cycle through its closure
def outer():
    def inner():
        return inner
    return inner
f = outer()
del f
print(gc.collect() > 0)
print(gc.collect())
