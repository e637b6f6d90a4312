import sys
del sys.excepthook
raise RuntimeError("hook deleted")
