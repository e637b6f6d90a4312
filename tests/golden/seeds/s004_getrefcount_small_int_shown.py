# seeds/004_210530994c27c047.txt, getrefcount of a small int: the exact count is the interpreter's
# own business, so this prints that it is large, not the number
import sys

x = 6
print(sys.getrefcount(x) > 10) # it will return large number
print(sys.getrefcount(x) > sys.getrefcount([6,5,8]))
