# Generators as methods and __iter__, yield from a class-based iterator with
# send/throw/close, and a with statement whose __exit__ runs on close.
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k

t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), sum(t), 3 in t)

class Counter:
    def __init__(self, n):
        self.n = n
    def gen(self):
        for i in range(self.n):
            yield i * self.n
print(list(Counter(3).gen()))
print(Counter(2).gen().__qualname__)

class Echo:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        if len(self.log) > 3:
            raise StopIteration
        return len(self.log)
    def send(self, v):
        self.log.append(v)
        return v * 10
    def throw(self, typ, val=None, tb=None):
        self.log.append(("throw", typ.__name__))
        return "thrown"
    def close(self):
        print("Echo.close called")

def deleg(e):
    r = yield from e
    return r
e = Echo()
d = deleg(e)
print(next(d), d.send(5), d.throw(KeyError), d.send(7))
d.close()
print(e.log)

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return False
def with_gen():
    with CM():
        yield 1
        yield 2
w = with_gen()
next(w)
del w
print("after del")
w = with_gen()
print(list(w))
