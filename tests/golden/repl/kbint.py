# an uncaught KeyboardInterrupt: traceback, then the process ends by SIGINT
import atexit
atexit.register(lambda: print("atexit runs first"))
print("raising")
raise KeyboardInterrupt
