# Printed tracebacks keep the innermost sys.tracebacklimit entries (1000 by
# default); a limit of 0 or less prints only the exception line.
import sys
sys.setrecursionlimit(5000)


def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)


def run(limit, depth):
    if limit is None:
        if hasattr(sys, "tracebacklimit"):
            del sys.tracebacklimit
    else:
        sys.tracebacklimit = limit
    try:
        f(depth)
    except ValueError:
        sys.excepthook(*sys.exc_info())


run(None, 3000)
run(2, 10)
run(0, 3)
run(-5, 3)
run(10**30, 4)
sys.tracebacklimit = 3
f(50)
