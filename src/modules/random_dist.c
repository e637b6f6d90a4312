/* random_dist.c — the real-valued distributions of random.Random
 * (uniform, triangular, gauss, normalvariate, lognormvariate, expovariate,
 * vonmisesvariate, gammavariate, betavariate, paretovariate,
 * weibullvariate), written as Lib/random.py 3.11 computes them so equal
 * seeds give python3's values. */
#include <math.h>

#include "modules/mods.h"
#include "modules/random_impl.h"
#include "objects/float.h"
#include "objects/none.h"
#include "runtime/errors.h"

#define DM(name) Object *mod_random_##name(Object *self, Object *const *args, size_t nargs, Object *kw)

/* ---- real-valued distributions --------------------------------------------------- */

/* Parses float arguments named names[0..nnames) with defaults (NAN = required). */
static int float_args(const char *fname, Object *const *args, size_t nargs, Object *kw,
                      const char *const *names, size_t nnames, const double *defaults,
                      size_t nreq, double *out)
{
    Object *a[4];
    if (mod_random_parse_args(fname, args, nargs, kw, names, nnames, nnames, nreq, a) < 0)
        return -1;
    for (size_t i = 0; i < nnames; i++) {
        if (a[i] == NULL) {
            out[i] = defaults[i];
            continue;
        }
        out[i] = float_as_double(a[i]);
        if (out[i] == -1.0 && err_occurred())
            return -1;
    }
    return 0;
}

/* a / b with Python's ZeroDivisionError. */
static int r_fdiv(double a, double b, double *out)
{
    if (b == 0.0) {
        err_set_string(&Exc_ZeroDivisionError, "float division by zero");
        return -1;
    }
    *out = a / b;
    return 0;
}

/* x ** y for floats with Python's errors for the cases the variates meet. */
static int r_fpow(double x, double y, double *out)
{
    if (x == 0.0 && y < 0.0) {
        err_set_string(&Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return -1;
    }
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        err_set_string(&Exc_OverflowError, "(34, 'Numerical result out of range')");
        return -1;
    }
    *out = r;
    return 0;
}

DM(uniform)
{
    static const char *const names[] = { "a", "b" };
    Object *a[2];
    if (mod_random_parse_args("uniform", args, nargs, kw, names, 2, 2, 2, a) < 0)
        return NULL;
    double r;
    if (mod_random_next_double(self, &r) < 0)
        return NULL;
    /* a + (b - a) * random(), in the objects' own arithmetic */
    Object *d = num_binop(a[1], a[0], BINOP_SUB);
    if (d == NULL)
        return NULL;
    Object *rf = float_from_double(r);
    Object *m = rf ? num_binop(d, rf, BINOP_MUL) : NULL;
    XDECREF(rf);
    DECREF(d);
    if (m == NULL)
        return NULL;
    Object *res = num_binop(a[0], m, BINOP_ADD);
    DECREF(m);
    return res;
}

DM(triangular)
{
    static const char *const names[] = { "low", "high", "mode" };
    Object *a[3];
    if (mod_random_parse_args("triangular", args, nargs, kw, names, 3, 3, 0, a) < 0)
        return NULL;
    double low = 0.0, high = 1.0, mode = 0.0, u, c;
    if ((a[0] && (low = float_as_double(a[0])) == -1.0 && err_occurred()) ||
        (a[1] && (high = float_as_double(a[1])) == -1.0 && err_occurred()) ||
        (a[2] && a[2] != NONE && (mode = float_as_double(a[2])) == -1.0 && err_occurred()))
        return NULL;
    if (mod_random_next_double(self, &u) < 0)
        return NULL;
    if (a[2] == NULL || a[2] == NONE) {
        c = 0.5;
    } else {
        if (high - low == 0.0)
            return a[0] ? NEWREF(a[0]) : float_from_double(low);
        c = (mode - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return float_from_double(low + (high - low) * sqrt(u * c));
}

/* normalvariate's Kinderman-Monahan loop. */
static int normal(Object *self, double mu, double sigma, double *out)
{
    const double NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0);
    double z, u1, u2;
    for (;;) {
        if (mod_random_next_double(self, &u1) < 0 || mod_random_next_double(self, &u2) < 0)
            return -1;
        u2 = 1.0 - u2;
        z = NV_MAGICCONST * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -log(u2))
            break;
    }
    *out = mu + z * sigma;
    return 0;
}

static const char *const mu_sigma[] = { "mu", "sigma" };

DM(normalvariate)
{
    static const double dflt[] = { 0.0, 1.0 };
    double v[2], r;
    if (float_args("normalvariate", args, nargs, kw, mu_sigma, 2, dflt, 0, v) < 0 ||
        normal(self, v[0], v[1], &r) < 0)
        return NULL;
    return float_from_double(r);
}

DM(lognormvariate)
{
    static const double dflt[] = { 0.0, 0.0 };
    double v[2], r;
    if (float_args("lognormvariate", args, nargs, kw, mu_sigma, 2, dflt, 2, v) < 0 ||
        normal(self, v[0], v[1], &r) < 0)
        return NULL;
    r = exp(r);
    if (isinf(r))
        return err_set_string(&Exc_OverflowError, "math range error");
    return float_from_double(r);
}

DM(gauss)
{
    static const double dflt[] = { 0.0, 1.0 };
    double v[2], z;
    if (float_args("gauss", args, nargs, kw, mu_sigma, 2, dflt, 0, v) < 0)
        return NULL;
    RandomObject *r = RND(self);
    if (r->has_gauss) {
        z = r->gauss_next;
        r->has_gauss = 0;
    } else {
        double u1, u2;
        if (mod_random_next_double(self, &u1) < 0 || mod_random_next_double(self, &u2) < 0)
            return NULL;
        double x2pi = u1 * (2.0 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - u2));
        z = cos(x2pi) * g2rad;
        r->gauss_next = sin(x2pi) * g2rad;
        r->has_gauss = 1;
    }
    return float_from_double(v[0] + z * v[1]);
}

DM(expovariate)
{
    static const char *const names[] = { "lambd" };
    static const double dflt[] = { 0.0 };
    double lambd, u, r;
    if (float_args("expovariate", args, nargs, kw, names, 1, dflt, 1, &lambd) < 0 ||
        mod_random_next_double(self, &u) < 0 || r_fdiv(-log(1.0 - u), lambd, &r) < 0)
        return NULL;
    return float_from_double(r);
}

DM(vonmisesvariate)
{
    static const char *const names[] = { "mu", "kappa" };
    static const double dflt[] = { 0.0, 0.0 };
    double v[2], u1, u2, u3, z, d, theta;
    if (float_args("vonmisesvariate", args, nargs, kw, names, 2, dflt, 2, v) < 0)
        return NULL;
    double mu = v[0], kappa = v[1], twopi = 2.0 * M_PI;
    if (kappa <= 1e-6) {
        if (mod_random_next_double(self, &u1) < 0)
            return NULL;
        return float_from_double(twopi * u1);
    }
    double s = 0.5 / kappa, r = s + sqrt(1.0 + s * s);
    for (;;) {
        if (mod_random_next_double(self, &u1) < 0)
            return NULL;
        z = cos(M_PI * u1);
        d = z / (r + z);
        if (mod_random_next_double(self, &u2) < 0)
            return NULL;
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d))
            break;
    }
    double q = 1.0 / r, f = (q + z) / (1.0 + q * z);
    if (mod_random_next_double(self, &u3) < 0)
        return NULL;
    theta = u3 > 0.5 ? mu + acos(f) : mu - acos(f);
    theta = fmod(theta, twopi);             /* Python's % for a positive modulus */
    if (theta != 0.0 && theta < 0.0)
        theta += twopi;
    return float_from_double(theta);
}

static int gamma_variate(Object *self, double alpha, double beta, double *out)
{
    if (alpha <= 0.0 || beta <= 0.0) {
        err_set_string(&Exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
        return -1;
    }
    double u, u1, u2;
    if (alpha > 1.0) {
        const double LOG4 = log(4.0), SG_MAGICCONST = 1.0 + log(4.5);
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - LOG4, ccc = alpha + ainv;
        for (;;) {
            if (mod_random_next_double(self, &u1) < 0)
                return -1;
            if (!(1e-7 < u1 && u1 < 0.9999999))
                continue;
            if (mod_random_next_double(self, &u2) < 0)
                return -1;
            u2 = 1.0 - u2;
            double v = log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * exp(v);
            double z = u1 * u1 * u2;
            double r = bbb + ccc * v - x;
            if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)) {
                *out = x * beta;
                return 0;
            }
        }
    }
    if (alpha == 1.0) {
        if (mod_random_next_double(self, &u) < 0)
            return -1;
        *out = -log(1.0 - u) * beta;
        return 0;
    }
    double x;
    for (;;) {
        if (mod_random_next_double(self, &u) < 0)
            return -1;
        double b = (M_E + alpha) / M_E, p = b * u;
        if (p <= 1.0)
            x = pow(p, 1.0 / alpha);
        else
            x = -log((b - p) / alpha);
        if (mod_random_next_double(self, &u1) < 0)
            return -1;
        if (p > 1.0) {
            if (u1 <= pow(x, alpha - 1.0))
                break;
        } else if (u1 <= exp(-x)) {
            break;
        }
    }
    *out = x * beta;
    return 0;
}

static const char *const alpha_beta[] = { "alpha", "beta" };

DM(gammavariate)
{
    static const double dflt[] = { 0.0, 0.0 };
    double v[2], r;
    if (float_args("gammavariate", args, nargs, kw, alpha_beta, 2, dflt, 2, v) < 0 ||
        gamma_variate(self, v[0], v[1], &r) < 0)
        return NULL;
    return float_from_double(r);
}

DM(betavariate)
{
    static const double dflt[] = { 0.0, 0.0 };
    double v[2], y, y2;
    if (float_args("betavariate", args, nargs, kw, alpha_beta, 2, dflt, 2, v) < 0 ||
        gamma_variate(self, v[0], 1.0, &y) < 0)
        return NULL;
    if (y == 0.0)
        return float_from_double(0.0);
    if (gamma_variate(self, v[1], 1.0, &y2) < 0)
        return NULL;
    return float_from_double(y / (y + y2));
}

DM(paretovariate)
{
    static const char *const names[] = { "alpha" };
    static const double dflt[] = { 0.0 };
    double alpha, u, e, r;
    if (float_args("paretovariate", args, nargs, kw, names, 1, dflt, 1, &alpha) < 0 ||
        mod_random_next_double(self, &u) < 0 || r_fdiv(-1.0, alpha, &e) < 0 || r_fpow(1.0 - u, e, &r) < 0)
        return NULL;
    return float_from_double(r);
}

DM(weibullvariate)
{
    double v[2], u, e, r;
    static const double dflt[] = { 0.0, 0.0 };
    if (float_args("weibullvariate", args, nargs, kw, alpha_beta, 2, dflt, 2, v) < 0 ||
        mod_random_next_double(self, &u) < 0 || r_fdiv(1.0, v[1], &e) < 0 || r_fpow(-log(1.0 - u), e, &r) < 0)
        return NULL;
    return float_from_double(v[0] * r);
}

