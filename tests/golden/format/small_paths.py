# %-formatting and int/str format specs: results longer than the inline
# buffers, pieces of every size, ints around the word limit, padding with
# multi-byte fill characters, grouping that needs a long digit buffer.
for n in (0, 1, 9, 10, -1, -10, 2 ** 31, -2 ** 63, 2 ** 63 - 1, 2 ** 63, -2 ** 63 - 1,
          2 ** 64, 10 ** 40, -10 ** 40, 7 ** 100):
    print(format(n), format(n, ''), f'{n}', f'{n:>8}', f'{n:<30}|', f'{n:^9}',
          f'{n:,}', f'{n:_x}', f'{n:#o}', f'{n:+d}', f'{n: d}', f'{n:=+12}',
          f'{n:0>5}', f'{n:\u00e9^20}', f'{n:\u20ac>25}', f'{n:08,}')
    print('%d|%5d|%-5d|%05d|%+d|% d|%x|%#X|%o|%.30d|%60d|' % ((n,) * 11))
    print(f'{n:0120,}')
big = 'x' * 150
print('%s-%s-%s' % (big, big, big))
print(len('%s' % ('\u20ac' * 300)), ('%s' % ('\u20ac' * 300))[:5])
print('%.3s|%-10.2s|%10s|%c%c' % ('\u00e9\u00e8\u00ea\u00eb', 'abc', '\u20ac', 0x20ac, 'z'))
print('%(a)s %(b)05.1f %(a)r' % {'a': 'A' * 80, 'b': 2.25})
print(b'%d %s %5.2f %x' % (12, b'bytes' * 50, 3.14159, 255))
print('%d%%' % 50, '%s' % ((),), '%' 'd' % 3, '' % ())
for w in (0, 1, 63, 64, 65, 127, 128, 129, 300):
    s = '%*d|%-*s|' % (w, 42, w, 'ab')
    print(w, len(s), s.strip()[:10])
    print(len(f'{"q":{w}}'), len(f'{7:\u00e9>{w}}'), len(f'{7:{w},}'), f'{7:\u00e9>{w}}'[-3:])
class I(int):
    def __str__(self):
        return 'I!'
print(format(I(5)), format(I(5), ''), f'{I(5)}', '%d' % I(5), '%s' % I(5))
