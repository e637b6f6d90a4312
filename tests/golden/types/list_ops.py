import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(100, 99); a.insert(-100, -1); a.insert(-1, 98)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop('a'))
a.remove(3)
print(a)
t(lambda: a.remove(42))
print(a.index(4), a.count(4), [1, 1, 2, 1].count(1))
t(lambda: a.index(42))
t(lambda: [1, 2, 3, 2].index(2, 2))
t(lambda: [1, 2, 3, 2].index(2, -1))
t(lambda: [1, 2, 3].index(3, 0, 2))
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
a = list(range(10))
a[2:5] = ['x']
print(a)
a[::2] = 'ABCDE'[:len(a[::2])]
print(a)
a[1:1] = [7, 7]
print(a)
del a[::3]
print(a)
a[:] = []
print(a)
a = list(range(10))
def sa(lst, sl, val):
    try:
        lst[sl] = val
        print(lst)
    except Exception as e:
        print(type(e).__name__, e)
sa(list(range(10)), slice(None, None, 2), [1, 2])
sa(list(range(10)), slice(None, None, -3), 'abcd')
sa(list(range(10)), slice(None, None, -3), 'abc')
sa(list(range(10)), slice(1, 3), 5)
sa(list(range(10)), slice(1, 1, 1), [])
sa(list(range(10)), slice(8, 2, -2), [0, 0, 0])
sa(list(range(10)), slice(2, 8, 1), [])
sa(list(range(5)), slice(None, None, 1), range(3))
x = list(range(5))
x[1:3] = x
print(x)
x = list(range(5))
x[::2] = x[::2][::-1]
print(x)
t(lambda: [1, 2][5])
L2 = [1, 2]
t(lambda: L2['a'])
t(lambda: L2[1.0])
def setitem(l, i, v):
    l[i] = v
t(lambda: setitem([1], 5, 0))
t(lambda: setitem([1], 'a', 0))
def delitem(l, i):
    del l[i]
t(lambda: delitem([1], 5))
t(lambda: [1, 2] + (3,))
t(lambda: [1] * 'a')
t(lambda: [1, 2] * -1)
t(lambda: [3, 1, 2] < [3, 2])
t(lambda: [1, 2] < [1, 2, 0])
t(lambda: [1, 'a'] < [1, 2])
t(lambda: [1, 2] == [1, 2.0])
t(lambda: [] < ())
m = [[0] * 2] * 3
m[0][0] = 1
print(m)
m = [[0] * 2 for _ in range(3)]
m[0][0] = 1
print(m)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
a += (5, 6)
a += 'xy'
a += range(2)
print(a)
t(lambda: a + 'x')
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c')]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(data, reverse=True))
x = [3, 1, 2]
print(x.sort(), x)
x.sort(key=lambda v: -v)
print(x)
t(lambda: [1, 'a'].sort())
t(lambda: [3, 1].sort(lambda v: v))
t(lambda: [3, 1].sort(cmp=None))
t(lambda: sorted([3, 1], key=None))
t(lambda: sorted())
t(lambda: sorted([1], [2]))
def mutate():
    l = [3, 2, 1]
    def k(v):
        l.append(v)
        return v
    l.sort(key=k)
t(mutate)
def mutate2():
    l = [3, 2, 1]
    def k(v):
        l.clear()
        return v
    l.sort(key=k)
    return l
t(mutate2)
r = [1]
r.append(r)
print(r, str(r))
t(lambda: list(5))
t(lambda: list('ab'))
t(lambda: list({1: 2}))
t(lambda: list(x=1))
t(lambda: [].__len__())
t(lambda: [1, 2, 3][::-1])
t(lambda: [1, 2, 3][-2:])
t(lambda: [1, 2, 3][::0])
x = [1, 2, 3]
x *= 2
print(x)
x *= 0
print(x)
sizes = []
l = []
last = sys.getsizeof(l)
sizes.append(last)
for i in range(100):
    l.append(i)
    s = sys.getsizeof(l)
    if s != last:
        sizes.append((i + 1, s))
        last = s
print(sizes)
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(10))), sys.getsizeof([0] * 10))
l = [1, 2, 3]
l.extend(range(20))
print(sys.getsizeof(l))
l = []
l.extend([1]); print(sys.getsizeof(l))
l = []
l += [1, 2, 3, 4, 5]; print(sys.getsizeof(l))
l = [1]; l.insert(0, 2); print(sys.getsizeof(l))
l = list(range(50))
while len(l) > 5:
    l.pop()
print(sys.getsizeof(l))
l = [1, 2]
it = iter(l)
l.append(3)
print(list(it))
print([x for x in [1, 2, 3] if x != 2])
print(list(reversed([1, 2, 3])))
t(lambda: [1, 2, 3].__reversed__().__length_hint__())
print(max([1, 5, 3]), min([4, 2, 8]))
a = [1, 2, 3]
a[5:] = [9]
a[-100:0] = [0]
print(a)
del a[100:]
del a[-100:1]
print(a)
a = 5
print([sys.getsizeof(x) for x in ([a], [a, a], [a, a, a], [1, 2, 3, 4, 5], [x for x in range(7)], list(x for x in range(7)),
       list('abcde'), list((1, 2, 3)), list([1]), [*range(3)], [0] * 7, [1, 2] * 3, list(range(1)), list({1: 2, 3: 4}))])
l = [1, 2, 3]; l.clear(); l.extend((1, 2, 3, 4, 5)); print(sys.getsizeof(l))
l = [1, 2, 3]; l[:] = range(9); print(sys.getsizeof(l))
l = list(range(20)); del l[2:18]; print(sys.getsizeof(l))
l = list(range(20)); l[2:18] = []; print(sys.getsizeof(l))
l = list(range(3)); l.__init__('abcdefg'); print(sys.getsizeof(l))
l = [5, 3, 1, 4]; l.sort(); print(sys.getsizeof(l))
