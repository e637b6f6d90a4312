# seeds/004_210530994c27c047.txt, "Memory profiling" 1) (verbatim): sys is not imported in this
# cell, NameError
x = 60
sys.getsizeof(x)
