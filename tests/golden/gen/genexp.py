# Generator expressions: laziness, scoping, the eagerly evaluated first
# iterable, closures.

g = (x * x for x in [1, 2, 3])
print(type(g).__name__, g.__name__, g.__qualname__)
print(repr(g).startswith("<generator object <genexpr> at 0x"))
print(next(g), list(g), list(g))

# lazy: nothing runs until iterated
def noisy(x):
    print("computing", x)
    return x
lazy = (noisy(x) for x in [1, 2])
print("created")
print(next(lazy))
print("between")
print(next(lazy))

# the first iterable is evaluated at once, in the enclosing scope
def source():
    print("source evaluated")
    return [10, 20]
s = (x for x in source())
print("genexp created")
print(list(s))

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

try:
    (x for x in undefined_name)
except NameError as e:
    print("NameError at creation:", e)

# later iterables and conditions are evaluated lazily, per item
def later():
    print("later evaluated")
    return "ab"
lz = ((x, y) for x in [1, 2] for y in later() if x != 3)
print("nested created")
print(list(lz))

try:
    bad = (x for x in [1] for y in 5)
    print("created fine")
    list(bad)
except TypeError as e:
    print("TypeError when run:", e)

# the loop variable does not leak
x = "outer x"
print(list(x for x in "abc"), x)

# closures over enclosing locals see their value at iteration time
def make():
    n = 1
    gen = (i + n for i in [0, 1])
    n = 100
    return gen
print(list(make()))

# a genexp inside a function: qualname
def outer_fn():
    return (c for c in "z")
print(outer_fn().__qualname__)

# nested genexps and genexps as the only argument
print(sum(x for x in [1, 2, 3]))
print(list(list(y for y in [x, x]) for x in [1, 2]))
print(max((len(w), w) for w in ["aa", "b", "ccc"]))
print(",".join(str(i) for i in [3, 2, 1]))
print(sorted((x % 3 for x in [5, 4, 3, 2, 1]), reverse=True))
print(dict((k, v) for k, v in zip("ab", [1, 2])))
print(sorted(set(c for c in "hello")))
print(tuple(x for x in [1, 2] if x > 1))

# conditions and multiple fors
print(list((a, b) for a in [1, 2, 3] if a % 2 for b in "xy" if b != "x"))

# generator expressions are single-use
ge = (i for i in [1, 2])
print(list(ge), list(ge))

# walrus inside a genexp binds in the enclosing function scope
def walrus():
    total = 0
    vals = list((total := total + v) for v in [1, 2, 3])
    return vals, total
print(walrus())

# genexp capturing a loop variable of the enclosing function
def capture():
    gens = []
    for i in [1, 2, 3]:
        gens.append((i * k for k in [1, 10]))
    return [list(g) for g in gens]
print(capture())

# send to a genexp is accepted (values ignored), throw raises inside it
ge = (i for i in [1, 2, 3])
print(next(ge), ge.send("ignored"))
try:
    ge.throw(ValueError("into genexp"))
except ValueError as e:
    print("genexp throw:", e)
print(list(ge))

# an exception inside the genexp body surfaces at iteration time
def boom(v):
    if v == 2:
        raise ZeroDivisionError("bad item")
    return v
bg = (boom(v) for v in [1, 2, 3])
print(next(bg))
try:
    next(bg)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(bg))
