# a CPU-bound thread cannot starve the others: the GIL is handed over
import sys
import threading
import time

stop = False
def spin():
    n = 0
    while not stop:
        n += 1

spinners = [threading.Thread(target=spin) for _ in range(2)]
for s in spinners:
    s.start()
progress = []
def stepper():
    for i in range(20):
        progress.append(i)
        x = sum(range(100))
t = threading.Thread(target=stepper)
start = time.monotonic()
t.start()
t.join()
elapsed = time.monotonic() - start
stop = True
for s in spinners:
    s.join()
print(progress == list(range(20)), elapsed < 5)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
sys.setswitchinterval(0.005)
