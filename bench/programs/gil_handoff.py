# Lock hand-off latency: two threads pass the turn back and forth through a
# pair of locks 20,000 times, so every step is a block, a wake-up and a GIL
# hand-over.
import threading

N = 20000
ping = threading.Lock()
pong = threading.Lock()
ping.acquire()
pong.acquire()
count = [0, 0]

def player(mine, other, k):
    for _ in range(N):
        mine.acquire()
        count[k] += 1
        other.release()

a = threading.Thread(target=player, args=(ping, pong, 0))
b = threading.Thread(target=player, args=(pong, ping, 1))
a.start()
b.start()
ping.release()
a.join()
b.join()
print(count)
