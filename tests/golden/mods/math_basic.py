# math: values, exact integer functions and CPython's error messages
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.9))
print(math.factorial(25), math.isqrt(10**30 + 5), math.gcd(84, 36, 60), math.lcm(4, 6, 10))
print(math.comb(52, 5), math.perm(10, 3), math.prod(range(1, 11)), math.prod([0.5, 4], start=2))
print(math.log(1024, 2), math.log10(10**500), math.log2(2**2000), math.log(2**3000))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((1, 1), (4, 5)))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.frexp(12.0), math.ldexp(0.75, 4), math.modf(-3.25))
print(math.gamma(5.5), math.lgamma(100), math.erf(0.5), math.erfc(0.5))
print(math.degrees(math.pi / 3), math.radians(45))
print(math.copysign(2, -0.0), math.fmod(-7, 3), math.remainder(7, 4))
print(math.nextafter(1.0, 0.0), math.ulp(1e10), math.cbrt(27), math.exp2(0.5))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.exp, (1000,)),
                (math.factorial, (-3,)), (math.factorial, (2.5,)), (math.sqrt, ("x",)),
                (math.isqrt, (-4,)), (math.comb, (3, -1)), (math.pow, (0, -2)),
                (math.fsum, ([1e308, 1e308],)), (math.ldexp, (1.0, 2.5)),
                (math.trunc, ("s",)), (math.floor, (float("inf"),)), (math.sqrt, ())]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
