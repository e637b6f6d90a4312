/* math.c — the `math` module: CPython 3.11's function set with its special
 * value rules (ValueError "math domain error" for invalid operations and
 * singularities, OverflowError "math range error" for overflow), exact
 * integer functions on GMP (factorial, isqrt, gcd, lcm, comb, perm), the
 * logarithm of ints too big for a double, Shewchuk's exact fsum, the
 * scaled and corrected vector norm behind hypot/dist, and the Lanczos gamma
 * CPython uses (so results agree to the last bit with python3). */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "modules/mods.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/int_impl.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

static const double m_pi = 3.141592653589793238462643383279502884197;
static const double m_logpi = 1.144729885849400174143427351353058711647;

/* ---- argument helpers ---------------------------------------------------- */

/* A real argument as a C double (floats directly; ints, __float__ and
 * __index__ through float_as_double: "must be real number, not str"). */
static int m_double(Object *o, double *out)
{
    if (FLOAT_CHECK_EXACT(o)) {
        *out = FLOAT_VALUE(o);
        return 0;
    }
    double v = float_as_double(o);
    if (v == -1.0 && err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* Positional-only fixed arity, with CPython's "NAME expected 2 arguments,
 * got 1" and "NAME() takes no keyword arguments". */
static int m_args(const char *name, size_t nargs, Object *kw, size_t min, size_t max)
{
    if (arg_nokw(name, kw) < 0)
        return -1;
    return arg_range(name, nargs, min, max);
}

/* Sets the exception that a libm errno means; 1 if it is an error (ERANGE
 * on a result below 1.5 in magnitude is underflow, not an error). */
static int is_error(double r)
{
    if (errno == EDOM) {
        err_set_string(&Exc_ValueError, "math domain error");
        return 1;
    }
    if (errno == ERANGE) {
        if (fabs(r) < 1.5)
            return 0;
        err_set_string(&Exc_OverflowError, "math range error");
        return 1;
    }
    err_set_string(&Exc_ValueError, "math domain error");
    return 1;
}

/* NEW float: func(x) with the special-value rules of CPython's math_1. */
static Object *math_1_obj(Object *arg, double (*func)(double), int can_overflow)
{
    double x, r;
    if (m_double(arg, &x) < 0)
        return NULL;
    errno = 0;
    r = func(x);
    if (isnan(r) && !isnan(x))
        return err_set_string(&Exc_ValueError, "math domain error");
    if (isinf(r) && isfinite(x))
        return err_set_string(can_overflow ? &Exc_OverflowError : &Exc_ValueError,
                              can_overflow ? "math range error" : "math domain error");
    if (isfinite(r) && errno && is_error(r))
        return NULL;
    return float_from_double(r);
}

static Object *math_1(const char *name, Object *const *args, size_t nargs, Object *kw,
                      double (*func)(double), int can_overflow)
{
    if (arg_one(name, nargs, kw) < 0)
        return NULL;
    return math_1_obj(args[0], func, can_overflow);
}

/* For functions that set errno themselves (erf, gamma ...). */
static Object *math_1a(const char *name, Object *const *args, size_t nargs, Object *kw,
                       double (*func)(double))
{
    double x, r;
    if (arg_one(name, nargs, kw) < 0 || m_double(args[0], &x) < 0)
        return NULL;
    errno = 0;
    r = func(x);
    if (errno && is_error(r))
        return NULL;
    return float_from_double(r);
}

static Object *math_2(const char *name, Object *const *args, size_t nargs, Object *kw,
                      double (*func)(double, double))
{
    double x, y, r;
    if (m_args(name, nargs, kw, 2, 2) < 0 || m_double(args[0], &x) < 0 ||
        m_double(args[1], &y) < 0)
        return NULL;
    errno = 0;
    r = func(x, y);
    if (isnan(r))
        errno = (!isnan(x) && !isnan(y)) ? EDOM : 0;
    else if (isinf(r))
        errno = (isfinite(x) && isfinite(y)) ? ERANGE : 0;
    if (errno && is_error(r))
        return NULL;
    return float_from_double(r);
}

#define MFN(name) static Object *m_##name(Object *self, Object *const *args, size_t nargs, Object *kw)
#define FUNC1(name, func, ovf) \
    MFN(name) { (void)self; return math_1("math." #name, args, nargs, kw, func, ovf); }
#define FUNC1A(name, func) \
    MFN(name) { (void)self; return math_1a("math." #name, args, nargs, kw, func); }
#define FUNC2(name, func) \
    MFN(name) { (void)self; return math_2(#name, args, nargs, kw, func); }

/* ---- special functions ---------------------------------------------------- */

/* sin(pi*x), exact at integers and half-integers (gamma's reflection). */
static double c_sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
    case 0: r = sin(m_pi * y); break;
    case 1: r = cos(m_pi * (y - 0.5)); break;
    case 2: r = sin(m_pi * (1.0 - y)); break;     /* not -sin(pi*(y-1)): keeps +0.0 */
    case 3: r = -cos(m_pi * (y - 1.5)); break;
    default: r = sin(m_pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* Lanczos approximation, N = 13, g = 6.024680040776729583740234375 (the
 * Boost parameters CPython uses), as a rational function in x. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
static const double gamma_small[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

/* The Lanczos sum for x > 0; in 1/x above 5 to avoid overflow. */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

static double c_tgamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= 23)
            return gamma_small[(int)x - 1];
    }
    double absx = fabs(x), r, y, z;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0)
            return 0.0 / c_sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    y = absx + lanczos_g_minus_half;
    /* the rounding error of y, to correct pow(y, ...) / exp(y) below */
    if (absx > lanczos_g_minus_half) {
        volatile double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        volatile double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -m_pi / c_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double c_lgamma(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x), r;
    if (absx < 1e-20)
        return -log(absx);
    r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)
        r = m_logpi - log(fabs(c_sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double c_atan2(double y, double x)
{
    if (isnan(x) || isnan(y))
        return NAN;
    if (isinf(y)) {
        if (isinf(x))
            return copysign(copysign(1., x) == 1. ? 0.25 * m_pi : 0.75 * m_pi, y);
        return copysign(0.5 * m_pi, y);
    }
    if (isinf(x) || y == 0.)
        return copysign(copysign(1., x) == 1. ? 0. : m_pi, y);
    return atan2(y, x);
}

/* IEEE remainder, exact; ties pick the even multiple. */
static double c_remainder(double x, double y)
{
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0)
            return NAN;
        double absx = fabs(x), absy = fabs(y), m = fmod(absx, absy), r;
        double c = absy - m;          /* compare m with absy/2 without underflow */
        if (m < c)
            r = m;
        else if (m > c)
            r = -c;
        else
            r = m - 2.0 * fmod(0.5 * (absx - m), absy);
        return copysign(1.0, x) * r;
    }
    if (isnan(x))
        return x;
    if (isnan(y))
        return y;
    if (isinf(x))
        return NAN;
    return x;
}

static double c_log(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double c_log2(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x > 0.0)
        return log2(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double c_log10(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log10(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

FUNC1(acos, acos, 0)
FUNC1(acosh, acosh, 0)
FUNC1(asin, asin, 0)
FUNC1(asinh, asinh, 0)
FUNC1(atan, atan, 0)
FUNC2(atan2, c_atan2)
FUNC1(atanh, atanh, 0)
FUNC1(cbrt, cbrt, 0)
FUNC2(copysign, copysign)
FUNC1(cos, cos, 0)
FUNC1(cosh, cosh, 1)
FUNC1A(erf, erf)
FUNC1A(erfc, erfc)
FUNC1(exp, exp, 1)
FUNC1(exp2, exp2, 1)
FUNC1(expm1, expm1, 1)
FUNC1(fabs, fabs, 0)
FUNC1A(gamma, c_tgamma)
FUNC1A(lgamma, c_lgamma)
FUNC1(log1p, log1p, 0)
FUNC2(remainder, c_remainder)
FUNC1(sin, sin, 0)
FUNC1(sinh, sinh, 1)
FUNC1(sqrt, sqrt, 0)
FUNC1(tan, tan, 0)
FUNC1(tanh, tanh, 0)

/* ---- rounding to integers ------------------------------------------------- */

/* Calls type(x).name(x) if the type defines it: 1 with *res set (NEW or
 * NULL on error), 0 if it does not. */
static int call_special(Object *x, const char *name, Object **res)
{
    Object *m = type_lookup_cstr(TYPE(x), name);
    if (m == NULL)
        return 0;
    *res = obj_call(m, &x, 1, NULL);
    return 1;
}

static Object *floor_or_ceil(const char *fname, const char *special, double (*f)(double),
                             Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one(fname, nargs, kw) < 0)
        return NULL;
    Object *x = args[0], *r;
    double d;
    if (FLOAT_CHECK_EXACT(x)) {
        d = FLOAT_VALUE(x);
    } else {
        if (INT_CHECK_EXACT(x))
            return NEWREF(x);
        if (call_special(x, special, &r))
            return r;
        if (m_double(x, &d) < 0)
            return NULL;
    }
    return int_from_double(f(d));
}

MFN(floor) { (void)self; return floor_or_ceil("math.floor", "__floor__", floor, args, nargs, kw); }
MFN(ceil) { (void)self; return floor_or_ceil("math.ceil", "__ceil__", ceil, args, nargs, kw); }

MFN(trunc)
{
    (void)self;
    if (arg_one("math.trunc", nargs, kw) < 0)
        return NULL;
    Object *x = args[0], *r;
    if (FLOAT_CHECK_EXACT(x))
        return int_from_double(FLOAT_VALUE(x));
    if (INT_CHECK_EXACT(x))
        return NEWREF(x);
    if (call_special(x, "__trunc__", &r))
        return r;
    return err_format(&Exc_TypeError, "type %s doesn't define __trunc__ method",
                      type_name(TYPE(x)));
}

/* ---- exact integer functions ------------------------------------------- */

MFN(factorial)
{
    (void)self;
    if (arg_one("math.factorial", nargs, kw) < 0)
        return NULL;
    Object *n = int_index(args[0]);
    if (n == NULL)
        return NULL;
    int ovf;
    int64_t v = int_as_i64(n, &ovf);
    DECREF(n);
    if (ovf > 0)
        return err_format(&Exc_OverflowError,
                          "factorial() argument should not exceed %lld", (long long)LLONG_MAX);
    if (ovf < 0 || v < 0)
        return err_set_string(&Exc_ValueError, "factorial() not defined for negative values");
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)v);
    return int_from_mpz_steal(z);
}

MFN(isqrt)
{
    (void)self;
    if (arg_one("math.isqrt", nargs, kw) < 0)
        return NULL;
    Object *n = int_index(args[0]);
    if (n == NULL)
        return NULL;
    if (int_sign(n) < 0) {
        DECREF(n);
        return err_set_string(&Exc_ValueError, "isqrt() argument must be nonnegative");
    }
    ZTmp t;
    mpz_t z;
    mpz_init(z);
    mpz_sqrt(z, int_zview(n, &t));
    DECREF(n);
    return int_from_mpz_steal(z);
}

/* gcd and lcm over any number of arguments; lcm when is_lcm. */
static Object *gcd_lcm(const char *name, Object *const *args, size_t nargs, Object *kw,
                       int is_lcm)
{
    if (arg_nokw(name, kw) < 0)
        return NULL;
    mpz_t acc;
    mpz_init_set_ui(acc, is_lcm ? 1 : 0);
    for (size_t i = 0; i < nargs; i++) {
        Object *x = int_index(args[i]);
        if (x == NULL) {
            mpz_clear(acc);
            return NULL;
        }
        ZTmp t;
        mpz_srcptr xz = int_zview(x, &t);
        if (i == 0)
            mpz_abs(acc, xz);
        else if (is_lcm)
            mpz_lcm(acc, acc, xz);
        else
            mpz_gcd(acc, acc, xz);
        DECREF(x);
    }
    return int_from_mpz_steal(acc);
}

MFN(gcd) { (void)self; return gcd_lcm("gcd", args, nargs, kw, 0); }
MFN(lcm) { (void)self; return gcd_lcm("lcm", args, nargs, kw, 1); }

/* comb(n, k) or perm(n, k) for non-negative exact ints n, k (checked). */
static Object *perm_comb(Object *n, Object *k, int iscomb)
{
    if (int_sign(n) < 0)
        return err_set_string(&Exc_ValueError, "n must be a non-negative integer");
    if (int_sign(k) < 0)
        return err_set_string(&Exc_ValueError, "k must be a non-negative integer");
    if (int_compare(n, k) < 0)
        return int_from_i64(0);
    ZTmp tn, tk;
    mpz_srcptr nz = int_zview(n, &tn), kz = int_zview(k, &tk);
    mpz_t kk;
    mpz_init_set(kk, kz);
    if (iscomb) {               /* k = min(k, n - k) */
        mpz_t d;
        mpz_init(d);
        mpz_sub(d, nz, kz);
        if (mpz_cmp(d, kk) < 0)
            mpz_set(kk, d);
        mpz_clear(d);
    }
    if (!mpz_fits_slong_p(kk)) {
        mpz_clear(kk);
        if (iscomb)
            return err_format(&Exc_OverflowError, "min(n - k, k) must not exceed %lld",
                              (long long)LLONG_MAX);
        return err_format(&Exc_OverflowError, "k must not exceed %lld", (long long)LLONG_MAX);
    }
    unsigned long ki = mpz_get_ui(kk);
    mpz_clear(kk);
    mpz_t r;
    mpz_init(r);
    mpz_bin_ui(r, nz, ki);
    if (!iscomb) {
        mpz_t f;
        mpz_init(f);
        mpz_fac_ui(f, ki);
        mpz_mul(r, r, f);
        mpz_clear(f);
    }
    return int_from_mpz_steal(r);
}

MFN(comb)
{
    (void)self;
    if (m_args("comb", nargs, kw, 2, 2) < 0)
        return NULL;
    Object *n = int_index(args[0]);
    if (n == NULL)
        return NULL;
    Object *k = int_index(args[1]);
    if (k == NULL) {
        DECREF(n);
        return NULL;
    }
    Object *r = perm_comb(n, k, 1);
    DECREF(n);
    DECREF(k);
    return r;
}

MFN(perm)
{
    (void)self;
    if (m_args("perm", nargs, kw, 1, 2) < 0)
        return NULL;
    if (nargs == 1 || args[1] == NONE)
        return m_factorial(NULL, args, 1, NULL);
    Object *n = int_index(args[0]);
    if (n == NULL)
        return NULL;
    Object *k = int_index(args[1]);
    if (k == NULL) {
        DECREF(n);
        return NULL;
    }
    Object *r = perm_comb(n, k, 0);
    DECREF(n);
    DECREF(k);
    return r;
}

/* ---- logarithms ------------------------------------------------------------ */

/* func(arg) for any real arg, including ints beyond the float range:
 * those are m * 2**e with m correctly rounded to 53 bits, as CPython's
 * _PyLong_Frexp gives, so log(m) + log(2) * e matches python3. */
static Object *loghelper(Object *arg, double (*func)(double))
{
    if (!INT_CHECK(arg))
        return math_1_obj(arg, func, 0);
    if (int_sign(arg) <= 0)
        return err_set_string(&Exc_ValueError, "math domain error");
    uint64_t bits = int_bit_length(arg);
    if (bits <= 1024) {
        double x = int_as_double(arg);
        if (!(x == -1.0 && err_occurred()))
            return float_from_double(func(x));
        if (!err_matches_type(&Exc_OverflowError))
            return NULL;
        err_clear();
    }
    ZTmp t;
    mpz_srcptr z = int_zview(arg, &t);
    mpz_t top;
    mpz_init(top);
    mpz_tdiv_q_2exp(top, z, bits - 54);         /* the leading 54 bits */
    int sticky = mpz_scan1(z, 0) < bits - 54;
    uint64_t q = mpz_get_ui(top);
    mpz_clear(top);
    uint64_t half = q & 1;
    q >>= 1;                                    /* 53 bits; round half even */
    if (half && (sticky || (q & 1)))
        q++;
    double m = ldexp((double)q, -53);           /* in [0.5, 1] */
    return float_from_double(func(m) + func(2.0) * (double)bits);
}

MFN(log)
{
    (void)self;
    if (arg_nokw("log", kw) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2)
        return err_set_string(&Exc_TypeError, "math.log requires 1 to 2 arguments");
    Object *num = loghelper(args[0], c_log);
    if (num == NULL || nargs == 1)
        return num;
    Object *den = loghelper(args[1], c_log);
    if (den == NULL) {
        DECREF(num);
        return NULL;
    }
    Object *r = num_binop(num, den, BINOP_TRUEDIV);
    DECREF(num);
    DECREF(den);
    return r;
}

MFN(log2)
{
    (void)self;
    if (arg_one("math.log2", nargs, kw) < 0)
        return NULL;
    return loghelper(args[0], c_log2);
}

MFN(log10)
{
    (void)self;
    if (arg_one("math.log10", nargs, kw) < 0)
        return NULL;
    return loghelper(args[0], c_log10);
}

/* ---- two-argument float functions ----------------------------------------- */

MFN(fmod)
{
    (void)self;
    double x, y, r;
    if (m_args("fmod", nargs, kw, 2, 2) < 0 || m_double(args[0], &x) < 0 ||
        m_double(args[1], &y) < 0)
        return NULL;
    if (isinf(y) && isfinite(x))
        return float_from_double(x);
    errno = 0;
    r = fmod(x, y);
    if (isnan(r))
        errno = (!isnan(x) && !isnan(y)) ? EDOM : 0;
    if (errno && is_error(r))
        return NULL;
    return float_from_double(r);
}

MFN(pow)
{
    (void)self;
    double x, y, r = 0.;
    if (m_args("pow", nargs, kw, 2, 2) < 0 || m_double(args[0], &x) < 0 ||
        m_double(args[1], &y) < 0)
        return NULL;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0. ? 1. : x;
        else if (isnan(y))
            r = x == 1. ? 1. : y;
        else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.)
                r = odd_y ? x : fabs(x);
            else if (y == 0.)
                r = 1.;
            else
                r = odd_y ? copysign(0., x) : 0.;
        } else {                /* y infinite */
            if (fabs(x) == 1.0)
                r = 1.;
            else if (y > 0. && fabs(x) > 1.0)
                r = y;
            else if (y < 0. && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.;
        }
    } else {
        r = pow(x, y);
        if (isnan(r))
            errno = EDOM;
        else if (isinf(r))
            errno = x == 0. ? EDOM : ERANGE;
        else
            errno = 0;
    }
    if (errno && is_error(r))
        return NULL;
    return float_from_double(r);
}

MFN(ldexp)
{
    (void)self;
    double x, r;
    if (m_args("ldexp", nargs, kw, 2, 2) < 0 || m_double(args[0], &x) < 0)
        return NULL;
    if (!INT_CHECK(args[1]))
        return err_set_string(&Exc_TypeError, "Expected an int as second argument to ldexp.");
    int ovf;
    int64_t e = int_as_i64(args[1], &ovf);
    if (ovf)
        e = ovf < 0 ? INT64_MIN : INT64_MAX;
    errno = 0;
    if (x == 0. || !isfinite(x)) {
        r = x;
    } else if (e > INT_MAX) {
        r = copysign(HUGE_VAL, x);
        errno = ERANGE;
    } else if (e < INT_MIN) {
        r = copysign(0., x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r))
            errno = ERANGE;
    }
    if (errno && is_error(r))
        return NULL;
    return float_from_double(r);
}

/* NEW: a 2-tuple taking both (NEW) references; NULL if either is NULL. */
static Object *pair(Object *a, Object *b)
{
    if (a == NULL || b == NULL) {
        XDECREF(a);
        XDECREF(b);
        return NULL;
    }
    Object *t = tuple_new(2);
    if (t == NULL) {
        DECREF(a);
        DECREF(b);
        return NULL;
    }
    TUPLE_SET(t, 0, a);
    TUPLE_SET(t, 1, b);
    return t;
}

MFN(frexp)
{
    (void)self;
    double x;
    int e = 0;
    if (arg_one("math.frexp", nargs, kw) < 0 || m_double(args[0], &x) < 0)
        return NULL;
    if (!(isnan(x) || isinf(x) || x == 0.0))
        x = frexp(x, &e);
    return pair(float_from_double(x), int_from_i64(e));
}

MFN(modf)
{
    (void)self;
    double x, ip;
    if (arg_one("math.modf", nargs, kw) < 0 || m_double(args[0], &x) < 0)
        return NULL;
    if (isinf(x))
        return pair(float_from_double(copysign(0., x)), float_from_double(x));
    if (isnan(x))
        return pair(float_from_double(x), float_from_double(x));
    double fp = modf(x, &ip);
    return pair(float_from_double(fp), float_from_double(ip));
}

MFN(nextafter)
{
    (void)self;
    double x, y;
    if (m_args("nextafter", nargs, kw, 2, 2) < 0 || m_double(args[0], &x) < 0 ||
        m_double(args[1], &y) < 0)
        return NULL;
    return float_from_double(nextafter(x, y));
}

MFN(ulp)
{
    (void)self;
    double x;
    if (arg_one("math.ulp", nargs, kw) < 0 || m_double(args[0], &x) < 0)
        return NULL;
    if (isnan(x))
        return float_from_double(x);
    x = fabs(x);
    if (isinf(x))
        return float_from_double(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2))
        return float_from_double(x - nextafter(x, -INFINITY));
    return float_from_double(x2 - x);
}

MFN(degrees)
{
    (void)self;
    double x;
    if (arg_one("math.degrees", nargs, kw) < 0 || m_double(args[0], &x) < 0)
        return NULL;
    return float_from_double(x * (180.0 / m_pi));
}

MFN(radians)
{
    (void)self;
    double x;
    if (arg_one("math.radians", nargs, kw) < 0 || m_double(args[0], &x) < 0)
        return NULL;
    return float_from_double(x * (m_pi / 180.0));
}

static Object *classify(const char *name, Object *const *args, size_t nargs, Object *kw,
                        int which)
{
    double x;
    if (arg_one(name, nargs, kw) < 0 || m_double(args[0], &x) < 0)
        return NULL;
    int r = which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x);
    return bool_from(r != 0);
}

MFN(isfinite) { (void)self; return classify("math.isfinite", args, nargs, kw, 0); }
MFN(isinf) { (void)self; return classify("math.isinf", args, nargs, kw, 1); }
MFN(isnan) { (void)self; return classify("math.isnan", args, nargs, kw, 2); }

MFN(isclose)
{
    (void)self;
    static const char *const kwlist[] = { "a", "b", "rel_tol", "abs_tol" };
    Object *a[4];
    if (nargs > 2)
        return err_format(&Exc_TypeError, "isclose() takes exactly 2 positional arguments (%zu given)",
                          nargs);
    if (str_parse_args("isclose", args, nargs, kw, kwlist, 4, 2, 4, a) < 0)
        return NULL;
    double x, y, rel = 1e-09, abs_tol = 0.0;
    if (m_double(a[0], &x) < 0 || m_double(a[1], &y) < 0 ||
        (a[2] && m_double(a[2], &rel) < 0) || (a[3] && m_double(a[3], &abs_tol) < 0))
        return NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return err_set_string(&Exc_ValueError, "tolerances must be non-negative");
    if (x == y)
        return bool_from(1);
    if (isinf(x) || isinf(y))
        return bool_from(0);
    double diff = fabs(y - x);
    return bool_from(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol);
}

/* ---- sums, products, norms ---------------------------------------------------- */

/* Shewchuk / Hettinger msum with Dickinson's correctly rounded finish: the
 * partials stay exact and non-overlapping, the result is rounded once. */
MFN(fsum)
{
    (void)self;
    if (arg_one("math.fsum", nargs, kw) < 0)
        return NULL;
    Object *it = obj_iter(args[0]);
    if (it == NULL)
        return NULL;
    size_t n = 0, cap = 32;
    double ps[32], *p = ps;
    double special_sum = 0.0, inf_sum = 0.0;
    volatile double hi, yr, lo = 0.0;
    Object *result = NULL;
    for (;;) {
        Object *item = obj_next(it);
        if (item == NULL) {
            if (err_occurred())
                goto done;
            break;
        }
        double x, y, t;
        int bad = m_double(item, &x);
        DECREF(item);
        if (bad < 0)
            goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x; x = y; y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    err_set_string(&Exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    double *np = malloc(sizeof(double) * cap * 2);
                    if (np == NULL) {
                        err_no_memory();
                        goto done;
                    }
                    memcpy(np, p, sizeof(double) * n);
                    if (p != ps)
                        free(p);
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            err_set_string(&Exc_ValueError, "-inf + inf in fsum");
        else
            result = float_from_double(special_sum);
        goto done;
    }
    hi = 0.0;
    if (n > 0) {
        double x, y;
        hi = p[--n];
        while (n > 0) {         /* add from the top until inexact */
            x = hi;
            y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        /* half-even rounding across the remaining partials */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    result = float_from_double(hi);
done:
    DECREF(it);
    if (p != ps)
        free(p);
    return result;
}

MFN(prod)
{
    (void)self;
    size_t nk = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    Object *start = NULL;
    if (nargs != 1)
        return err_format(&Exc_TypeError, "prod() takes exactly 1 positional argument (%zu given)",
                          nargs);
    for (size_t i = 0; i < nk; i++) {
        Object *name = TUPLE_GET(kw, i);
        if (!str_eq_cstr(name, "start"))
            return err_format(&Exc_TypeError, "prod() got an unexpected keyword argument '%U'",
                              name);
        start = args[nargs + i];
    }
    Object *it = obj_iter(args[0]);
    if (it == NULL)
        return NULL;
    Object *acc = NEWREF(start ? start : INT_SMALL(1));
    for (;;) {
        Object *item = obj_next(it);
        if (item == NULL) {
            if (err_occurred())
                CLEAR(acc);
            break;
        }
        Object *r = num_binop(acc, item, BINOP_MUL);
        DECREF(item);
        DECREF(acc);
        acc = r;
        if (acc == NULL)
            break;
    }
    DECREF(it);
    return acc;
}

/* sqrt(sum(v**2)) for |v[i]| <= max: power-of-two scaling, Veltkamp-Dekker
 * squaring, compensated summation and a differential correction of the
 * root (CPython 3.11's vector_norm, which rounds almost always correctly). */
static double vector_norm(size_t n, const double *vec, double max, int found_nan)
{
    const double T27 = 134217729.0;
    double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double t, hi, lo, h;
    int max_e;
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    frexp(max, &max_e);
    if (max_e >= -1023) {
        scale = ldexp(1.0, -max_e);
        for (size_t i = 0; i < n; i++) {
            x = vec[i] * scale;
            t = x * T27;
            hi = t - (t - x);
            lo = x - hi;
            x = hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = 2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        x = h;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = -hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        x = -lo * lo;
        oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    /* subnormal max: ldexp(1, -max_e) would overflow, divide by max instead */
    for (size_t i = 0; i < n; i++) {
        x = vec[i] / max;
        x = x * x;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    return max * sqrt(csum - 1.0 + frac1);
}

MFN(hypot)
{
    (void)self;
    if (arg_nokw("hypot", kw) < 0)
        return NULL;
    double stack[16], *v = nargs > 16 ? malloc(nargs * sizeof(double)) : stack;
    if (v == NULL)
        return err_no_memory();
    double max = 0.0;
    int found_nan = 0;
    Object *r = NULL;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (m_double(args[i], &x) < 0)
            goto done;
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    r = float_from_double(vector_norm(nargs, v, max, found_nan));
done:
    if (v != stack)
        free(v);
    return r;
}

MFN(dist)
{
    (void)self;
    if (m_args("dist", nargs, kw, 2, 2) < 0)
        return NULL;
    Object *p = tuple_from_iterable(args[0]);
    if (p == NULL)
        return NULL;
    Object *q = tuple_from_iterable(args[1]);
    if (q == NULL) {
        DECREF(p);
        return NULL;
    }
    Object *r = NULL;
    size_t n = (size_t)TUPLE_SIZE(p);
    double stack[16], *v = stack;
    if ((size_t)TUPLE_SIZE(q) != n) {
        err_set_string(&Exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (n > 16 && (v = malloc(n * sizeof(double))) == NULL) {
        err_no_memory();
        v = stack;
        goto done;
    }
    double max = 0.0;
    int found_nan = 0;
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (m_double(TUPLE_GET(p, i), &px) < 0 || m_double(TUPLE_GET(q, i), &qx) < 0)
            goto done;
        double x = fabs(px - qx);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    r = float_from_double(vector_norm(n, v, max, found_nan));
done:
    if (v != stack)
        free(v);
    DECREF(p);
    DECREF(q);
    return r;
}

/* ---- the module ------------------------------------------------------------- */

#define DEF(name, doc) { #name, m_##name, 0, doc }
static MethodDef math_methods[] = {
    DEF(acos, "Return the arc cosine (measured in radians) of x."),
    DEF(acosh, "Return the inverse hyperbolic cosine of x."),
    DEF(asin, "Return the arc sine (measured in radians) of x."),
    DEF(asinh, "Return the inverse hyperbolic sine of x."),
    DEF(atan, "Return the arc tangent (measured in radians) of x."),
    DEF(atan2, "Return the arc tangent (measured in radians) of y/x."),
    DEF(atanh, "Return the inverse hyperbolic tangent of x."),
    DEF(cbrt, "Return the cube root of x."),
    DEF(ceil, "Return the ceiling of x as an Integral."),
    DEF(comb, "Number of ways to choose k items from n items without repetition and without order."),
    DEF(copysign, "Return a float with the magnitude (absolute value) of x but the sign of y."),
    DEF(cos, "Return the cosine of x (measured in radians)."),
    DEF(cosh, "Return the hyperbolic cosine of x."),
    DEF(degrees, "Convert angle x from radians to degrees."),
    DEF(dist, "Return the Euclidean distance between two points p and q."),
    DEF(erf, "Error function at x."),
    DEF(erfc, "Complementary error function at x."),
    DEF(exp, "Return e raised to the power of x."),
    DEF(exp2, "Return 2 raised to the power of x."),
    DEF(expm1, "Return exp(x)-1."),
    DEF(fabs, "Return the absolute value of the float x."),
    DEF(factorial, "Find x!."),
    DEF(floor, "Return the floor of x as an Integral."),
    DEF(fmod, "Return fmod(x, y), according to platform C."),
    DEF(frexp, "Return the mantissa and exponent of x, as pair (m, e)."),
    DEF(fsum, "Return an accurate floating point sum of values in the iterable seq."),
    DEF(gamma, "Gamma function at x."),
    DEF(gcd, "Greatest Common Divisor."),
    DEF(hypot, "Multidimensional Euclidean distance from the origin to a point."),
    DEF(isclose, "Determine whether two floating point numbers are close in value."),
    DEF(isfinite, "Return True if x is neither an infinity nor a NaN, and False otherwise."),
    DEF(isinf, "Return True if x is a positive or negative infinity, and False otherwise."),
    DEF(isnan, "Return True if x is a NaN (not a number), and False otherwise."),
    DEF(isqrt, "Return the integer part of the square root of the input."),
    DEF(lcm, "Least Common Multiple."),
    DEF(ldexp, "Return x * (2**i)."),
    DEF(lgamma, "Natural logarithm of absolute value of Gamma function at x."),
    DEF(log, "Return the logarithm of x to the given base."),
    DEF(log1p, "Return the natural logarithm of 1+x (base e)."),
    DEF(log10, "Return the base 10 logarithm of x."),
    DEF(log2, "Return the base 2 logarithm of x."),
    DEF(modf, "Return the fractional and integer parts of x."),
    DEF(pow, "Return x**y (x to the power of y)."),
    DEF(radians, "Convert angle x from degrees to radians."),
    DEF(remainder, "Difference between x and the closest integer multiple of y."),
    DEF(sin, "Return the sine of x (measured in radians)."),
    DEF(sinh, "Return the hyperbolic sine of x."),
    DEF(sqrt, "Return the square root of x."),
    DEF(tan, "Return the tangent of x (measured in radians)."),
    DEF(tanh, "Return the hyperbolic tangent of x."),
    DEF(trunc, "Truncates the Real x to the nearest Integral toward 0."),
    DEF(prod, "Calculate the product of all the elements in the input iterable."),
    DEF(perm, "Number of ways to choose k items from n items without repetition and with order."),
    DEF(nextafter, "Return the next floating-point value after x towards y."),
    DEF(ulp, "Return the value of the least significant bit of the float x."),
    { NULL, NULL, 0, NULL },
};

Object *mod_math_create(void)
{
    Object *m = module_new("math");
    if (m == NULL)
        return NULL;
    module_set_builtin(m);
    if (module_add_object(m, "__doc__", str_from_cstr(
            "This module provides access to the mathematical functions\n"
            "defined by the C standard.")) < 0 ||
        module_add_functions(m, math_methods) < 0 ||
        module_add_object(m, "pi", float_from_double(m_pi)) < 0 ||
        module_add_object(m, "e", float_from_double(2.718281828459045235360287471352662498)) < 0 ||
        module_add_object(m, "tau", float_from_double(6.283185307179586476925286766559005768)) < 0 ||
        module_add_object(m, "inf", float_from_double(INFINITY)) < 0 ||
        module_add_object(m, "nan", float_from_double(NAN)) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
