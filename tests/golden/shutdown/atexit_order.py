# atexit: register returns func (so it works as a decorator), handlers run
# last registered first with their arguments, after the program's output;
# unregister removes every registration of a function but leaves its slot
import atexit

base = atexit._ncallbacks()


class Handler:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<Handler %s>" % self.name

    def __call__(self, *args, **kwargs):
        print("handler", self.name, args, sorted(kwargs.items()))


h1 = Handler("first")
print(atexit.register(h1, 1, 2, key="v") is h1)
atexit.register(Handler("second"))


@atexit.register
def decorated():
    print("decorated sees a global:", late_global)


print(decorated.__name__)
late_global = "still here"


def dropped():
    print("never printed")


atexit.register(dropped)
atexit.register(print, "print as a handler", "with", "args", sep="-")
atexit.register(dropped, "twice")
print(atexit._ncallbacks() - base)
print(atexit.unregister(dropped))
print(atexit._ncallbacks() - base)
atexit.unregister(len)          # never registered: no error
print("end of program")
