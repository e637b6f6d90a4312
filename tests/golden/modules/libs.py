import functools, itertools, collections, copy, json, operator, math, random, string
from collections import namedtuple, Counter, defaultdict, OrderedDict, deque
P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p._asdict(), p._replace(y=5), P._fields, P._field_defaults, p[0], p.x, tuple(p), P(1, 2) == (1, 2))
try:
    P()
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple('Q', 'a a')
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple('Q', 'a def')
except ValueError as e:
    print(type(e).__name__, e)
R = namedtuple('R', ['a', '_b', 'a'], rename=True)
print(R._fields, R(1, 2, 3))
c = Counter('abracadabra')
print(c.most_common(3), c['z'], c + Counter('aaz'), c - Counter('aaaaaaab'), c & Counter('aab'), c | Counter('zz'))
print(sorted(c.elements())[:5], Counter(a=3, b=-1), +Counter(a=3, b=-1), -Counter(a=3, b=-1), c.total())
c.update('zz'); c.subtract({'a': 10})
print(c)
d = defaultdict(list); d['a'].append(1)
print(d, defaultdict(int), defaultdict(None, {1: 2}), d.default_factory)
try:
    defaultdict(None)['x']
except KeyError as e:
    print(type(e).__name__, e)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('d', last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
dq = deque(range(5), maxlen=3)
print(dq, dq.maxlen)
dq.append(9); dq.appendleft(7); dq.rotate(1); print(dq)
dq.rotate(-2); print(dq, dq[0], dq[-1], len(dq))
dq2 = deque([1, 2, 3]); dq2.extendleft([4, 5]); print(dq2, dq2.index(2), dq2.count(1))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print(type(e).__name__, e)
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 1))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
pp = functools.partial(int, base=2)
print(pp('101'), pp.func is int, pp.args, pp.keywords, repr(functools.partial(max, 1))[:25])
@functools.lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def documented(a):
    "the doc"
    return a
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(itertools.chain([1], 'ab')), list(itertools.chain.from_iterable(['ab', 'c'])))
print(list(itertools.combinations('abc', 2)), list(itertools.combinations_with_replacement('ab', 2)))
print(list(itertools.permutations('abc', 2)), len(list(itertools.permutations(range(4)))))
print(list(itertools.product('ab', repeat=2)), list(itertools.product([1, 2], 'x')))
print(list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.islice('abcdef', 1, None, 2)))
print(list(itertools.islice(itertools.cycle('ab'), 5)), list(itertools.repeat('x', 3)))
print([(k, list(g)) for k, g in itertools.groupby('aabbbc')], list(itertools.starmap(pow, [(2, 3)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.filterfalse(None, [0, 1, '', 'a'])), list(itertools.compress('abcd', [1, 0, 1, 0])))
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), [list(t) for t in itertools.tee('abc', 2)])
print(list(itertools.pairwise('abcd')))
try:
    list(itertools.islice('abc', -1))
except ValueError as e:
    print(type(e).__name__, e)
a = [1, [2, 3]]; a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[1] is not a[1], copy.copy(a)[1] is a[1])
class C:
    def __init__(self): self.v = [1]
    def __copy__(self): print('copy hook'); return 'copied'
    def __deepcopy__(self, memo): print('deepcopy hook'); return 'deep'
print(copy.copy(C()), copy.deepcopy([C()]))
class Plain:
    def __init__(self): self.v = [1]
pl = Plain(); pl2 = copy.deepcopy(pl)
print(pl2.v, pl2.v is pl.v, type(pl2).__name__)
print(json.dumps({'a': [1, 2.5, None, True], 'b': 'é\n', 'c': {}}), json.dumps('é', ensure_ascii=False))
print(json.dumps([1, {'x': 1}], indent=2))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, separators=(',', ':')), json.dumps(1e100), json.dumps(0.1), json.dumps(float('inf')))
print(json.loads('{"a": [1, 2.5e3, null, true, "\\u00e9"]}'), json.loads('1.0'), json.loads(' "x" '))
for bad in ['{', '[1,]', '{"a" 1}', 'nul', '', '"abc', '[1] x', '{"a":1,}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
try:
    json.dumps({object(): 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({1: 'a', 2.5: 'b', None: 'c', True: 'd'}), json.dumps((1, 2)), json.dumps('\x00\u2028'))
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'), operator.neg(3), operator.contains([1], 1))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.sample(range(100), 3), random.uniform(1, 2))
lst = list(range(10)); random.shuffle(lst); print(lst, random.randrange(0, 100, 5), random.getrandbits(20))
print(math.gcd(12, 18), math.isqrt(99), math.comb(5, 2), math.perm(5, 2), math.factorial(10), math.prod([1, 2, 3]), math.dist((0, 0), (3, 4)))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords('hello  world'))
