# Deleting a name, item or attribute that is already gone.
x = 1
del x
try:
    del x
except NameError as e:
    print(e)
def f():
    y = 1
    del y
    del y
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
l = [1]
del l[0]
try:
    del l[0]
except IndexError as e:
    print(e)
d = {}
try:
    del d['k']
except KeyError as e:
    print(repr(e))
class C: pass
c = C()
c.a = 1
del c.a
try:
    del c.a
except AttributeError as e:
    print(e)
