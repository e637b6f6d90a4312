# GIL overhead with a second, idle thread: the same loop as gil_single.py
# while another thread waits on an Event, so the GIL exists and every safe
# point runs with it, but no switches are requested.
import threading

def work(n):
    total = 0
    i = 0
    while i < n:
        total += i & 7
        i += 1
    return total

def calls(n):
    def f(x):
        return x + 1
    s = 0
    for i in range(n):
        s = f(s)
    return s

done = threading.Event()
idle = threading.Thread(target=done.wait)
idle.start()
print(work(3000000), calls(1000000))
done.set()
idle.join()
