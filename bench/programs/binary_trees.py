# Allocation-heavy: build and walk binary trees of tuples and lists.
def make(depth):
    if depth == 0:
        return [None, None]
    depth -= 1
    return [make(depth), make(depth)]

def check(node):
    if node[0] is None:
        return 1
    return 1 + check(node[0]) + check(node[1])

max_depth = 15
stretch = make(max_depth + 1)
print("stretch", check(stretch))
stretch = None
long_lived = make(max_depth)
total = 0
depth = 4
while depth <= max_depth:
    iters = 1 << (max_depth - depth + 4)
    c = 0
    for _ in range(iters):
        c += check(make(depth))
    print(iters, depth, c)
    total += c
    depth += 2
print("long lived", check(long_lived), total)
