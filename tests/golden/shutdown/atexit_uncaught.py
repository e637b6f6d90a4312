# an uncaught exception: the traceback comes first, then the atexit
# handlers; the exception stays in sys.last_value until finalization, so
# what it holds dies after the handlers, before the globals
import atexit


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


atexit.register(print, "atexit handler")
g = Noisy("global")


def make_error():
    e = KeyError("missing")
    e.payload = Noisy("payload")
    return e


def fail():
    raise make_error()


print("before")
fail()
