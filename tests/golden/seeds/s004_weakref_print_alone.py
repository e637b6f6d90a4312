# seeds/004_210530994c27c047.txt, the print/del/gc.collect cell on its own (verbatim): obj is not
# defined in a fresh program, NameError
print(f"mys func: {obj}\ncatched reference: {ref_still_exist}")

del obj
print(ref_still_exist) 
# show the reference still exist even after got del
gc.collect() # force GC

print(ref_still_exist) 
# None, already gone
