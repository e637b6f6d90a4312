# The GIL at work: CPU-bound Python code does not run faster on 4 threads
# (only one thread runs bytecode at a time), while threads that sleep or
# block overlap, because blocking calls release the GIL.  The ratios are
# printed with generous tolerances so the output is deterministic.
import threading
import time


def burn(n):
    x = 0
    for i in range(n):
        x += i * i % 7
    return x


def timed(fn):
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def in_threads(target, args_list):
    ts = [threading.Thread(target=target, args=a) for a in args_list]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


N = 400000
one = timed(lambda: burn(4 * N))
four = timed(lambda: in_threads(burn, [(N,)] * 4))
ratio = four / one
print("cpu-bound: threads not faster:", ratio > 0.6)

serial = timed(lambda: [time.sleep(0.05) for _ in range(4)])
overlap = timed(lambda: in_threads(time.sleep, [(0.05,)] * 4))
print("sleeping: threads overlap:", overlap < serial * 0.6)
