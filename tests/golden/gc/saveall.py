# DEBUG_SAVEALL keeps unreachable objects in gc.garbage instead of freeing them.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = [1]
l.append(l)
d = {}
d['self'] = d
del l, d
print(gc.collect())
print(len(gc.garbage))
print(sorted(type(x).__name__ for x in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
