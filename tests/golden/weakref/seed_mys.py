# The seed notes' example: a weak reference outlives its referent and then
# reports it dead.
import gc
import weakref


class mys:
   pass
obj = mys()
ref_still_exist = weakref.ref(obj)
# to check if the reference still exist

def show(r):
    # addresses differ from run to run: print the rest of the repr
    s = repr(r)
    return s[:len('<weakref at ')] + '...' + s[s.index(';'):].split(' at ')[0]

print("mys func:", type(obj).__name__, "\ncatched reference:", show(ref_still_exist))
print(ref_still_exist() is obj)
del obj
print(show(ref_still_exist))
gc.collect() # force GC
print(ref_still_exist())
