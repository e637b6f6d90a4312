def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in (0, 1, -1, 2.5, -0.0, True, None, '', 'abc', '12', b'', b'ab', [], [1, 2], (), (1,), {}, {1: 2}, set(), {3}, range(3), frozenset([4])):
    row = []
    for c in (bool, str, repr, list, tuple, set, frozenset, int, float, bytes, dict):
        try:
            r = c(v)
            row.append(repr(r) if c not in (set, frozenset) else repr(sorted(r, key=repr)))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(v), '|', ' | '.join(row))
t(lambda: int('  42\n'))
t(lambda: int('4 2'))
t(lambda: int('+0'))
t(lambda: int('-0x10', 16))
t(lambda: int('0x', 16))
t(lambda: int('0b2', 0))
t(lambda: int('00', 0))
t(lambda: int('01', 0))
t(lambda: int('0_1', 0))
t(lambda: int('1' * 50, 2))
t(lambda: int('9', 8))
t(lambda: int(' ', 10))
t(lambda: int('1.5'))
t(lambda: int(b' 7 '))
t(lambda: int('٣'))
t(lambda: int('1e3'))
t(lambda: int(x=5))
t(lambda: int('5', 10, 3))
t(lambda: int(5.5, 10))
t(lambda: float('1e-400'))
t(lambda: float(' 1_0.5_0 '))
t(lambda: float('1._5'))
t(lambda: float('nan ') != float('nan'))
t(lambda: float('-iNF'))
t(lambda: float('infi'))
t(lambda: float(2**1024))
t(lambda: float(-2**1023))
t(lambda: float('0x1p3'))
t(lambda: str(1e300 * 10))
t(lambda: str(-1e300 * 1e300))
t(lambda: bool('False'))
t(lambda: list(range(3), 1))
t(lambda: dict([(1, 2), [3, 4], 'ab']))
t(lambda: dict([(1, 2), 'abc']))
t(lambda: dict(a=1, **{'b': 2}))
t(lambda: tuple({1: 'a', 2: 'b'}.items()))
t(lambda: frozenset('aab') == frozenset('ab'))
t(lambda: set({}.keys()))
class Num:
    def __int__(self): return 42
    def __float__(self): return 4.5
    def __index__(self): return 7
    def __bool__(self): return False
    def __str__(self): return 'NUM'
    def __repr__(self): return 'Num()'
n = Num()
print(int(n), float(n), bool(n), str(n), repr(n), hex(n), [0, 1, 2, 3, 4, 5, 6, 7, 8][n], range(n), bin(n))
class BadInt:
    def __int__(self): return 'x'
t(lambda: int(BadInt()))
class BadFloat:
    def __float__(self): return 1
t(lambda: float(BadFloat()))
class BadBool:
    def __bool__(self): return 1
t(lambda: bool(BadBool()))
class BadStr:
    def __str__(self): return 1
t(lambda: str(BadStr()))
class BadRepr:
    def __repr__(self): return None
t(lambda: repr(BadRepr()))
class IdxOnly:
    def __index__(self): return 3
t(lambda: int(IdxOnly()))
t(lambda: float(IdxOnly()))
class Trunc:
    def __trunc__(self): return 9
class IntSub(int):
    pass
t(lambda: int(IntSub(5)))
t(lambda: type(int(IntSub(5))).__name__)
t(lambda: type(+IntSub(5)).__name__)
t(lambda: type(IntSub(5) + 1).__name__)
t(lambda: repr(IntSub(5)))
class StrSub(str):
    pass
t(lambda: type(str(StrSub('a'))).__name__)
t(lambda: type(StrSub('a') + 'b').__name__)
t(lambda: type(StrSub('ab')[0]).__name__)
t(lambda: StrSub('x') == 'x')
t(lambda: {StrSub('x'): 1}['x'])
class FloatSub(float):
    pass
t(lambda: repr(FloatSub(1.5)))
t(lambda: type(FloatSub(1.5) * 2).__name__)
