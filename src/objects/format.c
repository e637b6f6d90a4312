/* format.c — the format-spec mini-language of CPython 3.11
 * (Python/formatter_unicode.c) and the float-to-text rules of
 * Python/pystrtod.c: shortest digits from float_repr.c, fixed precision
 * from glibc's correctly rounded printf.
 *
 * Owns: spec parsing and validation, number layout (sign, prefix, '='
 * padding, ',' / '_' grouping with zero fill), the __format__ bodies of
 * int, float and str, and format_object (the format() builtin's engine).
 * Must not know about str.format's field grammar or %-formatting. */
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/format.h"
#include "objects/bool.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/type.h"
#include "objects/unicode.h"
#include "runtime/errors.h"

/* ---- spec parsing ------------------------------------------------------- */

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
static bool is_sign(uint32_t c) { return c == ' ' || c == '+' || c == '-'; }

/* A decimal digit's value (any Unicode Nd digit, as Py_UNICODE_TODECIMAL),
 * or -1. */
static int digit_value(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c < 128)
        return -1;
    return uni_decimal_value(c);
}

/* A decoded spec: code points, so indexing is by character as in CPython. */
typedef struct {
    uint32_t *cp;
    size_t n;
    uint32_t small[64];
} SpecText;

static int spec_decode(SpecText *t, const char *s, size_t n)
{
    t->cp = t->small;
    if (n > sizeof t->small / sizeof t->small[0]) {
        t->cp = malloc(n * sizeof(uint32_t));
        if (!t->cp) {
            err_no_memory();
            return -1;
        }
    }
    const char *p = s, *end = s + n;
    size_t k = 0;
    while (p < end)
        t->cp[k++] = uni_utf8_next(&p);
    t->n = k;
    return 0;
}

static void spec_release(SpecText *t)
{
    if (t->cp != t->small)
        free(t->cp);
}

/* CPython's get_integer: digits at *pos; returns how many were consumed,
 * or -1 with "Too many decimal digits in format string". */
static intptr_t get_integer(const SpecText *t, size_t *pos, intptr_t *result)
{
    intptr_t acc = 0, nd = 0;
    size_t p = *pos;
    for (; p < t->n; p++, nd++) {
        int dv = digit_value(t->cp[p]);
        if (dv < 0)
            break;
        if (acc > (INTPTR_MAX - dv) / 10) {
            err_set_string(&Exc_ValueError, "Too many decimal digits in format string");
            *pos = p;
            return -1;
        }
        acc = acc * 10 + dv;
    }
    *pos = p;
    *result = acc;
    return nd;
}

static void invalid_thousands(char sep, uint32_t type)
{
    if (type > 32 && type < 128)
        err_format(&Exc_ValueError, "Cannot specify '%c' with '%c'.", sep, (int)type);
    else
        err_format(&Exc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
}

static void unknown_type(uint32_t type, const char *tname)
{
    if (type > 32 && type < 128)
        err_format(&Exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                   (int)type, tname);
    else
        err_format(&Exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                   (unsigned)type, tname);
}

/* parse_internal_render_format_spec: tname names the object's type for the
 * "Invalid format specifier" message (NULL: no suffix); default_type is the
 * type assumed for the grouping checks when none is given. */
static int parse_spec(const char *s, size_t n, const char *tname, uint32_t default_type,
                      FormatSpec *f)
{
    SpecText t;
    if (spec_decode(&t, s, n) < 0)
        return -1;
    size_t pos = 0, end = t.n;
    f->fill = ' ';
    f->fill_given = false;
    f->align = 0;
    f->sign = 0;
    f->no_neg_0 = false;
    f->alternate = false;
    f->zero = false;
    f->width = -1;
    f->grouping = 0;
    f->precision = -1;
    f->type = default_type;
    int rc = -1;

    if (end - pos >= 2 && is_align(t.cp[pos + 1])) {
        f->align = (char)t.cp[pos + 1];
        f->fill = t.cp[pos];
        f->fill_given = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(t.cp[pos])) {
        f->align = (char)t.cp[pos];
        pos++;
    }
    if (end - pos >= 1 && is_sign(t.cp[pos]))
        f->sign = (char)t.cp[pos++];
    if (end - pos >= 1 && t.cp[pos] == 'z') {
        f->no_neg_0 = true;
        pos++;
    }
    if (end - pos >= 1 && t.cp[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    if (!f->fill_given && end - pos >= 1 && t.cp[pos] == '0') {
        f->zero = true;
        f->fill = '0';
        pos++;
    }
    intptr_t consumed = get_integer(&t, &pos, &f->width);
    if (consumed < 0)
        goto out;
    if (consumed == 0)
        f->width = -1;
    if (end - pos && t.cp[pos] == ',') {
        f->grouping = ',';
        pos++;
    }
    if (end - pos && t.cp[pos] == '_') {
        if (f->grouping) {
            err_set_string(&Exc_ValueError, "Cannot specify both ',' and '_'.");
            goto out;
        }
        f->grouping = '_';
        pos++;
    }
    if (end - pos && t.cp[pos] == ',' && f->grouping == '_') {
        err_set_string(&Exc_ValueError, "Cannot specify both ',' and '_'.");
        goto out;
    }
    if (end - pos && t.cp[pos] == '.') {
        pos++;
        consumed = get_integer(&t, &pos, &f->precision);
        if (consumed < 0)
            goto out;
        if (consumed == 0) {
            err_set_string(&Exc_ValueError, "Format specifier missing precision");
            goto out;
        }
    }
    if (end - pos > 1) {
        if (tname)
            err_format(&Exc_ValueError, "Invalid format specifier '%s' for object of type '%s'",
                       s, tname);
        else
            err_set_string(&Exc_ValueError, "Invalid format specifier");
        goto out;
    }
    if (end - pos == 1)
        f->type = t.cp[pos++];
    if (f->grouping) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G':
        case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_')
                break;
            /* fall through */
        default:
            invalid_thousands(f->grouping, f->type);
            goto out;
        }
    }
    rc = 0;
out:
    spec_release(&t);
    return rc;
}

int fmtspec_parse(const char *spec, size_t n, FormatSpec *out)
{
    return parse_spec(spec, n, NULL, 0, out);
}

/* The spec argument of a __format__ method must be a str. */
static int check_spec(Object *spec)
{
    if (!STR_CHECK(spec)) {
        err_format(&Exc_TypeError, "__format__() argument must be str, not %T", spec);
        return -1;
    }
    return 0;
}

/* Parses spec (a str) for an object of type tname.  The spec text is
 * NUL-terminated, which the "Invalid format specifier" message relies on. */
static int parse_for(Object *spec, Object *v, uint32_t default_type, FormatSpec *f)
{
    return parse_spec(STR_UTF8(spec), (size_t)STR_NBYTES(spec), type_name(TYPE(v)),
                      default_type, f);
}

/* ---- output helpers ----------------------------------------------------- */

/* Appends n copies of cp. */
static int buf_fill(StrBuf *b, uint32_t cp, intptr_t n)
{
    if (n <= 0)
        return 0;
    char enc[4 * 32];
    int k = uni_utf8_encode(cp, enc);
    int per = (int)(sizeof enc / (size_t)k);
    if (per > n)
        per = (int)n;
    if (k == 1)
        memset(enc, enc[0], (size_t)per);
    else
        for (int i = 1; i < per; i++)
            memcpy(enc + i * k, enc, (size_t)k);
    while (n > 0) {
        intptr_t m = n < per ? n : per;
        if (str_buf_append(b, enc, (size_t)(m * k)) < 0)
            return -1;
        n -= m;
    }
    return 0;
}

/* Widths past this cannot be allocated anyway; say so before trying. */
#define FMT_MAX_WIDTH ((intptr_t)1 << 40)

/* The pieces of a formatted number, CPython's NumberFieldWidths:
 *   <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>
 * digits are ASCII; remainder may hold one non-ASCII character ('c'). */
typedef struct {
    char sign_char;             /* '-' when the value is negative, else 0 */
    const char *prefix;         /* "0x" ... or NULL */
    size_t nprefix;
    const char *digits;         /* integer-part digits */
    intptr_t ndigits;
    bool has_decimal;
    const char *rem;            /* after the point: fraction, exponent, '%', "inf" */
    size_t nrem;                /* bytes */
    intptr_t rem_cp;            /* code points */
    bool upper;                 /* 'X': upper-case prefix and digits */
} NumParts;

/* CPython's _PyUnicode_InsertThousandsGrouping: the digits grouped by
 * `group` (0 = none) with sep, zero-extended on the left to min_width.
 * Returns small when the result fits in smallsz bytes, else a malloc'd
 * string (length in *outlen either way), or NULL with MemoryError. */
static char *group_digits(const char *digits, intptr_t n, intptr_t min_width, int group,
                          char sep, intptr_t *outlen, char *small, size_t smallsz)
{
    if (min_width < 0)
        min_width = 0;
    intptr_t cap = n + min_width + (group ? (n + min_width) / group + 2 : 0) + 2;
    char *out = (size_t)cap <= smallsz ? small : malloc((size_t)cap);
    if (!out) {
        err_no_memory();
        return NULL;
    }
    intptr_t k = 0, remaining = n, dpos = n;
    bool use_sep = false, broken = false;
    /* Built right to left, then reversed. */
#define EMIT(nc, nz) do {                                   \
        if (use_sep) out[k++] = sep;                        \
        for (intptr_t i_ = 0; i_ < (nc); i_++) out[k++] = digits[--dpos]; \
        for (intptr_t i_ = 0; i_ < (nz); i_++) out[k++] = '0';            \
    } while (0)
    if (group > 0) {
        for (;;) {
            intptr_t len = group;
            intptr_t lim = remaining > min_width ? remaining : min_width;
            if (lim < 1)
                lim = 1;
            if (len > lim)
                len = lim;
            intptr_t nz = len - remaining > 0 ? len - remaining : 0;
            intptr_t nc = remaining < len ? remaining : len;
            if (nc < 0)
                nc = 0;
            EMIT(nc, nz);
            use_sep = true;
            remaining -= nc;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0) {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if (!broken) {
        intptr_t len = remaining > min_width ? remaining : min_width;
        if (len < 1)
            len = 1;
        intptr_t nz = len - remaining > 0 ? len - remaining : 0;
        intptr_t nc = remaining < len ? remaining : len;
        if (nc < 0)
            nc = 0;
        EMIT(nc, nz);
    }
#undef EMIT
    for (intptr_t i = 0, j = k - 1; i < j; i++, j--) {
        char c = out[i];
        out[i] = out[j];
        out[j] = c;
    }
    *outlen = k;
    return out;
}

/* calc_number_widths + fill_number: lays out p under spec f (whose align
 * and fill are already resolved) and returns a NEW str. */
static Object *emit_number(const FormatSpec *f, const NumParts *p)
{
    char sign = 0;
    if (f->sign == '+')
        sign = p->sign_char == '-' ? '-' : '+';
    else if (f->sign == ' ')
        sign = p->sign_char == '-' ? '-' : ' ';
    else if (p->sign_char == '-')
        sign = '-';
    intptr_t non_digit = (sign ? 1 : 0) + (intptr_t)p->nprefix + (p->has_decimal ? 1 : 0)
                         + p->rem_cp;
    intptr_t min_width = (f->fill == '0' && f->align == '=') ? f->width - non_digit : 0;
    int group = 0;
    char sep = 0;
    if (f->grouping == ',' || f->grouping == '_') {
        sep = f->grouping;
        group = (f->grouping == '_' && (f->type == 'b' || f->type == 'o' || f->type == 'x'
                                        || f->type == 'X')) ? 4 : 3;
    }
    char *grouped = NULL, gsmall[96];
    intptr_t ngrouped = 0;
    if (p->ndigits > 0) {
        grouped = group_digits(p->digits, p->ndigits, min_width, group, sep, &ngrouped,
                               gsmall, sizeof gsmall);
        if (!grouped)
            return NULL;
        if (p->upper)
            for (intptr_t i = 0; i < ngrouped; i++)
                if (grouped[i] >= 'a' && grouped[i] <= 'z')
                    grouped[i] = (char)(grouped[i] - 'a' + 'A');
    }
    intptr_t lpad = 0, spad = 0, rpad = 0;
    intptr_t padding = f->width - (non_digit + ngrouped);
    if (padding > 0) {
        switch (f->align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    StrBuf b;
    str_buf_init(&b);
    int rc = buf_fill(&b, f->fill, lpad);
    if (!rc && sign)
        rc = str_buf_append_ascii(&b, &sign, 1);
    if (!rc && p->nprefix) {
        char pre[8];
        memcpy(pre, p->prefix, p->nprefix);
        if (p->upper)
            for (size_t i = 0; i < p->nprefix; i++)
                if (pre[i] >= 'a' && pre[i] <= 'z')
                    pre[i] = (char)(pre[i] - 'a' + 'A');
        rc = str_buf_append_ascii(&b, pre, p->nprefix);
    }
    if (!rc)
        rc = buf_fill(&b, f->fill, spad);
    if (!rc && ngrouped)
        rc = str_buf_append_ascii(&b, grouped, (size_t)ngrouped);
    if (!rc && p->has_decimal)
        rc = str_buf_append_ascii(&b, ".", 1);
    if (!rc && p->nrem)
        rc = str_buf_append(&b, p->rem, p->nrem);
    if (!rc)
        rc = buf_fill(&b, f->fill, rpad);
    if (grouped != gsmall)
        free(grouped);
    if (rc) {
        str_buf_free(&b);
        return NULL;
    }
    return str_buf_finish(&b);
}

/* Resolves the '0' flag and default alignment for a number. */
static void resolve_number_align(FormatSpec *f)
{
    if (f->align == 0)
        f->align = f->zero ? '=' : '>';
}

/* ---- doubles to text ---------------------------------------------------- */

static locale_t c_locale(void)
{
    static locale_t c_loc;
    if (c_loc == (locale_t)0)
        c_loc = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    return c_loc;
}

/* printf in the C locale, whatever setlocale says (a ',' decimal point
 * would break the digit parsing below). */
static int c_snprintf(char *buf, size_t n, const char *fmt, int prec, double v)
{
    locale_t c_loc = c_locale();
    locale_t old = c_loc ? uselocale(c_loc) : (locale_t)0;
    int r = snprintf(buf, n, fmt, prec, v);
    if (c_loc)
        uselocale(old);
    return r;
}

/* Mode 3 of dtoa_digits without printf, for the common case: d = m * 2^e
 * exactly, so d * 10^ndigits rounded half-even is (m * 10^ndigits) >> -e
 * with the bits shifted out deciding the rounding, all in 128-bit
 * integers.  Returns 1 with the digits in out (>= 48 bytes), or 0 when d
 * or ndigits is out of its range (the caller falls back to printf). */
static int fixed_digits(double d, int ndigits, char *out, int *decpt)
{
#ifndef __SIZEOF_INT128__
    (void)d; (void)out; (void)decpt;
    return 0;
#else
    if (ndigits < 0 || ndigits > 19)
        return 0;
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    int bexp = (int)((bits >> 52) & 0x7ff);
    if (bexp == 0 || bexp == 0x7ff)
        return 0;               /* zero, subnormal, inf, nan */
    uint64_t m = (bits & (((uint64_t)1 << 52) - 1)) | ((uint64_t)1 << 52);
    int e = bexp - 1075;        /* d = m * 2^e */
    uint64_t p10 = 1;
    for (int i = 0; i < ndigits; i++)
        p10 *= 10;
    unsigned __int128 q;
    if (e >= 0) {
        if (e > 10)
            return 0;           /* m << e times 10^19 must stay below 2^128 */
        q = ((unsigned __int128)m << e) * p10;
    } else {
        int k = -e;
        if (k > 120)
            return 0;
        unsigned __int128 n = (unsigned __int128)m * p10;
        unsigned __int128 half = (unsigned __int128)1 << (k - 1);
        unsigned __int128 rem = n & ((half << 1) - 1);
        q = n >> k;
        if (rem > half || (rem == half && (q & 1)))
            q++;
    }
    if (q == 0) {
        out[0] = '\0';
        *decpt = -ndigits;
        return 1;
    }
    /* q < 2^117 here, so q / 10^19 fits in 64 bits */
    const uint64_t e19 = 10000000000000000000ull;
    uint64_t hi = (uint64_t)(q / e19), lo = (uint64_t)(q % e19);
    char tmp[48];
    int n = 0;
    for (int i = 0; i < 19 && (lo || hi); i++) {
        tmp[n++] = (char)('0' + lo % 10);
        lo /= 10;
    }
    while (hi) {
        tmp[n++] = (char)('0' + hi % 10);
        hi /= 10;
    }
    *decpt = n - ndigits;
    int z = 0;
    while (z < n && tmp[z] == '0')   /* strip trailing zeros (tmp is reversed) */
        z++;
    int k = 0;
    for (int i = n - 1; i >= z; i--)
        out[k++] = tmp[i];
    out[k] = '\0';
    return 1;
#endif
}

/* _Py_dg_dtoa's digit strings from glibc's correctly rounded printf:
 * mode 0 = shortest round-trip, 2 = ndigits significant,
 * 3 = ndigits after the point.  Trailing zeros are stripped; a result that
 * rounds to zero in mode 3 is "" with decpt = -ndigits, exact zero is "0"
 * with decpt 1.  d is finite and > 0 or +0.0.  Returns dbuf (64 bytes)
 * when the digits fit there, else malloc'd digits, or NULL (MemoryError). */
static char *dtoa_digits(double d, int mode, int ndigits, int *decpt, char *dbuf)
{
    char small[64];
    char *buf = small;
    if (d == 0.0) {
        *decpt = 1;
        memcpy(dbuf, "0", 2);
        return dbuf;
    }
    if (mode == 0) {
        int nd;
        *decpt = float_shortest_digits(d, dbuf, &nd);
        return dbuf;
    } else if (mode == 3 && fixed_digits(d, ndigits, dbuf, decpt)) {
        return dbuf;
    } else {
        const char *f = mode == 2 ? "%.*e" : "%.*f";
        if (mode == 2 && ndigits < 1)
            ndigits = 1;
        int prec = mode == 2 ? ndigits - 1 : ndigits;
        int need = c_snprintf(small, sizeof small, f, prec, d);
        if (need < 0) {
            err_no_memory();
            return NULL;
        }
        if ((size_t)need >= sizeof small) {
            buf = malloc((size_t)need + 1);
            if (!buf) {
                err_no_memory();
                return NULL;
            }
            c_snprintf(buf, (size_t)need + 1, f, prec, d);
        }
    }
    /* Mantissa digits with the point removed, then the exponent (if any):
     * decpt = digits before the point - stripped leading zeros + exponent. */
    size_t len = strlen(buf);
    char *out = malloc(len + 1);
    if (!out) {
        if (buf != small)
            free(buf);
        err_no_memory();
        return NULL;
    }
    size_t k = 0;
    intptr_t intlen = -1;
    const char *q = buf;
    for (; *q && *q != 'e'; q++) {
        if (*q == '.')
            intlen = (intptr_t)k;
        else
            out[k++] = *q;
    }
    if (intlen < 0)
        intlen = (intptr_t)k;
    int exp = *q == 'e' ? atoi(q + 1) : 0;
    size_t lead = 0;
    while (lead < k && out[lead] == '0')
        lead++;
    if (lead == k) {
        out[0] = '\0';
        *decpt = -ndigits;
    } else {
        memmove(out, out + lead, k - lead);
        k -= lead;
        while (k > 0 && out[k - 1] == '0')
            k--;
        out[k] = '\0';
        *decpt = (int)(intlen - (intptr_t)lead) + exp;
    }
    if (buf != small)
        free(buf);
    return out;
}

/* pystrtod.c's format_float_short, with the same virtual-digit layout. */
char *fmt_double_to_string(double val, char code, int precision, int flags)
{
    bool upper = false;
    int mode;
    switch (code) {
    case 'E': upper = true; code = 'e'; /* fall through */
    case 'e': mode = 2; precision++; break;
    case 'F': upper = true; code = 'f'; /* fall through */
    case 'f': mode = 3; break;
    case 'G': upper = true; code = 'g'; /* fall through */
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    case 'r': mode = 0; precision = 0; break;
    default:
        err_bad_internal_call("fmt_double_to_string");
        return NULL;
    }
    bool add_sign = flags & FMT_DTSF_SIGN, add_dot_0 = flags & FMT_DTSF_ADD_DOT_0;
    bool alt = flags & FMT_DTSF_ALT;
    int sign = signbit(val) ? 1 : 0;
    if (isnan(val) || isinf(val)) {
        char *buf = malloc(5), *p = buf;
        if (!buf) {
            err_no_memory();
            return NULL;
        }
        if (isnan(val))
            sign = 0;
        if (sign)
            *p++ = '-';
        else if (add_sign)
            *p++ = '+';
        memcpy(p, isnan(val) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        p[3] = '\0';
        return buf;
    }
    int decpt_i;
    char dbuf[64];
    char *digits = dtoa_digits(fabs(val), mode, precision, &decpt_i, dbuf);
    if (!digits)
        return NULL;
    intptr_t digits_len = (intptr_t)strlen(digits), decpt = decpt_i;
    if ((flags & FMT_DTSF_NO_NEG_0) && sign &&
        (digits_len == 0 || (digits_len == 1 && digits[0] == '0')))
        sign = 0;
    intptr_t vstart, vend = digits_len;
    bool use_exp = false;
    int exp = 0;
    switch (code) {
    case 'e': use_exp = true; vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = true;
        if (alt)
            vend = precision;
        break;
    case 'r':
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    if (use_exp) {
        exp = (int)decpt - 1;
        decpt = 1;
    }
    vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;
    size_t bufsize = 3 + (size_t)(vend - vstart) + (use_exp ? 8 : 0);
    char *buf = malloc(bufsize), *p = buf;
    if (!buf) {
        if (digits != dbuf)
            free(digits);
        err_no_memory();
        return NULL;
    }
    if (sign)
        *p++ = '-';
    else if (add_sign)
        *p++ = '+';
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vstart));
        p += decpt - vstart;
        *p++ = '.';
        memset(p, '0', (size_t)(0 - decpt));
        p += 0 - decpt;
    } else {
        memset(p, '0', (size_t)(0 - vstart));
        p += 0 - vstart;
    }
    if (0 < decpt && decpt <= digits_len) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(digits_len - decpt));
        p += digits_len - decpt;
    } else {
        memcpy(p, digits, (size_t)digits_len);
        p += digits_len;
    }
    if (digits_len < decpt) {
        memset(p, '0', (size_t)(decpt - digits_len));
        p += decpt - digits_len;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - decpt));
        p += vend - decpt;
    } else {
        memset(p, '0', (size_t)(vend - digits_len));
        p += vend - digits_len;
    }
    if (p[-1] == '.' && !alt)
        p--;
    if (use_exp) {
        *p++ = upper ? 'E' : 'e';
        p += sprintf(p, "%+.02d", exp);
    }
    *p = '\0';
    if (digits != dbuf)
        free(digits);
    return buf;
}

/* ---- float -------------------------------------------------------------- */

/* format_float_internal: val under a parsed spec (type already checked). */
static Object *format_double(double val, FormatSpec *f)
{
    if (f->precision > INT32_MAX)
        return err_set_string(&Exc_ValueError, "precision too big");
    int precision = (int)f->precision, default_precision = 6, flags = 0;
    uint32_t type = f->type;
    bool add_pct = false;
    if (f->alternate)
        flags |= FMT_DTSF_ALT;
    if (f->no_neg_0)
        flags |= FMT_DTSF_NO_NEG_0;
    if (type == 0) {
        flags |= FMT_DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    if (f->width > FMT_MAX_WIDTH)
        return err_no_memory();
    char *buf = fmt_double_to_string(val, (char)type, precision, flags);
    if (!buf)
        return NULL;
    size_t n = strlen(buf);
    if (add_pct) {
        char *nb = realloc(buf, n + 2);
        if (!nb) {
            free(buf);
            return err_no_memory();
        }
        buf = nb;
        buf[n++] = '%';
        buf[n] = '\0';
    }
    resolve_number_align(f);
    NumParts p = {0};
    const char *q = buf;
    if (*q == '-') {
        p.sign_char = '-';
        q++;
    }
    p.digits = q;
    while (*q >= '0' && *q <= '9')
        q++;
    p.ndigits = q - p.digits;
    if (*q == '.') {
        p.has_decimal = true;
        q++;
    }
    p.rem = q;
    p.nrem = strlen(q);
    p.rem_cp = (intptr_t)p.nrem;
    Object *r = emit_number(f, &p);
    free(buf);
    return r;
}

Object *format_float(Object *v, Object *spec)
{
    if (check_spec(spec) < 0)
        return NULL;
    if (STR_NBYTES(spec) == 0)
        return obj_str(v);
    FormatSpec f;
    if (parse_for(spec, v, 0, &f) < 0)
        return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        unknown_type(f.type, type_name(TYPE(v)));
        return NULL;
    }
    double d = float_as_double(v);
    if (d == -1.0 && err_occurred())
        return NULL;
    return format_double(d, &f);
}

/* ---- int ---------------------------------------------------------------- */

/* Digits of v in base (2, 8, 10, 16) without sign or prefix.  Small values
 * are converted here; big ones through int.c.  *hold keeps any str alive. */
static const char *int_digits(Object *v, int base, char *small, size_t smallsz,
                              intptr_t *n, bool *neg, Object **hold)
{
    *hold = NULL;
    if (INT_IS_SMALL(v)) {
        int64_t x = INT_VALUE(v);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        *neg = x < 0;
        char *e = small + smallsz, *p = e;
        do {
            unsigned dgt = (unsigned)(u % (unsigned)base);
            *--p = (char)(dgt < 10 ? '0' + dgt : 'a' + dgt - 10);
            u /= (unsigned)base;
        } while (u);
        *n = e - p;
        return p;
    }
    Object *s = base == 10 ? int_to_decimal_string(v) : int_format_base(v, base);
    if (!s)
        return NULL;
    const char *p = STR_UTF8(s);
    *neg = *p == '-';
    if (*neg)
        p++;
    if (base != 10 && p[0] == '0' && p[1] && !(p[1] >= '0' && p[1] <= '9'))
        p += 2;
    *hold = s;
    *n = STR_NBYTES(s) - (p - STR_UTF8(s));
    return p;
}

/* format_long_internal. */
static Object *format_long(Object *v, FormatSpec *f)
{
    if (f->precision != -1)
        return err_set_string(&Exc_ValueError, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return err_set_string(&Exc_ValueError,
            "Negative zero coercion (z) not allowed in integer format specifier");
    if (f->width > FMT_MAX_WIDTH)
        return err_no_memory();
    resolve_number_align(f);
    NumParts p = {0};
    if (f->type == 'c') {
        if (f->sign)
            return err_set_string(&Exc_ValueError,
                                  "Sign not allowed with integer format specifier 'c'");
        if (f->alternate)
            return err_set_string(&Exc_ValueError,
                                  "Alternate form (#) not allowed with integer format specifier 'c'");
        int overflow;
        int64_t x = int_as_i64(v, &overflow);
        if (overflow)
            return err_set_string(&Exc_OverflowError, "Python int too large to convert to C long");
        if (x < 0 || x > 0x10ffff)
            return err_set_string(&Exc_OverflowError, "%c arg not in range(0x110000)");
        char enc[4];
        int k = uni_utf8_encode((uint32_t)x, enc);
        p.rem = enc;
        p.nrem = (size_t)k;
        p.rem_cp = 1;
        return emit_number(f, &p);
    }
    int base = 10;
    const char *prefix = NULL;
    switch (f->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    default: break;
    }
    char small[72];
    Object *hold;
    bool neg;
    intptr_t n;
    const char *d = int_digits(v, base, small, sizeof small, &n, &neg, &hold);
    if (!d)
        return NULL;
    p.sign_char = neg ? '-' : 0;
    if (f->alternate && prefix) {
        p.prefix = prefix;
        p.nprefix = 2;
    }
    p.digits = d;
    p.ndigits = n;
    p.upper = f->type == 'X';
    Object *r = emit_number(f, &p);
    XDECREF(hold);
    return r;
}

Object *format_int(Object *v, Object *spec)
{
    if (check_spec(spec) < 0)
        return NULL;
    if (STR_NBYTES(spec) == 0) {
        return INT_CHECK_EXACT(v) ? int_to_decimal_string(v) : obj_str(v);
    }
    FormatSpec f;
    if (parse_for(spec, v, 'd', &f) < 0)
        return NULL;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_long(v, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = int_as_double(v);
        if (d == -1.0 && err_occurred())
            return NULL;
        return format_double(d, &f);
    }
    default:
        unknown_type(f.type, type_name(TYPE(v)));
        return NULL;
    }
}

/* ---- str ---------------------------------------------------------------- */

/* format_string_internal. */
static Object *format_text(Object *v, FormatSpec *f)
{
    if (f->sign)
        return err_set_string(&Exc_ValueError, f->sign == ' '
                              ? "Space not allowed in string format specifier"
                              : "Sign not allowed in string format specifier");
    if (f->no_neg_0)
        return err_set_string(&Exc_ValueError,
            "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alternate)
        return err_set_string(&Exc_ValueError,
                              "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return err_set_string(&Exc_ValueError,
                              "'=' alignment not allowed in string format specifier");
    if (f->align == 0)
        f->align = '<';
    intptr_t len = STR_LEN(v);
    if ((f->width == -1 || f->width <= len) && (f->precision == -1 || f->precision >= len)) {
        if (STR_CHECK_EXACT(v))
            return NEWREF(v);
        return str_substring(v, 0, len);
    }
    if (f->width > FMT_MAX_WIDTH)
        return err_no_memory();
    if (f->precision >= 0 && len >= f->precision)
        len = f->precision;
    intptr_t total = f->width > len ? f->width : len, lpad;
    if (f->align == '>')
        lpad = total - len;
    else if (f->align == '^')
        lpad = (total - len) / 2;
    else
        lpad = 0;
    intptr_t rpad = total - len - lpad;
    StrBuf b;
    str_buf_init(&b);
    int rc = buf_fill(&b, f->fill, lpad);
    if (!rc)
        rc = str_buf_append(&b, STR_UTF8(v), (size_t)str_byte_offset(v, len));
    if (!rc)
        rc = buf_fill(&b, f->fill, rpad);
    if (rc) {
        str_buf_free(&b);
        return NULL;
    }
    return str_buf_finish(&b);
}

Object *format_str(Object *v, Object *spec)
{
    if (check_spec(spec) < 0)
        return NULL;
    if (STR_NBYTES(spec) == 0)
        return STR_CHECK_EXACT(v) ? NEWREF(v) : obj_str(v);
    FormatSpec f;
    if (parse_for(spec, v, 's', &f) < 0)
        return NULL;
    if (f.type != 's') {
        unknown_type(f.type, type_name(TYPE(v)));
        return NULL;
    }
    return format_text(v, &f);
}

/* ---- generic ------------------------------------------------------------ */

Object *format_object_default(Object *v, Object *spec)
{
    if (spec && check_spec(spec) < 0)
        return NULL;
    if (spec && STR_NBYTES(spec) > 0)
        return err_format(&Exc_TypeError, "unsupported format string passed to %s.__format__",
                          type_name(TYPE(v)));
    return obj_str(v);
}

/* PyObject_Format with the built-in types short-circuited: exact int,
 * bool, float and str go straight to their formatters (what their
 * __format__ would do); everything else takes obj_format's __format__
 * protocol. */
Object *format_object(Object *v, Object *spec)
{
    if (!spec || STR_NBYTES(spec) == 0) {
        if (STR_CHECK_EXACT(v))
            return NEWREF(v);
        if (INT_CHECK_EXACT(v))
            return int_to_decimal_string(v);
    }
    if (spec && (INT_CHECK_EXACT(v) || IS_TYPE(v, &Bool_Type)))
        return format_int(v, spec);
    if (spec && FLOAT_CHECK_EXACT(v))
        return format_float(v, spec);
    if (spec && STR_CHECK_EXACT(v))
        return format_str(v, spec);
    return obj_format(v, spec);
}
