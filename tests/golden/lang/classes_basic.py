class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @property
    def tup(self):
        return (self.x, self.y)
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def helper(v):
        return v * 2
p = Point(3, 4)
print(p, p.norm2(), p.tup, Point.origin(), Point.helper(5), p.helper(6), p.dims, Point.__doc__)
print(p == Point(3, 4), p != Point(3, 4), p + p, {p: 1}[Point(3, 4)], Point.__name__, Point.__qualname__)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object), Point.__mro__)
print(sorted(k for k in vars(p)), p.__dict__, Point.norm2(p))
p.z = 5
print(p.z, hasattr(p, 'z'), getattr(p, 'w', 'default'))
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: p.missing)
t(lambda: Point.missing)
t(lambda: Point(1))
t(lambda: Point(1, 2, 3))
t(lambda: setattr(p, 'tup', 1))
t(lambda: p.norm2(1))
t(lambda: Point.norm2())
t(lambda: p < p)
t(lambda: p + 1)
t(lambda: -p)
t(lambda: len(p))
t(lambda: p[0])
t(lambda: iter(p))
t(lambda: p())
class Animal:
    sound = '...'
    def __init__(self, name): self.name = name
    def speak(self): return f'{self.name} says {self.sound}'
class Dog(Animal):
    sound = 'woof'
    def speak(self): return super().speak() + '!'
class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name + ' jr')
print(Dog('rex').speak(), Puppy('rex').speak(), Animal('x').speak())
print(issubclass(Puppy, Animal), Puppy.__bases__, [c.__name__ for c in Puppy.__mro__])
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
t(lambda: type('Bad', (A, A), {}))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count_at_init = self.count
a, b = Counter(), Counter()
print(Counter.count, a.count_at_init, b.count_at_init, a.count)
a.count = 100
print(a.count, Counter.count, b.count)
class Slots:
    __slots__ = ('a',)
s = Slots()
s.a = 1
t(lambda: setattr(s, 'b', 2))
print(s.a)
class WithClassAttrList:
    items = []
    def add(self, v): self.items.append(v)
w1, w2 = WithClassAttrList(), WithClassAttrList()
w1.add(1)
print(w2.items)
# class body executes top to bottom
class Body:
    print('in class body')
    x = 1
    y = x + 1
print(Body.y)
Dynamic = type('Dynamic', (object,), {'v': 5, 'get': lambda self: self.v})
print(Dynamic().get(), Dynamic.__name__)
print(repr(type), type(type), type(object), object.__bases__, type.__bases__)
class Str:
    def __str__(self): return 'str!'
print(str(Str()), f'{Str()}', '%s' % Str(), print is print)
