# Reference counting: every reference adds one, every release removes one.
import sys

x = [6, 5, 8]
print(sys.getrefcount(x))   # 2: the name x, plus getrefcount's own argument
b = x
print(sys.getrefcount(x))   # 3: x and b
holder = [x]
print(sys.getrefcount(x))   # 4: a list element is a reference too
del holder
print(sys.getrefcount(x))   # 3 again
del b
print(sys.getrefcount(x))   # 2

def show(obj):
    return sys.getrefcount(obj)

print(show(x))              # 3: x, the parameter obj, and getrefcount's argument
print(sys.getrefcount(6) > 10)  # small ints are shared all over the interpreter
