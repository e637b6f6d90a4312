import sys
print('before')
sys.stdout.flush()
quit(3)
