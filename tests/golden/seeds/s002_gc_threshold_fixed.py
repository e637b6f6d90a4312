# seeds/002_cdfb068491c0d024.txt, "Garbage Collection" with the last line as a print() call: the
# thresholds and a manual collection (nothing to collect at startup... the
# count is printed as a comparison, since interpreters differ in how many
# startup objects are garbage)
import gc

print("Garbage collection thresholds:", gc.get_threshold())

# invoking manually
collected = gc.collect()
print("Garbage collector: collected %d objects." % (collected >= 0))
gc.collect()
collected = gc.collect()
print("Garbage collector: collected %d objects." % (collected))
