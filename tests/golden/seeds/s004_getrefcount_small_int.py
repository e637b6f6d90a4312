# seeds/004_210530994c27c047.txt, getrefcount of a small int (verbatim, prints nothing)
import sys

x = 6
sys.getrefcount(x) # it will return large number
