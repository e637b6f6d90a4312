# daemon threads left running at exit do not keep the process alive or crash it
import threading
import time

started = threading.Event()
counter = [0]

def spin():
    started.set()
    while True:
        counter[0] += 1

def sleeper():
    while True:
        time.sleep(0.001)

def printer():
    while True:
        print("", end="")
        time.sleep(0.0005)

for f in (spin, sleeper, printer):
    threading.Thread(target=f, daemon=True).start()
started.wait()
time.sleep(0.05)
print("main done", counter[0] > 0)
