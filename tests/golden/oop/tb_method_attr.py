# the carets of an AttributeError raised by a method call point at the attribute
s = ['a', 'b']
try:
    dict(**{'a': 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
def f(**k): return k
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(**{'sep': 1}, sep=2)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def m(self, **k): return k
try:
    C().m(**{'a': 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
s.appendx('d')
