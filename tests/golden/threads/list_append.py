# unlocked list appends from many threads lose nothing
import threading

items = []
d = {}

def work(k):
    for i in range(20000):
        items.append(i)
        d[(k, i)] = i

threads = [threading.Thread(target=work, args=(k,)) for k in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items), len(d))
print(sum(items) == 10 * sum(range(20000)))
