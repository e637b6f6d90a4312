# sys.getsizeof: the bytes of an object's own allocation.
import sys

x = 60
print(sys.getsizeof(x) > 0)
lst = []
sizes = []
for i in range(20):
    sizes.append(sys.getsizeof(lst))
    lst.append(i)
print(sizes == sorted(sizes))   # lists grow in steps (over-allocation)
