# skip-under: asan
# Allocations that cannot succeed raise MemoryError or OverflowError as in
# CPython.  (ASan warns on stderr about the refused mallocs: skipped there;
# repeat_overflow.py covers the cases that never reach malloc.)
try:
    'a' * (2**40)
except MemoryError as e:
    print("MemoryError", e)
try:
    b'x' * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
s = 'abc'
try:
    s *= 2**61
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e, s)
print("done")
