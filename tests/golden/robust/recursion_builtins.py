# Recursion through C builtins (map, sorted's key, repr, ==, str) is bounded
# by the same limit: RecursionError, never a C stack overflow.
def g(x):
    return list(map(g, [x]))

try:
    g(1)
except RecursionError as e:
    print("map:", e)

def k(x):
    return sorted([x, x], key=k)

try:
    k(1)
except RecursionError as e:
    print("sorted:", type(e).__name__)

def m(x):
    return max([x], key=m)

try:
    m(1)
except RecursionError as e:
    print("max:", type(e).__name__)

x = []
for i in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("repr of nested list:", e)

y = []
z = []
for i in range(100000):
    y = [y]
    z = [z]
try:
    print(y == z)
except RecursionError as e:
    print("== of nested lists:", e)

d = {}
for i in range(100000):
    d = {1: d}
try:
    str(d)
except RecursionError as e:
    print("str of nested dict:", e)

t = ()
for i in range(100000):
    t = (t,)
try:
    str(t)
except RecursionError as e:
    print("str of nested tuple:", e)

# tuple hashing counts no depth (as CPython): 20,000 levels must just work
t2 = t3 = ()
for i in range(20000):
    t2 = (t2,)
    t3 = (t3,)
print("hash of nested tuple:", hash(t2) == hash(t3))

# freeing the deep structures must not overflow the C stack either
del x, y, z, d, t
print("freed")

l = [1]
l.append(l)
print(l, l == l)
dd = {}
dd["self"] = dd
print(dd)
