# the sys module
sys = __import__('sys')
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

print(sys, type(sys).__name__, sys.__name__)
print(sys.version_info[:2], sys.version_info >= (3, 11), sys.platform, sys.byteorder)
print(sys.maxsize, sys.maxunicode, sys.getdefaultencoding())
print(type(sys.argv).__name__, len(sys.argv), type(sys.path).__name__, type(sys.modules).__name__)
print(sys.modules['sys'] is sys, 'sys' in sys.modules)
print(sys.stdout, sys.stderr, sys.stdin)
print(sys.stdout is sys.__stdout__)
sys.stdout.write('written directly\n')
print(sys.stdout.write('abc\n'))
print('to stderr', file=sys.stderr)
t(lambda: sys.getrecursionlimit())
t(lambda: sys.setrecursionlimit(0))
t(lambda: sys.setrecursionlimit(1.5))
t(lambda: sys.setrecursionlimit(2000))
t(lambda: sys.getrecursionlimit())
t(lambda: sys.getrecursionlimit(1))
t(lambda: sys.setswitchinterval(0))
t(lambda: sys.setswitchinterval('a'))
t(lambda: sys.setswitchinterval(0.01))
t(lambda: sys.getswitchinterval())
t(lambda: sys.intern('abc') == 'abc')
t(lambda: sys.intern(3))
t(lambda: sys.intern())
a = 'hello world'
b = ''.join(['hello', ' world'])
print(a is b, sys.intern(a) is sys.intern(b))
t(lambda: sys.getsizeof())
t(lambda: sys.getsizeof(1, 2, 3))
t(lambda: sys.getsizeof(1, 'dflt') > 0)
t(lambda: sys.getrefcount())
x = object()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
t(lambda: sys.get_int_max_str_digits())
t(lambda: sys.set_int_max_str_digits(5))
t(lambda: sys.set_int_max_str_digits(maxdigits=1000))
t(lambda: sys.get_int_max_str_digits())
t(lambda: sys.set_int_max_str_digits(0))
print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    print(sys.exc_info()[:2], repr(sys.exception()))
print(sys.exc_info())
t(lambda: sys.exit(1, 2))
t(lambda: sys.nope)
t(lambda: __import__('sys').exit(4))
sys.exit(7)
