# finally and with blocks of generators run on close, on collection and
# on exhaustion, in CPython's order.

log = []

class_free_cm_calls = []

def gen(name):
    try:
        print(name, "start")
        yield 1
        print(name, "between")
        yield 2
    finally:
        print(name, "finally")

# exhaustion
for x in gen("a"):
    print("a got", x)

# break out of a for loop: the generator dies with the loop's reference
for x in gen("b"):
    print("b got", x)
    break
print("after b loop")

# del of the last reference
g = gen("c")
next(g)
print("deleting c")
del g
print("c deleted")

# rebinding the name
g = gen("d")
next(g)
g = None
print("d replaced")

# generator dropped at the end of a function call
def use():
    h = gen("e")
    next(h)
    print("leaving use")
use()
print("use returned")

# close runs finally, then the generator is finished
g = gen("f")
next(g)
g.close()
print("f closed", list(g))

# nested try/finally: inner first
def nested():
    try:
        try:
            yield "x"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested()
next(n)
del n
print("nested gone")

# GeneratorExit can be observed and cleaned up after
def observe():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("observe finally")
o = observe()
next(o)
o.close()

# with statement inside a generator: __exit__ sees GeneratorExit
def opener(path):
    with open(path) as f:
        print("opened", f.closed)
        yield f.readline().rstrip("\n")
        yield "second"
    print("not reached on close")
op = opener("cleanup.py")
fh = None
print(next(op))
op.close()
print("closed op")

# finally that yields during close
def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2
y = yields_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(list(y))
except GeneratorExit:
    print("the pending GeneratorExit resurfaces")

# exceptions raised by finally during close propagate from close()
def raising_finally():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
r = raising_finally()
next(r)
try:
    r.close()
except ValueError as e:
    print("close raised", e, type(e.__context__).__name__)

# generators collected at interpreter exit still run their finally
late = gen("late")
next(late)
print("end of script")
