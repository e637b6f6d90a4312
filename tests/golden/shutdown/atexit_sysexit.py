# sys.exit: locals of the exiting frames die first, then the atexit
# handlers run, then the globals die; the exit status is kept
import atexit
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


@atexit.register
def handler():
    print("handler sees", g.name)


g = Noisy("global")


def leave():
    local = Noisy("local")
    sys.exit(3)


leave()
