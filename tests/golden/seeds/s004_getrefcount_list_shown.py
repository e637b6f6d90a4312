# seeds/004_210530994c27c047.txt, "Reference counting" with the counts printed
import sys

x = [6,5,8]
print(sys.getrefcount(x)) # 2
b = x
print(sys.getrefcount(x)) # 3
