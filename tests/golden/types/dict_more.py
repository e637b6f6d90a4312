def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Key:
    def __init__(self, h, name):
        self.h = h
        self.name = name
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return 'Key(%s)' % self.name
d = {Key(1, 'a'): 1, Key(1, 'b'): 2, Key(2, 'c'): 3}
print(d, d[Key(1, 'b')], Key(1, 'z') in d, len(d))
del d[Key(1, 'a')]
print(d, list(d.items()))
class Bad:
    def __hash__(self):
        raise ValueError('no hash')
t(lambda: {Bad(): 1})
t(lambda: {}.get(Bad()))
t(lambda: Bad() in {})
t(lambda: {1: 2}.pop(Bad()))
class HashRet:
    def __hash__(self):
        return 'x'
t(lambda: hash(HashRet()))
class HashBig:
    def __hash__(self):
        return 2**100
t(lambda: hash(HashBig()) == hash(2**100))
class EqOnly:
    def __eq__(self, o):
        return True
t(lambda: hash(EqOnly()))
t(lambda: {EqOnly(): 1})
d = dict.fromkeys(range(10), 0)
for k in list(d):
    if k % 2:
        del d[k]
d.update({1: 'one'})
d[3] = 'three'
print(d, list(d.keys())[::2], list(d.values())[-2:])
print(d.pop(0), d.popitem(), d.popitem(), d)
e = {}
e.setdefault('list', []).append(1)
e.setdefault('list', []).append(2)
print(e)
t(lambda: e.setdefault([], 1))
t(lambda: dict.fromkeys('ab', []))
t(lambda: {1: 2}.keys() - [1])
t(lambda: {1: 2}.keys() | [3, 4])
t(lambda: {1: 2}.items() & [(1, 2)])
t(lambda: {1: 2}.keys() & 5)
t(lambda: {1: 2}.values() | {1})
t(lambda: len({1: 2}.items()))
t(lambda: list({1: 2, 3: 4}.values()))
t(lambda: {1: 2}.keys()[0])
t(lambda: sorted({3: 1, 1: 2, 2: 3}.items(), key=lambda kv: kv[1]))
t(lambda: dict(sorted({'b': 1, 'a': 2}.items())))
t(lambda: {k: v for k, v in zip('abc', range(3)) if v})
t(lambda: {x: x * x for x in range(5)})
t(lambda: {(i, j): i * j for i in range(2) for j in range(2)})
t(lambda: dict.__getitem__({1: 2}, 1))
t(lambda: dict.get({1: 2}, 3, 'd'))
class DSub(dict):
    def __missing__(self, key):
        return key * 2
ds = DSub(a=1)
print(ds['a'], ds['zz'], ds.get('zz'), 'zz' in ds, ds)
class DSub2(dict):
    pass
t(lambda: DSub2()['x'])
t(lambda: repr(DSub2(a=1)))
t(lambda: type(DSub2(a=1).copy()).__name__)
t(lambda: DSub2(a=1) == {'a': 1})
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-5:], sum(big), big.get(999))
r = {}
r[1] = r
print(r, repr([r]), str({'k': r}))
nested = {'a': {'b': {'c': [1, {'d': ()}]}}}
print(nested, nested['a']['b']['c'][1]['d'])
t(lambda: {}.fromkeys())
t(lambda: {}.update(1, 2))
t(lambda: {}.pop())
t(lambda: {}.clear(1))
t(lambda: {}.items(1))
t(lambda: {}.copy(1))
