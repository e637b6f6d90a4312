import sys
print('before', flush=True)
sys.stdout.write('partial line')
def f():
    raise KeyError('quoted key')
f()
