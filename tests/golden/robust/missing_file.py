# Opening a missing file: FileNotFoundError, and uncaught, a traceback.
try:
    open("/nonexistent/definitely/missing.txt")
except FileNotFoundError as e:
    print(e)
try:
    open("no_such_file_here.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
open("no_such_file_here.txt").read()
