# `yield from` statements in resumable generator bodies: send, throw and
# close reach the delegate, its return value comes back, gi_yieldfrom shows it.
import gc
import weakref


def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total


def outer():
    r = yield from inner(3)
    print("inner returned", r)
    for k in range(2):
        yield from ["a", "b"][k:]
    x = yield from inner(0)
    print("empty inner returned", x)
    yield from (c for c in "xy")


o = outer()
print(next(o), o.send(10), o.send(5), o.gi_yieldfrom is not None)
print(list(o), o.gi_yieldfrom)

# throw reaches the delegate; a delegate that catches keeps going
def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("delegate caught", e)
            yield "recovered"
            return "done"


def deleg():
    r = yield from catcher()
    yield "after " + r


d = deleg()
print(next(d), d.throw(KeyError("k")), next(d))
print(list(d))

# an exception the delegate does not handle leaves through the yield from
def plain():
    yield 1
    yield 2


def wrap():
    yield from plain()


w = wrap()
next(w)
try:
    w.throw(ValueError("through"))
except ValueError as e:
    print("ValueError", e, list(w))

# close closes the delegate first
def noisy():
    try:
        yield 1
        yield 2
    finally:
        print("delegate closed")


def top():
    yield from noisy()


t = top()
next(t)
t.close()
print("closed", t.gi_frame)

# a non-generator delegate with send/throw methods
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration(("echo", v))
        return (self.n, v)
    def throw(self, *args):
        return ("thrown", [type(a).__name__ for a in args])


def use_echo():
    r = yield from Echo()
    yield r


e = use_echo()
print(next(e), e.send("s"), e.throw(IndexError("i")), e.send("t"), list(e))

# a delegate that is not iterable
def bad():
    yield from 5


try:
    next(bad())
except TypeError as e:
    print("TypeError", e)

# StopIteration raised by a plain iterator delegate ends the yield from
def from_iter():
    v = yield from iter([1, 2])
    yield v


print(list(from_iter()))

# nested delegation, three deep
def leaf():
    yield "leaf"
    return 1


def mid():
    v = yield from leaf()
    yield "mid"
    return v + 1


def root():
    v = yield from mid()
    yield v + 1


print(list(root()))

# a suspended delegate is reachable through the collector
class Holder:
    pass


def cyc():
    h = Holder()
    def body():
        yield from iter(lambda: h, None)
    h.g = body()
    next(h.g)
    return weakref.ref(h)


gc.collect()
gc.disable()
ref = cyc()
print("alive:", ref() is not None)
gc.collect()
print("alive after collect:", ref() is not None)
gc.enable()
