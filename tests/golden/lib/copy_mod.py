# The copy module.
import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d == a, d[1] is a[1], d[2]['k'] is a[2]['k'])
t = (1, 2, (3,))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy('s'), copy.deepcopy(None))
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)


class Pt:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags

    def __repr__(self):
        return 'Pt(%r, %r)' % (self.x, self.tags)


p = Pt(1, ['a'])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.tags is p.tags, p3.tags is p.tags, type(p3).__name__)


class Custom:
    def __init__(self):
        self.calls = []

    def __copy__(self):
        return 'shallow!'

    def __deepcopy__(self, memo):
        return 'deep with %s' % type(memo).__name__


print(copy.copy(Custom()), copy.deepcopy(Custom()), copy.deepcopy([Custom()]))


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, 'b'))


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.extra = 'x'
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.extra, mc[1] is ml[1])
print(copy.copy(len) is len, copy.deepcopy(Pt) is Pt)
