# format() on str: truncation, alignment with Unicode fills, widths in
# code points, and the flags a string rejects.
words = ['', 'a', 'hello', 'héllo', '日本語', '\U0001f600x']
specs = ['', 's', '5', '<7', '>7', '^7', '*^8', 'é>6', '.2', '.0', '>8.3', '^9.4s', '010', '0<5', '3', '.10']
for w in words:
    print(repr(w), [format(w, s) for s in specs])
print(f"{'x':\U0001f600^5}|{'ab':-<6}|{'ab':->6}")

def err(v, spec):
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for spec in [' ', '+', '-', '#', '=', ',', '_', 'z', 'd', 'x', '.', ',s']:
    err('a', spec)

class C:
    pass
c = C()
print(format(c, '') == str(c), format(c, '').startswith('<__main__.C object at 0x'))
err(C(), 'x')
err(None, '>5')
print(format(None), format([1, 2]), format((1,)))
