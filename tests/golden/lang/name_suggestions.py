# The "Did you mean" hint of uncaught NameError and AttributeError (CPython
# 3.11): locals, then globals, then builtins; dir(obj) for attributes; case
# changes cost half; nothing past a third of the characters; subclasses and
# UnboundLocalError get no hint; a handled NameError keeps name.
import sys

def run(src):
    try:
        exec(src, {})
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e, getattr(e, 'name', None))

def show(e):
    sys.stdout.flush()
    sys.__excepthook__(type(e), e, e.__traceback__)
    sys.stderr.flush()

run("pritn(1)")
run("x = 1\ndel y")
run("import sys\nsys.getsizeof_(1)")
try:
    undefined_thing
except NameError as e:
    print(e.name, repr(e))

class Node:
    def __init__(self):
        self.value = 1
        self.next_node = None

node = Node()
tests = [
    "print(node.valeu)",
    "print(node.Value)",
    "print(node.next_nod)",
    "print(node.zzz)",
    "print(nod)",
    "print(Nod)",
    "print(lenn([]))",
    "print(ZeroDivisonError)",
    "print(abcdefghijklmnop)",
    "[].apend(1)",
    "'x'.uper()",
    "(1).real_",
]
for t in tests:
    try:
        exec(t)
    except (NameError, AttributeError) as e:
        show(e)

def f(alpha, beta):
    gamma = 3
    return alphq + gamma

def g():
    value = 1
    return valeu + Valeu

class E(NameError):
    pass

for fn in (lambda: f(1, 2), g, lambda: gammma, lambda: f.__nme__):
    try:
        fn()
    except (NameError, AttributeError) as e:
        show(e)
try:
    raise E("name 'pritn' is not defined", name='pritn')
except E as e:
    show(e)
try:
    raise NameError("custom", name='pritn')
except NameError as e:
    show(e)
try:
    raise AttributeError("custom", name='apend', obj=[])
except AttributeError as e:
    show(e)

def h():
    lenn = 1
    del lenn
    return lenn
try:
    h()
except UnboundLocalError as e:
    show(e)
nod_e
