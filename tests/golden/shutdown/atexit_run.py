# atexit._run_exitfuncs runs the handlers now and forgets them; _clear
# drops them; a handler registered while handlers run is not called
import atexit

base = atexit._ncallbacks()
atexit._clear()


def a():
    print("a")


def b():
    print("b registers c")
    atexit.register(c)


def c():
    print("c (never)")


atexit.register(a)
atexit.register(b)
atexit._run_exitfuncs()
print("after run:", atexit._ncallbacks())
atexit.register(c)
atexit._clear()
print("after clear:", atexit._ncallbacks())


def unregisters():
    print("unregisters a")
    atexit.unregister(a)


atexit.register(a)
atexit.register(unregisters)
print("end of program")
