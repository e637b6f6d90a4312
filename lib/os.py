"""os: operating system interfaces — the working folder, folder listings,
making, removing and renaming files and folders, the environment (a dict
snapshot taken at start-up) and os.path (posixpath).  Built on _os."""

import _os
import posixpath as path
import sys

__all__ = ['chdir', 'curdir', 'environ', 'getcwd', 'getenv', 'getpid', 'linesep',
           'listdir', 'makedirs', 'mkdir', 'name', 'pardir', 'path', 'pathsep',
           'remove', 'removedirs', 'rename', 'rmdir', 'sep', 'unlink', 'walk']

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
curdir = path.curdir
pardir = path.pardir
pathsep = path.pathsep
extsep = path.extsep
altsep = None
linesep = '\n'
devnull = path.devnull

environ = _os.environ
getcwd = _os.getcwd
getpid = _os.getpid
listdir = _os.listdir
remove = _os.remove
unlink = _os.unlink
rmdir = _os.rmdir
rename = _os.rename
chdir = _os.chdir
error = OSError


def mkdir(path, mode=0o777):
    _os.mkdir(path, mode)


def getenv(key, default=None):
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs
