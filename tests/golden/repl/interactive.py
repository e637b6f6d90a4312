# args: -q -i
# the prompt reading from a pipe: prompts on stderr, sys.ps1/ps2, the
# hooks, sys.last_*, __main__ and the atexit handlers before finalization
import atexit
atexit.register(lambda: print("atexit sees x =", x))
print("script ran")
