# id(): one number per live object, equal for the same object, an address.
import sys
a = [1]
b = a
print("same object", id(a) == id(b), id(a) == id(a))
print("different objects", id([]) is not None, id(a) != id([1]))
x = 1000; y = 1000
print("shared constant", id(x) == id(y))
print("small ints", id(5) == id(2 + 3), id(256) == id(int('256')))
s = 'hello'
print("interned", id(s) == id(sys.intern(''.join(['hel', 'lo']))))
print("not interned", id(''.join(['hel', 'lo'])) == id(s))
live = [object() for _ in range(1000)]
print("distinct while alive", len({id(o) for o in live}))
print("hex", hex(id(a)).startswith('0x'), id(a) > 0, type(id(a)).__name__)
print("id is int", isinstance(id(None), int), id(None) == id(None), id(True) != id(False))
class C:
    pass
c = C()
print("instance", id(c) == id(c), id(c) != id(C()))
print("method objects", id(c.__init__) == id(c.__init__))
print("is vs id", (a is b) == (id(a) == id(b)))
t = (1, 2)
print("tuple", id(t) == id((1, 2)))
