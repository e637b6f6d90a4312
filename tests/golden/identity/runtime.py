# Identity of objects made at run time: small ints, singletons, cached
# one-character strings, sys.intern.
import sys
def same(a, b):
    return a is b

n = 300
m = 44
print("small int results", same(m + m, 88), same(n - 100, 200), same(n - 44, 256), same(n - 43, 257))
print("negative small", same(m - 49, -5), same(m - 50, -6))
print("int()", same(int('7'), 7), same(int('-5'), -5), same(int('300'), int('300')), same(int(7.9), 7))
print("len()", same(len('abc'), 3), same(len([0] * 300), len([0] * 300)))
r = list(range(300))
print("range", same(r[200], 200), same(r[256], 256), same(r[257], 257))
print("builtins", same(abs(-5), 5), same(ord('a'), 97), same(hash(5), 5), same(max(3, 300), 300))
big = 1000
print("same object through names", same(big + 0, big), same(int(big), big), same(+big, big))
l = [big]
print("through a list", same(l[0], big), same(l.copy()[0], big))
print("int arithmetic", same(10 // 2, 5), same(2 ** 3, 8), same(-(-5), 5), same(m // 4, 11), same(m * 5, 220))
print("big results are new", same(big * 2, big * 2), same(n + n, n + n))

print("empty tuple", same(tuple(), ()), same(tuple([]), ()), same((1, 2)[2:], ()), same(() + (), ()))
e = ''
print("empty str", same(str(), e), same(''.join([]), e), same('a'[1:], e), same(e + e, e), same(str(e), e))
print("empty bytes", same(bytes(), b''), same(b'ab'[2:], b''))
print("frozenset()", same(frozenset(), frozenset()), same(frozenset([]), frozenset()))
print("bool", same(1 == 1, True), same(bool(0), False), same(not 5, False))
print("None", same(print() if False else None, None), same({}.get(1), None))

s = 'abc'
print("one-character str", same(s[0], s[0]), same(s[0:1], s[0]), same(chr(99), s[2]))
x = 'xé'
print("latin-1 chars", same(x[1], chr(233)), same(x[1], 'é'))
w = 'a b'
print("whole slices", same(w[:], w), same(w[0:3], w), same(w * 1, w), same(str(w), w))
t = (1, 2)
print("tuples", same(t[:], t), same(tuple(t), t), same(t * 1, t), same(t + (), t))
print("str methods", same(w.replace('x', 'y'), w), same('ab'.strip(), 'ab'))
h = 'hello'
print("join", same(''.join(['hel', 'lo']), h), same(sys.intern(''.join(['hel', 'lo'])), h))
print("sys.intern", same(sys.intern('abc def'), 'abc def'), same(sys.intern(''.join(['a', 'b c'])), 'ab c'))
k = ''.join(['not', ' ', 'interned'])
print("intern keeps the first", same(sys.intern(k), k), same(sys.intern('not interned'), k))
d = {'key': 1}
for key in d:
    print("dict keys", same(key, 'key'))
class A:
    pass
print("names", same(A.__name__, 'A'), same(type(5).__name__, 'int'))
print("str(int) is new", same(str(5), str(5)), same(str(10), str(10)))
print("float() is new", same(float('1.5'), float('1.5')))
try:
    sys.intern(5)
except TypeError as ex:
    print(ex)
