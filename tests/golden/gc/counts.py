# skip-under: gcstress
# get_count follows container allocations; gen 1 counts gen-0 collections.
import gc

gc.disable()
gc.collect()
print(gc.get_count())
x = [[] for i in range(50)]
c = gc.get_count()
print(c[0] >= 50, c[1], c[2])
del x
gc.collect(0)
print(gc.get_count())
gc.collect(0)
gc.collect(1)
print(gc.get_count())
gc.collect()
print(gc.get_count())
gc.enable()
