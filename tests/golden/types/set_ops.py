def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {100, 5, 37}
print(s)
print({3, 1, 2}, {1, 9, 17, 25}, {-1, -2, 0}, {10**20, 1}, set(), frozenset(), frozenset([3, 1]))
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a < a | b, a >= {1}, a > a, a == {4, 3, 2, 1})
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([1, 9]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([9]), a.isdisjoint(b))
c = set(a)
c.add(10); c.discard(1); c.discard(999); c.remove(2)
print(c)
t(lambda: c.remove(999))
t(lambda: set().pop())
t(lambda: c.remove([1]))
t(lambda: {[1]})
t(lambda: set([[1]]))
t(lambda: [1] in c)
t(lambda: {1} | [2])
t(lambda: {1} < [2])
t(lambda: {1} + {2})
c.update([20, 21], (22,))
print(c)
c.intersection_update(range(15))
print(c)
c.difference_update([3])
print(c)
c.symmetric_difference_update({4, 50})
print(c)
c |= {60}; c &= {50, 60, 10}; c -= {10}; c ^= {70}
print(c)
x = set(range(20))
for i in range(0, 20, 2):
    x.remove(i)
print(x)
x.add(0); x.add(100); x.add(32)
print(x)
print(x.pop(), x.pop(), x)
f = frozenset([1, 2])
print(f | {3}, {3} | f, type(f | {3}).__name__, type({3} | f).__name__, f.copy() is f)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): 'x'})
t(lambda: hash({1}))
t(lambda: f.add(3))
print(repr(frozenset([1, 2])), str({1}), frozenset({frozenset()}))
r = set()
print(set([1, 2]) == frozenset([1, 2]), {1, 2} == [1, 2], {1.0, 1} == {1})
print(sorted({5, 3, 9}), len({1, 1, 1}), 1 in {1}, 2 not in {1})
def iterm():
    s = {1, 2, 3}
    for v in s:
        s.add(v + 10)
t(iterm)
def iterm2():
    s = {1, 2, 3}
    for v in s:
        s.discard(v)
t(iterm2)
print(set('a') == {'a'}, set(range(5)), set({1: 2, 3: 4}), set(x * x for x in range(-3, 4)))
t(lambda: set(1))
t(lambda: set([1], [2]))
t(lambda: frozenset(1))
print({1, 2, 3} - {2}, {i for i in range(10) if i % 3 == 0})
print({0, 8, 16, 24, 32, 40}, {1, 33, 65}, {7, 15, 23, 31, 39, 47, 55, 63})
big = set(range(1000))
for i in range(0, 1000, 7):
    big.discard(i)
print(len(big), list(big)[:10], list(big)[-5:])
print(set([1, 2, 3]).copy(), frozenset(range(3)))
t(lambda: set.union())
t(lambda: {1}.union())
t(lambda: {1}.issubset(5))
t(lambda: {1, 2} <= {1, 2, 3})
t(lambda: {1, 2} < {1, 2})
s = {1}
s.add(s.pop())
print(s)
class H:
    def __hash__(self): return 7
    def __eq__(self, o): return self is o
    def __repr__(self): return 'H'
print({H(), H()})
t(lambda: len({H(), H()}))
print({True, 1, 1.0}, {1.0, 1, True}, {0, False}, {False, 0})
print(frozenset([5, 1]) == {1, 5}, {frozenset([1]), frozenset([1])})
e = set()
e |= {3}
print(e, e.__len__(), set.__name__, type(e.__iter__()).__name__)
p62 = 2**62
print({-5, -1, 3, p62, -p62})
