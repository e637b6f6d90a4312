# Pattern and Match API.
import re

p = re.compile(r'(?P<key>\w+)=(?P<val>\d+)?')
print(p.pattern, p.flags, p.groups, p.groupindex)
print(repr(p))
print(repr(re.compile('x', re.I | re.S)), repr(re.compile(b'x')), re.compile(b'x').flags)
m = p.search('  a=1 b= c=33')
print(m, bool(m))
print(m.group(), m.group(0), m.group(1), m.group('val'), m.group(1, 2, 'key'))
print(m[0], m['key'], m[2])
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(2), m.end('val'), m.span('key'))
print(m.string, m.re is p, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(m.regs)
m2 = p.search('b= ')
print(m2.groups(), m2.groups('-'), m2.groupdict('?'), m2.span(2), m2.start(2))
print(m2.lastindex, m2.lastgroup)
for bad in (3, 'nope', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(p.match('x=5'), p.match(' x=5'), p.fullmatch('x=5'), p.fullmatch('x=5 '))
print(p.search('x=5 y=6', 2), p.search('x=5 y=6', 0, 2), p.match('x=5 y=6', 4))
print(re.compile(r'^a').search('ba', 1), re.compile(r'a$').search('ab', 0, 1))
print(p.findall('a=1 b= c=33'))
print(re.findall(r'\d', 'a1b2'), re.findall(r'(\d)(x)?', '1x2'))
print([m.span() for m in p.finditer('a=1 b= c=33')])
print(re.sub(r'\d+', '#', 'a1b22c'), re.subn(r'\d+', '#', 'a1b22c'))
print(re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2'), re.sub(r'(?P<x>\d)', r'<\g<x>\g<0>\g<1>>', 'a1'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b7'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'', '-', 'abc'), re.subn('a', 'b', 'aaa', 2))
print(re.sub(r'a', r'\n\t\\', 'xa'), repr(re.sub('a', r'\x', 'a') if False else ''))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'x*', 'axbc'), re.split(r'\b', 'a b'))
print(re.split(r'(a)|b', 'xaybz'), re.split(r'[,;]', 'a,b;c', maxsplit=1))
print(re.escape('a.b*c?d[e]f\\ g-h_i'), re.escape(b'x.y'), re.escape('é'))
print(re.match('a', 'A', re.IGNORECASE), re.I, re.I | re.M, repr(re.A | re.X), re.NOFLAG)
print(int(re.I), re.I == 2, re.M | 0, re.S & re.S)
print(m.expand(r'\g<val>:\1'), m.expand(r'[\2]'))
print(re.purge())
print(re.compile('a') is re.compile('a'), re.compile(p) is p)
print(re.search(b'(\\d+)', b'ab12c').group(1), re.sub(b'a', b'b', b'aXa'))
print(re.findall(b'[a-z]+', b'ab 12 cd'), re.split(b',', b'a,b'))
s = p.scanner('a=1 b=2')
print(s.search(), s.search(), s.search())
print(re.match(r'(a)(b)', 'ab').span(2), re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'))
print(re.search('(?P<a>x)|(?P<b>y)', 'y').lastgroup, re.search('((a)b)', 'ab').lastindex)
print(re.search('(a)|b', 'b').lastindex, re.search('(?:(a)|(b))+', 'ab').groups())
print(re.compile('a') == re.compile('a'), hash(re.compile('q')) == hash(re.compile('q')))
try:
    re.search('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.search(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
