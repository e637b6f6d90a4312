# A weak reference does not keep its object alive.
import gc
import weakref

class mys:
    pass

obj = mys()
ref_still_exist = weakref.ref(obj)
print(ref_still_exist() is obj)
del obj
gc.collect()
print(ref_still_exist())    # None: the object is gone
