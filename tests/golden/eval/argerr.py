def f(x, y): pass
def g(a, /, b): pass
for call in (lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, z=2),
             lambda: f(1, x=2), lambda: g(a=1, b=2)):
    try:
        call()
    except TypeError as e:
        print(e)
def h():
    print(q)
    q = 1
try:
    h()
except UnboundLocalError as e:
    print(e)
try:
    undefined
except NameError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
