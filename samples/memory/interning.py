# Interning: identifier-like strings and small ints are shared.
import sys

a = 'hello'
b = 'hello'
print(a is b)               # identifier-like constants are interned
c = ''.join(['hel', 'lo'])
print(c == a, c is a)       # built at run time: equal, not the same object
d = sys.intern(c)
print(d is a)               # sys.intern returns the canonical object
x = 256
y = 256
print(x is y)
