# Realistic uses: log parsing, a tokenizer, templating with sub.
import re

LOG = """\
2024-01-15 10:23:45 INFO  [web] GET /index.html 200 1532ms
2024-01-15 10:23:46 ERROR [db] connection refused (retry 3)
2024-01-15 10:24:01 WARN  [web] POST /api/login 401 87ms
garbage line
2024-01-15 10:25:13 INFO  [web] GET /static/app.js 304 4ms
"""
line_re = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+'
                     r'\[(?P<src>\w+)\] (?P<msg>.*)$', re.M)
for m in line_re.finditer(LOG):
    print(m.group('level'), m['src'], m.group('msg'))
http = re.compile(r'(GET|POST) (\S+) (\d{3}) (\d+)ms')
print([(a, b, int(c), int(d)) for a, b, c, d in http.findall(LOG)])
print(sum(int(x) for x in re.findall(r'(\d+)ms', LOG)))
print(re.findall(r'^\S+', LOG, re.M))

TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<WS>\s+)
  | (?P<ERROR>.)
''', re.VERBOSE)

def tokenize(src):
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == 'WS':
            continue
        yield kind, m.group()

print(list(tokenize('x = 3.14 * (radius + 2) $')))

tmpl = 'Hello {{name}}, you owe {{ amount }} to {{who}}.'
values = {'name': 'Ann', 'amount': '$5', 'who': 'Bob'}
print(re.sub(r'\{\{\s*(\w+)\s*\}\}', lambda m: values[m.group(1)], tmpl))
print(re.sub(r'(?P<word>\b\w+\b) (?P=word)', r'\g<word>', 'the the cat sat sat down'))
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseToSnake').lower())
print(re.sub(r'^\s+|\s+$', '', '   trim me   '), re.sub(r'\s+', ' ', 'a \n\t b'))
email = re.compile(r'[\w.+-]+@[\w-]+\.[\w.]+')
print(email.findall('mail ann@example.com, bob.s+x@mail.co.uk or nobody@'))
print(re.match(r'^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$', '192.168.0.1').groups())
csv = re.compile(r'\s*("(?:[^"]|"")*"|[^,]*)\s*(?:,|$)')
print([f for f in csv.findall('a, "b,c" , "d""e",') ])
print(re.split(r'(?<=[.!?])\s+', 'One. Two! Three? Four'))
print(re.findall(r'\b(\w)(\w)?\2\1\b', 'abba deed noon xyz aa'))
print(re.sub(r'(\d)(?=(\d{3})+(?!\d))', r'\1,', '1234567 and 1000'))
