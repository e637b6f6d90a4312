import sys
sys.stdout.write("no newline")
raise KeyboardInterrupt
