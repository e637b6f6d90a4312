# skip-under: asan tsan gcstress debug
# Deep recursion under a raised limit, as CPython 3.11 runs it, in the main
# thread and in a thread: garter runs both on C stacks large enough (1 GiB
# of address space, touched only as used) for several hundred thousand
# nested Python calls.  Beyond what the stack holds, the C-stack guard
# raises RecursionError.  (Skipped under the sanitizers, whose frames are
# larger, and under GC stress: a slow run, not a different one.)
import sys
import threading
sys.setrecursionlimit(10**6)

def count(n):
    return 0 if n == 0 else 1 + count(n - 1)

def build(n):
    # a linked list as nested tuples, then walked recursively
    node = None
    for i in range(n):
        node = (i, node)
    return node

def total(node):
    if node is None:
        return 0
    return node[0] + total(node[1])

class Tree:
    def __init__(self, child):
        self.child = child

    def height(self):
        return 1 + (self.child.height() if self.child else 0)

def chain(n):
    node = None
    for i in range(n):
        node = Tree(node)
    return node

def dfs(adj, v, seen, order):
    seen[v] = True
    for w in adj[v]:
        if not seen[w]:
            dfs(adj, w, seen, order)
    order.append(v)

def work(tag, depth):
    print(tag, 'count', count(depth))
    print(tag, 'total', total(build(depth)))
    print(tag, 'height', chain(depth).height())
    n = depth
    adj = [[i + 1] if i + 1 < n else [] for i in range(n)]
    order = []
    dfs(adj, 0, [False] * n, order)
    print(tag, 'dfs', len(order), order[0], order[-1])

def limit(tag):
    # the recursion limit (10**6) is reached before the C stack runs out
    try:
        count(2 * 10**6)
    except RecursionError as e:
        print(tag, type(e).__name__, e)
    print(tag, 'count', count(1000))

for d in (10000, 200000):
    work('main', d)

def in_thread():
    work('thread', 200000)
    limit('thread')

t = threading.Thread(target=in_thread)
t.start()
t.join()

# A limit far beyond what the C stack holds: the C-stack guard stops it.
# CPython 3.11 would stop only at the limit itself, some 10 GB of frames
# later, with the same error.
sys.setrecursionlimit(10**8)

def unbounded():
    unbounded()

if sys.implementation.name == 'cpython':
    print('RecursionError maximum recursion depth exceeded')
else:
    try:
        unbounded()
    except RecursionError as e:
        print(type(e).__name__, e)
print(count(1000))
