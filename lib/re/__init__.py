"""re: regular expression operations, as CPython's re module.

Patterns are parsed and compiled by re._parser; matching runs in the
built-in _sre module (a backtracking matcher in C)."""

from re import _parser
from re._parser import error

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'template', 'escape', 'error',
           'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII',
           'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE',
           'NOFLAG', 'RegexFlag']

__version__ = "2.2.1"

_FLAG_NAMES = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'),
               (8, 'MULTILINE'), (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'),
               (128, 'DEBUG')]


class RegexFlag(int):
    """The re flags: an int that prints as re.NAME|re.NAME."""

    def __repr__(self):
        value = int(self)
        names = []
        for bit, name in _FLAG_NAMES:
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value or not names:
            names.append(hex(value) if names else 're.NOFLAG' if not value else hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class Match:
    """The result of a successful match: groups and their spans."""

    __slots__ = ('_pattern', '_string', '_pos', '_endpos', '_t')

    def __init__(self, pattern, string, pos, endpos, t):
        self._pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._t = t

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            if 0 <= g <= self._pattern.groups:
                return int(g)
        else:
            try:
                if hasattr(g, '__index__') and not isinstance(g, str):
                    g = g.__index__()
                    if 0 <= g <= self._pattern.groups:
                        return g
                else:
                    return self._pattern.groupindex[g]
            except (KeyError, TypeError):
                pass
        raise IndexError("no such group")

    def _span(self, i):
        t = self._t
        if i == 0:
            return t[0], t[1]
        return t[2 * i + 1], t[2 * i + 2]

    def _get(self, i, default=None):
        s, e = self._span(i)
        if s < 0:
            return default
        return self._string[s:e]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple([self._get(i, default) for i in range(1, self._pattern.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self._pattern.groupindex.items()}

    def start(self, group=0):
        return self._span(self._index(group))[0]

    def end(self, group=0):
        return self._span(self._index(group))[1]

    def span(self, group=0):
        return self._span(self._index(group))

    @property
    def regs(self):
        return tuple([self._span(i) for i in range(self._pattern.groups + 1)])

    @property
    def string(self):
        return self._string

    @property
    def re(self):
        return self._pattern

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    @property
    def lastindex(self):
        li = self._t[2]
        return li if li >= 0 else None

    @property
    def lastgroup(self):
        li = self._t[2]
        if li < 0:
            return None
        for name, i in self._pattern.groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        return _expand_template(_compile_template(self._pattern, template), self)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class Pattern:
    """A compiled regular expression."""

    __slots__ = ('_code', '_pattern', '_flags', '_groupindex', '_groups', '__weakref__')

    def __init__(self, pattern, flags):
        code, flags, groupindex, groups = _parser.compile(pattern, flags)
        self._code = code
        self._pattern = pattern
        self._flags = flags
        self._groupindex = groupindex
        self._groups = groups

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def _run(self, string, pos, endpos, mode):
        t = self._code.match(string, pos, endpos, mode)
        if t is None:
            return None
        n = len(string)
        return Match(self, string, 0 if pos < 0 else n if pos > n else pos,
                     0 if endpos < 0 else n if endpos > n else endpos, t)

    def match(self, string, pos=0, endpos=9223372036854775807):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=9223372036854775807):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=9223372036854775807):
        return self._run(string, pos, endpos, 2)

    def _matches(self, string, pos=0, endpos=9223372036854775807):
        sc = self._code.scanner(string, pos, endpos)
        search = sc.search
        while True:
            t = search()
            if t is None:
                return
            yield t

    def finditer(self, string, pos=0, endpos=9223372036854775807):
        n = len(string)
        pos = 0 if pos < 0 else n if pos > n else pos
        endpos = 0 if endpos < 0 else n if endpos > n else endpos
        for t in self._matches(string, pos, endpos):
            yield Match(self, string, pos, endpos, t)

    def findall(self, string, pos=0, endpos=9223372036854775807):
        out = []
        groups = self._groups
        empty = string[:0]
        for t in self._matches(string, pos, endpos):
            if groups == 0:
                out.append(string[t[0]:t[1]])
            elif groups == 1:
                out.append(string[t[3]:t[4]] if t[3] >= 0 else empty)
            else:
                out.append(tuple([string[t[2 * i + 1]:t[2 * i + 2]] if t[2 * i + 1] >= 0 else empty
                                  for i in range(1, groups + 1)]))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        groups = self._groups
        for t in self._matches(string):
            if maxsplit > 0 and n >= maxsplit:
                break
            out.append(string[last:t[0]])
            for i in range(1, groups + 1):
                s = t[2 * i + 1]
                out.append(string[s:t[2 * i + 2]] if s >= 0 else None)
            last = t[1]
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            filt = repl
            literal = None
        else:
            tmpl = _compile_template(self, repl)
            if len(tmpl) == 1 and not isinstance(tmpl[0], int):
                literal = tmpl[0]
            elif not tmpl:
                literal = repl[:0]
            else:
                literal = None
            filt = None
        pieces = []
        last = 0
        n = 0
        for t in self._matches(string):
            if count > 0 and n >= count:
                break
            pieces.append(string[last:t[0]])
            if literal is not None:
                pieces.append(literal)
            else:
                m = Match(self, string, 0, 9223372036854775807, t)
                if filt is not None:
                    r = filt(m)
                    if r is not None:
                        pieces.append(r)
                else:
                    pieces.append(_expand_template(tmpl, m))
            last = t[1]
            n += 1
        if n == 0:
            return string, 0
        pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=9223372036854775807):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str):
            flags &= ~UNICODE
        text = repr(self._pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return 're.compile(%s, %r)' % (text, RegexFlag(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self._pattern == other._pattern and self._flags == other._flags

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._sc = pattern._code.scanner(string, pos, endpos)

    def _wrap(self, t):
        if t is None:
            return None
        return Match(self.pattern, self._string, self._pos, self._endpos, t)

    def match(self):
        return self._wrap(self._sc.match())

    def search(self):
        return self._wrap(self._sc.search())


def _compile_template(pattern, repl):
    key = (pattern, repl)
    t = _template_cache.get(key)
    if t is None:
        t = _parse_template(repl, pattern)
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        _template_cache[key] = t
    return t


def _parse_template(source, pattern):
    """A template as a list of literal pieces and group numbers."""
    P = _parser
    s = P.Source(source)
    sget = s.get
    items = []
    literal = []

    def addgroup(index, pos):
        if index > pattern.groups:
            raise s.error("invalid group reference %d" % index, pos)
        if literal:
            items.append(''.join(literal))
            del literal[:]
        items.append(index)

    groupindex = pattern.groupindex
    while True:
        this = sget()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    try:
                        index = groupindex[name]
                    except KeyError:
                        raise IndexError("unknown group name %r" % name) from None
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error("bad character in group name %r" % name,
                                      len(name) + 1) from None
                    if index >= P.MAXGROUPS:
                        raise s.error("invalid group reference %d" % index,
                                      len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next in P.OCTDIGITS:
                    this += sget()
                    if s.next in P.OCTDIGITS:
                        this += sget()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in P.DIGITS:
                isoctal = False
                if s.next in P.DIGITS:
                    this += sget()
                    if (c in P.OCTDIGITS and this[2] in P.OCTDIGITS and
                            s.next in P.OCTDIGITS):
                        this += sget()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error('octal escape value %s outside of '
                                          'range 0-0o377' % this, len(this))
                        literal.append(chr(c))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                code = P.ESCAPES.get(this)
                if code is not None:
                    this = chr(code)
                elif c in P.ASCIILETTERS:
                    raise s.error('bad escape %s' % this, len(this))
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        items.append(''.join(literal))
    if not isinstance(source, str):
        items = [x if isinstance(x, int) else x.encode('latin-1') for x in items]
    return items


def _expand_template(items, m):
    empty = m.string[:0]
    out = []
    for x in items:
        if isinstance(x, int):
            v = m.group(x)
            out.append(empty if v is None else v)
        else:
            out.append(x)
    return empty.join(out)


# ---- module-level functions ------------------------------------------------

_cache = {}
_template_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, flags | T)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')
