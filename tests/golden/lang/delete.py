def tryit(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
x = 1
del x
tryit(lambda: x)
a, b = 1, 2
del a, b
print('a' in globals(), 'b' in globals())
l = list(range(10))
del l[0]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
del l[-1]
print(l)
del l[:]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
def dk(): del d['zz']
tryit(dk)
class O: pass
o = O()
o.x = 1
del o.x
print(hasattr(o, 'x'))
def da(): del o.x
tryit(da)
def dl(): del l[5]
tryit(dl)
def dt():
    t = (1, 2)
    del t[0]
tryit(dt)
def ds():
    s = 'abc'
    del s[0]
tryit(ds)
def dattrint(): del (1).real
tryit(dattrint)
def dlocal():
    q = 1
    del q
    del q
tryit(dlocal)
l = [[1, 2], [3, 4]]
del l[0][1], l[1]
print(l)
del (l[0])
print(l)
def dlist():
    aa, bb = 1, 2
    del [aa, bb]
    return locals()
print(dlist())
class P:
    def __delitem__(self, k): print('delitem', k)
    def __delattr__(self, k): print('delattr', k)
p = P()
del p[1:2, 3]
del p.anything
del p[...]
