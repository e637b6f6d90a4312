# seeds/004_210530994c27c047.txt, "Reference counting" (verbatim; the values are shown in the
# REPL transcript seed_getrefcount and in s004_getrefcount_list_shown)
import sys

x = [6,5,8]
sys.getrefcount(x) # 2
b = x
sys.getrefcount(x) # 3
