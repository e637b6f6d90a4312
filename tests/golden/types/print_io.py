import sys
print()
print(1, 2, 3)
print(1, 2, 3, sep='')
print(1, 2, 3, sep=', ', end='!\n')
print('a', 'b', sep=None, end=None)
print('x', end='')
print('y', flush=True)
print('to stderr', file=sys.stderr)
print('none file', file=None)
print(*[1, 2], *'ab')
print(*[])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: print(1, sep=5))
t(lambda: print(1, end=5))
t(lambda: print(1, file=5))
t(lambda: print(1, foo=1))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('a', 1, sep='-', end='$', file=w)
print(w.parts)
sys.stdout.write('written\n')
t(lambda: sys.stdout.write(5))
print(sys.stdout.write('abc\n'))
name = input()
print('got', repr(name))
print(repr(input('prompt> ')))
line = sys.stdin.readline()
print(repr(line))
rest = sys.stdin.read()
print(repr(rest))
t(lambda: input())
with open('print_io_tmp.txt', 'w') as f:
    print(f.write('line1\n'), f.write('line2\nline3'))
    print('via print', file=f)
with open('print_io_tmp.txt') as f:
    print([l for l in f])
with open('print_io_tmp.txt') as f:
    print(repr(f.read(3)), repr(f.readline()), f.readlines())
with open('print_io_tmp.txt', 'a') as f:
    f.write('appended\n')
with open('print_io_tmp.txt', 'rb') as f:
    data = f.read()
    print(type(data).__name__, data)
with open('print_io_tmp.txt', 'wb') as f:
    f.write(b'\x00\xffbin')
with open('print_io_tmp.txt', 'rb') as f:
    print(f.read())
t(lambda: open('print_io_tmp.txt', 'wb').write('str'))
t(lambda: open('print_io_tmp.txt', 'w').write(b'bytes'))
t(lambda: open('does_not_exist.txt'))
t(lambda: open('print_io_tmp.txt', 'q'))
f = open('print_io_tmp.txt', 'w')
f.close()
t(lambda: f.write('x'))
print(f.closed)
import os
os.remove('print_io_tmp.txt')
print(bool(sys.stdout), sys.stdout.isatty() in (True, False))
