# get_referents / get_referrers on plain containers.
import gc

a = [1, 'two']
b = {'k': a}
print(gc.get_referents(a))
print(gc.get_referents(b))
print(gc.get_referents(1, 'x'))
t = (a, 5)
print(gc.get_referents(t)[0] is a)
print(any(r is b for r in gc.get_referrers(a)))
print(any(r is t for r in gc.get_referrers(a)))
holder = [b]
print([r is holder for r in gc.get_referrers(b) if r is holder])
print(a in gc.get_objects())
