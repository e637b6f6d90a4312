# __del__ runs when the last reference goes, once; errors are reported
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
a = D('a')
b = a
del a
print('still alive')
del b
def f():
    x = D('local')
    return 1
f()
print('after f')
lst = [D('in list')]
lst.clear()
class Res:
    saved = []
    def __del__(self): Res.saved.append(self); print('resurrected')
r = Res(); del r
print(len(Res.saved))
Res.saved.clear()
print('end')
