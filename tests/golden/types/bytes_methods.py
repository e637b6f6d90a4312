def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

h = b'\x01\x02\x03\x04\x05'
for args in [(), (':',), (b'-',), ('-', 2), ('-', -2), ('-', 3), ('-', -3), ('-', 5), ('-', 6), ('-', 0), ('ab',), (1,), ('é',)]:
    t(lambda: h.hex(*args))
t(lambda: b''.hex(':'))
t(lambda: b'\xff'.hex(':'))
t(lambda: h.hex(sep='.', bytes_per_sep=2))
for s in (b'  a  b c  ', b'a,b,,c', b'', b'x'):
    t(lambda: (s.rsplit(), s.rsplit(None, 1), s.rsplit(b',', 1), s.rsplit(b','), s.rsplit(maxsplit=0)))
t(lambda: b'a,b'.rsplit(b''))
t(lambda: b'a,b'.rsplit(','))
for s in (b'', b'\n', b'a\r\nb\rc\nd', b'a\x0bb\x0cc\x1cd', b'x\n\n', b'\r\r\n'):
    t(lambda: (s.splitlines(), s.splitlines(True), s.splitlines(keepends=False)))
t(lambda: b'x'.splitlines(x=1))
for s in (b'a=b=c', b'abc', b'=', b''):
    t(lambda: (s.partition(b'='), s.rpartition(b'=')))
t(lambda: b'a'.partition(b''))
t(lambda: b'a'.partition('='))
t(lambda: b'a'.partition())
for w in (-1, 0, 2, 3, 4, 5, 6, 7):
    t(lambda: (b'ab'.center(w), b'abc'.center(w, b'*'), b'ab'.ljust(w, b'.'), b'ab'.rjust(w)))
t(lambda: b'a'.center(5, 'x'))
t(lambda: b'a'.center(5, b'xy'))
t(lambda: b'a'.center('5'))
t(lambda: b'a'.center())
for s in (b'42', b'-42', b'+4', b'', b'abc', b'-'):
    t(lambda: (s.zfill(0), s.zfill(4)))
t(lambda: b'a'.zfill())
t(lambda: b'a\tbc\tdef\n\tg\r\tx'.expandtabs())
t(lambda: b'a\tbc'.expandtabs(3))
t(lambda: b'a\tbc'.expandtabs(tabsize=0))
t(lambda: b'a\tbc'.expandtabs(-2))
for s in (b'hello World 42', b"they're bill's", b'ABC def', b'', b'1a2B', b'\xe9a'):
    t(lambda: (s.swapcase(), s.title(), s.capitalize(), s.upper(), s.lower()))
for s in (b'', b'abc', b'ABC', b'Abc Def', b'123', b' \t\n\x0b\x0c\r', b'a1', b'\xe9', b'Ab1', b'AbC', b'A b', b'1A', b'a b', b'\x80'):
    print(s, [s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(), s.istitle(), s.isupper()])
t(lambda: b'x'.isdigit(1))
t(lambda: (b'hello'.removeprefix(b'he'), b'hello'.removeprefix(b'x'), b'hello'.removesuffix(b'lo'), b'hello'.removesuffix(b''), b''.removeprefix(b'')))
t(lambda: b'hello'.removeprefix('he'))
tb = bytes.maketrans(b'abc', b'xyz')
print(len(tb), tb[97:100], tb[:3])
t(lambda: b'aabbccdd'.translate(tb))
t(lambda: b'aabbccdd'.translate(tb, b'd'))
t(lambda: b'aabbccdd'.translate(None, b'ab'))
t(lambda: b'aabbccdd'.translate(None, delete=b'ab'))
t(lambda: b'abc'.translate(b'x'))
t(lambda: b'abc'.translate('x' * 256))
t(lambda: b'abc'.translate())
t(lambda: bytes.maketrans(b'ab', b'c'))
t(lambda: bytes.maketrans('a', 'b'))
t(lambda: b''.maketrans(b'', b'')[:4])
print(b'abc'.swapcase is not None, type(bytes.maketrans).__name__)
