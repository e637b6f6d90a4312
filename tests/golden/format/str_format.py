# str.format and format_map: numbering, names, attributes, items,
# conversions, nested specs, escapes and the grammar's errors.
print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{0}{0}'.format('x'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0!r} {0!s} {0!a}'.format('é'))
print('{!r:>8}|{:<6}|{:^7}|'.format('q', 'l', 'c'))
print('{0:{1}}|'.format('abc', '>6'))
print('{:{}.{}}'.format(3.14159, 10, 3), '{0:{w}.{p}f}'.format(2.5, w=8, p=2))
print('{{}}', '{{{0}}}'.format(7), 'a}}b{{c'.format())
print('{0[1]} {0[a]}'.format({1: 'one', 'a': 'A'}), '{x[0]}'.format(x=[5]), '{0[0][1]}'.format([[1, 2]]))

class P:
    def __init__(self):
        self.x = 3
        self.y = [4, 5]
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __repr__(self):
        return 'P()'

p = P()
print('{0.x} {0.y[1]} {0} {0:abc} {0!r:>6}'.format(p))
print('{:d} {:x} {:,} {:%} {:c}'.format(5, 255, 10**12, 0.25, 0x263A))
print('{}'.format(None), '{:>5}'.format('x'), '{0}é{1}'.format('ü', 'ß'))
print('{a}{b}'.format(a=1, b=2), '{\u0661}'.format('a', 'b'))
print('{x}-{y}'.format_map({'x': 1, 'y': 'two'}))

class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'

print('{a} {b}'.format_map(Default(a=1)))

def err(f, *a, **k):
    try:
        print(repr(f.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for f in ['{', '}', '{0', '{0!', '{0!x}', '{0!rr}', '{0:{1:{2}}}', '{0[}', '{0.}', '{0]}', '{0[0]x}', '{a{b}c}',
          '{!}', '{0!}', 'x}y', '{}{0}', '{0}{}', '{3}', '{missing}', '{:abc}', '{0:s}', '{99999999999999999999}', '{0.nope}']:
    err(f, 1, 2, 3)
try:
    '{0}'.format_map({})
except ValueError as e:
    print('ValueError:', e)
try:
    '{x}'.format_map({})
except KeyError as e:
    print('KeyError:', e)
