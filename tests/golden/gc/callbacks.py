# skip-under: gcstress
# gc.callbacks see "start" and "stop" with the info dict; automatic
# collections happen once allocations pass the threshold.
import gc

gc.collect()
log = []
def cb(phase, info):
    log.append((phase, info['generation'], info['collected'], info['uncollectable']))
gc.callbacks.append(cb)
l = []
l.append(l)
del l
gc.collect()
print(log)
log.clear()
gc.collect(0)
print(log)
log.clear()

# automatic collection of generation 0
gc.set_threshold(100, 10, 10)
keep = []
for i in range(300):
    keep.append([i])
print(len(log) > 0, all(g == 0 for p, g, c, u in log[:2]))
print(log[0][0], log[1][0])
log.clear()
gc.disable()
for i in range(300):
    keep.append([i])
print(log)
gc.enable()
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)

class Bad:
    def __call__(self, phase, info):
        raise RuntimeError("callback failed in " + phase)
    def __repr__(self):
        return "<Bad callback>"
bad = Bad()
gc.callbacks.append(bad)
gc.collect()
gc.callbacks.remove(bad)
print("done")
