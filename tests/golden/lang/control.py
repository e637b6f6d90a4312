# if/while/for with else, break/continue, pass, assert, conditional expressions, walrus
for i in range(3):
    pass
else:
    print('for else ran', i)
for i in range(5):
    if i == 2:
        break
else:
    print('not printed')
print('broke at', i)
for i in []:
    print('never')
else:
    print('empty for else')
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    print('while', n)
else:
    print('not printed')
n = 0
while n < 2:
    n += 1
else:
    print('while else', n)
# nested loops with break/continue
for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if b > a:
            break
        print('pair', a, b)
# continue in finally-less try inside loop
for i in range(3):
    try:
        if i == 1:
            continue
        print('try body', i)
    finally:
        print('finally', i)
# if/elif/else chains
def classify(v):
    if v < 0:
        return 'neg'
    elif v == 0:
        return 'zero'
    elif v < 10:
        return 'small'
    else:
        return 'big'
print([classify(v) for v in (-5, 0, 3, 99)])
# conditional expressions
print('yes' if 1 else 'no', 'yes' if 0 else 'no', 'a' if [] else 'b' if '' else 'c')
# truthiness
for v in (0, 1, -1, 0.0, 0.1, '', 'x', [], [0], (), (0,), {}, {0: 0}, set(), None, range(0), range(1)):
    print(repr(v), bool(v), 'T' if v else 'F')
class Falsy:
    def __bool__(self): return False
class LenZero:
    def __len__(self): return 0
class LenTwo:
    def __len__(self): return 2
print(bool(Falsy()), bool(LenZero()), bool(LenTwo()), bool(object()))
class BadBool:
    def __bool__(self): return 1
try:
    if BadBool(): pass
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return 'x'
try:
    not StrLen()
except TypeError as e:
    print(type(e).__name__, e)
# assert
try:
    assert 1 == 2, 'custom message'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], ['list', 'msg']
except AssertionError as e:
    print(repr(e))
assert True, 'not raised'
# walrus
if (m := 10) > 5:
    print('walrus', m)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print('popped', item)
print([y for x in range(5) if (y := x * 2) > 4], y)
def wal():
    [z := i for i in range(3)]
    return z
print(wal())
total = 0
vals = [(total := total + v) for v in range(5)]
print(vals, total)
print((w := 5, w + 1))
def gen_wal():
    return list((last := v) for v in 'abc'), last
print(gen_wal())
# lambda
sq = lambda v: v * v
print(sq(7), (lambda: 'noargs')(), (lambda *a, **k: (a, k))(1, b=2))
print((lambda a, b=2, *, c=3: a + b + c)(1, c=10))
print(sq.__name__, (lambda: 0).__qualname__)
# pass everywhere
class Empty: pass
def nothing(): pass
print(nothing(), Empty.__name__)
# return without value
def r():
    return
print(r())
# match is not in scope; for over string, dict, tuple unpacking
for ch in 'hi':
    print(ch)
for k in {'a': 1, 'b': 2}:
    print(k)
for k, v in {'a': 1, 'b': 2}.items():
    print(k, v)
# modifying loop variable does not affect iteration
for i in range(3):
    print(i)
    i = 100
# else after break inside while True
while True:
    break
else:
    print('never')
print('done')
