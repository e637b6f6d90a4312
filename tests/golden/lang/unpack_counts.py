# Unpacking into targets: tuples are read in place, other iterables are
# consumed only as far as the count requires (an endless one is fine).
import itertools
import sys


def endless():
    i = 0
    while True:
        print("gives", i)
        yield i
        i += 1


for src in (itertools.count(), endless(), iter([1]), (1, 2, 3), [1], (1,), "abc", {1: 2}):
    try:
        a, b = src
        print("ok", a, b)
    except ValueError as e:
        print(type(src).__name__, e)

g = endless()
try:
    a, b = g
except ValueError as e:
    print(e, "then next is", next(g))

a, *rest = (1, 2, 3)
print(a, rest)
*init, last = iter(range(5))
print(init, last)
try:
    a, *b, c = (1,)
except ValueError as e:
    print(e)


class Flaky:
    def __iter__(self):
        yield 1
        raise KeyError("mid-unpack")


try:
    a, b = Flaky()
except KeyError as e:
    print("KeyError", e)

# the tuple's items are stored without a copy; refcounts are as in CPython
t = (object(), object())
before = sys.getrefcount(t[0])
a, b = t
print(sys.getrefcount(t[0]) - before)
del a, b
print(sys.getrefcount(t[0]) - before)

# targets that change the list being unpacked see a snapshot
lst = [1, 2, 3]
lst[0], lst[1], lst[2] = lst
print(lst)
x = [[0, 0], 5]
x[0][0], x[1] = x
print(x)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
