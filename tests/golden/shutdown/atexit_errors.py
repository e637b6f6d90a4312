# atexit: argument errors; a handler's exception (SystemExit included) is
# reported as "Exception ignored in atexit callback" and the others run;
# the exit status is not changed by a handler
import atexit

for call in (lambda: atexit.register(),
             lambda: atexit.register(1),
             lambda: atexit.register(func=print),
             lambda: atexit.unregister(),
             lambda: atexit.unregister(1, 2),
             lambda: atexit._ncallbacks(1),
             lambda: atexit._clear(1),
             lambda: atexit._run_exitfuncs(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Handler:
    def __init__(self, name, exc=None):
        self.name = name
        self.exc = exc

    def __repr__(self):
        return "<Handler %s>" % self.name

    def __call__(self):
        print("running", self.name)
        if self.exc is not None:
            raise self.exc


class BadEq:
    def __eq__(self, other):
        raise RuntimeError("no comparing")


atexit.register(Handler("last"))
atexit.register(Handler("exits", SystemExit(5)))
atexit.register(Handler("raises", ValueError("bad value")))
atexit.register(Handler("first"))
try:
    atexit.unregister(BadEq())
except RuntimeError as e:
    print("RuntimeError:", e)
print(atexit)
print("end of program")
