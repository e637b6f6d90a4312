/* int_str.c — text conversions of int: int(str, base) and source literals,
 * str()/repr(), hex/oct/bin digits, and CPython 3.11's limit on decimal
 * conversions of more than 4300 digits (sys.set_int_max_str_digits). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/int_impl.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "objects/unicode.h"
#include "runtime/errors.h"

static int max_str_digits = INT_MAX_STR_DIGITS_DEFAULT;

int int_get_max_str_digits(void) { return max_str_digits; }

int int_set_max_str_digits(int64_t n)
{
    if (n != 0 && n < INT_MAX_STR_DIGITS_THRESHOLD) {
        err_set_string(&Exc_ValueError, "maxdigits must be 0 or larger than 640");
        return -1;
    }
    max_str_digits = n > 0x7fffffff ? 0x7fffffff : (int)n;
    return 0;
}

static Object *too_many_digits(void)
{
    return err_format(&Exc_ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      max_str_digits);
}

/* The decimal digits of v into the end of buf[32]; returns where they
 * start.  Two digits per division, from a 200-byte pair table. */
static char *i64_digits(int64_t v, char *end)
{
    static const char pairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char *p = end;
    while (u >= 100) {
        unsigned k = (unsigned)(u % 100) * 2;
        u /= 100;
        *--p = pairs[k + 1];
        *--p = pairs[k];
    }
    if (u >= 10) {
        *--p = pairs[u * 2 + 1];
        *--p = pairs[u * 2];
    } else {
        *--p = (char)('0' + u);
    }
    if (v < 0) *--p = '-';
    return p;
}

Object *int_to_decimal_string(Object *o)
{
    char buf[32];
    if (INT_IS_SMALL(o)) {
        char *p = i64_digits(INT_VALUE(o), buf + sizeof buf);
        int n = (int)(buf + sizeof buf - p);
        memmove(buf, p, (size_t)n);
        if (n == 1) {           /* a new str, as CPython: str(5) is not str(5) */
            Object *r = str_new_raw(1, 1);
            if (r) str_data_mut(r)[0] = buf[0];
            return r;
        }
        return str_from_utf8_trusted(buf, (size_t)n, n);
    }
    mpz_srcptr z = BIGZ(o);
    size_t est = mpz_sizeinbase(z, 10);       /* exact or one too many */
    if (max_str_digits > 0 && est - 1 > (size_t)max_str_digits)
        return too_many_digits();
    char *s = malloc(est + 2);
    if (s == NULL)
        return err_no_memory();
    mpz_get_str(s, 10, z);
    size_t n = strlen(s);
    if (max_str_digits > 0 && n - (s[0] == '-') > (size_t)max_str_digits) {
        free(s);
        return too_many_digits();
    }
    Object *r = str_from_utf8_trusted(s, n, (intptr_t)n);
    free(s);
    return r;
}

Object *int_format_base(Object *o, int base)
{
    if (base == 10)
        return int_to_decimal_string(o);
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
    ZTmp t;
    mpz_srcptr z = int_zview(o, &t);
    size_t est = mpz_sizeinbase(z, base);
    char *s = malloc(est + 5);
    if (s == NULL)
        return err_no_memory();
    char *p = s;
    if (mpz_sgn(z) < 0)
        *p++ = '-';
    memcpy(p, prefix, 2);
    p += 2;
    mpz_t a;
    mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    mpz_get_str(p, base, a);
    size_t n = strlen(s);
    Object *r = str_from_utf8_trusted(s, n, (intptr_t)n);
    free(s);
    return r;
}

/* ---- parsing ------------------------------------------------------------- */

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

enum { PARSE_OK = 0, PARSE_BAD = -1, PARSE_RAISED = -2 };

/* Parses s[0..n) (ASCII) with Python's int() rules; *out gets a NEW int. */
static int parse_int(const char *s, size_t n, int base, int literal, Object **out)
{
    const char *p = s, *end = s + n;
    while (p < end && is_space((unsigned char)*p))
        p++;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    int error_if_nonzero = 0;
    if (base == 0) {
        if (p >= end || *p != '0')
            base = 10;
        else if (p + 1 < end && (p[1] == 'x' || p[1] == 'X'))
            base = 16;
        else if (p + 1 < end && (p[1] == 'o' || p[1] == 'O'))
            base = 8;
        else if (p + 1 < end && (p[1] == 'b' || p[1] == 'B'))
            base = 2;
        else {
            error_if_nonzero = 1;       /* old C-style octal: only zeros allowed */
            base = 10;
        }
    }
    if (p + 1 < end && p[0] == '0' &&
        ((base == 16 && (p[1] == 'x' || p[1] == 'X')) ||
         (base == 8 && (p[1] == 'o' || p[1] == 'O')) ||
         (base == 2 && (p[1] == 'b' || p[1] == 'B')))) {
        p += 2;
        if (p < end && *p == '_')       /* one underscore allowed after the prefix */
            p++;
    }
    if (p < end && *p == '_')
        return PARSE_BAD;
    const char *start = p;
    size_t digits = 0;
    char prev = 0;
    while (p < end && (digit_value((unsigned char)*p) < base || *p == '_')) {
        if (*p == '_') {
            if (prev == '_')
                return PARSE_BAD;
        } else {
            digits++;
        }
        prev = *p++;
    }
    if (prev == '_' || digits == 0)
        return PARSE_BAD;
    const char *dend = p;
    while (p < end && is_space((unsigned char)*p))
        p++;
    if (p != end)
        return PARSE_BAD;
    if ((base & (base - 1)) != 0 && digits > INT_MAX_STR_DIGITS_THRESHOLD &&
        max_str_digits > 0 && digits > (size_t)max_str_digits) {
        err_format(&Exc_ValueError,
                   "Exceeds the limit (%d digits) for integer string conversion: "
                   "value has %zu digits; use sys.set_int_max_str_digits() to increase the limit%s",
                   max_str_digits, digits,
                   literal ? " - Consider hexadecimal for huge integer literals to avoid "
                             "decimal conversion limits." : "");
        return PARSE_RAISED;
    }
    /* Fast path: fits comfortably in a uint64 accumulator. */
    if (digits <= 12 || (base <= 10 && digits <= 18)) {
        uint64_t v = 0;
        for (const char *q = start; q < dend; q++)
            if (*q != '_')
                v = v * (uint64_t)base + (uint64_t)digit_value((unsigned char)*q);
        if (error_if_nonzero && v != 0)
            return PARSE_BAD;
        *out = int_from_i64(neg ? -(int64_t)v : (int64_t)v);
        return *out ? PARSE_OK : PARSE_RAISED;
    }
    char *buf = malloc(digits + 1);
    if (buf == NULL) {
        err_no_memory();
        return PARSE_RAISED;
    }
    size_t k = 0;
    for (const char *q = start; q < dend; q++)
        if (*q != '_')
            buf[k++] = *q;
    buf[k] = 0;
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, buf, base);
    free(buf);
    if (error_if_nonzero && mpz_sgn(z) != 0) {
        mpz_clear(z);
        return PARSE_BAD;
    }
    if (neg)
        mpz_neg(z, z);
    *out = int_from_mpz_steal(z);
    return *out ? PARSE_OK : PARSE_RAISED;
}

Object *num_short_repr(Object *o)
{
    Object *r = obj_repr(o);
    if (r && STR_LEN(r) > 200)
        SETREF(r, str_substring(r, 0, 200));
    return r;
}

static Object *invalid_literal(Object *text, int base)
{
    Object *r = num_short_repr(text);
    if (r == NULL)
        return NULL;
    err_format(&Exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
    DECREF(r);
    return NULL;
}

/* CPython maps Unicode white space to ' ' and Unicode decimal digits to
 * ASCII before parsing; anything else non-ASCII cannot be valid. */
static char *ascii_digits(const char *s, size_t n, size_t *outn)
{
    char *buf = malloc(n + 1);
    if (buf == NULL)
        return NULL;
    const char *p = s, *end = s + n;
    size_t k = 0;
    while (p < end) {
        if ((unsigned char)*p < 0x80) {
            buf[k++] = *p++;
            continue;
        }
        uint32_t cp = uni_utf8_next(&p);
        if (uni_isspace(cp))
            buf[k++] = ' ';
        else if (uni_isdecimal(cp))
            buf[k++] = (char)('0' + uni_decimal_value(cp));
        else
            buf[k++] = '?';
    }
    *outn = k;
    return buf;
}

/* NEW: int(text, base) where text is a str or bytes object (base already
 * validated). */
Object *int_from_text_object(Object *text, int base)
{
    Object *out = NULL;
    int rc;
    if (BYTES_CHECK(text)) {
        rc = parse_int(BYTES_DATA(text), (size_t)BYTES_SIZE(text), base, 0, &out);
    } else if (STR_IS_ASCII(text)) {
        rc = parse_int(STR_UTF8(text), (size_t)STR_NBYTES(text), base, 0, &out);
    } else {
        size_t n;
        char *a = ascii_digits(STR_UTF8(text), (size_t)STR_NBYTES(text), &n);
        if (a == NULL)
            return err_no_memory();
        rc = parse_int(a, n, base, 0, &out);
        free(a);
    }
    if (rc == PARSE_BAD)
        return invalid_literal(text, base);
    return rc == PARSE_OK ? out : NULL;
}

Object *int_from_string(const char *s, size_t n, int base)
{
    if ((base != 0 && base < 2) || base > 36)
        return err_set_string(&Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    Object *text = str_from_utf8(s, n);
    if (text == NULL)
        return NULL;
    Object *r = int_from_text_object(text, base);
    DECREF(text);
    return r;
}

Object *int_from_literal(const char *text, size_t n)
{
    Object *out = NULL;
    int rc = parse_int(text, n, 0, 1, &out);
    if (rc == PARSE_BAD)
        return err_set_string(&Exc_SyntaxError, "invalid decimal literal");
    return rc == PARSE_OK ? out : NULL;
}
