# Stack and heap: each call gets a frame holding its local names (the
# "stack" of the notes); the objects those names refer to live on the heap
# and last as long as something refers to them, whatever frame made them.
import sys

def depth(n):
    # every active call has its own n; the frames stack up
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(100))

def locals_are_per_frame(n, seen):
    marker = [n]                # a new list per call, on the heap
    seen.append(marker)
    if n:
        locals_are_per_frame(n - 1, seen)
    return marker
seen = []
top = locals_are_per_frame(3, seen)
print(seen, top is seen[0])     # the lists outlived their frames

# an exception passing through the frames records one traceback entry each
def inner():
    raise ValueError("deep")
def middle():
    inner()
try:
    middle()
except ValueError as e:
    tb, entries = e.__traceback__, 0
    while tb is not None:
        entries += 1
        tb = tb.tb_next
    print("traceback entries:", entries)    # the module, middle, inner

# too many frames: RecursionError, and the program carries on
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(50))

# the limit is on frames, not on objects: a deep structure is fine
nested = []
for i in range(100000):
    nested = [nested]
print(len(nested), sys.getrecursionlimit() < 100000)
while nested:                   # take it apart without recursion
    nested = nested[0]
print(nested)
