# Cycles left in gc.garbage by DEBUG_SAVEALL, and a MemoryError raised just
# before exit: under the debug/asan build nothing may stay alive at exit.
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = [1]
l.append(l)
d = {}
d['self'] = d
del l, d
x = 1.5
try:
    [0] * (2**62)
except MemoryError:
    print("MemoryError")
