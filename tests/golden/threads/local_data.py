# threading.local: each thread sees its own attributes
import threading

data = threading.local()
data.x = "main"
out = {}

def work(k):
    print_missing = not hasattr(data, "x")
    data.x = k
    data.y = [k] * 2
    b = threading.Barrier(1)
    b.wait()
    out[k] = (print_missing, data.x, data.y)

ts = [threading.Thread(target=work, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()))
print(data.x, hasattr(data, "y"))
del data.x
print(hasattr(data, "x"))
try:
    data.nope
except AttributeError as e:
    print("AttributeError:", e)

class MyLocal(threading.local):
    def __init__(self, start):
        self.start = start
        self.items = []

ml = MyLocal(7)
ml.items.append("main")
res = []

def w():
    ml.items.append("thread")
    res.append((ml.start, ml.items))

t = threading.Thread(target=w)
t.start()
t.join()
print(res, ml.items)
