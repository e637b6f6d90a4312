# seeds/002_cdfb068491c0d024.txt, "Garbage Collection" (verbatim): the Python 2 print statement
# makes CPython 3.11 reject the whole file with SyntaxError
import gc

print("Garbage collection thresholds:", gc.get_threshold())

# invoking manually
collected = gc.collect()
print "Garbage collector: collected %d objects." % (collected)
