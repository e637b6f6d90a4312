# The generator protocol: next, send, throw, close, return values, states.

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(repr(g).startswith("<generator object count at 0x"))
print(iter(g) is g)
print(next(g), next(g), g.__next__())
try:
    next(g)
except StopIteration as e:
    print("exhausted", repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("still exhausted", e.args)
print(next(g, "default"))


def echo():
    print("started")
    received = None
    while True:
        received = yield received
        print("received", received)
        if received == "stop":
            return "bye"

e = echo()
print(e.send(None))
print(e.send(1))
print(e.send([2, 3]))
try:
    e.send("stop")
except StopIteration as s:
    print("returned", s.value)
try:
    e.send(5)
except StopIteration as s:
    print("after return", s.args)

# send to a just-started generator
e2 = echo()
try:
    e2.send(42)
except TypeError as err:
    print("TypeError:", err)
print(e2.send(None))


# return values become StopIteration.value
def ret(v):
    yield 1
    return v

for v in [None, 0, "x", (1, 2), [3]]:
    r = ret(v)
    next(r)
    try:
        next(r)
    except StopIteration as s:
        print(repr(v), "->", repr(s.value), s.args)


def early():
    return 5
    yield

try:
    next(early())
except StopIteration as s:
    print("early", s.value)


# throw
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as err:
            print("caught", repr(err))
            yield "handled"

c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
print(c.throw(ValueError))
print(next(c))
print(c.throw(ValueError, "three-arg"))
print(next(c))
print(c.throw(ValueError, ValueError("instance value")))
print(next(c))
print(c.throw(ValueError, ("a", "b")))
try:
    c.throw(KeyError("k"))
except KeyError as err:
    print("propagated", repr(err))
print(c.gi_frame)
try:
    next(c)
except StopIteration:
    print("closed after uncaught throw")
try:
    c.throw(IndexError("late"))
except IndexError as err:
    print("throw into finished:", err)

# throw into a just-started generator never runs its body
def never():
    print("never printed")
    yield
n = never()
try:
    n.throw(RuntimeError("first"))
except RuntimeError as err:
    print("raised at start:", err)
print(list(n))

# argument errors
g = count(2)
for f in [lambda: g.send(), lambda: g.send(1, 2), lambda: g.throw(),
          lambda: g.throw(1, 2, 3, 4), lambda: g.throw(1), lambda: g.throw("x"),
          lambda: g.throw(ValueError, 1, 5), lambda: g.throw(ValueError(), 1),
          lambda: g.close(1)]:
    try:
        f()
    except TypeError as err:
        print("TypeError:", err)

# close
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("finally on close")

cl = closing()
print(cl.close())
print(list(cl))
cl = closing()
print(next(cl))
print(cl.close())
print(cl.close())
print(list(cl))

keep = True
def stubborn():
    while keep:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)
print(s.gi_suspended)
keep = False
print(list(s))

def converts():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

cv = converts()
next(cv)
try:
    cv.close()
except ValueError as err:
    print("close raised", err)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 99
r = returns_on_close()
next(r)
print("close ->", r.close())

# already executing
def selfish():
    yield me.send(None)
me = selfish()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)

def closer():
    me2.close()
    yield
me2 = closer()
try:
    next(me2)
except ValueError as err:
    print("ValueError:", err)

# attributes
def attrs():
    print("running inside:", a.gi_running)
    yield 1
    yield 2
a = attrs()
print(a.gi_running, a.gi_suspended, a.gi_frame is not None)
next(a)
print(a.gi_running, a.gi_suspended, a.gi_yieldfrom)
list(a)
print(a.gi_running, a.gi_suspended, a.gi_frame)
a.__name__ = "renamed"
a.__qualname__ = "Q.renamed"
print(a.__name__, a.__qualname__, repr(a).startswith("<generator object Q.renamed at"))
try:
    a.__name__ = 3
except TypeError as err:
    print("TypeError:", err)


# lambda generator and generator methods
lg = lambda: (yield 7)
print(list(lg()))
print(count.__name__, type(count(1)).__name__)
