/* float_repr.c — text <-> double for the float type: the shortest string
 * that round-trips (repr, and format()'s mode 0 through
 * float_shortest_digits), C-style 'e'/'f'/'g' formatting, and float(str)
 * with Python's syntax (underscores, inf/nan words, no hex).
 *
 * The shortest digits come from the Schubfach algorithm (below), which
 * gives David Gay's mode 0 (CPython's repr) with three 128-bit products;
 * parsing and the fixed-precision formats use glibc's strtod and printf,
 * which are correctly rounded.  Every conversion uses the C locale
 * whatever setlocale says. */
#include <ctype.h>
#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
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

/* ---- shortest digits (Schubfach) --------------------------------------------
 *
 * v = c * 2**q.  Every real in the rounding interval R_v reads back as v;
 * with cb = 4c its ends are (cb - 2) and (cb + 2) in units of 2**(q-2),
 * or (cb - 1) below a power of two whose lower neighbour is closer, and
 * they belong to R_v when c is even (ties round to even).  Pick k so that
 * 10**k <= |R_v| < 10**(k+1): R_v then holds at most one multiple of
 * 10**(k+1) and at least one of 10**k.  If a multiple of 10**(k+1) is in
 * R_v it is the unique shortest answer; else the answer has the digits of
 * s = floor(v / 10**k) or s + 1, whichever is in R_v, the closer if both
 * (the even one on a tie).  That is David Gay's mode 0, CPython's repr.
 *
 * The scaled ends v * 10**-k * 4 are computed with a 126-bit upper
 * approximation g of 10**-k (float_pow10.h) and rounded to odd: the
 * published analysis (R. Giulietti, "The Schubfach way to render doubles",
 * 2020) shows the comparisons against the multiples of 4 below then come
 * out as with exact arithmetic for every double. */
#include "objects/float_pow10.h"

#define MASK63 0x7fffffffffffffffull

/* floor(log10(2**q)), floor(log10(3/4 * 2**q)), floor(log2(10**e)) for the
 * exponent range of doubles (|q|, |e| <= 1200: checked against exact
 * rational arithmetic). */
static inline int flog10_pow2(int q) { return (int)(((int64_t)q * 661971961083LL) >> 41); }
static inline int flog10_3q_pow2(int q)
{
    return (int)(((int64_t)q * 661971961083LL - 274743187321LL) >> 41);
}
static inline int flog2_pow10(int e) { return (int)(((int64_t)e * 913124641741LL) >> 38); }

/* g * cp / 2**127 rounded to odd, g = g1 * 2**63 + g0 (cp < 2**60). */
static inline uint64_t round_odd(uint64_t g1, uint64_t g0, uint64_t cp)
{
    uint64_t x1 = (uint64_t)(((unsigned __int128)g0 * cp) >> 64);
    unsigned __int128 y = (unsigned __int128)g1 * cp;
    uint64_t y0 = (uint64_t)y, y1 = (uint64_t)(y >> 64);
    uint64_t z = (y0 >> 1) + x1;
    uint64_t r = y1 + (z >> 63);
    return r | (((z & MASK63) + MASK63) >> 63);
}

/* The shortest decimal f * 10**k that reads back as c * 2**q. */
static uint64_t schubfach(uint64_t c, int q, int *kout)
{
    /* integers below 2**53 are their own shortest form */
    if (q < 0 && q > -53) {
        uint64_t f = c >> -q;
        if (f << -q == c) {
            *kout = 0;
            return f;
        }
    }
    uint64_t out = c & 1;             /* odd c: the ends are excluded */
    uint64_t cb = c << 2, cbr = cb + 2, cbl;
    int k;
    if (c != (1ull << 52) || q == -1074) {
        cbl = cb - 2;
        k = flog10_pow2(q);
    } else {
        cbl = cb - 1;
        k = flog10_3q_pow2(q);
    }
    int h = q + flog2_pow10(-k) + 2;
    const uint64_t *g = float_pow10_g[k - FLOAT_POW10_K_MIN];
    uint64_t vb = round_odd(g[0], g[1], cb << h);
    uint64_t vbl = round_odd(g[0], g[1], cbl << h);
    uint64_t vbr = round_odd(g[0], g[1], cbr << h);
    uint64_t s = vb >> 2;
    uint64_t sp10 = s / 10 * 10, tp10 = sp10 + 10;
    int upin = vbl + out <= sp10 << 2, wpin = (tp10 << 2) + out <= vbr;
    if (upin != wpin) {
        *kout = k;
        return upin ? sp10 : tp10;
    }
    uint64_t t = s + 1;
    int uin = vbl + out <= s << 2, win = (t << 2) + out <= vbr;
    *kout = k;
    if (uin != win)
        return uin ? s : t;
    int64_t cmp = (int64_t)(vb - ((s + t) << 1));
    return cmp < 0 || (cmp == 0 && (s & 1) == 0) ? s : t;
}

static const char DIGIT_PAIRS[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

int float_shortest_digits(double v, char *digits, int *ndigits)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    uint64_t frac = bits & ((1ull << 52) - 1);
    int be = (int)((bits >> 52) & 0x7ff), k;
    uint64_t f = be ? schubfach(frac | (1ull << 52), be - 1075, &k)
                    : schubfach(frac, -1074, &k);
    /* f has at most 18 digits; write them from the right, two at a time */
    char tmp[24], *p = tmp + sizeof tmp;
    while (f >= 100) {
        p -= 2;
        memcpy(p, DIGIT_PAIRS + 2 * (f % 100), 2);
        f /= 100;
    }
    if (f >= 10) {
        p -= 2;
        memcpy(p, DIGIT_PAIRS + 2 * f, 2);
    } else {
        *--p = (char)('0' + f);
    }
    int n = (int)(tmp + sizeof tmp - p), decpt = n + k;
    while (n > 1 && p[n - 1] == '0')
        n--;
    memcpy(digits, p, (size_t)n);
    digits[n] = 0;
    *ndigits = n;
    return decpt;
}

/* Lays out digits/decpt the way CPython's repr does: exponent form when
 * decpt <= -4 or decpt > 16.  The result is at most 25 bytes. */
static size_t layout_repr(int neg, const char *d, int n, int decpt, char *out)
{
    size_t k = 0;
    if (neg)
        out[k++] = '-';
    if (decpt <= -4 || decpt > 16) {
        out[k++] = d[0];
        if (n > 1) {
            out[k++] = '.';
            memcpy(out + k, d + 1, (size_t)n - 1);
            k += (size_t)n - 1;
        }
        int e = decpt - 1;
        out[k++] = 'e';
        out[k++] = e < 0 ? '-' : '+';
        if (e < 0)
            e = -e;
        if (e >= 100)
            out[k++] = (char)('0' + e / 100);
        memcpy(out + k, DIGIT_PAIRS + 2 * (e % 100), 2);
        k += 2;
    } else if (decpt <= 0) {
        out[k++] = '0';
        out[k++] = '.';
        for (int i = 0; i < -decpt; i++)
            out[k++] = '0';
        memcpy(out + k, d, (size_t)n);
        k += (size_t)n;
    } else if (decpt >= n) {
        memcpy(out + k, d, (size_t)n);
        k += (size_t)n;
        for (int i = n; i < decpt; i++)
            out[k++] = '0';
        out[k++] = '.';
        out[k++] = '0';
    } else {
        memcpy(out + k, d, (size_t)decpt);
        k += (size_t)decpt;
        out[k++] = '.';
        memcpy(out + k, d + decpt, (size_t)(n - decpt));
        k += (size_t)(n - decpt);
    }
    out[k] = 0;
    return k;
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
    int decpt = float_shortest_digits(v, d, &n);
    if (size >= 32)
        return layout_repr(signbit(v) != 0, d, n, decpt, buf);
    char out[32];
    size_t k = layout_repr(signbit(v) != 0, d, n, decpt, out);
    if (size == 0)
        return 0;
    if (k >= size)
        k = size - 1;
    memcpy(buf, out, k);
    buf[k] = 0;
    return k;
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

#define IS_DIGIT(c) ((unsigned)((c) - '0') < 10u)

/* Clinger's fast path: a plain literal (no '_') whose significant digits
 * fit in a double's 53 bits and whose decimal exponent is within 22 is
 * m * 10**e or m / 10**-e with both operands exact, so one correctly
 * rounded IEEE operation gives the correctly rounded result.  1 with
 * *out set, 0 to take the general path (which also reports errors). */
static int parse_fast(const char *q, const char *end, int neg, double *out)
{
    static const double POW10[] = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    uint64_t m = 0;
    int sig = 0, any = 0;
    long scale = 0;
    for (; q < end && IS_DIGIT(*q); q++) {
        any = 1;
        if (m || *q != '0') {
            if (++sig > 19)
                return 0;
            m = m * 10 + (uint64_t)(*q - '0');
        }
    }
    if (q < end && *q == '.') {
        for (q++; q < end && IS_DIGIT(*q); q++) {
            any = 1;
            if (m || *q != '0') {
                if (++sig > 19)
                    return 0;
                m = m * 10 + (uint64_t)(*q - '0');
            }
            scale--;
        }
    }
    if (!any)
        return 0;
    if (q < end && (*q | 32) == 'e') {
        int eneg = 0, ed = 0;
        long e = 0;
        if (++q < end && (*q == '+' || *q == '-'))
            eneg = *q++ == '-';
        for (; q < end && IS_DIGIT(*q); q++) {
            ed = 1;
            if (e < 100000)
                e = e * 10 + (*q - '0');
        }
        if (!ed)
            return 0;
        scale += eneg ? -e : e;
    }
    if (q != end || m >= (1ull << 53) || scale < -22 || scale > 22)
        return 0;
    double v = (double)m;
    v = scale < 0 ? v / POW10[-scale] : v * POW10[scale];
    *out = neg ? -v : v;
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
    if (rest && ((*p | 32) == 'i' || (*p | 32) == 'n')) {
        if (ci_eq(p, rest, "inf") || ci_eq(p, rest, "infinity")) {
            *out = neg ? -INFINITY : INFINITY;
            return 0;
        }
        if (ci_eq(p, rest, "nan")) {
            *out = neg ? -NAN : NAN;
            return 0;
        }
        return -1;
    }
    if (parse_fast(p, end, neg, out))
        return 0;
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
