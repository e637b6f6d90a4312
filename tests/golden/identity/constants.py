# Constants of one compilation: equal constants are one object, operators on
# constants are folded within CPython 3.11's limits, identifier-like strings
# are interned.
def same(a, b):
    return a is b

# equal constants in one module, in functions, lambdas, classes, comprehensions
a = 1000; b = 1000
print("ints", same(a, b))
x = 1000
def f(): return 1000
def g(): return 1000, 1000
print("function vs module", same(f(), x), same(*g()))
print("lambda", same((lambda: 1000)(), x))
class C:
    k = 1000
    def m(self): return 1000
print("class body", same(C.k, x), same(C().m(), x))
print("comprehension", same([1000 for _ in range(1)][0], x), same([y for y in (1000,)][0], x))
print("genexp", same(next(1000 for _ in 'a'), x))
print("floats", same(1.5, 1.5), same(2.5e100, 2.5e100))
s1 = "hello world"; s2 = "hello world"
print("non-identifier strings", same(s1, s2))
print("bytes", same(b'ab cd', b'ab cd'))
print("tuples", same((1, 2), (1, 2)), same(((1, 2), 3), ((1, 2), 3)))
t = ((1, 2), (1, 2))
print("tuple items", same(t[0], t[1]), same(t[0], (1, 2)))
print("tuple item vs constant", same((1000, 'a b')[0], x), same((1000, 'a b')[1], 'a b'))
print("f-string without fields", same(f'abc d', 'abc d'))
print("implicit concatenation", same('a b' 'c', 'a bc'))

# different types or signs stay apart
print("1 / 1.0 / True", same(1, 1.0), same(1, True), same(1.0, True))
print("0.0 / -0.0", same(0.0, -0.0), same(-0.0, -0.0))
print("tuples of them", same((1,), (1.0,)), same((1,), (True,)), same((0.0,), (-0.0,)))
print("str / bytes", same('ab', b'ab'))

# folding
print("+ on str", same('ab' + 'c', 'abc'), same('a b' + 'c', 'a bc'))
print("* on str", same('a' * 3, 'aaa'), same('ab' * 2048, 'ab' * 2048), same('ab' * 2049, 'ab' * 2049))
print("* on bytes", same(b'x' * 4096, b'x' * 4096), same(b'x' * 4097, b'x' * 4097))
print("* on tuples", same((1, 2) * 2, (1, 2, 1, 2)), same((1,) * 256, (1,) * 256), same((1,) * 257, (1,) * 257))
print("nested tuple *", same(((1, 2),) * 200, ((1, 2),) * 200), same(((1, 2, 3, 4, 5),) * 200, ((1, 2, 3, 4, 5),) * 200))
print("+ on tuples", same((1, 2) + (3,), (1, 2, 3)))
print("** on ints", same(2 ** 8, 256), same(10 ** 20, 10 ** 20), same(2 ** 127, 2 ** 127), same(3 ** 64, 3 ** 64), same(2 ** 200, 2 ** 200))
print("** negative", same(2 ** -1, 0.5), same(0 ** 1000, 0))
print("<<", same(1 << 100, 1 << 100), same(1 << 127, 1 << 127), same(1 << 128, 1 << 128), same(5 << 126, 5 << 126))
print("* on ints", same(2 ** 60 * 2 ** 60, 2 ** 120), same(10 ** 30 * 10 ** 10, 10 ** 40))
print("arithmetic", same(1000 + 1, 1001), same(256 + 1, 257), same(7 // 2, 3), same(7 % 3, 1), same(1 / 2, 0.5))
print("float", same(2.0 * 3, 6.0), same(2.0 ** 0.5, 2 ** 0.5), same(1e308 * 10, 1e308 * 10))
print("bitwise", same(0xff00 | 0xff, 0xffff), same(1000 & 1023, 1000), same(1000 ^ 0, 1000), same(4000 >> 2, 1000))
print("errors stay at run time", same(1 << 0 if 0 else 5, 5))
try:
    1 / 0
except ZeroDivisionError as e:
    print("1 / 0:", e)
try:
    'a' + 1
except TypeError as e:
    print("'a' + 1:", e)
print("% on str not folded", same('%s!' % 'x', 'x!'), same(10 % 4, 2), same(1000.0 % 7, 1000.0 % 7))
print("unary", same(-5, -5), same(-1000, -1000), same(-1.5, -1.5), same(~5, -6), same(+1000, 1000), same(-(-1000), 1000))
print("not", same(not 0, True), same(not 1000, False))
print("bool arithmetic", same(True + 1, 2), same(-True, -1), same(True * 'ab', 'ab'))
print("subscripts", same('abc'[0], 'a'), same('abc'[-1], 'c'), same((1000, 2)[0], 1000), same(b'ab'[0], 97))
print("slices", same('abc'[1:1], ''), same('abc def'[0:7], 'abc def'))
print("nan", same(1e400 - 1e400, 1e400 - 1e400))

# identifier-like strings are interned whatever their length
import sys
print("interned", same('a' * 100, sys.intern(''.join(['a'] * 100))), same('abc_' * 30, sys.intern(''.join(['abc_'] * 30))))
print("not interned", same('a b', sys.intern(''.join(['a', ' b']))))
print("sys.intern", same(sys.intern('x y z'), 'x y z'))

# each exec/eval/compile is its own compilation
exec("y1 = 1000")
print("exec", same(y1, x))
exec("p = 2000; q = 2000")
print("one exec", same(p, q))
print("eval", same(eval("3000"), eval("3000")))
code = compile("z = (4000, 'a b')", "<s>", "exec")
exec(code); z1 = z; exec(code)
print("one code run twice", same(z, z1))
def h1(): return 'a b c'
def h2(): return 'a b c'
print("two functions", same(h1(), h2()), same(h1.__code__, h2.__code__))
