/* float.c — the `float` type: allocation through a free list, float(),
 * arithmetic with CPython's rules (floor division and modulo via fmod, pow
 * special cases, errno-style OverflowError), exact comparison with ints,
 * hashing, rounding and the methods (hex/fromhex, as_integer_ratio, ...).
 * Text conversion lives in float_repr.c.
 *
 * garter has no complex type: where CPython 3.11 would return a complex
 * (a negative number raised to a fractional power) garter raises
 * ValueError("negative number cannot be raised to a fractional power"). */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "objects/float.h"
#include "objects/int_impl.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/format.h"
#include "objects/exceptions.h"
#include "objects/hash.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"
#include "runtime/errors.h"

int float_parse_ascii(const char *s, size_t n, double *out);   /* float_repr.c */

/* ---- allocation and the free list ------------------------------------------ */

#define FREE_LIST_MAX 100
typedef struct FreeFloat {
    Object ob;
    struct FreeFloat *next;
} FreeFloat;
static FreeFloat *free_list;
static int nfree;

Object *float_from_double(double v)
{
    FloatObject *o;
    if (free_list) {
        o = (FloatObject *)free_list;
        free_list = free_list->next;
        nfree--;
        o->ob.refcnt = 1;
        o->ob.flags = 0;
    } else {
        o = (FloatObject *)obj_alloc(&Float_Type);
        if (o == NULL)
            return NULL;
    }
    o->value = v;
    return (Object *)o;
}

/* Freed exact floats are kept (still counted live) until float_fini. */
static void float_dealloc(Object *o)
{
    if (FLOAT_CHECK_EXACT(o) && nfree < FREE_LIST_MAX) {
        FreeFloat *f = (FreeFloat *)o;
        f->next = free_list;
        free_list = f;
        nfree++;
        return;
    }
    obj_free(o);
}

int float_check_sub(Object *o)
{
    for (TypeObject *t = TYPE(o); t; t = t->base)
        if (t == &Float_Type)
            return 1;
    return 0;
}

/* NEW: an instance of t (float or a subclass) holding v. */
static Object *float_of_type(TypeObject *t, double v)
{
    if (t == &Float_Type)
        return float_from_double(v);
    Object *o = obj_alloc(t);
    if (o)
        FLOAT_VALUE(o) = v;
    return o;
}

/* NEW: o (a float or subclass instance) as an exact float. */
static Object *float_exact(Object *o)
{
    if (FLOAT_CHECK_EXACT(o))
        return NEWREF(o);
    return float_from_double(FLOAT_VALUE(o));
}

/* ---- conversions ------------------------------------------------------------ */

double float_as_double(Object *o)
{
    if (FLOAT_CHECK(o))
        return FLOAT_VALUE(o);
    if (INT_CHECK(o))
        return int_as_double(o);
    NumberMethods *nm = TYPE(o)->num;
    if (nm && nm->float_) {
        Object *r = nm->float_(o);
        if (r == NULL)
            return -1.0;
        if (!FLOAT_CHECK(r)) {
            err_format(&Exc_TypeError, "%s.__float__ returned non-float (type %s)",
                       type_name(TYPE(o)), type_name(TYPE(r)));
            DECREF(r);
            return -1.0;
        }
        double v = FLOAT_VALUE(r);
        DECREF(r);
        return v;
    }
    if (nm && nm->index) {
        Object *i = int_index(o);
        if (i == NULL)
            return -1.0;
        double v = int_as_double(i);
        DECREF(i);
        return v;
    }
    err_format(&Exc_TypeError, "must be real number, not %s", type_name(TYPE(o)));
    return -1.0;
}

/* Python's float(str): strip white space (Unicode too), map Unicode digits
 * to ASCII, then the literal syntax.  text (str or bytes) is only used for
 * the error message. */
static Object *parse_text(const char *s, size_t n, Object *text)
{
    char small[128];
    char *buf = n + 1 <= sizeof small ? small : malloc(n + 1);
    if (buf == NULL)
        return err_no_memory();
    size_t k = 0;
    const char *p = s, *end = s + n;
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
    size_t a = 0, b = k;
    while (a < b && strchr(" \t\n\r\f\v", buf[a]))
        a++;
    while (b > a && strchr(" \t\n\r\f\v", buf[b - 1]))
        b--;
    double v;
    int rc = a < b ? float_parse_ascii(buf + a, b - a, &v) : -1;
    if (buf != small)
        free(buf);
    if (rc == 0)
        return float_from_double(v);
    Object *r = num_short_repr(text);
    if (r) {
        err_format(&Exc_ValueError, "could not convert string to float: %U", r);
        DECREF(r);
    }
    return NULL;
}

Object *float_from_string(const char *s, size_t n)
{
    Object *text = str_from_utf8(s, n);
    if (text == NULL)
        return NULL;
    Object *r = parse_text(s, n, text);
    DECREF(text);
    return r;
}

/* ---- arithmetic -------------------------------------------------------------- */

/* Converts a binary operand: 1 ok, 0 not a number we handle, -1 error. */
static int to_double(Object *o, double *d)
{
    if (FLOAT_CHECK(o)) {
        *d = FLOAT_VALUE(o);
        return 1;
    }
    if (INT_CHECK(o)) {
        *d = int_as_double(o);
        return *d == -1.0 && err_occurred() ? -1 : 1;
    }
    return 0;
}

#define CONVERT(o, d) \
    do { int r_ = to_double(o, &d); if (r_ <= 0) { if (r_ < 0) return NULL; RETURN_NOTIMPL; } } while (0)

static Object *float_add(Object *a, Object *b)
{
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return float_from_double(x + y);
}

static Object *float_sub(Object *a, Object *b)
{
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return float_from_double(x - y);
}

static Object *float_mul(Object *a, Object *b)
{
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    return float_from_double(x * y);
}

static Object *float_div(Object *a, Object *b)
{
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0)
        return err_set_string(&Exc_ZeroDivisionError, "float division by zero");
    return float_from_double(x / y);
}

static double py_fmod(double x, double y)
{
    double mod = fmod(x, y);
    if (mod) {
        if ((y < 0) != (mod < 0))
            mod += y;
    } else {
        mod = copysign(0.0, y);
    }
    return mod;
}

static Object *float_rem(Object *a, Object *b)
{
    double x, y;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0)
        return err_set_string(&Exc_ZeroDivisionError, "float modulo");
    return float_from_double(py_fmod(x, y));
}

/* CPython's _float_div_mod: floor quotient and modulo with Python's signs. */
static void float_divmod_(double vx, double wx, double *floordiv, double *mod)
{
    double div;
    *mod = fmod(vx, wx);
    div = (vx - *mod) / wx;
    if (*mod) {
        if ((wx < 0) != (*mod < 0)) {
            *mod += wx;
            div -= 1.0;
        }
    } else {
        *mod = copysign(0.0, wx);
    }
    if (div) {
        *floordiv = floor(div);
        if (div - *floordiv > 0.5)
            *floordiv += 1.0;
    } else {
        *floordiv = copysign(0.0, vx / wx);
    }
}

static Object *float_floordiv(Object *a, Object *b)
{
    double x, y, q, m;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0)
        return err_set_string(&Exc_ZeroDivisionError, "float floor division by zero");
    float_divmod_(x, y, &q, &m);
    return float_from_double(q);
}

static Object *float_divmod(Object *a, Object *b)
{
    double x, y, q, m;
    CONVERT(a, x);
    CONVERT(b, y);
    if (y == 0.0)
        return err_set_string(&Exc_ZeroDivisionError, "float divmod()");
    float_divmod_(x, y, &q, &m);
    Object *qo = float_from_double(q), *mo = float_from_double(m), *t = NULL;
    if (qo && mo)
        t = tuple_pack(2, qo, mo);
    XDECREF(qo);
    XDECREF(mo);
    return t;
}

/* Raises exc with args (errno, strerror), as CPython's PyErr_SetFromErrno. */
static Object *errno_error(TypeObject *exc, int e)
{
    Object *num = int_from_i64(e), *msg = str_from_cstr(strerror(e)), *args = NULL, *inst = NULL;
    if (num && msg)
        args = tuple_pack(2, num, msg);
    if (args)
        inst = exc_new(exc, args);
    if (inst)
        err_raise(inst);
    XDECREF(num);
    XDECREF(msg);
    XDECREF(args);
    XDECREF(inst);
    return NULL;
}

static bool is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

/* The pow slot of float, also used by int ** negative int. */
Object *num_float_pow(Object *a, Object *b, Object *c)
{
    double iv, iw, ix;
    int negate = 0;
    CONVERT(a, iv);
    CONVERT(b, iw);
    if (c != NONE)
        return err_set_string(&Exc_TypeError,
                              "pow() 3rd argument not allowed unless all arguments are integers");
    if (iw == 0)
        return float_from_double(1.0);
    if (isnan(iv))
        return float_from_double(iv);
    if (isnan(iw))
        return float_from_double(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return float_from_double(1.0);
        if ((iw > 0.0) == (iv > 1.0))
            return float_from_double(fabs(iw));
        return float_from_double(0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.)
            return float_from_double(odd ? iv : fabs(iv));
        return float_from_double(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0)
            return err_set_string(&Exc_ZeroDivisionError,
                                  "0.0 cannot be raised to a negative power");
        return float_from_double(odd ? iv : 0.0);
    }
    if (iv < 0.0) {
        if (iw != floor(iw))
            return err_set_string(&Exc_ValueError,
                                  "negative number cannot be raised to a fractional power");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return float_from_double(negate ? -1.0 : 1.0);
    errno = 0;
    ix = pow(iv, iw);
    if (errno == 0 && isinf(ix))
        errno = ERANGE;
    else if (errno == ERANGE && ix == 0.0)
        errno = 0;                      /* underflow to zero is fine */
    if (negate)
        ix = -ix;
    if (errno != 0)
        return errno_error(errno == ERANGE ? &Exc_OverflowError : &Exc_ValueError, errno);
    return float_from_double(ix);
}

static Object *float_neg(Object *a) { return float_from_double(-FLOAT_VALUE(a)); }
static Object *float_pos(Object *a) { return float_exact(a); }
static Object *float_abs(Object *a) { return float_from_double(fabs(FLOAT_VALUE(a))); }
static int float_bool(Object *a) { return FLOAT_VALUE(a) != 0.0; }
static Object *float_int(Object *a) { return int_from_double(FLOAT_VALUE(a)); }

static NumberMethods float_as_number = {
    .add = float_add, .sub = float_sub, .mul = float_mul, .truediv = float_div,
    .floordiv = float_floordiv, .mod = float_rem, .divmod = float_divmod,
    .pow = num_float_pow, .neg = float_neg, .pos = float_pos, .abs = float_abs,
    .int_ = float_int, .float_ = float_pos, .bool_ = float_bool,
};

/* ---- comparison, hash, repr ----------------------------------------------------- */

static Object *float_richcompare(Object *a, Object *b, int op)
{
    if (!FLOAT_CHECK(a))
        RETURN_NOTIMPL;
    double x = FLOAT_VALUE(a);
    int c;
    if (FLOAT_CHECK(b)) {
        double y = FLOAT_VALUE(b);
        if (isnan(x) || isnan(y))
            return bool_from(op == CMP_NE);
        c = x < y ? -1 : x > y;
    } else if (INT_CHECK(b)) {
        if (isnan(x))
            return bool_from(op == CMP_NE);
        c = -int_compare_double(b, x);  /* exact, even past 2**53 */
    } else {
        RETURN_NOTIMPL;
    }
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default:     r = c >= 0; break;
    }
    return bool_from(r);
}

hash_t float_hash(Object *o) { return hash_double(o, FLOAT_VALUE(o)); }

static Object *float_repr(Object *o)
{
    char buf[40];
    size_t n = float_repr_buf(FLOAT_VALUE(o), buf, sizeof buf);
    return str_from_utf8_trusted(buf, n, (intptr_t)n);
}

/* ---- methods ----------------------------------------------------------------------- */

#define NOARGS(name) \
    do { if (arg_noargs(name, nargs, kwnames) < 0) return NULL; } while (0)

static Object *m_conjugate(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("float.conjugate");
    return float_exact(self);
}

static Object *m_trunc(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("float.__trunc__");
    return int_from_double(FLOAT_VALUE(self));
}

static Object *m_floor(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("float.__floor__");
    return int_from_double(floor(FLOAT_VALUE(self)));
}

static Object *m_ceil(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("float.__ceil__");
    return int_from_double(ceil(FLOAT_VALUE(self)));
}

static Object *m_is_integer(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("float.is_integer");
    double v = FLOAT_VALUE(self);
    return bool_from(isfinite(v) && floor(v) == v);
}

static Object *m_as_integer_ratio(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("float.as_integer_ratio");
    double v = FLOAT_VALUE(self);
    if (isinf(v))
        return err_set_string(&Exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(v))
        return err_set_string(&Exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(v, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    Object *n = int_from_mpz_steal(num), *d = int_from_mpz_steal(den), *t = NULL;
    if (n && d)
        t = tuple_pack(2, n, d);
    XDECREF(n);
    XDECREF(d);
    return t;
}

static Object *m_hex(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("float.hex");
    double x = FLOAT_VALUE(self);
    char buf[64];
    if (isnan(x) || isinf(x))
        return float_repr(self);
    if (x == 0.0)
        return str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char s[32];
    int si = 0;
    static const char hexd[] = "0123456789abcdef";
    s[si++] = hexd[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = hexd[(int)m];
        m -= (int)m;
    }
    s[si] = 0;
    snprintf(buf, sizeof buf, "%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e);
    return str_from_cstr(buf);
}

static int hex_digit(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* float.fromhex: CPython's algorithm — gather the hex digits, then build
 * the correctly rounded (half-even) double from the top 53+ bits. */
static Object *fromhex_parse(const char *s, size_t len, double *out)
{
    const char *p = s, *end = s + len;
    while (p < end && strchr(" \t\n\r\f\v", *p))
        p++;
    int negate = 0;
    if (p < end && (*p == '-' || *p == '+')) {
        negate = *p == '-';
        p++;
    }
    size_t rest = (size_t)(end - p);
    const char *q = p;
    /* inf / infinity / nan */
    double special = 0;
    int is_special = 0;
    if (rest >= 3 && strncasecmp(p, "inf", 3) == 0) {
        q = p + 3;
        if ((size_t)(end - p) >= 8 && strncasecmp(p, "infinity", 8) == 0)
            q = p + 8;
        special = INFINITY;
        is_special = 1;
    } else if (rest >= 3 && strncasecmp(p, "nan", 3) == 0) {
        q = p + 3;
        special = NAN;
        is_special = 1;
    }
    if (is_special) {
        while (q < end && strchr(" \t\n\r\f\v", *q))
            q++;
        if (q != end)
            goto parse_error;
        *out = negate ? -special : special;
        return NONE;
    }
    if (q < end && *q == '0') {
        q++;
        if (q < end && (*q == 'x' || *q == 'X'))
            q++;
        else
            q--;
    }
    const char *coeff_start = q;
    while (q < end && hex_digit((unsigned char)*q) >= 0)
        q++;
    const char *dot = q, *coeff_end;
    if (q < end && *q == '.') {
        q++;
        while (q < end && hex_digit((unsigned char)*q) >= 0)
            q++;
        coeff_end = q - 1;
    } else {
        coeff_end = q;
    }
    intptr_t ndigits = coeff_end - coeff_start;
    intptr_t fdigits = coeff_end - dot;
    if (ndigits == 0)
        goto parse_error;
    if (ndigits > 1 + ((intptr_t)1 << 40))
        goto insane;
    long exp = 0;
    if (q < end && (*q == 'p' || *q == 'P')) {
        q++;
        const char *exp_start = q;
        if (q < end && (*q == '-' || *q == '+'))
            q++;
        if (!(q < end && *q >= '0' && *q <= '9'))
            goto parse_error;
        q++;
        while (q < end && *q >= '0' && *q <= '9')
            q++;
        char eb[32];
        size_t el = (size_t)(q - exp_start);
        if (el > 20)
            exp = exp_start[0] == '-' ? -(1L << 40) : (1L << 40);
        else {
            memcpy(eb, exp_start, el);
            eb[el] = 0;
            exp = strtol(eb, NULL, 10);
        }
    }
    /* the j-th hex digit from the right (0 = least significant) */
#define HEX_DIGIT(j) hex_digit((unsigned char)*((j) < fdigits ? coeff_end - (j) : coeff_end - 1 - (j)))
    /* discard leading zeros */
    while (ndigits > 0 && HEX_DIGIT(ndigits - 1) == 0)
        ndigits--;
    double x;
    if (ndigits == 0 || exp < LONG_MIN / 2) {
        x = 0.0;
        goto finished;
    }
    if (exp > LONG_MAX / 2)
        goto overflow;
    exp = exp - 4 * (long)fdigits;
    long top_exp = exp + 4 * ((long)ndigits - 1);
    for (int digit = HEX_DIGIT(ndigits - 1); digit != 0; digit /= 2)
        top_exp++;
    if (top_exp < DBL_MIN_EXP - DBL_MANT_DIG) {
        x = 0.0;
        goto finished;
    }
    if (top_exp > DBL_MAX_EXP)
        goto overflow;
    long lsb = (top_exp > DBL_MIN_EXP ? top_exp : DBL_MIN_EXP) - DBL_MANT_DIG;
    x = 0.0;
    if (exp >= lsb) {
        for (intptr_t i = ndigits - 1; i >= 0; i--)
            x = 16.0 * x + HEX_DIGIT(i);
        x = ldexp(x, (int)exp);
        goto finished;
    }
    {
        int half_eps = 1 << (int)((lsb - exp - 1) % 4);
        intptr_t key_digit = (lsb - exp - 1) / 4;
        intptr_t i;
        for (i = ndigits - 1; i > key_digit; i--)
            x = 16.0 * x + HEX_DIGIT(i);
        int digit = HEX_DIGIT(key_digit);
        x = 16.0 * x + (double)(digit & (16 - 2 * half_eps));
        if ((digit & half_eps) != 0) {
            int round_up = 0;
            if ((digit & (3 * half_eps - 1)) != 0 ||
                (half_eps == 8 && key_digit + 1 < ndigits && (HEX_DIGIT(key_digit + 1) & 1) != 0))
                round_up = 1;
            else
                for (i = key_digit - 1; i >= 0; i--)
                    if (HEX_DIGIT(i) != 0) {
                        round_up = 1;
                        break;
                    }
            if (round_up) {
                x += 2 * half_eps;
                if (top_exp == DBL_MAX_EXP && x == ldexp((double)(2 * half_eps), DBL_MANT_DIG))
                    goto overflow;
            }
        }
        x = ldexp(x, (int)(exp + 4 * key_digit));
    }
#undef HEX_DIGIT
finished:
    while (q < end && strchr(" \t\n\r\f\v", *q))
        q++;
    if (q != end)
        goto parse_error;
    *out = negate ? -x : x;
    return NONE;
overflow:
    return err_set_string(&Exc_OverflowError, "hexadecimal value too large to represent as a float");
parse_error:
    return err_set_string(&Exc_ValueError, "invalid hexadecimal floating-point string");
insane:
    return err_set_string(&Exc_ValueError, "hexadecimal string too long to convert");
}

static Object *m_fromhex(Object *cls, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("float.fromhex", nargs, kwnames) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return err_format(&Exc_TypeError, "fromhex() argument must be str, not %s",
                          type_name(TYPE(args[0])));
    double x = 0.0;
    if (fromhex_parse(STR_UTF8(args[0]), (size_t)STR_NBYTES(args[0]), &x) == NULL)
        return NULL;
    Object *r = float_from_double(x);
    if (r && (TypeObject *)cls != &Float_Type)
        SETREF(r, obj_call(cls, &r, 1, NULL));
    return r;
}

/* round(x, n) for n >= 0: glibc's "%.*f" rounds the exact binary value
 * half-to-even, as CPython's dtoa mode 3 does; n < 0 rounds the exact
 * integer digits by hand.  Reading the string back gives the result. */
static Object *double_round(double x, intptr_t ndigits)
{
    if (ndigits > 323)
        return float_from_double(x);
    if (ndigits < -308)
        return float_from_double(0.0 * x);
    if (x == 0.0 || !isfinite(x))
        return float_from_double(x);
    char *buf = malloc(1200);
    if (buf == NULL)
        return err_no_memory();
    double r;
    if (ndigits >= 0) {
        float_format_buf(x, 'f', (int)ndigits, 0, 0, buf, 1200);
        r = strtod(buf, NULL);
    } else {
        double t = trunc(x);
        int frac = t != x;
        size_t drop = (size_t)-ndigits;
        /* integer digits of |t|, left-padded so at least drop+1 digits exist */
        char *d = buf + 1;
        int n = (int)float_format_buf(fabs(t), 'f', 0, 0, 0, buf + 600, 600);
        size_t pad = (size_t)n < drop + 1 ? drop + 1 - (size_t)n : 0;
        memset(d, '0', pad);
        memcpy(d + pad, buf + 600, (size_t)n);
        size_t len = pad + (size_t)n;
        size_t keep = len - drop;
        int first = d[keep] - '0';
        int rest = frac;
        for (size_t i = keep + 1; i < len && !rest; i++)
            rest = d[i] != '0';
        int up = first > 5 || (first == 5 && (rest || (d[keep - 1] - '0') % 2 == 1));
        for (size_t i = keep; i < len; i++)
            d[i] = '0';
        buf[0] = '0';                   /* room for a carry out of the top */
        buf[len + 1] = 0;
        if (up) {
            size_t i = keep + 1;        /* d[keep - 1] is buf[keep] */
            while (i-- > 0) {
                if (buf[i] == '9')
                    buf[i] = '0';
                else {
                    buf[i]++;
                    break;
                }
            }
        }
        r = strtod(buf, NULL);
        if (x < 0)
            r = -r;
    }
    free(buf);
    if (isinf(r))
        return err_set_string(&Exc_OverflowError, "rounded value too large to represent");
    if (r == 0.0)
        r = copysign(0.0, x);
    return float_from_double(r);
}

static Object *m_round(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_range("__round__", nargs, 0, 1) < 0 || arg_nokw("__round__", kwnames) < 0)
        return NULL;
    double x = FLOAT_VALUE(self);
    if (nargs == 0 || args[0] == NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5)
            r = 2.0 * round(x / 2.0);
        return int_from_double(r);
    }
    intptr_t nd = int_as_ssize_clamped(args[0]);
    if (nd == -1 && err_occurred())
        return NULL;
    return double_round(x, nd);
}

static Object *m_getnewargs(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("float.__getnewargs__");
    Object *f = float_exact(self);
    if (f == NULL)
        return NULL;
    Object *t = tuple_pack(1, f);
    DECREF(f);
    return t;
}

static Object *m_sizeof(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("float.__sizeof__");
    return int_from_u64(TYPE(self)->basicsize);
}

static Object *m_format(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("float.__format__", nargs, kwnames) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return err_format(&Exc_TypeError, "__format__() argument must be str, not %s",
                          type_name(TYPE(args[0])));
    return format_float(self, args[0]);
}

static Object *m_float(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("float.__float__");
    return float_exact(self);
}

static MethodDef float_methods[] = {
    { "conjugate", m_conjugate, 0, "Return self, the complex conjugate of any float." },
    { "__trunc__", m_trunc, 0, "Return the Integral closest to x between 0 and x." },
    { "__floor__", m_floor, 0, "Return the floor as an Integral." },
    { "__ceil__", m_ceil, 0, "Return the ceiling as an Integral." },
    { "__round__", m_round, 0, "Return the Integral closest to x, rounding half toward even." },
    { "as_integer_ratio", m_as_integer_ratio, 0, "Return integer ratio." },
    { "fromhex", m_fromhex, METH_CLASS, "Create a floating-point number from a hexadecimal string." },
    { "hex", m_hex, 0, "Return a hexadecimal representation of a floating-point number." },
    { "is_integer", m_is_integer, 0, "Return True if the float is an integer." },
    { "__getnewargs__", m_getnewargs, 0, NULL },
    { "__format__", m_format, 0, "Formats the float according to format_spec." },
    { "__sizeof__", m_sizeof, 0, "Size of object in memory, in bytes." },
    { "__float__", m_float, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static Object *g_real(Object *self, void *c) { return float_exact(self); }
static Object *g_imag(Object *self, void *c) { return float_from_double(0.0); }

static GetSetDef float_getset[] = {
    { "real", g_real, NULL, "the real part of a complex number", NULL },
    { "imag", g_imag, NULL, "the imaginary part of a complex number", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

/* ---- float() ------------------------------------------------------------------------- */

static Object *float_from_object(Object *x)
{
    if (FLOAT_CHECK_EXACT(x))
        return NEWREF(x);
    if (STR_CHECK(x))
        return parse_text(STR_UTF8(x), (size_t)STR_NBYTES(x), x);
    if (BYTES_CHECK(x))
        return parse_text(BYTES_DATA(x), (size_t)BYTES_SIZE(x), x);
    NumberMethods *nm = TYPE(x)->num;
    if (FLOAT_CHECK(x) || INT_CHECK(x) || (nm && (nm->float_ || nm->index))) {
        double v = float_as_double(x);
        if (v == -1.0 && err_occurred())
            return NULL;
        return float_from_double(v);
    }
    return err_format(&Exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                      type_name(TYPE(x)));
}

static Object *float_new(TypeObject *type, Object *const *args, size_t nargs, Object *kwnames)
{
    if (kwnames && TUPLE_SIZE(kwnames) > 0)
        return err_set_string(&Exc_TypeError, "float() takes no keyword arguments");
    if (nargs > 1)
        return err_format(&Exc_TypeError, "float expected at most 1 argument, got %zu", nargs);
    Object *r = nargs ? float_from_object(args[0]) : float_from_double(0.0);
    if (r && type != &Float_Type)
        SETREF(r, float_of_type(type, FLOAT_VALUE(r)));
    return r;
}

TypeObject Float_Type = {
    TYPE_HEAD_INIT,
    .name = "float",
    .basicsize = sizeof(FloatObject),
    .tpflags = TPF_BASETYPE,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .num = &float_as_number,
    .methods = float_methods,
    .getset = float_getset,
    .new_ = float_new,
};

int float_init(void)
{
    return type_ready(&Float_Type);
}

void float_fini(void)
{
    while (free_list) {
        FreeFloat *f = free_list;
        free_list = f->next;
        obj_free((Object *)f);
    }
    nfree = 0;
}
