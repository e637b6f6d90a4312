# try/except/else/finally and with statements in resumable generator
# bodies: yields in every part, throw/close/exceptions through them, and
# the handled exception as the generator and its caller see it.
import sys


def log(*a):
    print(*a)


def tryall():
    try:
        x = yield "body"
        log("body got", x)
        if x == "raise":
            raise ValueError("v")
    except ValueError as e:
        log("handler", repr(e), repr(sys.exc_info()[1]))
        y = yield "in handler"
        log("handler resumed", y, repr(sys.exc_info()[1]))
    else:
        yield "in else"
    finally:
        log("finally, handled:", repr(sys.exc_info()[1]))
        yield "in finally"
        log("finally resumed")
    yield "after"


g = tryall()
print(next(g), g.send("raise"))
print("caller sees handled:", sys.exc_info())
print(g.send("y"), next(g))
print(list(g))
g = tryall()
print(next(g), g.send("ok"), next(g), list(g))

# an exception thrown into each part
def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            log("caught", e)
            try:
                yield "handling"
            except IndexError as e2:
                log("nested caught", e2, "context", repr(e2.__context__))
        finally:
            log("loop finally")


c = catcher()
print(next(c), c.throw(KeyError("a")), c.throw(IndexError("b")))
c.close()
print("closed")

# a caller-side exception being handled is the context of errors raised in
# the generator, but not something the generator's handlers see as theirs
def raiser():
    try:
        yield 1
    finally:
        log("raiser finally sees", repr(sys.exc_info()[1]))
    raise RuntimeError("from gen")


r = raiser()
next(r)
try:
    try:
        raise TypeError("caller")
    except TypeError:
        next(r)
except RuntimeError as e:
    print("context:", repr(e.__context__))

# return in try runs finally, which may yield before the return lands
def retfin():
    try:
        return "value"
    finally:
        yield "finally first"


rf = retfin()
print(next(rf))
try:
    next(rf)
except StopIteration as e:
    print("returned", e.value)

# break and continue out of a try inside a loop
def loopy():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            log("finally", i)
    yield "done"


print(list(loopy()))

# close: finally blocks run; a yield in finally while closing is an error
def stubborn():
    try:
        yield 1
    finally:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# an exception replaced inside finally
def replace():
    try:
        yield 1
        1 / 0
    finally:
        yield 2
        raise KeyError("replacement")


rp = replace()
next(rp)
print(next(rp))
try:
    next(rp)
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)

# with statements
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        log("exit", self.name, t.__name__ if t else None, v)
        return self.suppress


def withs():
    with CM("a") as a, CM("b") as b:
        got = yield a + b
        log("with body got", got)
    with CM("s", suppress=True):
        yield "suppressing"
        raise ValueError("suppressed")
    yield "after with"


w = withs()
print(next(w), w.send("x"), next(w), list(w))
w = withs()
next(w)
try:
    w.throw(OSError("thrown"))
except OSError as e:
    print("OSError out:", e)
w = withs()
next(w)
w.close()
print("closed with")

# a contextmanager-style generator driving a with block
class ctx:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        try:
            self.gen.throw(v)
        except StopIteration:
            return True
        except BaseException as e:
            return e is not v and False


def managed(name):
    log("setup", name)
    try:
        yield name.upper()
    except ZeroDivisionError:
        log("handled inside", name)
    finally:
        log("teardown", name)


with ctx(managed("one")) as v:
    print("using", v)
with ctx(managed("two")) as v:
    1 / 0
print("survived")

# nested try in with in for, resumed many times
def deep():
    for i in range(3):
        with CM(str(i)):
            try:
                yield i
            except KeyError:
                yield "k"


d = deep()
print(next(d), d.throw(KeyError), next(d), next(d))
print(list(d))
