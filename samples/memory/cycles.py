# Reference cycles: reference counting cannot free them; the collector can.
import gc

print("Garbage collection thresholds:", gc.get_threshold())

obj_a = {}
obj_b = {}
obj_a['b_ref'] = obj_b      # a cycle: a -> b -> a
obj_b['a_ref'] = obj_a
del obj_a
del obj_b                   # unreachable, but the counts are still 1

collected = gc.collect()
print("Garbage collector: collected %d objects." % (collected))

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
right.next(left)            # left <-> right is a cycle
del root, left, right
print("collected", gc.collect())
