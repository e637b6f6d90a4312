x, y, name = 42, 3.14159, 'garter'
items = [1, 2, 3]
d = {'k': 'v', 'n': 5}
print(f'{x}', f'{x!r}', f'{name!r}', f'{name!s}', f'{name!a}', f'{"é"!a}')
print(f'{x:5}|{x:<5}|{x:^5}|{x:>5}|{x:05}|{x:+}|{x:x}|{x:#o}|{x:b}|{x:,}|{10**6:_}')
print(f'{y:.2f}|{y:10.3f}|{y:e}|{y:.0%}|{y:g}|{-y:+.1f}|{y:=+10.2f}')
print(f'{name:>10}|{name:*<10}|{name:^11}|{name:.3}')
w, p = 10, 3
print(f'{y:{w}.{p}f}|{name:{"^"}{w}}|{x:{"0"}{5}}')
print(f'{x=}', f'{x = }', f'{y=:.2f}', f'{name=!s}', f'{x + 1=}', f'{items[0]=}')
print(f'{items}', f'{items[1]}', f'{d["k"]}', f"{d['n'] * 2}", f'{len(items)}')
print(f'{{literal braces}}', f'{{{x}}}', f'{x}{y}', f'a{x}b{y:.1f}c')
print(f'{"nested " + f"{x}"}', f'{f"{x}"}', f'{"in"}')
print(f'{x if x > 10 else 0}', f'{(lambda v: v * 2)(x)}', f'{[i for i in range(3)]}')
print(f'{x:{"" if True else "x"}}', f'{3.0:}', f'{None}', f'{True:d}' if False else f'{True}')
print(f'''triple {x}
second line {y:.1f}''')
print(F'upper {x}', rf'raw \n {x}', fr'\t{name}')
class Fmt:
    def __format__(self, spec):
        return 'Fmt(' + spec + ')'
    def __repr__(self): return 'Fmt-repr'
    def __str__(self): return 'Fmt-str'
print(f'{Fmt()}', f'{Fmt():abc}', f'{Fmt()!r}', f'{Fmt()!s}', f'{Fmt():{w}}')
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: f'{x:z}')
t(lambda: f'{name:d}')
t(lambda: f'{y:d}')
t(lambda: f'{items:>10}')
t(lambda: f'{None:>5}')
t(lambda: f'{x:,d}')
t(lambda: f'{x:.2}')
t(lambda: f'{name:=5}')
t(lambda: f'{object():x}')
print(f'{"":>3}|', f'{0:03d}', f'{-5:05d}', f'{1e20:f}', f'{1/3:.20f}')
print(f'{12345.6789:,.2f}', f'{0.000012345:.3g}', f'{123456789:e}', f'{255:#x}', f'{255:#X}')
print('%s %r %d %5.2f %-4d| %x %o %e %%' % ('s', 's', 42, 3.14159, 7, 255, 8, 12345.678))
print('{} {!r} {:>5} {name} {0}'.format('a', 'b', 'c', name='n'))
