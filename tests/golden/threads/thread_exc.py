# an exception in a thread goes to threading.excepthook; the program continues
import threading

def boom(x):
    raise ValueError("bad value %d" % x)

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)

old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, args=(3,))
t.start()
t.join()
t = threading.Thread(target=boom, args=(4,), name="worker")
t.start()
t.join()

def quits():
    raise SystemExit(5)

threading.excepthook = old
t = threading.Thread(target=quits)
t.start()
t.join()
print("still running", t.is_alive())
