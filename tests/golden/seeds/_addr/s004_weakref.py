# seeds/004_210530994c27c047.txt, the two weakref cells together (verbatim, gc imported as in the
# notebook's first cell): the reprs carry addresses, not compared
import gc
import weakref


class mys:
   pass
obj = mys()
ref_still_exist = weakref.ref(obj) 
# to check if the reference still exist
print(f"mys func: {obj}\ncatched reference: {ref_still_exist}")

del obj
print(ref_still_exist) 
# show the reference still exist even after got del
gc.collect() # force GC

print(ref_still_exist) 
# None, already gone
