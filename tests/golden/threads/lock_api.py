# _thread locks: acquire/release/locked, timeouts and CPython's errors
import _thread
import threading

l = _thread.allocate_lock()
print(type(l).__name__, l.locked())
print(l.acquire(), l.locked())
print(l.acquire(False), l.acquire(timeout=0.01), l.acquire(True, 0))
l.release()
print(l.locked(), repr(l).startswith("<unlocked _thread.lock object at"))

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    finally:
        if l.locked():
            l.release()

err(l.release)
err(l.acquire, False, 1)
err(l.acquire, True, -2)
err(l.acquire, timeout=-1)
err(l.acquire, 1, 2, 3)
err(l.acquire, foo=1)
err(l.acquire, timeout="x")
err(l.acquire, timeout=1e100)
with l:
    print("inside", l.locked())
print("after", l.locked())

r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
print(r._is_owned())
err(r.release)
with r:
    with r:
        print("rlock nested", r._is_owned())
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at"))

err(_thread.start_new_thread, 1, ())
err(_thread.start_new_thread, print, [])
err(_thread.start_new_thread, print, (), 1)
err(_thread.stack_size, 100)
print(_thread.stack_size(), _thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError)
print(isinstance(_thread.get_ident(), int), threading.get_ident() == threading.main_thread().ident)

# a lock released by another thread (allowed for plain locks)
done = _thread.allocate_lock()
done.acquire()
def release_it():
    done.release()
_thread.start_new_thread(release_it, ())
print("acquired after other thread released:", done.acquire(timeout=5))

# raw thread with kwargs
got = []
finished = _thread.allocate_lock()
finished.acquire()
def kw(a, b=0, *, c):
    got.append((a, b, c))
    finished.release()
_thread.start_new_thread(kw, (1,), {"b": 2, "c": 3})
finished.acquire()
print(got)
