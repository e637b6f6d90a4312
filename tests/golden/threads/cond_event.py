# Condition and Event hand-offs between threads, in a fixed order
import threading

cond = threading.Condition()
turn = [0]
log = []

def player(me, n_players, rounds):
    for r in range(rounds):
        with cond:
            while turn[0] % n_players != me:
                cond.wait()
            log.append((r, me))
            turn[0] += 1
            cond.notify_all()

ts = [threading.Thread(target=player, args=(i, 3, 4)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log)

ready = threading.Event()
go = threading.Event()
seen = []

def waiter():
    ready.set()
    print("waiter got go:", go.wait(5))
    seen.append("done")

t = threading.Thread(target=waiter)
t.start()
print("ready:", ready.wait(5))
print("go before set:", go.is_set())
go.set()
t.join()
print(seen, go.is_set())
go.clear()
print("wait with timeout:", go.wait(0.01))
c = threading.Condition(threading.Lock())
with c:
    print("cond wait timeout:", c.wait(0.01))
    print("wait_for:", c.wait_for(lambda: 42, 0.01))
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
