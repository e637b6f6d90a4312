# The exception being handled, as seen from generator bodies: a generator
# keeps its own across yields, sees its resumer's when it has none, and
# exceptions raised inside chain to the right one.

def g():
    try:
        raise KeyError("inside")
    except KeyError:
        yield 1
        try:
            raise ValueError("after resume")
        except ValueError as e:
            print("chained to", repr(e.__context__))
    try:
        raise TypeError("after handler")
    except TypeError as e:
        print("after handler, context:", repr(e.__context__))
    yield 2

it = g()
try:
    raise NameError("outer")
except NameError:
    next(it)
try:
    raise IndexError("second outer")
except IndexError:
    next(it)
# an exception raised in a generator resumed inside an except block chains
# to the resumer's exception
def raiser():
    yield
    raise IndexError("from gen")
r = raiser()
next(r)
try:
    try:
        raise ValueError("handling this")
    except ValueError:
        next(r)
except IndexError as e:
    print("context:", repr(e.__context__))

# bare raise inside a generator re-raises the resumer's exception
def reraiser():
    yield
    raise
rr = reraiser()
next(rr)
try:
    try:
        raise OSError("to re-raise")
    except OSError:
        next(rr)
except OSError as e:
    print("re-raised:", repr(e))

# the generator's own handled exception survives a suspension
def keeps():
    try:
        raise LookupError("mine")
    except LookupError:
        yield
        try:
            raise RuntimeError("new")
        except RuntimeError as e:
            yield repr(e.__context__)
k = keeps()
next(k)
try:
    raise ZeroDivisionError("resumer's")
except ZeroDivisionError:
    print(next(k))
