# throw() into a suspended generator: the traceback has the throw() call,
# the yield it was suspended at, and the handler's own raise.

def worker():
    try:
        yield "ready"
    except KeyError:
        raise IndexError("converted")

w = worker()
print(next(w))
w.throw(KeyError("k"))
