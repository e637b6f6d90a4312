# 1,000 short-lived threads started and joined
import threading

total = [0]
lock = threading.Lock()

def add(k):
    with lock:
        total[0] += k

for batch in range(10):
    ts = [threading.Thread(target=add, args=(i,)) for i in range(100)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(total[0], threading.active_count())
names = [t.name for t in ts[:2]]
print(len(names))
