# seeds/004_210530994c27c047.txt, "Garbage Collector": the weakref.ref example (verbatim, prints nothing)
import weakref


class mys:
   pass
obj = mys()
ref_still_exist = weakref.ref(obj) 
# to check if the reference still exist
