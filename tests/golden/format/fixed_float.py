# Fixed-precision float text ('%.Nf', format(x, '.Nf'), f'{x:.Nf}') at the
# edges of the exact integer path: halfway cases, tiny and huge values,
# subnormals, precisions around 19, negative zero after rounding.
import math
import random

vals = [0.5, 1.5, 2.5, 0.125, 0.375, 1e-5, 123.456, 1 / 3, 2 / 3, 999.995,
        0.005, 0.015, 0.025, 1e15, 1e16, 1e17, 2.0 ** 53, 2.0 ** 53 + 2,
        2.0 ** 60, 2.0 ** 63, 2.0 ** 64, 2.0 ** 70, 1e22, 1e-7, 5e-324,
        2.2250738585072014e-308, 1e-300, 0.0, -0.0, 9.5, 10.5, 0.05, 0.45,
        1.005, 4.35, 123456789.987654321, -2.5, -0.004, 1e-20, 2.0 ** -60,
        2.0 ** -67, 2.0 ** -68, 3 * 2.0 ** -69, 1.7976931348623157e308]
random.seed(11)
for _ in range(400):
    vals.append(math.ldexp(random.getrandbits(53), random.randrange(-1130, 960)))
    vals.append(random.uniform(-1e6, 1e6))
    vals.append(random.randrange(-10 ** 6, 10 ** 6) / random.choice([2, 8, 100, 1000, 1024]))
for v in vals:
    row = []
    for p in (0, 1, 2, 3, 6, 17, 18, 19, 20, 25):
        row.append('%.*f' % (p, v))
        row.append(format(v, '.%df' % p))
    print(' '.join(row))
    print('%f|%F|%+.2f|%10.3f|%-10.1f|%#.0f|%010.2f' % (v, v, v, v, v, v, v),
          f'{v:,.2f}|{v:_>14.1f}|{v:z.1f}|{v:.3%}|{v:e}|{v:g}|{v!r}')
for x in (0.0, 1.0, float('inf'), float('-inf'), float('nan')):
    print('%.2f %.2F %5.1f' % (x, x, x), format(x, '.3f'), format(x, '.3F'))
