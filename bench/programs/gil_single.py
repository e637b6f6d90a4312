# GIL overhead, single thread: the baseline for gil_idle_thread.py (the
# same loop with no other thread ever started: the GIL is not even created).
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

print(work(3000000), calls(1000000))
