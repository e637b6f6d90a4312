# producers and consumers through queue.Queue with task_done/join
import queue
import threading

q = queue.Queue(maxsize=10)
results = []
rlock = threading.Lock()

def producer(base):
    for i in range(500):
        q.put(base + i)

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with rlock:
            results.append(item * 2)
        q.task_done()

producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
q.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(results), sum(results))
print(sorted(results)[:5], q.empty(), q.qsize())
