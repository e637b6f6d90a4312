# Recursion inside generators raises RecursionError like anywhere else,
# never a crash, and recursive generators work to a reasonable depth.

def down(n):
    return 0 if n == 0 else 1 + down(n - 1)

def deep_inside():
    yield down(300)
    try:
        yield down(100000)
    except RecursionError as e:
        yield "RecursionError: " + str(e)
    yield down(50)

print(list(deep_inside()))

# unbounded recursion in a generator body propagates out
def runaway(n):
    yield runaway_fn(n)
def runaway_fn(n):
    return runaway_fn(n + 1)
try:
    next(runaway(0))
except RecursionError as e:
    print("propagated:", e)

# recursive generators: tree walk
def tree(depth):
    if depth == 0:
        return None
    return (tree(depth - 1), depth, tree(depth - 1))

def inorder(t):
    if t is None:
        return
    left, v, right = t
    yield from inorder(left)
    yield v
    yield from inorder(right)

print(list(inorder(tree(4))))
print(sum(inorder(tree(12))))

# a chain of nested generators a few hundred deep
def chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain(n - 1)
print(list(chain(300)))

def chain_for(n):
    if n == 0:
        yield 0
        return
    for v in chain_for(n - 1):
        yield v + 1
print(list(chain_for(200)))

# far too deep: RecursionError, and the generators unwind cleanly
try:
    list(chain(100000))
except RecursionError as e:
    print("deep chain:", e)
print(list(chain(10)))

# a generator that recurses into itself by calling next on itself
def self_next():
    yield next(me)
me = self_next()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# recursion inside a genexp
print(list(down(n) for n in [10, 200]))
try:
    list(down(n) for n in [10, 100000])
except RecursionError as e:
    print("genexp:", e)

# many generators alive at once, each suspended mid-body
gens = [chain_for(3) for _ in [0] * 2000]
firsts = [next(g) for g in gens]
print(len(firsts), sum(firsts), sum(sum(g) for g in gens))
