# skip-under: gcstress
# The full collection is deferred while few objects were promoted to the
# oldest generation since the last full one (long_lived_pending < total/4).
import gc

gc.collect()
full = []
def cb(phase, info):
    if phase == 'start':
        full.append(info['generation'])
gc.callbacks.append(cb)
big = [[i] for i in range(20000)]
gc.collect()
full.clear()
gc.set_threshold(10, 1, 1)
junk = []
for i in range(400):
    junk.append([i])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(2 in full, 0 in full, 1 in full)
