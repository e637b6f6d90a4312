# re.error messages and positions for bad patterns.
import re

bad = [r'(abc', r'abc)', r'a(b(c)', r'*a', r'a**', r'a{2}{3}', r'+', r'(?P<n>a)(?P=m)',
       r'[abc', r'[', r'\q', r'a\\', '\\', r'[z-a]', r'(?P<1a>x)', r'(?P<a>x)(?P<a>y)',
       r'\2(a)', r'(a)\2', r'(?<=a+)b', r'(?<!a|bc)x', r'(?z)', r'(?', r'a{3,2}',
       r'(?P<a', r'(?P<>a)', r'(?P=)', r'(?P', r'(?<x)', 'ab\n(c', r'a(?i)b', r'[\d-z]',
       r'x\x1', r'\u12', r'(?#abc', r'(a)(?(2)x)', r'(?(x)a)', r'\8', r'[\q]', r'(?i-i:a)',
       r'(?-a:x)', r'(?a-:x)']
for pat in bad:
    try:
        re.compile(pat)
        print(repr(pat), 'compiled')
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
for tmpl in [r'\3', r'\g<x>', r'\g<', r'\g<1', r'\g<a b>', r'\q', r'\g']:
    try:
        re.sub('(a)', tmpl, 'a')
        print(repr(tmpl), 'ok')
    except (re.error, IndexError) as e:
        print(repr(tmpl), type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__module__)
try:
    re.compile(b'\\u1234')
except re.error as e:
    print(e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print(e)
