# The gc module's interface: thresholds, enable/disable, stats shape,
# debug flags, freeze, argument errors.
import gc

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(type(gc.get_count()), len(gc.get_count()))
print(gc.garbage)
print(type(gc.callbacks))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)
try:
    gc.get_objects(generation=5)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.get_objects(generation=-1)
except ValueError as e:
    print("ValueError:", e)
print(gc.collect(generation=0) >= 0)
print(gc.get_freeze_count())
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
print(type(gc.get_objects()), type(gc.get_objects(0)))
