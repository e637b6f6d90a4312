# del removes a name, not an object: the object goes when its last
# reference goes, and freeing it releases what it referred to (a cascade).
# Objects held by module globals live until the interpreter shuts down.
import gc

class Thing:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("freeing", self.name)

# a chain a -> b -> c: one del frees all three, outermost first
c = Thing("c")
b = Thing("b", c)
a = Thing("a", b)
del b, c                    # still reachable through a: nothing freed
print("names b and c deleted")
del a                       # a's count reaches 0, then b's, then c's
print("after del a")

# two names, one object: the first del frees nothing
x = Thing("shared")
y = x
del x
print("after del x")
y = None                    # rebinding drops the last reference
print("after y = None")

# a local goes when its function returns
def make():
    t = Thing("local")
    print("inside make")
make()
print("after make()")

# a returned object outlives the frame that made it
def build():
    return Thing("returned")
kept = build()
print("kept", kept.name)
del kept

# a cycle with finalizers: counts never reach 0, the collector frees it
p = Thing("p"); q = Thing("q", p); p.child = q
del p, q
print("cycle unreachable")
print("collected:", gc.collect() >= 2)

# a global stays alive until the interpreter exits
forever = Thing("global")
print("end of script")
