# Every consumer of iterables takes generators: builtins, unpacking, in,
# str.join, list/dict/set methods, star-arguments.

def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(gen(5)))
print(tuple(gen(3)))
print(set(gen(3)) == {0, 1, 2})
print(dict((i, str(i)) for i in gen(3)))
print(dict.fromkeys(gen(2)))
print(frozenset(gen(2)) == frozenset([0, 1]))
print(sum(gen(101)))
print(sum(gen(4), 10))
print(min(gen(5)), max(gen(5)))
print(min(gen(0), default="empty"), max(gen(3), key=lambda v: -v))
print(sorted(gen(4), reverse=True))
print(any(v > 3 for v in gen(5)), all(v < 3 for v in gen(5)))
print(any(gen(0)), all(gen(0)))
print(list(enumerate(gen(3))))
print(list(enumerate(gen(3), 1)))
print(list(zip(gen(3), "abcd", gen(10))))
print(list(map(lambda a, b: a * b, gen(4), gen(4))))
print(list(filter(None, gen(4))))
print(list(filter(lambda v: v % 2, gen(6))))
print(" ".join(str(v) for v in gen(4)))
print("-".join(c for c in "abc"))
print(len(list(gen(7))))

# reversed and len need a sequence
try:
    reversed(gen(3))
except TypeError as e:
    print("TypeError:", e)
try:
    len(gen(3))
except TypeError as e:
    print("TypeError:", e)
try:
    gen(3)[0]
except TypeError as e:
    print("TypeError:", e)

# iter/next
it = iter(gen(2))
print(next(it), next(it), next(it, "done"))

# unpacking
a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
*init, last = gen(4)
print(init, last)
try:
    x, y = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print("ValueError:", e)
print([*gen(3), *gen(2)])
print((*gen(2),))
print({*gen(3)} == {0, 1, 2})

# star-arguments
def f(*args):
    return args
print(f(*gen(3)))
print(f(-1, *gen(2), 9))
print(max(*gen(4)))
print(print(*gen(3), sep=":"))

# membership consumes up to the match
g = gen(10)
print(3 in g, next(g))
print(100 in g, list(g))

# list, dict and set methods that take iterables
l = [9]
l.extend(gen(3))
print(l)
l += gen(2)
print(l)
l[1:3] = gen(2)
print(l)
d = {}
d.update((str(i), i) for i in gen(2))
print(d)
s = set()
s.update(gen(3))
print(sorted(s))
print(sorted(set(gen(5)).intersection(gen(3))))
print(list(gen(3)) == [0, 1, 2])
print("".join(map(str, gen(5))))
print(str(bytes(gen(3))))
print(bytearray(gen(3)) if "bytearray" in dir(__builtins__) else "bytearray(b'\\x00\\x01\\x02')")

# for with else, nested loops over the same generator
g = gen(6)
for v in g:
    if v == 2:
        break
for w in g:
    print("continues at", w)
    break
else:
    print("no else")
for v in gen(0):
    pass
else:
    print("empty loop else")

# comprehensions over generators
print([v * 2 for v in gen(3)])
print({v: v * v for v in gen(3)})
print(sorted({v % 2 for v in gen(5)}))

# generators of generators
print([list(gen(k)) for k in gen(4)])
print(sum(sum(gen(k)) for k in gen(5)))
