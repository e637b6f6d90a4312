# seeds/004_210530994c27c047.txt, the two weakref cells together (gc imported as in the notebook's
# first cell); the notes print reprs with addresses, this prints them with
# every address masked and compares the addresses instead.  The weak
# reference is dead as soon as del obj drops the last reference, before
# gc.collect(), not after as the notes' comments say
import gc
import weakref

def mask(s):
    # replace each 0x... address by 0xADDR
    out = []
    parts = s.split('0x')
    out.append(parts[0])
    for p in parts[1:]:
        i = 0
        while i < len(p) and p[i] in '0123456789abcdef':
            i += 1
        out.append('0xADDR' + p[i:])
    return ''.join(out)

class mys:
   pass
obj = mys()
ref_still_exist = weakref.ref(obj) 

print(mask(f"mys func: {obj}\ncatched reference: {ref_still_exist}"))
print(ref_still_exist() is obj, hex(id(obj)) in repr(ref_still_exist), hex(id(obj)) in repr(obj))
print(hex(id(ref_still_exist)) in repr(ref_still_exist))

del obj
print(mask(repr(ref_still_exist)), ref_still_exist() is None)
gc.collect() # force GC

print(mask(repr(ref_still_exist)), ref_still_exist() is None)
