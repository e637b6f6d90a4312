# The os module and os.path, on a scratch folder beside the test.
import os
import os.path
from os.path import join, exists, isfile, isdir, dirname, basename, splitext, split, normpath
print(os.sep, os.name, os.curdir, os.pardir, os.linesep == '\n', os.path is os.path)
print(join('a', 'b', 'c'), join('a/', 'b'), join('a', '/abs', 'c'), join('', 'x'), join('a', ''))
print(split('/a/b/c.txt'), split('c'), split('/'), split('a//b'), split('//x'))
print(dirname('/a/b/'), dirname('a'), basename('/a/b.py'), basename('/a/'))
print(splitext('f.tar.gz'), splitext('.bashrc'), splitext('a/b.c/d'), splitext('x.'), splitext('..a'))
print(normpath('a//b/./c/../d'), normpath('/../x'), normpath(''), normpath('//a'), normpath('///a/'),
      normpath('../../a'), normpath('a/..'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.commonprefix(['abc', 'abd', 'ab']))
here = os.getcwd()
print(os.path.abspath('sub/../f') == join(here, 'f'), os.path.abspath('/a/./b'))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('x', 'x'))
scratch = '_scratch_os'
if exists(scratch):
    for f in os.listdir(scratch):
        os.remove(join(scratch, f))
    os.rmdir(scratch)
os.mkdir(scratch)
print(exists(scratch), isdir(scratch), isfile(scratch))
with open(join(scratch, 'a.txt'), 'w') as f:
    f.write('hello')
os.rename(join(scratch, 'a.txt'), join(scratch, 'b.txt'))
print(sorted(os.listdir(scratch)), isfile(join(scratch, 'b.txt')), os.path.getsize(join(scratch, 'b.txt')))
try:
    os.mkdir(scratch)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    os.remove(join(scratch, 'nope'))
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    os.rename(join(scratch, 'nope'), join(scratch, 'x'))
except OSError as e:
    print(type(e).__name__, e)
try:
    os.rmdir(scratch)
except OSError as e:
    print(type(e).__name__, e.errno)
os.makedirs(join(scratch, 'd1', 'd2'))
os.makedirs(join(scratch, 'd1', 'd2'), exist_ok=True)
print([(p, sorted(d), sorted(f)) for p, d, f in os.walk(scratch)])
os.rmdir(join(scratch, 'd1', 'd2'))
os.rmdir(join(scratch, 'd1'))
os.unlink(join(scratch, 'b.txt'))
os.rmdir(scratch)
print(exists(scratch), os.listdir(scratch) if exists(scratch) else 'gone')
print(type(os.environ).__name__ in ('dict', '_Environ'), os.getenv('GARTER_SURELY_UNSET', 'dflt'),
      'PATH' in os.environ, os.getpid() > 0)
try:
    os.listdir(5.5)
except TypeError as e:
    print('TypeError')
