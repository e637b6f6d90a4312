/* float_repr.c — text <-> double for the float type: the shortest string
 * that round-trips (repr), C-style 'e'/'f'/'g' formatting, and float(str)
 * with Python's syntax (underscores, inf/nan words, no hex).
 *
 * Shortest repr: glibc's printf and strtod are exact (correctly rounded), so
 * the p-digit correctly rounded decimal is found with "%.*e" and the
 * smallest p in 1..17 that reads back as the same double is the answer.
 * Round-tripping is monotonic in p, and for normal doubles p <= 15 always
 * round-trips when any p-digit string does (DBL_DIG), so at most three
 * lengths (15, 16, 17) are tried; subnormals binary-search the length.  At a power
 * of two the rounding interval is lopsided and the correctly rounded
 * candidate may miss where its upper neighbour hits; that case is checked
 * separately, which makes the result equal to David Gay's mode 0 (CPython's
 * repr).  Every conversion uses the C locale whatever setlocale says. */
#include <ctype.h>
#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/float.h"

static locale_t c_locale(void)
{
    static locale_t loc;
    if (loc == (locale_t)0)
        loc = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    return loc;
}

static double c_strtod(const char *s, char **end)
{
    locale_t l = c_locale();
    return l ? strtod_l(s, end, l) : strtod(s, end);
}

/* Formats with the C locale. */
static int c_snprintf(char *buf, size_t n, const char *fmt, int prec, double v)
{
    locale_t l = c_locale(), old = (locale_t)0;
    if (l)
        old = uselocale(l);
    int r = snprintf(buf, n, fmt, prec, v);
    if (l)
        uselocale(old);
    return r;
}

/* The p significant digits of |v| (finite, non-zero), correctly rounded:
 * writes digits (no trailing zeros) and returns the decimal exponent such
 * that |v| ~= 0.DIGITS * 10**decpt. */
static int digits_p(double v, int p, char *digits, int *ndig)
{
    char buf[64];
    /* plain snprintf: only digits and the exponent are read, so a locale's
     * decimal comma does no harm */
    snprintf(buf, sizeof buf, "%.*e", p - 1, fabs(v));
    int n = 0;
    const char *s = buf;
    for (; *s && *s != 'e'; s++)
        if (isdigit((unsigned char)*s))
            digits[n++] = *s;
    int exp = atoi(s + 1);
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    *ndig = n;
    return exp + 1;
}

/* 1 if 0.DIGITS * 10**decpt reads back as |v|. */
static int round_trips(double v, const char *digits, int decpt)
{
    char buf[64];
    snprintf(buf, sizeof buf, "0.%se%d", digits, decpt);
    return c_strtod(buf, NULL) == fabs(v);
}

/* Shortest round-trip digits of |v| (finite, non-zero); returns decpt. */
static int shortest_digits(double v, char *digits, int *ndig)
{
    /* Integers below 2**53 print exactly. */
    double av = fabs(v);
    if (av < 9007199254740992.0 && av == floor(av)) {
        int n = snprintf(digits, 24, "%llu", (unsigned long long)av), decpt = n;
        while (n > 1 && digits[n - 1] == '0')
            n--;
        digits[n] = 0;
        *ndig = n;
        return decpt;
    }
    /* Any decimal of <= 15 digits survives a trip through a double
     * (DBL_DIG), so if the 15-digit rounding round-trips, the shortest
     * string is it without its trailing zeros; else try 16, then 17. */
    int lo, decpt = 0;
    if (av >= DBL_MIN) {
        for (lo = 15; lo <= 17; lo++) {
            decpt = digits_p(v, lo, digits, ndig);
            if (lo == 17 || round_trips(v, digits, decpt))
                break;
        }
    } else {
        /* subnormals carry fewer than 15 digits: binary-search the length
         * (round-tripping is monotonic in it) */
        int hi = 17;
        char tmp[24];
        int tn;
        lo = 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (round_trips(v, tmp, digits_p(v, mid, tmp, &tn)))
                hi = mid;
            else
                lo = mid + 1;
        }
        decpt = digits_p(v, lo, digits, ndig);
    }
    int e;
    if (lo > 1 && frexp(fabs(v), &e) == 0.5) {
        /* power of two: the (lo-1)-digit decimal just above may still hit */
        int p = lo - 1, k = 0;
        char up[48];
        c_snprintf(up, sizeof up, "%.*e", p - 1, fabs(v));
        const char *s = up;
        while (*s && *s != 'e')
            s++;
        int dp = atoi(s + 1) + 1;
        for (s = up; *s != 'e'; s++)
            if (isdigit((unsigned char)*s))
                up[k++] = *s;
        up[k] = 0;
        int i = k - 1;
        while (i >= 0 && up[i] == '9')
            up[i--] = '0';
        if (i >= 0) {
            up[i]++;
            if (round_trips(v, up, dp)) {
                while (k > 1 && up[k - 1] == '0')
                    k--;
                up[k] = 0;
                memcpy(digits, up, (size_t)k + 1);
                *ndig = k;
                decpt = dp;
            }
        }
    }
    return decpt;
}

/* Lays out digits/decpt the way CPython's repr does: exponent form when
 * decpt <= -4 or decpt > 16. */
static size_t layout_repr(int neg, const char *d, int n, int decpt, char *buf, size_t size)
{
    char out[64];
    size_t k = 0;
    if (neg)
        out[k++] = '-';
    if (decpt <= -4 || decpt > 16) {
        out[k++] = d[0];
        if (n > 1) {
            out[k++] = '.';
            for (int i = 1; i < n; i++)
                out[k++] = d[i];
        }
        int e = decpt - 1;
        k += (size_t)snprintf(out + k, sizeof out - k, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    } else if (decpt <= 0) {
        out[k++] = '0';
        out[k++] = '.';
        for (int i = 0; i < -decpt; i++)
            out[k++] = '0';
        for (int i = 0; i < n; i++)
            out[k++] = d[i];
    } else if (decpt >= n) {
        for (int i = 0; i < n; i++)
            out[k++] = d[i];
        for (int i = n; i < decpt; i++)
            out[k++] = '0';
        out[k++] = '.';
        out[k++] = '0';
    } else {
        for (int i = 0; i < n; i++) {
            if (i == decpt)
                out[k++] = '.';
            out[k++] = d[i];
        }
    }
    out[k] = 0;
    snprintf(buf, size, "%s", out);
    return k < size ? k : size - 1;
}

size_t float_repr_buf(double v, char *buf, size_t size)
{
    if (isnan(v))
        return (size_t)snprintf(buf, size, "nan");
    if (isinf(v))
        return (size_t)snprintf(buf, size, v > 0 ? "inf" : "-inf");
    if (v == 0)
        return (size_t)snprintf(buf, size, signbit(v) ? "-0.0" : "0.0");
    char d[24];
    int n;
    int decpt = shortest_digits(v, d, &n);
    return layout_repr(signbit(v) != 0, d, n, decpt, buf, size);
}

size_t float_format_buf(double v, char code, int prec, int alt, int add_dot_0,
                        char *buf, size_t size)
{
    if (code == 'r')
        return float_repr_buf(v, buf, size);
    if (!isfinite(v)) {
        const char *s = isnan(v) ? "nan" : v > 0 ? "inf" : "-inf";
        if (code == 'E' || code == 'F' || code == 'G')
            s = isnan(v) ? "NAN" : v > 0 ? "INF" : "-INF";
        return (size_t)snprintf(buf, size, "%s", s);
    }
    char fmt[8];
    snprintf(fmt, sizeof fmt, "%%%s.*%c", alt ? "#" : "", code);
    int n = c_snprintf(buf, size, fmt, prec, v);
    if (n < 0)
        return 0;
    if ((size_t)n >= size)
        return size - 1;
    if (add_dot_0 && !strpbrk(buf, ".eEn") && (size_t)n + 2 < size) {
        memcpy(buf + n, ".0", 3);
        n += 2;
    }
    return (size_t)n;
}

/* ---- parsing -------------------------------------------------------------- */

static int ci_eq(const char *s, size_t n, const char *word)
{
    size_t w = strlen(word);
    if (n != w)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)s[i]) != word[i])
            return 0;
    return 1;
}

/* Parses s[0..n) (already stripped of surrounding white space, ASCII) as a
 * Python float literal with optional sign; 0 ok, -1 invalid. */
int float_parse_ascii(const char *s, size_t n, double *out)
{
    const char *p = s, *end = s + n;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    size_t rest = (size_t)(end - p);
    if (ci_eq(p, rest, "inf") || ci_eq(p, rest, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (ci_eq(p, rest, "nan")) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    /* digits [. digits] | . digits, then [eE [sign] digits]; '_' only
     * between two digits. */
    char small[128];
    char *buf = rest + 2 <= sizeof small ? small : malloc(rest + 2);
    if (buf == NULL)
        return -1;
    size_t k = 0;
    int ok = 1, mant = 0;
    buf[k++] = neg ? '-' : '+';
    const char *q = p;
#define DIGITS(counter) \
    while (q < end && (isdigit((unsigned char)*q) || *q == '_')) { \
        if (*q == '_') { \
            if (q == p || !isdigit((unsigned char)q[-1]) || q + 1 >= end || \
                !isdigit((unsigned char)q[1])) { ok = 0; break; } \
        } else { buf[k++] = *q; counter++; } \
        q++; \
    }
    DIGITS(mant)
    if (ok && q < end && *q == '.') {
        buf[k++] = *q++;
        DIGITS(mant)
    }
    if (ok && mant == 0)
        ok = 0;
    if (ok && q < end && (*q == 'e' || *q == 'E')) {
        buf[k++] = *q++;
        if (q < end && (*q == '+' || *q == '-'))
            buf[k++] = *q++;
        int ed = 0;
        DIGITS(ed)
        if (ed == 0)
            ok = 0;
    }
#undef DIGITS
    if (q != end)
        ok = 0;
    buf[k] = 0;
    if (ok)
        *out = c_strtod(buf, NULL);     /* overflow gives inf, as Python */
    if (buf != small)
        free(buf);
    return ok ? 0 : -1;
}
