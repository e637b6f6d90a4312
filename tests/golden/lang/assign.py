# Assignment forms and unpacking
a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = 'ab'
print(s, t)
first, *rest = range(5)
print(first, rest)
*init, last = 'hello'
print(init, last)
h, *mid, tl = [1, 2]
print(h, mid, tl)
*everything, = (1, 2, 3)
print(everything)
a, (b, *c), d = 1, (2, 3, 4, 5), 6
print(a, b, c, d)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for *xs, y in [(1, 2, 3), (4,)]:
    print(xs, y)
ONE, TUP, NONE, FIVE = [1], (1,), None, 5
def tryit(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
def u1(): a, b = [1, 2, 3]
def u2(): a, b, c = [1, 2]
def u3(): a, b = 1
def u4(): a, *b, c = [1]
def u5(): a, b = 'abc'
def u6(): a, = []
def u7(): a, b = iter([1])
def u8(): a, b = {1: 2, 3: 4, 5: 6}
def u9(): (a, b), c = 1, 2
def u10(): a, *b, c, d = range(2)
def u11(): a, b = None
def u12(): [a, b] = (x for x in range(5))
for fn in (u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, u11, u12):
    tryit(fn)
# attributes and subscripts
class O: pass
o = O()
o.a = 1
o.b, o.c = 2, 3
print(o.a, o.b, o.c)
d = {}
d['k'], d['j'] = 1, 2
print(d)
l = [0] * 5
l[1:3] = ['a', 'b', 'c']
print(l)
l[::2] = [9, 9, 9]
print(l)
def ext(): l[::2] = [1, 2]
tryit(ext)
l[:] = []
print(l)
l = list(range(10))
l[2:8:3] = 'xy'
print(l)
l[5:2] = [100]
print(l)
l[-1:] = []
print(l)
def tsub(): (1, 2)[0] = 5
tryit(tsub)
def ssub(): 'abc'[0] = 'x'
tryit(ssub)
def isub(): (5)[0] = 1
tryit(isub)
def tattr(): (1).x = 5
tryit(tattr)
def strattr(): 'abc'.upper = 5
tryit(strattr)
def tdel(): del (1, 2)[0]
tryit(tdel)
def objattr(): object().x = 1
tryit(objattr)
def listattr(): [].append = 1
tryit(listattr)
def keyerr(): {}['nope']
tryit(keyerr)
def idxerr(): [1][5]
tryit(idxerr)
def idxerr2(): [1][5] = 0
tryit(idxerr2)
def idxtype(): ONE['a']
tryit(idxtype)
def idxtype2(): TUP[1.5]
tryit(idxtype2)
def strindex(): 'abc'[10]
tryit(strindex)
def noneidx(): NONE[0]
tryit(noneidx)
def intcall(): FIVE()
tryit(intcall)
def nonesub(): None[0] = 1
tryit(nonesub)
def delnone(): del None[0]
tryit(delnone)
# order of evaluation in assignment
log = []
def L(v):
    log.append(v)
    return v
dd = {}
dd[L('key')] = L('value')
print(log)
log.clear()
L([0, 0])[L(0)], L([0, 0])[L(1)] = L(1), L(2)
print(log)
# chained assignment left to right
class T:
    def __setattr__(self, k, v):
        print('set', k, v)
t = T()
t.a = t.b = 7
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
