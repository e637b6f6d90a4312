# seeds/003_0be4d6b74610166b.txt, "2.2.2 Example" with weak references watching: dicts cannot be
# weakly referenced, so the cycle is made of two dict subclasses; it
# survives the dels and goes at gc.collect()
import gc, weakref

class D(dict):
    pass

gc.collect()
obj_a = D()
obj_b = D()

# Create a circular reference
obj_a['b_ref'] = obj_b
obj_b['a_ref'] = obj_a
wa, wb = weakref.ref(obj_a), weakref.ref(obj_b)

# Now, let's remove the original names
del obj_a
del obj_b
print(wa() is None, wb() is None)
print(len(wa()), list(wa()), wa()['b_ref'] is wb())
print(gc.collect())
print(wa() is None, wb() is None)
