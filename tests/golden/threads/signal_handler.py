# signal handlers written in Python run in the main thread
import signal
import threading

got = []
def handler(signum, frame):
    got.append((signum, threading.current_thread().name))

print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
old = signal.signal(signal.SIGTERM, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGTERM) is handler)
signal.raise_signal(signal.SIGTERM)
print(got)

# raised from another thread: the handler still runs in the main thread
def other():
    signal.raise_signal(signal.SIGTERM)
t = threading.Thread(target=other)
t.start()
t.join()
for i in range(1000):
    pass
print(got[-1])

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
    for i in range(1000):
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt")

signal.signal(signal.SIGINT, lambda s, f: got.append("int"))
signal.raise_signal(signal.SIGINT)
print(got[-1])
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.raise_signal(signal.SIGTERM)
print("ignored", signal.getsignal(signal.SIGTERM) == signal.SIG_IGN)

def err(*a):
    try:
        signal.signal(*a)
    except Exception as e:
        print(type(e).__name__ + ":", e)
err(signal.SIGTERM, 42)
err(signal.SIGTERM, "x")
err(0, signal.SIG_DFL)
err(signal.SIGKILL, handler)
def in_thread():
    err(signal.SIGTERM, handler)
t = threading.Thread(target=in_thread)
t.start()
t.join()
