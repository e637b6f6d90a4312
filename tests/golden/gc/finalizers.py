# __del__ on objects in cycles runs once (PEP 442); resurrection keeps the
# object and everything it reaches; finalized objects are not finalized again.
import gc

gc.collect()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = D('a')
b = D('b')
a.other = b
b.other = a
del a, b
n = gc.collect()
print("collected", n)

saved = []
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("resurrecting", self.name)
        saved.append(self)

r = R('r')
r.me = r
r.data = [1, 2, 3]
del r
print(gc.collect())
print(len(saved), saved[0].name, saved[0].data, saved[0].me is saved[0])
print(gc.is_finalized(saved[0]))
saved.clear()
print(gc.collect())
print("after second collect")

# refcount death still runs __del__ at once
d = D('plain')
del d
print("end")
