# Generators whose yields are statements inside if/while/for resume without a
# C stack of their own; everything observable stays as for any generator.
import gc
import sys
import weakref


def g():
    x = yield 1
    print("got", x)
    for i in range(3):
        if i == 1:
            y = yield i * 10
            print("y", y)
        elif i == 2:
            yield -i
        else:
            pass
    for c in "ab":
        yield c
    n = 0
    while n < 2:
        n += 1
        yield n
    else:
        print("while done")
    for i in range(5, 0, -2):
        yield i
    else:
        print("for done")
    return 7


it = g()
print(next(it), it.send("S"), it.send(None), it.send("T"))
print(list(it))
print(list(it), next(it, "exhausted"))

# send, throw and close at each kind of suspension point
def counter(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("counter got", got)


c = counter(10)
print(next(c), next(c), c.send("hello"))
try:
    c.throw(ValueError("boom"))
except ValueError as e:
    print("thrown back:", e)
print(list(c), c.gi_frame)

c = counter(10)
next(c)
c.close()
print(list(c))


def catches():
    for i in range(3):
        yield i
    yield "end"


c = catches()
print(next(c))
try:
    c.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)

# thrown into a generator that has not started
c = counter(3)
try:
    c.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early:", e, list(c))

# break and continue and return inside resumable loops
def loops():
    for i in range(10):
        if i % 2:
            continue
        if i > 6:
            break
        yield i
    i = 0
    while True:
        i += 1
        if i == 3:
            return "ret"
        yield -i


l = loops()
print(list(l))
try:
    l = loops()
    while True:
        next(l)
except StopIteration as e:
    print("StopIteration value", e.value)

# generators in generators, nested pipelines
def nat(n):
    i = 0
    while i < n:
        yield i
        i += 1


def sq(it):
    for x in it:
        yield x * x


def ev(it):
    for x in it:
        if x % 2 == 0:
            yield x


print(sum(ev(sq(nat(1000)))), sum(x for x in range(100) if x & 1))
print([(a, b) for a, b in zip(nat(3), (y for y in "xyz"))])

# an exception leaving the body, with a traceback through the yield
def bad():
    yield 1
    for i in range(2):
        yield 1 / (1 - i)


b = bad()
print(next(b), next(b))
try:
    next(b)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ZeroDivisionError at line", tb.tb_lineno)
print(list(b))

# StopIteration raised in the body becomes RuntimeError (PEP 479)
def stops():
    yield 1
    raise StopIteration("inner")


s = stops()
next(s)
try:
    next(s)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# exception context from the code that resumed the generator
def raiser():
    while True:
        yield 1
        raise KeyError("in gen")


r = raiser()
next(r)
try:
    try:
        raise ValueError("outer")
    except ValueError:
        next(r)
except KeyError as e:
    print("context:", repr(e.__context__))

# the generator is running while its body runs
def selfref():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield str(e)


me = selfref()
print(list(me))

# gi_frame.f_lineno follows the suspension point
def lines():
    yield 1
    for i in range(2):
        yield i


ln = lines()
print(ln.gi_frame.f_lineno)
next(ln)
print(ln.gi_frame.f_lineno)
next(ln)
print(ln.gi_frame.f_lineno, ln.gi_suspended)

# a suspended loop's iterator is visible to the collector: a cycle through
# it is reclaimed, and so is a generator cycle
class Node:
    pass


def make():
    n = Node()
    def walk():
        for v in iter(lambda: n, None):
            yield v
    n.g = walk()
    next(n.g)
    return weakref.ref(n)


gc.collect()
gc.disable()
w = make()
print("alive before collect:", w() is not None)
gc.collect()
print("alive after collect:", w() is not None)
gc.enable()

# refcounts: the generator holds its loop's iterator while suspended
data = [1, 2, 3]
before = sys.getrefcount(data)
def over(seq):
    for x in seq:
        yield x


o = over(data)
next(o)
print(sys.getrefcount(data) - before)
del o
print(sys.getrefcount(data) - before)

# a generator dropped while suspended is closed: finally-free bodies just go
def deep():
    for a in range(2):
        for b in "xy":
            for c in [None, 1]:
                yield a, b, c


d = deep()
print(next(d), next(d), next(d))
del d
print(list(deep())[-1], len(list(deep())))
