# 8 threads x 100,000 increments of a shared counter under a Lock
import threading

lock = threading.Lock()
count = 0

def work(n):
    global count
    for _ in range(n):
        with lock:
            count += 1

threads = [threading.Thread(target=work, args=(100000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)
print(all(not t.is_alive() for t in threads))
print(threading.active_count())
