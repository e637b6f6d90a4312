# weakref.finalize: finalizers still alive at exit run then (last created
# first) unless their atexit attribute is False
import weakref


class Thing:
    pass


def report(msg):
    print("finalizer:", msg)


keep1 = Thing()
keep2 = Thing()
keep3 = Thing()
f1 = weakref.finalize(keep1, report, "one")
f2 = weakref.finalize(keep2, report, "two")
f3 = weakref.finalize(keep3, report, "three (atexit=False)")
f3.atexit = False
gone = Thing()
weakref.finalize(gone, report, "collected during the run")
del gone
print(f1.alive, f2.alive, f3.alive)
print("end of program")
