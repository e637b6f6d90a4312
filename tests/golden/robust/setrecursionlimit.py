# A recursion limit far above what the C stack can hold: garter's C-stack
# guard must raise RecursionError before the stack overflows (CPython 3.11
# keeps Python frames off the C stack and reaches the limit itself).
import sys
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())

def f(n):
    if n == 5000:
        return n
    return f(n + 1)

print(f(0))

def unbounded(n):
    return unbounded(n + 1)

for i in range(2):
    try:
        unbounded(0)
    except RecursionError as e:
        print(type(e).__name__, e)
print(f(0))
sys.setrecursionlimit(1000)

def g(n):
    return g(n + 1)

try:
    g(0)
except RecursionError as e:
    print(e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(e)
