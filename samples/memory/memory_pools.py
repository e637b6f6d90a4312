# Memory pools (pymalloc): small objects (up to 512 bytes) come from pools of
# equal-sized blocks carved out of big arenas.  A freed block goes back to
# its pool, not to the operating system, and the next object of that size
# class usually gets the very same block: the same address, so the same id.
# Run with --stats to see the allocator's own table (sys._debugmallocstats(),
# printed to stderr; its numbers belong to each interpreter).
import sys

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
address = id(p)
del p                               # the block returns to its pool
q = Point(3, 4)                     # same size class: the same block
print("block reused:", id(q) == address)

# many small objects freed at once: their blocks are reused, not returned
points = [Point(i, i) for i in range(1000)]
addresses = set(map(id, points))
del points
again = [Point(i, -i) for i in range(1000)]
reused = sum(1 for o in again if id(o) in addresses)
print("most blocks reused by the next 1000 points:", reused > 500)

# live objects never share an address
print("all distinct:", len(set(map(id, again))) == len(again))

# big objects bypass the pools (the allocator's small limit is 512 bytes)
print(sys.getsizeof(Point(0, 0)) <= 512, sys.getsizeof([0] * 1000) > 512)

if "--stats" in sys.argv:
    sys._debugmallocstats()
