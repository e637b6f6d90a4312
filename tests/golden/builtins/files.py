# open(), file objects: text and binary modes, reading, writing, errors
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

name = 'files_tmp.txt'
f = open(name, 'w')
print(f, f.name, f.mode, f.closed, f.encoding)
print(f.write('héllo\n'), f.write('second line\n'), f.write('no newline'))
t(lambda: f.write(b'x'))
t(lambda: f.read())
print(f.readable(), f.writable(), f.seekable())
f.close()
print(f.closed)
t(lambda: f.write('x'))
t(lambda: f.flush())
t(lambda: f.readline())
f.close()
with open(name) as f:
    print(f.read(3), repr(f.read(4)), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    for line in f:
        print(repr(line))
with open(name) as f:
    print(repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
    t(lambda: f.write('x'))
print(f.closed)
t(lambda: next(f))
with open(name, 'rb') as f:
    print(f, f.mode)
    print(f.read(4), f.readline(), f.read())
    t(lambda: f.write(b'x'))
t(lambda: f.read())
with open(name, 'a') as f:
    f.write('\nappended\n')
with open(name) as f:
    print(f.readlines())
with open(name, 'wb') as f:
    print(f, f.write(b'a\r\nb\rc\n'), f.tell())
    t(lambda: f.write('str'))
with open(name) as f:
    print(repr(f.read()))
with open(name, newline='') as f:
    print(repr(f.read()))
with open(name, 'rb') as f:
    print(f.read(), f.tell(), f.seek(0), f.read(1), f.tell())
    print(f.seek(-1, 2), f.read())
with open(name, 'r+') as f:
    print(f, f.read(1))
    t(lambda: f.seek(1, 1))
    t(lambda: f.seek(1, 2))
    t(lambda: f.seek(0, 3))
    print(f.seek(0))
with open(name, 'w') as f:
    f.writelines(['a\n', 'b\n', 'c'])
with open(name) as f:
    print(f.read(), f.tell())
with open(name, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with open(name, 'rb') as f:
    print(f.read())
with open(name, 'w', encoding='utf-8') as f:
    print(f.encoding)
t(lambda: open(name, 'x'))
t(lambda: open('no_such_file.txt'))
t(lambda: open('.'))
t(lambda: open(name, 'z'))
t(lambda: open(name, 'rw'))
t(lambda: open(name, 'rtb'))
t(lambda: open(name, ''))
t(lambda: open(name, 'rb', encoding='utf-8'))
t(lambda: open(name, 'rb', newline=''))
t(lambda: open(name, 'r', newline='x'))
t(lambda: open(name, 'r', buffering=0))
t(lambda: open(name, 'r', encoding='no-such'))
t(lambda: open(3.5))
t(lambda: open())
t(lambda: open(name, 1))
try:
    open(name).write('x')
except ValueError as e:
    print('ValueError caught', type(e).__name__, isinstance(e, OSError))
try:
    open('no_such_file.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e.strerror)
print(open(name).read(), 'end')
with open(name, 'w') as f:
    pass
import os
os.remove(name)
print(os.path.exists(name))
