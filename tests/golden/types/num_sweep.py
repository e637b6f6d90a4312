vals = []
x = 0.1
for i in range(200):
    x = x * 1.7 + (i % 7) / 3.0 - 0.5
    if abs(x) > 1e12:
        x = x / 1e15
    vals.append(x)
vals += [1/7, 2/3, 1e-7, 1.5e-300, 123456789.123456789, 0.5, 2.5, 1e15, 1e16, 1e17, 0.000123, 1e22, 1e-5, 4.35, 0.045, 1.23456789e-10]
out = []
for v in vals:
    out.append('%r %s %.3f %.10g %e %g %.0f %.1f %.17g' % (v, v, v, v, v, v, v, v, v))
    out.append('%s %s %s %s %s' % (round(v, 2), round(v, 5), round(v, -1), round(v), round(-v, 3)))
    out.append('{:.2%} {:,.2f} {:+.4e} {:>12.5g} {:<10.3} {:_.1f} {:08.3f} {:.0e} {:#.0f} {:n}'.format(v, v, v, v, v, v, v, v, v, v))
    out.append('%s %s %s' % (v // 0.3, v % 0.3, divmod(v, -0.7)))
print('\n'.join(out))
ints = [0, 1, -1, 7, -7, 255, 10**10, -10**10, 2**31, 2**63, 2**64 + 1, -2**63, 3**40, -3**41, 10**18 + 1]
for a in ints:
    print(a, hex(a), oct(a), bin(a), '%x %o %d %5d %-5d| %+d %e' % (a, a, a, a, a, a, a), format(a, ','), format(a, '_x'), format(a, '#o'))
    for b in (1, -1, 3, -3, 7, 2**32, -2**40):
        print(' ', a // b, a % b, divmod(a, b), a & b, a | b, a ^ b, a * b, a - b, round(a / b, 6))
    print(' ', a >> 1, a >> 7, a << 3, -a >> 2, abs(a), a.bit_length(), int(str(a)) == a, float(a), a == float(a), hash(a) == hash(float(a)))
for a in (0.0, 1.0, -1.0, 0.5, 1e100, -2.5, 1e-300, 3.14):
    print(a, hash(a), a.is_integer(), a.as_integer_ratio(), a.hex(), float.fromhex(a.hex()) == a)
for n in range(-3, 30):
    print(n, 2 ** n, 2.0 ** n, 10 ** n if n >= 0 else 10.0 ** n, (-3) ** n if n >= 0 else (-3.0) ** n)
for d in range(1, 30):
    print(d, 1 / d, 10 / d, 2 ** 0.5 * d, d / 3, round(d / 7, 4), round(d * 0.5), round(d * 1.5), round(d * 0.25, 1))
