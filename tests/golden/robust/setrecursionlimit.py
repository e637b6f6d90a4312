# A raised recursion limit is reached as in CPython 3.11: garter's walker
# recurses in C, on a C stack of its own large enough (1 GiB of address
# space, touched only as it is used) for a 100,000-deep recursion.
# Unbounded recursion ends in RecursionError from the limit, or from the
# C-stack guard when the limit is beyond what the stack can hold.
import sys
import threading
sys.setrecursionlimit(200000)
print(sys.getrecursionlimit())

def f(n):
    if n == 100000:
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

# The C-stack guard: a thread with a 256 KiB stack and a limit of 10**8.
# CPython 3.11 keeps Python frames off the C stack, so it would stop only
# at the limit itself (some 10 GB of frames later), with the same error.
sys.setrecursionlimit(10**8)

def guarded():
    for i in range(2):
        try:
            unbounded(0)
        except RecursionError as e:
            print(type(e).__name__, e)

if sys.implementation.name == 'cpython':
    print('RecursionError maximum recursion depth exceeded')
    print('RecursionError maximum recursion depth exceeded')
else:
    old = threading.stack_size(256 << 10)
    t = threading.Thread(target=guarded)
    t.start()
    t.join()
    threading.stack_size(old)
print(threading.stack_size())

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
