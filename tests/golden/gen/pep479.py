# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.

def leaky():
    yield 1
    next(iter([]))
    yield 2

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
print(list(g))

def raises_directly():
    raise StopIteration("explicit")
    yield
try:
    list(raises_directly())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# return is the way to stop; StopIteration caught inside is fine
def fine():
    try:
        next(iter(()))
    except StopIteration:
        yield "caught inside"
    return
print(list(fine()))

# in a generator expression
def stop_on(x):
    if x == 2:
        raise StopIteration
    return x
try:
    print(list(stop_on(x) for x in [1, 2, 3]))
except RuntimeError as e:
    print("genexp RuntimeError:", e)

# through yield from: the inner converts, the outer sees RuntimeError
def inner():
    yield 1
    raise StopIteration(5)
def outer():
    try:
        yield from inner()
    except RuntimeError as e:
        yield "outer caught: " + str(e)
print(list(outer()))

# thrown StopIteration is converted too
def plain():
    yield 1
p = plain()
next(p)
try:
    p.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown:", e, repr(e.__cause__))

# uncaught: the traceback shows both exceptions
def bad():
    yield 1
    next(iter([]))
for x in bad():
    print("got", x)
