# __slots__: no __dict__, member descriptors, errors
import sys
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'), P.x)
try: p.y
except AttributeError as e: print(e)
try: p.z = 3
except AttributeError as e: print(e)
p.y = 4; print(p.y); del p.y
try: del p.y
except AttributeError as e: print(e)
class Q(P):
    __slots__ = ('z',)
q = Q(2); q.z = 3; print(q.x, q.z)
class WithDict(P):
    pass
w = WithDict(5); w.other = 1; print(w.x, w.other, w.__dict__)
class Plain:
    pass
print(sys.getsizeof(P(1)) < sys.getsizeof(Plain()) + sys.getsizeof(Plain().__dict__))
class SD:
    __slots__ = ('a', '__dict__')
s = SD(); s.a = 1; s.b = 2; print(s.a, s.__dict__)
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e: print(e)
