# str find/rfind/index/count/replace/in/split/partition and ASCII case
# mapping: empty needles, overlapping patterns, bounds past the end,
# non-ASCII text, long scans and the patterns that defeat skip tables.
import random

texts = ['', 'a', 'aaaa', 'abababab', 'hello world foo bar ' * 20,
         'h\u00e9llo w\u00f6rld \u20ac\u20ac \U0001F600x\U0001F600' * 3,
         'xyz' * 50 + 'abc']
needles = ['', 'a', 'aa', 'ab', 'ba', 'aba', 'o', 'foo', 'bar ', 'zzz',
           '\u00e9', '\u20ac', '\u20ac\u20ac', '\U0001F600', 'ld', 'abc',
           'xyzabc', 'hello world foo bar hello']
bounds = [(None, None), (0, None), (3, None), (-4, None), (2, 9), (5, 2),
          (100, None), (1000, 2000), (-1000, None), (None, -3), (0, 0)]
for t in texts:
    for n in needles:
        row = [n in t, t.count(n), t.find(n), t.rfind(n)]
        for s, e in bounds:
            row += [t.count(n, s, e), t.find(n, s, e), t.rfind(n, s, e)]
        print(repr(n), row)
        print(' ', t.replace(n, '<>') == t, len(t.replace(n, '<>')),
              len(t.replace(n, '', 2)), t.replace(n, n.upper() or '!', 3)[:40])
        if n:
            print(' ', len(t.split(n)), t.rsplit(n, 2)[-1][:20],
                  t.partition(n)[0][:10], t.rpartition(n)[2][:10])

for t, n in [('abcabc', 'c'), ('abc', 'd')]:
    try:
        print(t.index(n), t.rindex(n))
    except ValueError as e:
        print('ValueError', e)

# patterns that make a skip-table scan compare a lot
for k in (1, 2, 3, 7, 31, 100, 2000):
    t = 'a' * 5000
    n = 'a' * k + 'b'
    print(k, t.find(n), t.count(n), (t + n).find(n), (n + t).rfind(n),
          (t + n + t).count(n), (t[:2500] + n + t).find(n), n in t + n)
    m = 'b' + 'a' * k
    print(k, t.rfind(m), (t + m).rfind(m), (m + t).find(m), (t + m + t).rfind(m))
t = ('ab' * 3000 + 'abc') * 2
print(t.find('abababc'), t.rfind('abababc'), t.count('abababc'), t.count('abab'))

random.seed(7)
for _ in range(300):
    t = ''.join(random.choice('aab\u00e9') for _ in range(random.randrange(60)))
    n = ''.join(random.choice('ab\u00e9') for _ in range(random.randrange(4)))
    s = random.randrange(-5, 70)
    print(t.count(n), t.find(n, s), t.rfind(n, 0, s), t.replace(n, 'xy'),
          t.replace(n, '\u00e9', 2), t.split(n) if n else None)

# counting one byte across the word-at-a-time path and its tail
for L in (0, 1, 7, 8, 9, 15, 16, 17, 2039, 2040, 2041, 2047, 5000):
    t = ('abcdefgha' * 1000)[:L]
    print(L, t.count('a'), t.count('h'), t.count('z'), ('\u00ff' * L).count('\u00ff'),
          (('\u00e9' * L) + 'x').count('\u00a9'))

# ASCII case mapping: every byte, several lengths and alignments
s = ''.join(chr(i) for i in range(128)) * 2
for k in range(0, 40, 3):
    t = s[k:k + 9 * k]
    print(t.upper() == ''.join(c.upper() for c in t),
          t.lower() == ''.join(c.lower() for c in t), ascii(t.upper()[:30]),
          ascii(t.casefold()[-30:]), ascii(t.swapcase()[:20]), ascii(t.title()[:20]))
print('MiXeD 123 \u00e9\u00c9 stra\u00dfe'.upper(), 'MiXeD \u03a3A\u03a3'.lower(),
      'abc'.upper().isupper(), 'ABC'.lower().islower())

class S(str):
    pass
x = S('abcabc')
for r in (x.replace('z', 'q'), x.replace('b', 'B'), x.upper(), x.lower(), x.replace('', '')):
    print(type(r).__name__, r)
try:
    'abc'.replace('a', 'b', 'c')
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.find(1)
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.count('a', 'x')
except TypeError as e:
    print('TypeError', e)
