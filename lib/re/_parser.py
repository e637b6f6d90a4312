"""re._parser: turns a pattern into a tree of nodes and the tree into the
program that the _sre matcher runs.  Error messages and positions follow
CPython's sre parser."""

import _sre

MAXREPEAT = _sre.MAXREPEAT
MAXGROUPS = _sre.MAXGROUPS

TEMPLATE = 1
IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
DEBUG = 128
ASCII = 256

FLAGS = {'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL,
         'x': VERBOSE, 'a': ASCII, 't': TEMPLATE, 'u': UNICODE}
TYPE_FLAGS = ASCII | LOCALE | UNICODE
GLOBAL_FLAGS = DEBUG | TEMPLATE

# opcodes (src/modules/_sre.h)
(FAILURE, SUCCESS, ANY, ANY_ALL, LITERAL, NOT_LITERAL, LITERAL_I, NOT_LITERAL_I,
 IN, IN_I, AT, MARK, JUMP, SPLIT, REPEAT_ONE, REPEAT, UNTIL, GROUPREF,
 GROUPREF_I, ASSERT, ASSERT_END, GROUPREF_EXISTS, ATOMIC) = range(23)
SET_END, SET_LIT, SET_RANGE, SET_CAT, SET_NEGATE = range(5)
CAT_DIGIT, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD, CAT_NOT_WORD = range(6)
CAT_ASCII = 8
(AT_BEG, AT_BEG_LINE, AT_BEG_STR, AT_END, AT_END_LINE, AT_END_STR, AT_BOUND,
 AT_NON_BOUND, AT_BOUND_A, AT_NON_BOUND_A) = range(10)

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"
DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")

ESCAPES = {r"\a": 7, r"\b": 8, r"\f": 12, r"\n": 10, r"\r": 13, r"\t": 9,
           r"\v": 11, "\\\\": 92}
CATEGORIES = {r"\d": CAT_DIGIT, r"\D": CAT_NOT_DIGIT, r"\s": CAT_SPACE,
              r"\S": CAT_NOT_SPACE, r"\w": CAT_WORD, r"\W": CAT_NOT_WORD}


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'


class _Verbose(Exception):
    pass


class State:
    """Groups seen so far in one pattern."""

    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.groupwidths = [None]   # group 0
        self.lookbehindgroups = None

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; "
                            "was group %d" % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, width):
        self.groupwidths[gid] = width

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None


class Source:
    """The pattern text with one token of look-ahead (an escape is a token)."""

    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = str(string, 'latin1')
        self.decoded = string
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= len(self.decoded):
            self.next = None
            return
        char = self.decoded[index]
        if char == "\\":
            index += 1
            if index >= len(self.decoded):
                raise error("bad escape (end of pattern)",
                            self.string, len(self.string) - 1)
            char += self.decoded[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator,
                                 len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name,
                             len(name) + offset)


# ---- nodes -------------------------------------------------------------
# ('lit', c, icase) ('notlit', c, icase) ('any', dotall) ('in', items, neg, icase)
# ('at', kind) ('group', gid, seq) ('branch', [seq...]) ('repeat', min, max, mode, seq)
# mode: 0 greedy, 1 lazy, 2 possessive
# ('ref', gid, icase) ('assert', behind, neg, seq) ('atomic', seq) ('cond', gid, yes, no)

def _cat_item(cat, flags, istext):
    if flags & ASCII or not istext:
        cat |= CAT_ASCII
    return ('cat', cat)


def _class_escape(source, escape, state):
    code = ESCAPES.get(escape)
    if code is not None:
        return ('lit', code)
    if escape in CATEGORIES:
        return _cat_item(CATEGORIES[escape], state.flags, source.istext)
    c = escape[1:2]
    if c == "x":
        escape += source.getwhile(2, HEXDIGITS)
        if len(escape) != 4:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return ('lit', int(escape[2:], 16))
    elif c == "u" and source.istext:
        escape += source.getwhile(4, HEXDIGITS)
        if len(escape) != 6:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return ('lit', int(escape[2:], 16))
    elif c == "U" and source.istext:
        escape += source.getwhile(8, HEXDIGITS)
        if len(escape) != 10:
            raise source.error("incomplete escape %s" % escape, len(escape))
        c = int(escape[2:], 16)
        chr(c)  # raise ValueError for invalid code
        return ('lit', c)
    elif c == "N" and source.istext:
        raise source.error("bad escape %s" % escape, len(escape))
    elif c in OCTDIGITS:
        escape += source.getwhile(2, OCTDIGITS)
        c = int(escape[1:], 8)
        if c > 0o377:
            raise source.error('octal escape value %s outside of '
                               'range 0-0o377' % escape, len(escape))
        return ('lit', c)
    elif c in DIGITS:
        raise ValueError
    if len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error('bad escape %s' % escape, len(escape))
        return ('lit', ord(escape[1]))
    raise source.error("bad escape %s" % escape, len(escape))


def _escape(source, escape, state):
    flags = state.flags
    if escape in CATEGORIES:
        return ('in', [_cat_item(CATEGORIES[escape], flags, source.istext)], False, False)
    c = escape[1:2]
    if c == 'A':
        return ('at', AT_BEG_STR)
    if c == 'Z':
        return ('at', AT_END_STR)
    if c == 'b' or c == 'B':
        kind = AT_BOUND if c == 'b' else AT_NON_BOUND
        if flags & ASCII or not source.istext:
            kind += 2
        return ('at', kind)
    icase = bool(flags & IGNORECASE)
    code = ESCAPES.get(escape)
    if code is not None:
        return ('lit', code, icase)
    if c == "x":
        escape += source.getwhile(2, HEXDIGITS)
        if len(escape) != 4:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return ('lit', int(escape[2:], 16), icase)
    elif c == "u" and source.istext:
        escape += source.getwhile(4, HEXDIGITS)
        if len(escape) != 6:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return ('lit', int(escape[2:], 16), icase)
    elif c == "U" and source.istext:
        escape += source.getwhile(8, HEXDIGITS)
        if len(escape) != 10:
            raise source.error("incomplete escape %s" % escape, len(escape))
        c = int(escape[2:], 16)
        chr(c)
        return ('lit', c, icase)
    elif c == "N" and source.istext:
        raise source.error("bad escape %s" % escape, len(escape))
    elif c == "0":
        escape += source.getwhile(2, OCTDIGITS)
        return ('lit', int(escape[1:], 8), icase)
    elif c in DIGITS:
        # octal escape *or* decimal group reference (sigh)
        if source.next in DIGITS:
            escape += source.get()
            if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and
                    source.next in OCTDIGITS):
                escape += source.get()
                c = int(escape[1:], 8)
                if c > 0o377:
                    raise source.error('octal escape value %s outside of '
                                       'range 0-0o377' % escape, len(escape))
                return ('lit', c, icase)
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error("cannot refer to an open group", len(escape))
            return ('ref', group, icase)
        raise source.error("invalid group reference %d" % group, len(escape) - 1)
    if len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return ('lit', ord(escape[1]), icase)
    raise source.error("bad escape %s" % escape, len(escape))


def _uniq(items):
    return list(dict.fromkeys(items))


def _parse_sub(source, state, verbose, nested):
    items = []
    start = source.tell()
    while True:
        items.append(_parse(source, state, verbose, nested + 1,
                            not nested and not items))
        if not source.match("|"):
            break
    if len(items) == 1:
        return items[0]
    return [('branch', items)]


def _parse(source, state, verbose, nested, first=False):
    subpattern = []
    sourceget = source.get
    sourcematch = source.match
    while True:
        this = source.next
        if this is None:
            break
        if this in "|)":
            break
        sourceget()
        if verbose:
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = sourceget()
                    if this is None or this == "\n":
                        break
                continue
        icase = bool(state.flags & IGNORECASE)
        if this[0] == "\\":
            subpattern.append(_escape(source, this, state))
        elif this not in SPECIAL_CHARS:
            subpattern.append(('lit', ord(this), icase))
        elif this == "[":
            here = source.tell() - 1
            items = []
            negate = sourcematch("^")
            while True:
                this = sourceget()
                if this is None:
                    raise source.error("unterminated character set",
                                       source.tell() - here)
                if this == "]" and items:
                    break
                elif this[0] == "\\":
                    code1 = _class_escape(source, this, state)
                else:
                    code1 = ('lit', ord(this))
                if sourcematch("-"):
                    that = sourceget()
                    if that is None:
                        raise source.error("unterminated character set",
                                           source.tell() - here)
                    if that == "]":
                        items.append(code1)
                        items.append(('lit', ord("-")))
                        break
                    if that[0] == "\\":
                        code2 = _class_escape(source, that, state)
                    else:
                        code2 = ('lit', ord(that))
                    if code1[0] != 'lit' or code2[0] != 'lit':
                        msg = "bad character range %s-%s" % (this, that)
                        raise source.error(msg, len(this) + 1 + len(that))
                    lo = code1[1]
                    hi = code2[1]
                    if hi < lo:
                        msg = "bad character range %s-%s" % (this, that)
                        raise source.error(msg, len(this) + 1 + len(that))
                    items.append(('range', lo, hi))
                else:
                    items.append(code1)
            items = _uniq(items)
            if len(items) == 1 and items[0][0] == 'lit':
                if negate:
                    subpattern.append(('notlit', items[0][1], icase))
                else:
                    subpattern.append(('lit', items[0][1], icase))
            else:
                subpattern.append(('in', items, negate, icase))
        elif this in REPEAT_CHARS:
            here = source.tell()
            if this == "?":
                min, max = 0, 1
            elif this == "*":
                min, max = 0, MAXREPEAT
            elif this == "+":
                min, max = 1, MAXREPEAT
            else:  # "{"
                if source.next == "}":
                    subpattern.append(('lit', ord(this), icase))
                    continue
                min, max = 0, MAXREPEAT
                lo = hi = ""
                while source.next in DIGITS:
                    lo += sourceget()
                if sourcematch(","):
                    while source.next in DIGITS:
                        hi += sourceget()
                else:
                    hi = lo
                if not sourcematch("}"):
                    subpattern.append(('lit', ord(this), icase))
                    source.seek(here)
                    continue
                if lo:
                    min = int(lo)
                    if min >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                if hi:
                    max = int(hi)
                    if max >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                    if max < min:
                        raise source.error("min repeat greater than max repeat",
                                           source.tell() - here)
            if subpattern:
                item = subpattern[-1]
            else:
                item = None
            if item is None or item[0] == 'at':
                raise source.error("nothing to repeat",
                                   source.tell() - here + len(this))
            if item[0] == 'repeat':
                raise source.error("multiple repeat",
                                   source.tell() - here + len(this))
            if item[0] == 'group' and item[1] is None:
                body = item[2]
            else:
                body = [item]
            if sourcematch("?"):
                mode = 1
            elif sourcematch("+"):
                mode = 2
            else:
                mode = 0
            subpattern[-1] = ('repeat', min, max, mode, body)
        elif this == ".":
            subpattern.append(('any', bool(state.flags & DOTALL)))
        elif this == "(":
            start = source.tell() - 1
            capture = True
            atomic = False
            name = None
            add_flags = 0
            del_flags = 0
            if sourcematch("?"):
                char = sourceget()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char == "P":
                    if sourcematch("<"):
                        name = source.getuntil(">", "group name")
                        source.checkgroupname(name, 1)
                    elif sourcematch("="):
                        name = source.getuntil(")", "group name")
                        source.checkgroupname(name, 1)
                        gid = state.groupdict.get(name)
                        if gid is None:
                            msg = "unknown group name %r" % name
                            raise source.error(msg, len(name) + 1)
                        if not state.checkgroup(gid):
                            raise source.error("cannot refer to an open group",
                                               len(name) + 1)
                        subpattern.append(('ref', gid, icase))
                        continue
                    else:
                        char = sourceget()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        raise source.error("unknown extension ?P" + char,
                                           len(char) + 2)
                elif char == ":":
                    capture = False
                elif char == "#":
                    while True:
                        if source.next is None:
                            raise source.error("missing ), unterminated comment",
                                               source.tell() - start)
                        if sourceget() == ")":
                            break
                    continue
                elif char in "=!<":
                    dir = 1
                    if char == "<":
                        char = sourceget()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        if char not in "=!":
                            raise source.error("unknown extension ?<" + char,
                                               len(char) + 2)
                        dir = -1
                    p = _parse_sub(source, state, verbose, nested + 1)
                    if dir < 0:
                        lo, hi = getwidth(p)
                        if lo != hi:
                            raise error("look-behind requires fixed-width pattern")
                    if not sourcematch(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    subpattern.append(('assert', dir < 0, char == "!", p))
                    continue
                elif char == "(":
                    condname = source.getuntil(")", "group name")
                    if condname.isidentifier():
                        condgroup = state.groupdict.get(condname)
                        if condgroup is None:
                            msg = "unknown group name %r" % condname
                            raise source.error(msg, len(condname) + 1)
                    else:
                        try:
                            condgroup = int(condname)
                            if condgroup < 0:
                                raise ValueError
                        except ValueError:
                            msg = "bad character in group name %r" % condname
                            raise source.error(msg, len(condname) + 1) from None
                        if not condgroup:
                            raise source.error("bad group number",
                                               len(condname) + 1)
                        if condgroup >= MAXGROUPS:
                            msg = "invalid group reference %d" % condgroup
                            raise source.error(msg, len(condname) + 1)
                        if condgroup not in state.groupdict.values() and condgroup >= state.groups:
                            msg = "invalid group reference %d" % condgroup
                            raise source.error(msg, len(condname) + 1)
                    yes = _parse(source, state, verbose, nested + 1)
                    if source.match("|"):
                        no = _parse(source, state, verbose, nested + 1)
                        if source.next == "|":
                            raise source.error("conditional backref with more than two branches")
                    else:
                        no = []
                    if not source.match(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    subpattern.append(('cond', condgroup, yes, no))
                    continue
                elif char == ">":
                    capture = False
                    atomic = True
                elif char in FLAGS or char == "-":
                    flags = _parse_flags(source, state, char)
                    if flags is None:  # global flags
                        if not first or subpattern:
                            raise source.error('global flags not at the start '
                                               'of the expression',
                                               source.tell() - start)
                        verbose = state.flags & VERBOSE
                        continue
                    add_flags, del_flags = flags
                    capture = False
                else:
                    raise source.error("unknown extension ?" + char,
                                       len(char) + 1)
            if capture:
                try:
                    group = state.opengroup(name)
                except error as err:
                    raise source.error(err.msg, len(name) + 1) from None
            else:
                group = None
            saved = state.flags
            state.flags = (saved | add_flags) & ~del_flags
            sub_verbose = ((verbose or (add_flags & VERBOSE)) and
                           not (del_flags & VERBOSE))
            p = _parse_sub(source, state, sub_verbose, nested + 1)
            state.flags = saved
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern",
                                   source.tell() - start)
            if group is not None:
                state.closegroup(group, p)
                subpattern.append(('group', group, p))
            elif atomic:
                subpattern.append(('atomic', p))
            else:
                subpattern.append(('group', None, p))
        elif this == "^":
            subpattern.append(('at', AT_BEG_LINE if state.flags & MULTILINE else AT_BEG))
        elif this == "$":
            subpattern.append(('at', AT_END_LINE if state.flags & MULTILINE else AT_END))
        else:
            raise AssertionError("unsupported special character %r" % (this,))
    return subpattern


def _parse_flags(source, state, char):
    sourceget = source.get
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = FLAGS[char]
            if source.istext:
                if char == 'L':
                    msg = "bad inline flags: cannot use 'L' flag with a str pattern"
                    raise source.error(msg)
            else:
                if char == 'u':
                    msg = "bad inline flags: cannot use 'u' flag with a bytes pattern"
                    raise source.error(msg)
            add_flags |= flag
            if (flag & TYPE_FLAGS) and (add_flags & TYPE_FLAGS) != flag:
                msg = "bad inline flags: flags 'a', 'u' and 'L' are incompatible"
                raise source.error(msg)
            char = sourceget()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = sourceget()
        if char is None:
            raise source.error("missing flag")
        if char not in FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = FLAGS[char]
            if flag & TYPE_FLAGS:
                msg = "bad inline flags: cannot turn off flags 'a', 'u' and 'L'"
                raise source.error(msg)
            del_flags |= flag
            char = sourceget()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    assert char == ":"
    if del_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def getwidth(seq):
    """(min, max) characters a sequence of nodes matches."""
    lo = hi = 0
    for node in seq:
        kind = node[0]
        if kind in ('lit', 'notlit', 'any', 'in'):
            lo += 1
            hi += 1
        elif kind == 'group':
            l, h = getwidth(node[2])
            lo += l
            hi += h
        elif kind == 'atomic':
            l, h = getwidth(node[1])
            lo += l
            hi += h
        elif kind == 'branch':
            ws = [getwidth(b) for b in node[1]]
            lo += min(w[0] for w in ws)
            hi += max(w[1] for w in ws)
        elif kind == 'repeat':
            l, h = getwidth(node[4])
            lo += l * node[1]
            hi += h * node[2]
        elif kind == 'ref':
            hi += MAXREPEAT
        elif kind == 'cond':
            l1, h1 = getwidth(node[2])
            l2, h2 = getwidth(node[3])
            lo += min(l1, l2)
            hi += max(h1, h2)
    return min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)


def fix_flags(src, flags):
    if isinstance(src, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def parse(str, flags=0):
    """(tree, state) of a pattern; raises error."""
    source = Source(str)
    state = State(flags)
    p = _parse_sub(source, state, flags & VERBOSE, 0)
    if not (flags & VERBOSE) and state.flags & VERBOSE:
        return parse(str, state.flags)
    state.flags = fix_flags(str, state.flags)
    if source.next is not None:
        assert source.next == ")"
        raise source.error("unbalanced parenthesis")
    return p, state


# ---- code generation ---------------------------------------------------

def _has_case(c):
    ch = chr(c)
    return ch.lower() != ch or ch.upper() != ch


def _single(node):
    kind = node[0]
    return kind in ('lit', 'notlit', 'any', 'in')


class _Compiler:
    def __init__(self, ngroups):
        self.code = []
        self.nreps = 0

    def emit_single(self, node):
        code = self.code
        kind = node[0]
        if kind == 'lit':
            icase = node[2] and _has_case(node[1])
            code.extend((LITERAL_I if icase else LITERAL, node[1]))
        elif kind == 'notlit':
            icase = node[2] and _has_case(node[1])
            code.extend((NOT_LITERAL_I if icase else NOT_LITERAL, node[1]))
        elif kind == 'any':
            code.append(ANY_ALL if node[1] else ANY)
        else:
            start = len(code)
            code.extend((IN_I if node[3] else IN, 0))
            if node[2]:
                code.append(SET_NEGATE)
            for item in node[1]:
                if item[0] == 'lit':
                    code.extend((SET_LIT, item[1]))
                elif item[0] == 'range':
                    code.extend((SET_RANGE, item[1], item[2]))
                else:
                    code.extend((SET_CAT, item[1]))
            code.append(SET_END)
            code[start + 1] = len(code) - start

    def emit(self, seq):
        code = self.code
        for node in seq:
            kind = node[0]
            if _single(node):
                self.emit_single(node)
            elif kind == 'at':
                code.extend((AT, node[1]))
            elif kind == 'group':
                gid = node[1]
                if gid is None:
                    self.emit(node[2])
                else:
                    code.extend((MARK, 2 * (gid - 1)))
                    self.emit(node[2])
                    code.extend((MARK, 2 * (gid - 1) + 1))
            elif kind == 'branch':
                jumps = []
                alts = node[1]
                for i, alt in enumerate(alts):
                    if i < len(alts) - 1:
                        split = len(code)
                        code.extend((SPLIT, 0))
                        self.emit(alt)
                        jumps.append(len(code))
                        code.extend((JUMP, 0))
                        code[split + 1] = len(code)
                    else:
                        self.emit(alt)
                for j in jumps:
                    code[j + 1] = len(code)
            elif kind == 'repeat':
                lo, hi, mode, body = node[1], node[2], node[3], node[4]
                atomic = mode == 2
                if atomic:
                    at = len(code)
                    code.extend((ATOMIC, 0))
                if len(body) == 1 and _single(body[0]):
                    start = len(code)
                    code.extend((REPEAT_ONE, 0, lo, hi, 0 if mode == 1 else 1))
                    self.emit_single(body[0])
                    code[start + 1] = len(code)
                else:
                    rid = self.nreps
                    self.nreps += 1
                    start = len(code)
                    code.extend((REPEAT, rid, lo, hi, 0 if mode == 1 else 1, 0))
                    self.emit(body)
                    code.extend((UNTIL, start))
                    code[start + 5] = len(code)
                if atomic:
                    code.append(ASSERT_END)
                    code[at + 1] = len(code)
            elif kind == 'ref':
                code.extend((GROUPREF_I if node[2] else GROUPREF, node[1] - 1))
            elif kind == 'assert':
                start = len(code)
                width = getwidth(node[3])[0] if node[1] else 0
                code.extend((ASSERT, 1 if node[1] else 0, 1 if node[2] else 0, width, 0))
                self.emit(node[3])
                code.append(ASSERT_END)
                code[start + 4] = len(code)
            elif kind == 'atomic':
                start = len(code)
                code.extend((ATOMIC, 0))
                self.emit(node[1])
                code.append(ASSERT_END)
                code[start + 1] = len(code)
            elif kind == 'cond':
                start = len(code)
                code.extend((GROUPREF_EXISTS, node[1] - 1, 0))
                self.emit(node[2])
                j = len(code)
                code.extend((JUMP, 0))
                code[start + 2] = len(code)
                self.emit(node[3])
                code[j + 1] = len(code)


def compile(p, flags):
    """(code object, flags, groupindex, groups) for pattern p."""
    tree, state = parse(p, flags)
    ngroups = state.groups - 1
    comp = _Compiler(ngroups)
    comp.emit(tree)
    comp.code.append(SUCCESS)
    flags = state.flags
    isbytes = not isinstance(p, str)
    ascii_case = bool(flags & ASCII) or isbytes
    code = _sre.compile(comp.code, ngroups, comp.nreps, ascii_case, isbytes)
    return code, flags, state.groupdict, ngroups
