# The collections module.
from collections import namedtuple, defaultdict, OrderedDict, Counter, deque, ChainMap
P = namedtuple('Point', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._make([3, 4]), P._fields)
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), len(p), list(p))
x, y = p
print(x + y, P.__name__, P.x.__doc__)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 9])
print(Q(1), Q(1, 2), Q._field_defaults)
R = namedtuple('R', 'a def a', rename=True)
print(R._fields)
for bad in [('X', 'a a'), ('X', '_a'), ('X', 'def'), ('1X', 'a')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print(e)
try:
    P(1)
except TypeError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)

d = defaultdict(list)
d['a'].append(1)
d['b']
print(d, d['a'], 'c' in d, len(d), isinstance(d, dict))
print(repr(defaultdict(int, {'x': 1})), defaultdict().default_factory)
try:
    defaultdict()['k']
except KeyError as e:
    print('KeyError', e)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))

o = OrderedDict()
o['b'] = 1
o['a'] = 2
o['c'] = 3
o.move_to_end('b')
print(o, list(o))
o.move_to_end('c', last=False)
print(list(o.items()), o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(), OrderedDict.fromkeys('ab'))

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.total())
print(sorted(c.elements()))
c.update('zz')
c.subtract({'a': 4})
print(c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(), Counter({'x': 2}) == Counter(x=2), Counter(cats=4, dogs=8).most_common())
del c['nothing']
print(len(c))

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1], q.pop(), q.popleft(), q)
q.extend([7, 8])
q.extendleft([-1, -2])
print(q, list(reversed(q)))
q.rotate(2)
print(q)
q.rotate(-3)
print(q, 7 in q, q.count(7), q.index(7))
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9)
m.appendleft(-9)
print(m)
try:
    deque().pop()
except IndexError as e:
    print(e)
big = deque()
for i in range(1000):
    big.append(i)
for i in range(990):
    big.popleft()
print(list(big), big == deque(range(990, 1000)))
q2 = deque('abc')
q2.reverse()
q2.remove('b')
q2.insert(1, 'z')
print(q2, q2 + deque('x'), q2 * 2, deque([1]) < deque([2]))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'c': 0})['c'])
