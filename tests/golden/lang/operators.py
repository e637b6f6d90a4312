def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
# arithmetic
t(lambda: 7 // 2); t(lambda: -7 // 2); t(lambda: 7 % -3); t(lambda: -7 % 3)
t(lambda: 2 ** 10); t(lambda: 2 ** -1); t(lambda: (-8) ** (1/3) if False else 0)
t(lambda: 7 / 2); t(lambda: 1 / 0); t(lambda: 1 // 0); t(lambda: 1 % 0)
t(lambda: 1.0 / 0); t(lambda: 1.0 // 0); t(lambda: 1.0 % 0); t(lambda: 0 ** -1)
t(lambda: 0.0 ** -1); t(lambda: divmod(7, 0)); t(lambda: divmod(-7, 2))
t(lambda: 10 ** 20); t(lambda: -2 ** 2); t(lambda: (-2) ** 2); t(lambda: 2 ** 3 ** 2)
t(lambda: 1 << 100); t(lambda: 1 >> 100); t(lambda: 1 << -1); t(lambda: -1 >> 1)
t(lambda: 5 & 3); t(lambda: 5 | 3); t(lambda: 5 ^ 3); t(lambda: ~5); t(lambda: -(-5)); t(lambda: +True)
t(lambda: True + True); t(lambda: True * 3.5); t(lambda: 3 * 'ab'); t(lambda: [0] * 3)
t(lambda: 'ab' * -1); t(lambda: (1, 2) * 2); t(lambda: 2.5 * 2)
# type errors
t(lambda: 1 + 'a'); t(lambda: 'a' + 1); t(lambda: [] + ()); t(lambda: () + [])
t(lambda: 'a' - 'b'); t(lambda: 1 - 'a'); t(lambda: None + 1); t(lambda: [1] - [1])
t(lambda: 'a' * 'b'); t(lambda: 'a' * 2.0); t(lambda: [1] * 1.5); t(lambda: 1 / 'a')
t(lambda: 1 // 'a'); t(lambda: 1 % []); t(lambda: 2 ** 'a'); t(lambda: 1 << 1.0)
t(lambda: 1.5 & 1); t(lambda: 1 | 'a'); t(lambda: {} ^ 1); t(lambda: 1 @ 2)
t(lambda: -'a'); t(lambda: +'a'); t(lambda: ~1.5); t(lambda: -[]); t(lambda: ~None)
t(lambda: b'a' + 'b'); t(lambda: 'b' + b'a'); t(lambda: {1: 2} + {3: 4}); t(lambda: {1} + {2})
t(lambda: 'x' % ()); t(lambda: 'x%s' % (1, 2)); t(lambda: 'a' % 'b' if False else '%d' % 'x')
t(lambda: pow(2, 3, 0)); t(lambda: pow(2, -1, 5)); t(lambda: pow(2.0, 3, 5))
# comparisons
t(lambda: 1 < 'a'); t(lambda: 'a' >= 1); t(lambda: [] < ()); t(lambda: None < None)
t(lambda: {} <= {}); t(lambda: 1 == 'a'); t(lambda: 1 != 'a'); t(lambda: object() < object())
t(lambda: 1 < 2 < 3); t(lambda: 1 < 3 < 2); t(lambda: 3 > 2 == 2); t(lambda: 1 == 1.0 == True)
t(lambda: [1, 2] < [1, 3]); t(lambda: (1, 'a') < (1, 2)); t(lambda: [1, 2] == [1, 2.0])
t(lambda: 'abc' < 'abd'); t(lambda: 'Z' < 'a'); t(lambda: (1, 2) < (1, 2, 0))
t(lambda: 1.0 < complex(1, 0) if False else float('nan') == float('nan'))
t(lambda: float('nan') != float('nan')); t(lambda: [float('nan')] == [float('nan')])
x = float('nan'); t(lambda: [x] == [x]); t(lambda: x in [x])
# chained comparison evaluates the middle once
log = []
def L(v):
    log.append(v)
    return v
print(L(1) < L(2) < L(3), log)
log.clear()
print(L(3) < L(2) < L(1), log)
# and/or return operands
print(0 or 'default', 'first' or 'second', 0 and 1, 2 and 3, [] or {} or 0, None and 1)
print(1 and 0 or 'x', not 0, not 'a', not [])
log.clear()
print(L(0) and L(1), L(1) or L(2), log)
# identity and membership
a = [1]
b = a
print(a is b, a is not [1], a == [1], None is None, 1 in [1, 2], 3 not in (1, 2))
print('ab' in 'cabd', '' in 'x', 'x' in '', 2 in {2: 1}, 1 in {2: 1}, (1, 2) in [(1, 2)])
t(lambda: 1 in 5); t(lambda: 'a' in 1.5); t(lambda: 1 in 'abc'); t(lambda: [] in {})
t(lambda: [] in {1}); t(lambda: 5 in range(10)); t(lambda: 5.0 in range(10)); t(lambda: 'a' in range(3))
class Cont:
    def __contains__(self, v): return v == 42
print(42 in Cont(), 41 in Cont(), 41 not in Cont())
class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), 5 in It())
class GI:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(20 in GI(), 25 in GI(), list(GI()))
# precedence
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -3 ** 2, not 1 == 2, 1 | 2 ^ 3 & 4, 1 + 2 << 3)
print(5 - 3 - 1, 2 ** -1, 100 // 10 // 3, 7 % 4 % 3, 1 < 2 == True)
# bool arithmetic
print(True + 1, False * 5, True / 2, True & False, True | False, True ^ True, ~True, -True)
print(type(True & True).__name__, type(True + True).__name__, type(True | 2).__name__)
# reflected operators
class R:
    def __radd__(self, o): return 'radd ' + repr(o)
    def __rsub__(self, o): return 'rsub'
    def __rmul__(self, o): return 'rmul'
print(1 + R(), 'x' + R(), [1] + R(), 2 - R(), 3 * R())
class Sub(int):
    def __radd__(self, o): return 'Sub radd wins'
print(1 + Sub(2))
class NI:
    def __add__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
t(lambda: NI() + 1); t(lambda: NI() == NI()); t(lambda: NI() != 1)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'Ord(%d)' % self.v
print(Ord(1) < Ord(2), Ord(2) > Ord(1), sorted([Ord(3), Ord(1)]))
t(lambda: Ord(1) <= Ord(2))
