# The operator module.
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.sub(2, 3), operator.mul('a', 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5))
print(operator.lt(1, 2), operator.eq(1, 1.0), operator.is_(None, None), operator.not_(0))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5))
print(operator.lshift(1, 4), operator.rshift(256, 2), operator.abs(-3), operator.index(7))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.concat([1], [2]), operator.getitem('abc', 1), operator.truth([]))
d = {}
operator.setitem(d, 'k', 1)
print(d)
operator.delitem(d, 'k')
print(d)
l = [1]
print(operator.iadd(l, [2]) is l, l, operator.iadd(1, 2))
g = itemgetter(1)
print(g('abc'), itemgetter(0, 2)('abc'), itemgetter('x')({'x': 5}))
print(repr(g), repr(itemgetter(1, 'a')))
class P:
    def __init__(self):
        self.x = 1
        self.inner = self
    def hello(self, name, punct='!'):
        return 'hi ' + name + punct
p = P()
print(attrgetter('x')(p), attrgetter('x', 'inner.x')(p), repr(attrgetter('inner.x')))
m = methodcaller('hello', 'bob', punct='?')
print(m(p), repr(m))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print(e)
try:
    attrgetter(1)
except TypeError as e:
    print(e)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(4))), operator.length_hint(5, 9))
