"""posixpath (os.path): path name operations on POSIX paths, as strings;
the filesystem tests go through the _os module."""

import _os

__all__ = ['abspath', 'basename', 'commonprefix', 'dirname', 'exists', 'expanduser',
           'getsize', 'isabs', 'isdir', 'isfile', 'join', 'normpath', 'relpath',
           'split', 'splitext', 'sep', 'curdir', 'pardir', 'extsep', 'pathsep']

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
altsep = None
devnull = '/dev/null'


def _check(name, p):
    if not isinstance(p, str):
        raise TypeError('%s: path should be string, bytes or os.PathLike, not %s'
                        % (name, type(p).__name__))


def isabs(s):
    return s.startswith('/')


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    if not isinstance(a, str):
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(a).__name__)
    path = a
    for b in p:
        if not isinstance(b, str):
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'"
                            % type(b).__name__)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    sepi = p.rfind('/')
    doti = p.rfind('.')
    if doti > sepi:
        filenamei = sepi + 1
        while filenamei < doti:
            if p[filenamei] != '.':
                return p[:doti], p[doti:]
            filenamei += 1
    return p, p[:0]


def basename(p):
    return p[p.rfind('/') + 1:]


def dirname(p):
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    _check('abspath', path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _os.environ.get('HOME')
    if home is None:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def exists(path):
    try:
        return _os._stat_kind(path) != 0
    except TypeError:
        return False


def isfile(path):
    try:
        return _os._stat_kind(path) == 1
    except TypeError:
        return False


def isdir(s):
    try:
        return _os._stat_kind(s) == 2
    except TypeError:
        return False


def getsize(filename):
    return _os.stat(filename)[1]


def getmtime(filename):
    return _os.stat(filename)[2]
