print([x * y for x in range(1, 4) for y in range(x) if (x + y) % 2])
print([(x, y) for x in 'ab' if x != 'c' for y in (1, 2) if y > 1])
print({x: x ** 2 for x in range(5) if x != 2})
print(sorted({c for c in 'mississippi'}), len({c for c in 'mississippi'}))
g = (i * 2 for i in range(4))
print(type(g).__name__, list(g), list(g))
print(sum(i for i in range(101)), max((len(w), w) for w in ['a', 'abc', 'ab']))
print([[j for j in range(i)] for i in range(4)])
print({k: [v for v in range(k)] for k in range(3)})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
# scope: the first iterable is evaluated in the enclosing scope
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * len(vals) for v in vals]
    except NameError as e:
        bad = str(e)
print(C.doubled, C.bad)
x = 'outer'
res = [x for x in range(3)]
print(res, x)
def f():
    y = 10
    return [y + i for i in range(3)], (lambda: [y for _ in range(2)])()
print(f())
# generator late binding
n = 1
gen = (n * i for i in range(3))
n = 10
print(list(gen))
it = iter([1, 2, 3])
gen = (v for v in it)
print(next(gen), list(it), list(gen))
# errors raised inside comprehensions
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: [1 / v for v in (1, 0)])
t(lambda: [v for v in 5])
t(lambda: {v: v for v in None})
t(lambda: [a for a, b in [(1, 2), (3,)]])
t(lambda: {[]: 1 for _ in range(1)})
t(lambda: {[] for _ in range(1)})
t(lambda: list(x for x in 1))
# the iteration variable of a genexp is not visible outside; comprehension with walrus
print([last := v for v in range(3)], last)
# dict comprehension key order and overwrite
print({k % 3: k for k in range(10)})
# nested genexp as argument
print(''.join(str(d) for d in range(5)), tuple(x for x in 'ab'), set(x for x in [1, 1]))
# comprehension over dict and items
d = {'a': 1, 'b': 2}
print([k for k in d], [v for v in d.values()], {v: k for k, v in d.items()})
# comprehension over a changing list is fine as long as it is a copy
lst = [1, 2, 3]
print([lst.append(v) or v for v in list(lst)], lst)
