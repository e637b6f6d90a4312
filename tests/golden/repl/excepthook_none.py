import sys
sys.excepthook = None
raise RuntimeError("no hook")
