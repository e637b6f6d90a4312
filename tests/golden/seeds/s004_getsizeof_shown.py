# seeds/004_210530994c27c047.txt, "Memory profiling" 1) with sys imported: the
# size is printed as comparisons, since garter's int (16-byte header and a
# 64-bit value: 24 bytes) is laid out unlike CPython's (28 bytes for 60)
import sys
x = 60
print(sys.getsizeof(x) > 0)
print(sys.getsizeof(x) == sys.getsizeof(1), sys.getsizeof(x) == x.__sizeof__())
print(sys.getsizeof(2**100) > sys.getsizeof(x), sys.getsizeof([x]) > sys.getsizeof([]))
