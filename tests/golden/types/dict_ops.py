def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
d['b'] = 4
d['a'] = 5
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('y'), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
t(lambda: d.pop('zz'))
t(lambda: d['missing'])
t(lambda: {}[(1, 2)])
t(lambda: {}[''])
t(lambda: {}[None])
t(lambda: {}[[1]])
t(lambda: {[1]: 2})
t(lambda: {}.get([1]))
t(lambda: {}.popitem())
print(d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
d.update(w=4)
print(d)
t(lambda: d.update([1, 2]))
t(lambda: d.update([(1, 2, 3)]))
t(lambda: d.update(5))
t(lambda: d.update({}, {}))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
c = d.copy(); c.clear(); print(c, len(d))
print(dict(a=1, b=2), dict([(1, 2)]), dict({1: 2}, c=3), dict(zip('ab', range(2))))
t(lambda: dict([1]))
t(lambda: dict(1))
t(lambda: dict([('a',)]))
t(lambda: dict({}, {}))
k = {'a': 1, 'b': 2}.keys()
print(k, k & {'a', 'x'} == {'a'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(k == {'a', 'b'}, k <= {'a', 'b', 'c'}, 'a' in k, len(k), k.isdisjoint({'q'}))
i = {'a': 1}.items()
print(i, ('a', 1) in i, ('a', 2) in i, i == {('a', 1)}, i | {(1, 2)} == {('a', 1), (1, 2)})
v = {'a': 1}.values()
print(v, 1 in v, v == v, list(v))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({1: 2}.items())))
print({1: 2} | {3: 4}, {1: 2, 3: 4} | {1: 5})
x = {1: 2}
x |= {3: 4}
x |= [(5, 6)]
print(x)
t(lambda: {1: 2} | [(3, 4)])
def itermod():
    d = {1: 2, 3: 4}
    for k in d:
        d[k + 10] = 0
t(itermod)
def itermod2():
    d = {1: 2, 3: 4}
    for k in d:
        del d[k]
t(itermod2)
def itermod3():
    d = {1: 2, 3: 4}
    for k in d:
        d[k] = 5
    return d
t(itermod3)
def itermod4():
    d = {1: 2, 3: 4}
    for k in d.values():
        d.pop(1)
t(itermod4)
def itermod5():
    d = {1: 2, 3: 4}
    for k in d:
        d.pop(1)
        d[1] = 2
t(itermod5)
print({1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3})
t(lambda: {1: 2} < {1: 2})
r = {}
r['self'] = r
print(r)
r2 = {1: [r]}
print(r2)
print(repr({'a': 'b', 1: None, (1, 2): [3]}))
t(lambda: {}.keys() is None)
t(lambda: dict.fromkeys(5))
t(lambda: hash({}))
t(lambda: {1: 1}.__contains__([1]))
t(lambda: [1] in {1: 1})
t(lambda: {1: 1}.get())
t(lambda: {1: 1}.setdefault())
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return 'K(%r)' % self.v
d = {K(1): 'a', K(2): 'b'}
print(d, d[K(2)], K(3) in d)
t(lambda: d[K(3)])
t(lambda: {}[K(9)])
print({(): 1}, {(1,): 1}[(1,)])
t(lambda: {}[()])
t(lambda: {}[(1,)])
t(lambda: {}[1, 2])
d = {}
for i in range(100):
    d[i] = i
for i in range(0, 100, 3):
    del d[i]
d[0] = 'zero'
print(list(d)[:10], list(d)[-3:], len(d))
print(dict(sorted({3: 1, 1: 2}.items())))
print({**{'a': 1}, 'b': 2, **{'a': 3}})
t(lambda: {**{1: 2}, **[1]})
t(lambda: iter({1: 2}).__length_hint__())
t(lambda: next(iter({1: 2}.items())))
t(lambda: type({}.keys()).__name__)
t(lambda: type(iter({}.values())).__name__)
