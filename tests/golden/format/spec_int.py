# format() and f-strings on ints: every presentation type, fill/align,
# sign, '#', '0', grouping and the errors of the spec mini-language.
values = [0, 1, -1, 7, 42, -42, 255, -255, 1234567, -1234567, 2**31, 2**64, -2**100, 10**25, True, False]
specs = ['', 'd', 'b', 'o', 'x', 'X', 'n', '#b', '#o', '#x', '#X', '+', ' ', '-', '5', '<8', '>8', '^8',
         '*^9', '0=8', '08', '010,', ',', '_', '_b', '_x', '#_x', '+,', '=+10', 'e', '.2f', '%', '.3g', 'E']
for v in values:
    print(repr(v), [format(v, s) for s in specs])

for v in [65, 97, 0x263A, 0x1F600, 233]:
    print(f"{v:c}|{v:>4c}|{v:<4c}|{v:^5c}|{v:05c}")

print(f"{12345:,}", f"{-12345:_}", f"{0x12345678:_x}", f"{255:#010x}", f"{-255:#010x}")
print(f"{1:é^7}", f"{1:\u00f8<3}", f"{-5:0=6}", f"{5:+06}", f"{1234:08,}")
print(f"{2**200:,}")
print(f"{-2**100:#_b}")

def err(v, spec):
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for spec in ['s', 'abc', '.2', 'z', ',_', '_,', ',x', ',c', '+c', '#c', '.', '99999999999999999999', '1 ', 'c ', '_n', ',n', '=']:
    err(1, spec)
for v in [-1, 0x110000, 2**70]:
    err(v, 'c')
err(10**400, 'e')
