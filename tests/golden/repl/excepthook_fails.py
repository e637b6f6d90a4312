# a failing hook: its error, then the original exception
import sys
def hook(t, v, tb):
    raise ValueError("bad hook")
sys.excepthook = hook
print("before")
{}['missing']
