# queue: Empty/Full, timeouts, LIFO and priority order, SimpleQueue, task_done
import queue
import threading

q = queue.Queue(2)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.task_done()
    q.task_done()
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3, 0, 9]:
    pq.put((x, str(x)))
print([pq.get()[1] for _ in range(7)])
sq = queue.SimpleQueue()
sq.put("a")
sq.put("b")
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")

# a blocked get woken by a put from another thread
q2 = queue.Queue()
def later():
    q2.put("hello")
t = threading.Thread(target=later)
t.start()
print(q2.get(timeout=5))
t.join()
print(issubclass(queue.Empty, Exception), queue.Full.__name__)
