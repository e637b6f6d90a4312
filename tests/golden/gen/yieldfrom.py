# yield from: delegation of next/send/throw/close and the return value.

def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "o1"
    return "outer-result"

o = outer()
print(next(o))
print(o.send("a"))
print(o.gi_yieldfrom.__name__)
print(o.send("b"))
print(o.gi_yieldfrom)
try:
    next(o)
except StopIteration as e:
    print("final", e.value)

# yield from plain iterables
def flat(seqs):
    for s in seqs:
        yield from s
print(list(flat([[1, 2], (3,), "ab", {"k": 1}, [], iter([4, 5])])))

def ret_none():
    yield from []
print(list(ret_none()))

def value_of_iter():
    v = yield from [1, 2]
    yield ("list returns", v)
print(list(value_of_iter()))

# nested delegation, three levels, with return values
def level(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from level(n - 1)
    yield n
    return r + n
def top():
    total = yield from level(3)
    yield ("total", total)
print(list(top()))

# exceptions raised in the delegate propagate to the delegator
def bad():
    yield 1
    raise KeyError("from inner")
def wraps():
    try:
        yield from bad()
    except KeyError as e:
        print("delegator caught", repr(e))
        yield "recovered"
print(list(wraps()))

# throw goes to the innermost generator
def catching_inner():
    while True:
        try:
            v = yield "ready"
        except ValueError as e:
            print("inner caught", e)
            return "stopped by " + str(e)
def mid():
    r = yield from catching_inner()
    print("mid result:", r)
    yield "mid-after"
m = mid()
print(next(m))
print(m.throw(ValueError("v1")))

def nocatch_inner():
    yield 1
    yield 2
def catch_mid():
    try:
        yield from nocatch_inner()
    except IndexError as e:
        print("mid caught", repr(e))
        yield "mid handled"
cm = catch_mid()
print(next(cm))
print(cm.throw(IndexError("ix")))

# close is passed down; finally blocks run innermost first
def fin_inner():
    try:
        yield "fi"
    finally:
        print("inner finally")
def fin_outer():
    try:
        yield from fin_inner()
    finally:
        print("outer finally")
fo = fin_outer()
print(next(fo))
print(fo.close())
print(fo.gi_frame)

# an inner generator that ignores GeneratorExit
keep = True
def stubborn_inner():
    while keep:
        try:
            yield "s"
        except GeneratorExit:
            print("inner ignores")
def deleg(it):
    yield from it
si = stubborn_inner()
d = deleg(si)
next(d)
try:
    d.close()
except RuntimeError as e:
    print("RuntimeError:", e)
keep = False
print(list(d), si.gi_suspended, list(si))

# send into a yield from over a non-generator iterator without send()
def over_list():
    yield from [1, 2, 3]
ol = over_list()
print(next(ol))
try:
    ol.send("x")
except AttributeError as e:
    print("AttributeError:", e)
print(list(ol))

# throw into a yield from over a plain iterator re-raises in the delegator
def over_iter():
    try:
        yield from iter([10, 20])
    except ZeroDivisionError:
        print("delegator got ZeroDivisionError")
        yield "zd"
oi = over_iter()
print(next(oi))
print(oi.throw(ZeroDivisionError))

# yield from a non-iterable
def bad_source():
    yield from 42
try:
    list(bad_source())
except TypeError as e:
    print("TypeError:", e)

# yield from an exhausted generator returns None at once
def done():
    yield 1
dg = done()
list(dg)
def from_done():
    r = yield from dg
    yield ("from exhausted", r)
print(list(from_done()))

# StopIteration carrying a tuple value through yield from
def tup():
    return (1, 2)
    yield
def get_tup():
    r = yield from tup()
    yield r
print(list(get_tup()))

# yield from itself
def selfref():
    yield from me
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# a yield from chain driven by for
def chain(*its):
    for it in its:
        yield from it
print(list(chain([0, 1, 2], "xy", (x * x for x in [4, 5]))))
