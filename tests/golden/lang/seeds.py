# The examples of the memory notes the interpreter was built from, as runnable code.
import sys, gc, copy, weakref
x = 300
y = 300
print(x == y, type(x).__name__)
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
def print_word():
    word = 'Seven'
    return word
print(print_word())
x = 30
y = 30
print(id(x) == id(y), x is y)
class Node:
    def __init__(self, value):
        self.value = value
    def next(self, next):
        self.next = next
root = Node('root')
left = Node('left')
right = Node('right')
root.next(left)
left.next(right)
right.next(left)
print(root.next.value, left.next.value, right.next.value)
try:
    left.next(root)
except TypeError as e:
    print(type(e).__name__, e)
del root
del left, right
print(gc.collect() >= 0)
x = 1
y = 1
print(hex(id(x)) == hex(id(y)))
lst = [1, 2, 3, 257]
a = 1
print(id(lst[0]) == id(a), lst[0] is a)
print("Garbage collection thresholds:", gc.get_threshold())
collected = gc.collect()
print("Garbage collector: collected %d objects." % (collected))
obj_a = {}
obj_b = {}
obj_a['b_ref'] = obj_b
obj_b['a_ref'] = obj_a
del obj_a
del obj_b
print(gc.collect())
x = 50
y = x
print(f"object({y}) is the same as object({x}): {id(y) == id(x)}")
x = 60
y = x
y += 5
print(x, y, x is y)
x = [1, 2, 3]
y = x
y += [4]
print(x, y, x is y)
x = 50
def global_func():
    x = 5
    print(x)
global_func()
print(x)
def outer():
    x = 57
    def nested_func():
        print(x)
    nested_func()
outer()
x = [0, 1, 3]
def count_(x):
    print(len(x))
count_(x)
x = [6, 5, 8]
print(sys.getrefcount(x))
b = x
print(sys.getrefcount(x))
print(sys.getrefcount(6) > 2)
class mys:
    pass
obj = mys()
ref_still_exist = weakref.ref(obj)
print(ref_still_exist() is obj)
del obj
gc.collect()
print(ref_still_exist())
print(sys.getsizeof(60) > 0)
a = [[1, 2], [3, 4]]
b = copy.copy(a)
b.append(6)
print(a)
b[0].append(5)
print(a)
c = copy.deepcopy(a)
c[0].append(6)
print(a, c)
