rows = []
for cp in list(range(0, 0x3000, 3)) + list(range(0x10400, 0x10450)) + [0x1E9E, 0x0130, 0x03A3, 0x1F88, 0xFB00, 0x0149, 0x01F0]:
    c = chr(cp)
    if 0xD800 <= cp <= 0xDFFF:
        continue
    flags = ''.join('1' if f() else '0' for f in (c.isalpha, c.isdigit, c.isdecimal, c.isnumeric, c.isspace,
                                                     c.isupper, c.islower, c.istitle, c.isprintable, c.isidentifier, c.isalnum))
    rows.append('%04x %s %r %r %r %r %r' % (cp, flags, c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase()))
print('\n'.join(rows))
words = ['hello world', '  lead', 'trail  ', 'a  b   c', '', ' ', 'x', 'ǆemal ǈubav', 'ΣΑΣ ΟΔΟΣ', 'ﬀ ﬁ', "o'neil mc-d", '123abc ABC123', 'straße']
for w in words:
    print(repr(w), w.split(), [w.split(None, k) for k in range(-1, 4)], [w.rsplit(None, k) for k in range(-1, 4)],
          [w.split(' ', k) for k in range(-1, 4)], [w.rsplit(' ', k) for k in range(-1, 4)])
    print(' ', w.title(), w.capitalize(), w.upper(), w.lower(), w.swapcase(), w.casefold(), w.center(15, '.'), w.strip(' a'),
          w.istitle(), w.partition(' '), w.rpartition(' '), w.count(' '), w.find('a'), w.rfind(' '), w.replace(' ', '_', 2))
s = 'abcdefghij'
print([s[i:j:k] for i in (None, -12, -3, 0, 4, 12) for j in (None, -12, -2, 0, 5, 12) for k in (None, -3, -1, 1, 2)])
u = 'αβγ😀δεζ'
print([u[i:j:k] for i in (None, -8, -2, 0, 3, 9) for j in (None, -8, -1, 0, 4, 9) for k in (None, -2, -1, 1, 3)])
print([u.find(x) for x in 'αγ😀ζq'], [u.index(x, 1) for x in 'γ😀ζ'], u.encode(), len(u.encode()), u[::-1].encode('utf-8'))
