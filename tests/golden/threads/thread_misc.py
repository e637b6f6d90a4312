# Thread names, states, start/join rules, subclassing, Timer, Semaphore, Barrier
import threading
import time

def f():
    pass

t = threading.Thread(target=f)
print(t.name, t.daemon, t.ident, t.is_alive())
print(t)
t.start()
t.join()
print(t.is_alive(), isinstance(t.ident, int), isinstance(t.native_id, int))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
u = threading.Thread(target=f)
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.Thread(name="custom").name, threading.Thread(target=print).name)
print(threading.main_thread() is threading.current_thread(), threading.main_thread().name)
print(threading.current_thread().daemon)

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))

w = Worker(1000)
w.start()
w.join()
print(w.result, w.name)

# join with a timeout on a thread that is still running
ev = threading.Event()
slow = threading.Thread(target=ev.wait)
slow.start()
slow.join(0.01)
print("alive after timed join:", slow.is_alive())
print(slow in threading.enumerate(), threading.active_count())
ev.set()
slow.join()
print("alive after set:", slow.is_alive(), threading.active_count())

d = threading.Thread(target=f, daemon=True)
print(d.daemon)
d.start()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()

fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=("never",))
tm2.start()
tm2.cancel()
tm2.join()
print(fired)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
bs = threading.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

order = []
lock = threading.Lock()
b = threading.Barrier(3, action=lambda: order.append("action"))
def party(k):
    i = b.wait()
    with lock:
        order.append(i)
ps = [threading.Thread(target=party, args=(k,)) for k in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(order[0], sorted(order[1:]), b.broken, b.parties, b.n_waiting)
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)
