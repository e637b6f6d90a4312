# __del__ of module globals runs at exit, after the program's output, in
# the order CPython's finalization reaches them; globals and builtins are
# still usable from __del__
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "- len still works:", len(self.name))


a = Noisy("a")
_b = Noisy("_b")
c = Noisy("c")
__d = Noisy("__d")
e = Noisy("e")
rebound = Noisy("rebound first")
rebound = Noisy("rebound second")
print("end of program")
