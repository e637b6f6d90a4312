# generators resumed from another thread, deep recursion in a thread, generators switching GIL inside their bodies
import threading, sys
def g():
    for i in range(5):
        yield i
it = g()
print(next(it))
out = []
def consume():
    for x in it:
        out.append(x)
t = threading.Thread(target=consume); t.start(); t.join()
print(out)
def rec(n):
    return rec(n + 1)
res = []
def deep():
    try:
        rec(0)
    except RecursionError as e:
        res.append(str(e))
t = threading.Thread(target=deep); t.start(); t.join()
print(res)
gens = [(x * 2 for x in range(100000)) for _ in range(4)]
sums = [0] * 4
def run(k):
    sums[k] = sum(gens[k])
ts = [threading.Thread(target=run, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sums)
