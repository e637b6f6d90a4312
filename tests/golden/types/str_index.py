def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'héllo wörld ☃ 😀!'
print(len(s), s[0], s[1], s[-1], s[-2], s[12], s[14])
print(s[::2], s[::-1], s[1:8:3], s[-3:], s[:-3], s[100:], s[-100:3], s[5:1], s[5:1:-1])
print(s[::-3], s[len(s):0:-2], s[None:None:None])
t(lambda: s[100])
t(lambda: s[-100])
t(lambda: s['a'])
t(lambda: s[1.5])
t(lambda: s[::0])
t(lambda: 'abc'[True])
t(lambda: 'abc'[slice(1, None)])
t(lambda: 'abc'[2**100:])
t(lambda: 'abc'[-2**100:])
t(lambda: 'abc'[2**100])
t(lambda: 'ab'[0:2:2**100])
t(lambda: 'abcdef'[-1:-7:-2])
for x in ('', 'a', "'", '"', '\'"', 'a\nb\tc\r', '\x00\x7f\x80\x9f\xa0', 'é', '\u200b', '😀', '\\', 'it\'s', '\U000e0001', '\xad', '\u0378', '\ufeff'):
    print(repr(x), ascii(x), len(repr(x)))
t(lambda: str.__repr__('x'))
print('a' < 'b', 'a' < 'B', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'é' > 'z', '😀' > '\uffff')
print('a' == 'a', 'a' != 'b', 'abc' >= 'abc', 'b' <= 'a')
t(lambda: 'a' < 1)
t(lambda: 'a' + None)
t(lambda: 'a' * 'b')
t(lambda: 'a' * 2.0)
t(lambda: 'ab' * 3)
t(lambda: 3 * 'ab')
t(lambda: 'ab' * 0)
t(lambda: 'a' in 'abc')
t(lambda: '' in 'abc')
t(lambda: 1 in 'abc')
t(lambda: 'x'.__contains__('x'))
t(lambda: list('héllo'))
t(lambda: list(reversed('héllo')))
t(lambda: ord('😀'))
t(lambda: ord(''))
t(lambda: ord('ab'))
t(lambda: ord(5))
t(lambda: ord(b'a'))
t(lambda: chr(0x1F600))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr('a'))
t(lambda: chr(65.0))
t(lambda: str(1.5) + str(None) + str(True) + str([1, 'a']) + str((1,)) + str({'a': 1}))
t(lambda: repr(str))
t(lambda: 'abc'.__len__())
t(lambda: 'abc'.__getitem__(1))
t(lambda: hash('abc') == hash('abc'))
t(lambda: 'x'.join(['a', 'b']) is not None)
a = 'hello'
b = 'hello'
print(a is b)
c = ''.join(['hel', 'lo'])
print(c == a, c is a)
import sys
print(sys.intern(c) is a)
t(lambda: sys.intern(5))
e0 = ''
ca = 'a'
ce = 'é'
sabc = 'abc'
sxe = 'xé'
print(e0 is str(), ce is sxe[1])
x = 256
y = 255 + int('1')
print(x is y)
x = 257
y = 256 + int('1')
print(x is y, x == y)
x = -5
y = -4 - int('1')
print(x is y)
x = -6
y = -5 - int('1')
print(x is y)
et = ()
print(tuple() is et, tuple([]) is et)
print(frozenset() is frozenset())
eb = b''
print(eb is bytes())
