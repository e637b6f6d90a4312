# Full collections of a heap of 1,000,000 live containers (the collector's
# traversal cost; nothing is garbage).
import gc

gc.disable()
heap = [[i] for i in range(1000000)]
found = 0
for _ in range(10):
    found += gc.collect()
print(len(heap), found)
