# format() on floats: repr-like default, e/f/g/n/%, precision, '#', 'z',
# grouping, zero padding, nan/inf and -0.0.
values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 3.141592653589793, -2.718281828459045, 1e16, 1e-5, 0.0001,
          123456789.0, 1e22, 1.7976931348623157e308, 5e-324, 12345.678, 1/3, 2/3, 100.0, 1e100,
          float('inf'), float('-inf'), float('nan')]
specs = ['', '.0', '.1', '.3', '.17', 'e', '.2e', 'E', 'f', '.0f', '.2f', 'F', 'g', '.3g', 'G', 'n', '%', '.1%',
         '#', '#.0f', '#.3g', '#g', '#.0e', '+', ' ', '10', '<10', '^10', '010', '+010.2f', ',', '_.3f',
         '020,.2f', 'z', 'z.1f', '=+12.3e', '*^12g']
for v in values:
    print(repr(v), [format(v, s) for s in specs])

print(f"{-0.0001:z.2f}", f"{-0.0:z}", f"{-0.5:z.0f}", f"{-0.001:z.1%}", f"{-1e-300:z.2e}")
print(f"{1.0:.3}", f"{1e16:}", f"{12345.678:,.2f}", f"{1.5:.0}", f"{123.0:.0}")
print(f"{0.1:.30f}")
print(f"{1e100:.20f}")
print(f"{2.675:.2f}", f"{1.005:.2f}", f"{0.125:.2f}", f"{0.375:.2f}")
for p in range(0, 18):
    print(p, format(2 / 3, '.%d' % p), format(2 / 3, '.%dg' % p), format(1234.5678, '.%de' % p))

def err(v, spec):
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for spec in ['d', 'x', 's', 'c', ',n', '.', '.2147483648f', 'zz', '#,_', 'abc']:
    err(1.5, spec)
