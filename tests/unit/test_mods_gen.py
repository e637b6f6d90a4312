# Generates the expectation table of tests/unit/test_mods.c from python3.
import math, random, string, sys
inf = float('inf'); nan = float('nan')

MATH = r'''
sqrt(2) | sqrt(-1) | sqrt('a') | sqrt() | sqrt(1, 2) | sqrt(10**400) | sqrt(inf) | sqrt(-0.0)
floor(2.5) | floor(-2.5) | floor(7) | floor(True) | floor(1e300) | floor(inf) | floor(nan) | floor('a')
ceil(2.1) | ceil(-2.1) | ceil(2**70) | trunc(-1.5) | trunc(3) | trunc('a') | trunc(1e20)
fabs(-3) | fabs(-0.0) | pow(2, 10) | pow(0, -1) | pow(10, 400) | pow(-8, 1/3) | pow(inf, -1) | pow(nan, 0) | pow(1, nan) | pow(-inf, 3) | pow(2) | pow(-2, 0.5)
exp(1) | exp(1000) | exp(-1000) | exp(nan) | expm1(1e-10) | expm1(1000) | exp2(10) | exp2(1025) | cbrt(-27) | cbrt(2)
log(10) | log(8, 2) | log(100, 10) | log(0) | log(-1) | log(10, 1) | log(2**10000) | log(10**400, 10) | log(-(10**400)) | log() | log(1, 2, 3) | log(inf) | log(2**1024) | log(2**1023 + 2**970) | log(3**700)
log2(8) | log2(2**3000) | log2(3**1000) | log2(0.1) | log2(0) | log10(1000) | log10(10**400) | log10(0.001) | log10(-5) | log1p(-1) | log1p(1e-20) | log1p(-2)
sin(1) | cos(1) | tan(1) | sin(inf) | tan(inf) | asin(0.5) | asin(2) | acos(0.3) | acos(-2) | atan(1) | atan(inf)
atan2(1, 1) | atan2(-0.0, -1) | atan2(inf, -inf) | atan2(1, 'x') | atan2(1)
sinh(1) | cosh(1) | tanh(1) | sinh(1000) | cosh(1000) | asinh(1) | acosh(2) | acosh(0) | atanh(0.5) | atanh(1)
hypot() | hypot(3) | hypot(3, 4) | hypot(1, 2, 3, 4, 5) | hypot(1e308, 1e308) | hypot(inf, nan) | hypot(nan, 1) | hypot(3, 4, 'a') | hypot(5e-324, 5e-324) | hypot(0.1, 0.2, 0.3)
dist([1, 2], [4, 6]) | dist((0.1, 0.2, 0.3), [1, 1, 1]) | dist([1], [1, 2]) | dist([], [])
degrees(1) | radians(180) | degrees(pi) | radians(-90)
isqrt(0) | isqrt(15) | isqrt(16) | isqrt(10**40) | isqrt(2**201 + 12345) | isqrt(-1) | isqrt(2.0)
gcd() | gcd(12) | gcd(-12) | gcd(12, 18) | gcd(12, 18, 8) | gcd(2**100, 6**50) | gcd(0, 0) | gcd(1.5) | lcm() | lcm(4, 6) | lcm(4, 6, 10) | lcm(0, 5) | lcm(-4, 6) | lcm(2**64, 3)
factorial(0) | factorial(5) | factorial(30) | factorial(100) | factorial(-1) | factorial(5.0) | factorial('a') | factorial(True) | factorial(2**64)
comb(5, 2) | comb(10, 0) | comb(5, 7) | comb(5, -1) | comb(-5, 1) | comb(100, 50) | comb(10**20, 3) | comb(5) | comb(67, 33) | comb(200, 150)
perm(5) | perm(5, 2) | perm(5, 0) | perm(5, 6) | perm(2**64, 2) | perm(30, 20) | perm(5, None) | perm(-1, 2) | perm(1, -2)
prod([1, 2, 3]) | prod([]) | prod([1, 2], start=3) | prod([1.5, 2]) | prod([2**40, 2**40, 2**40]) | prod([1, 2], 3) | prod(range(1, 20)) | prod([2, 'a'])
fsum([0.1] * 10) | fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]) | fsum([]) | fsum([1e308, 1e308]) | fsum([inf, -inf]) | fsum([inf, 1]) | fsum([nan, 1]) | fsum([1, 'a']) | fsum([1e-16, 1, 1e16]) | fsum(range(10))
isclose(1, 1.0000000001) | isclose(1, 1.1) | isclose(1, 1.1, rel_tol=0.2) | isclose(0, 1e-10, abs_tol=1e-9) | isclose(inf, inf) | isclose(inf, -inf) | isclose(nan, nan) | isclose(1, 1, rel_tol=-1) | isclose(1, 2, 3)
isfinite(1) | isfinite(inf) | isinf(-inf) | isinf(1e308) | isnan(nan) | isnan(1) | isnan('a')
copysign(1, -0.0) | copysign(3, -2) | copysign(1, 'a') | copysign(nan, -1)
fmod(7, 3) | fmod(-7, 3) | fmod(1, 0) | fmod(1, inf) | fmod(inf, 1) | remainder(7, 2) | remainder(5, 2) | remainder(-7, 2) | remainder(1, 0) | remainder(inf, 1) | remainder(3, inf)
modf(1.5) | modf(-2.25) | modf(inf) | modf(-inf) | frexp(0) | frexp(8) | frexp(-0.1) | frexp(inf) | ldexp(0.5, 4) | ldexp(1.0, 1.5) | ldexp(1.0, 10**100) | ldexp(1.0, -10**100) | ldexp(1.0, 1024) | ldexp(inf, 5)
nextafter(1, 2) | nextafter(0, -1) | nextafter(1, 1) | ulp(1.0) | ulp(0.0) | ulp(1e308) | ulp(inf) | ulp(nan) | ulp(-3.5)
erf(1) | erf(-0.5) | erfc(1) | erfc(30) | erf(inf)
gamma(0.5) | gamma(5) | gamma(4.5) | gamma(-0.5) | gamma(-1.5) | gamma(0) | gamma(-1) | gamma(172) | gamma(171.5) | gamma(1e-30) | gamma(-200.5) | gamma(30.3) | gamma(150.7) | gamma(-150.7)
lgamma(0.5) | lgamma(1) | lgamma(2) | lgamma(10.5) | lgamma(-0.5) | lgamma(0) | lgamma(-2) | lgamma(1e300) | lgamma(1e-30) | lgamma(-3.7)
'''

RANDOM = r'''
seed(42) | random() | random() | random() | getrandbits(8) | getrandbits(32) | getrandbits(33) | getrandbits(64) | getrandbits(100) | getrandbits(0) | getrandbits(-1)
seed(0) | random() | seed(1) | random() | seed(-1) | random() | seed(2**32) | random() | seed(2**100 + 7) | random() | seed(-(2**70)) | random()
seed('hello') | random() | seed('') | random() | seed(b'abc') | random() | seed('x' * 200) | random() | seed('héllo wörld') | random()
seed(3.5) | random() | seed(-2.0) | random() | seed('hello', version=1) | random() | seed(b'hello', version=1) | random() | seed([1])
seed(7) | randint(1, 6) | randint(1, 6) | randint(1, 6) | randint(-10, 10) | randint(0, 2**70) | randint(5, 5) | randint(5, 4) | randint(1)
seed(7) | randrange(10) | randrange(1, 100) | randrange(0, 100, 7) | randrange(100, 0, -3) | randrange(0) | randrange(5, 5) | randrange(1, 10, 0) | randrange(10, 1, 2) | randrange(1.5) | randrange(5, step=2) | randrange(10.0) | randrange(2**80) | randrange(-(2**70), 2**70, 3)
seed(11) | choice([1, 2, 3, 4, 5]) | choice('abcdef') | choice((10, 20)) | choice(range(1000)) | choice([]) | choice({})
seed(5) | sample(range(100), 10) | sample([1, 2, 3, 4, 5], 5) | sample('abcdefghij', 3) | sample(range(10000), 5) | sample(range(30), 25) | sample(range(1000), 50) | sample([1, 2], 3) | sample({1, 2}, 1) | sample([1, 2], -1) | sample(range(10**12), 3)
seed(5) | sample(['a', 'b', 'c'], 4, counts=[2, 1, 3]) | sample(['a', 'b'], 1, counts=[1]) | sample(['a', 'b'], 1, counts=[0, 0]) | sample(['a', 'b'], 1, counts=[1.0, 2.0])
seed(9) | choices([1, 2, 3], k=5) | choices('ab', [1, 3], k=6) | choices('abc', cum_weights=[1, 2, 10], k=4) | choices([1, 2], [1]) | choices([1, 2], [0, 0]) | choices([1, 2], 2) | choices([1, 2], [1, 2], cum_weights=[1, 2]) | choices([1, 2], [1, inf]) | choices([1, 2, 3]) | choices([], k=0) | choices('xyz', [0.5, 0.25, 0.25], k=3)
seed(13) | uniform(1, 10) | uniform(-1.5, 1.5) | uniform(2**60, 2**61) | triangular() | triangular(0, 10) | triangular(0, 10, 2) | triangular(1, 1, 1) | triangular(1, 1)
seed(17) | gauss() | gauss() | gauss(10, 2) | gauss(mu=5, sigma=0.5) | normalvariate() | normalvariate(100, 15) | lognormvariate(0, 1) | expovariate(1.5) | expovariate(0)
seed(19) | vonmisesvariate(1, 4) | vonmisesvariate(0, 0) | gammavariate(0.5, 1) | gammavariate(1, 2) | gammavariate(5, 1) | gammavariate(0, 1) | betavariate(2, 3) | paretovariate(3) | weibullvariate(1, 1.5)
seed(23) | randbytes(0) | randbytes(5) | randbytes(13) | randbytes(-1) | random(1) | uniform(1) | randint(1)
'''

def run(modname, mod, text):
    ns = dict(inf=inf, nan=nan, pi=math.pi)
    out = []
    for line in text.strip().splitlines():
        for case in line.split(' | '):
            case = case.strip()
            try:
                r = repr(eval(modname + '.' + case, {modname: mod, **ns}))
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            out.append((case, r))
    return out

def cstr(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'

import warnings
warnings.simplefilter('ignore')
for modname, mod, text in (('math', math, MATH), ('random', random, RANDOM)):
    print('static const Case %s_cases[] = {' % modname)
    for case, r in run(modname, mod, text):
        print('    { %s, %s },' % (cstr(case), cstr(r)))
    print('    { NULL, NULL },\n};\n')
