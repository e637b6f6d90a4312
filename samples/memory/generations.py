# Generational collection: containers start in generation 0, each
# collection they survive moves them one generation older; a collection of
# generation N also collects every younger one.  Thresholds say how many
# allocations (generation 0) or younger collections trigger the next one.
import gc

print("thresholds:", gc.get_threshold())        # (700, 10, 10)

def generation_of(obj):
    # the generation whose list holds obj, or None if it is not tracked
    for g in range(3):
        if any(o is obj for o in gc.get_objects(generation=g)):
            return g
    return None

gc.collect()
young = [1, 2, 3]                   # a container: tracked from creation
print("new list:", generation_of(young))        # 0
gc.collect(0)
print("after collect(0):", generation_of(young))    # 1: survived one
gc.collect(1)
print("after collect(1):", generation_of(young))    # 2: the oldest
gc.collect()
print("after collect():", generation_of(young))     # stays in 2

# only containers are tracked: ints and strings cannot form cycles
print(gc.is_tracked(young), gc.is_tracked(300), gc.is_tracked("text"))
print(gc.is_tracked((1, 2)) in (True, False))  # tuples of atomics may be untracked later

# the count of generation 0 grows with container allocations
gc.collect()
before = gc.get_count()[0]
keep = [[] for _ in range(50)]
print("gen 0 count grew:", gc.get_count()[0] >= before + 50)

# a collection of generation 0 resets its count and adds one to generation 1
gc.collect()
gc.collect(0)
print("after collect(0):", gc.get_count()[0] < 5, gc.get_count()[1] >= 1)

# lowering the threshold makes collections happen sooner
old = gc.get_threshold()
gc.set_threshold(5, 2, 2)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)

# a cycle found by an automatic collection, seen through gc.callbacks
seen = []
def watch(phase, info):
    if phase == "stop" and info["collected"]:
        seen.append(info["generation"])
gc.callbacks.append(watch)
class Node:
    pass
for i in range(2000):
    a = Node(); b = Node()
    a.other = b; b.other = a
del a, b
gc.callbacks.remove(watch)
print("automatic collections found the cycles:", len(seen) > 0, 0 in seen)
