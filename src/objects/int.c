/* int.c — the `int` type: word/GMP representations, the small-int cache,
 * conversions to C values, arithmetic with CPython's semantics, methods and
 * the int() constructor.  Text conversions (int(str), str(int), the 4300
 * digit limit) live in int_str.c. */
#include <float.h>
#include <math.h>
#include <string.h>

#include "objects/int_impl.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/format.h"
#include "objects/float.h"
#include "objects/hash.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

IntObject int_small_ints[INT_SMALL_MAX - INT_SMALL_MIN + 1];

/* ---- allocation --------------------------------------------------------- */

/* Freed exact ints are kept for reuse (still counted live in debug builds)
 * until int_fini; the link lives in the value field. */
#define FREE_LIST_MAX 256
typedef struct FreeInt {
    Object ob;
    struct FreeInt *next;
} FreeInt;
static FreeInt *free_list;
static int nfree;

/* NEW: a word-form int of type t (Int_Type or a subclass) holding v. */
static Object *word_new(TypeObject *t, int64_t v)
{
    Object *o;
    if (t == &Int_Type && free_list) {
        o = (Object *)free_list;
        free_list = free_list->next;
        nfree--;
        o->refcnt = 1;
        o->flags = 0;
    } else {
        o = obj_alloc(t);
        if (o == NULL)
            return NULL;
    }
    ((IntObject *)o)->value = v;
    return o;
}

static void int_dealloc(Object *o)
{
    if (!INT_IS_SMALL(o))
        mpz_clear(BIGZ(o));
    if (INT_CHECK_EXACT(o) && nfree < FREE_LIST_MAX) {
        FreeInt *f = (FreeInt *)o;
        f->next = free_list;
        free_list = f;
        nfree++;
        return;
    }
    obj_free(o);
}

Object *int_from_i64(int64_t v)
{
    if (v >= INT_SMALL_MIN && v <= INT_SMALL_MAX)
        return NEWREF(INT_SMALL(v));
    return word_new(&Int_Type, v);
}

Object *int_from_ssize(intptr_t v) { return int_from_i64((int64_t)v); }

Object *int_from_u64(uint64_t v)
{
    if (v <= (uint64_t)INT64_MAX)
        return int_from_i64((int64_t)v);
    mpz_t z;
    mpz_init_set_ui(z, v);
    return int_from_mpz_steal(z);
}

Object *int_from_mpz_steal(mpz_ptr z)
{
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        mpz_clear(z);
        return int_from_i64(v);
    }
    Object *o = word_new(&Int_Type, 0);
    if (o == NULL) {
        mpz_clear(z);
        return NULL;
    }
    o->flags |= OF_INT_BIG;
    /* GMP sizes some results generously (a power: 6 limbs for 2**100);
     * a lasting int keeps the limbs its value needs, as CPython's does */
    int need = z->_mp_size < 0 ? -z->_mp_size : z->_mp_size;
    if (z->_mp_alloc > need + 1)
        mpz_realloc2(z, (mp_bitcnt_t)need * GMP_NUMB_BITS);
    *BIGZ(o) = *z;                      /* move the limbs */
    return o;
}

Object *int_from_mpz(mpz_srcptr z)
{
    mpz_t c;
    mpz_init_set(c, z);
    return int_from_mpz_steal(c);
}

void int_to_mpz(Object *o, mpz_ptr z)
{
    ZTmp t;
    mpz_set(z, int_zview(o, &t));
}

/* NEW: an instance of t (a subclass of int, or int) with o's value. */
static Object *int_copy_to_type(TypeObject *t, Object *o)
{
    if (t == &Int_Type) {
        if (INT_CHECK_EXACT(o))
            return NEWREF(o);
        if (INT_IS_SMALL(o))
            return int_from_i64(INT_VALUE(o));
        return int_from_mpz(BIGZ(o));
    }
    if (INT_IS_SMALL(o))
        return word_new(t, INT_VALUE(o));
    Object *r = obj_alloc(t);
    if (r) {
        r->flags |= OF_INT_BIG;
        mpz_init_set(BIGZ(r), BIGZ(o));
    }
    return r;
}

/* NEW: o (an int or subclass instance) as an exact int. */
static Object *int_exact(Object *o) { return int_copy_to_type(&Int_Type, o); }

Object *int_from_double(double d)
{
    if (isinf(d))
        return err_set_string(&Exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        return err_set_string(&Exc_ValueError, "cannot convert float NaN to integer");
    d = trunc(d);
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);               /* exact: d is an integer */
    return int_from_mpz_steal(z);
}

/* ---- conversions to C ---------------------------------------------------- */

int64_t int_as_i64(Object *o, int *overflow)
{
    *overflow = 0;
    if (INT_IS_SMALL(o))
        return INT_VALUE(o);
    *overflow = mpz_sgn(BIGZ(o));
    return -1;
}

Object *int_index(Object *o)
{
    if (INT_CHECK_EXACT(o))
        return NEWREF(o);
    if (INT_CHECK(o))
        return int_exact(o);
    NumberMethods *nm = TYPE(o)->num;
    if (nm == NULL || nm->index == NULL)
        return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          type_name(TYPE(o)));
    Object *r = nm->index(o);
    if (r == NULL)
        return NULL;
    if (!INT_CHECK(r)) {
        err_format(&Exc_TypeError, "__index__ returned non-int (type %s)", type_name(TYPE(r)));
        DECREF(r);
        return NULL;
    }
    if (!INT_CHECK_EXACT(r))
        SETREF(r, int_exact(r));
    return r;
}

intptr_t int_as_ssize(Object *o)
{
    if (INT_CHECK(o) && INT_IS_SMALL(o))
        return (intptr_t)INT_VALUE(o);
    Object *i = int_index(o);
    if (i == NULL)
        return -1;
    int ov;
    int64_t v = int_as_i64(i, &ov);
    DECREF(i);
    if (ov) {
        err_set_string(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)v;
}

intptr_t int_as_ssize_clamped(Object *o)
{
    if (INT_CHECK(o) && INT_IS_SMALL(o))
        return (intptr_t)INT_VALUE(o);
    Object *i = int_index(o);
    if (i == NULL)
        return -1;
    int ov;
    int64_t v = int_as_i64(i, &ov);
    DECREF(i);
    if (ov)
        return ov > 0 ? INTPTR_MAX : INTPTR_MIN;
    return (intptr_t)v;
}

/* Correctly rounded (half to even) int -> double: keep the top 55 bits with
 * a sticky bit for everything below, then let the FPU round once. */
double int_as_double(Object *o)
{
    if (INT_IS_SMALL(o))
        return (double)INT_VALUE(o);
    mpz_srcptr z = BIGZ(o);
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits > DBL_MAX_EXP)
        goto overflow;
    size_t shift = bits - 55;
    mpz_t q;
    mpz_init(q);
    mpz_tdiv_q_2exp(q, z, shift);
    uint64_t top = mpz_getlimbn(q, 0);
    mpz_clear(q);
    if (mpz_scan1(z, 0) < shift)        /* |z| and z agree on the low bits */
        top |= 1;
    double d = ldexp((double)top, (int)shift);
    if (isinf(d))
        goto overflow;
    return mpz_sgn(z) < 0 ? -d : d;
overflow:
    err_set_string(&Exc_OverflowError, "int too large to convert to float");
    return -1.0;
}

int int_sign(Object *o)
{
    if (INT_IS_SMALL(o))
        return INT_VALUE(o) > 0 ? 1 : INT_VALUE(o) < 0 ? -1 : 0;
    return mpz_sgn(BIGZ(o));
}

int int_compare(Object *a, Object *b)
{
    if (INT_IS_SMALL(a) && INT_IS_SMALL(b))
        return INT_VALUE(a) < INT_VALUE(b) ? -1 : INT_VALUE(a) > INT_VALUE(b);
    ZTmp ta, tb;
    int c = mpz_cmp(int_zview(a, &ta), int_zview(b, &tb));
    return c < 0 ? -1 : c > 0;
}

int int_compare_double(Object *a, double d)
{
    if (INT_IS_SMALL(a)) {
        int64_t v = INT_VALUE(a);
        if (v >= -(1LL << 53) && v <= (1LL << 53)) {
            double x = (double)v;
            return x < d ? -1 : x > d;
        }
    }
    ZTmp t;
    int c = mpz_cmp_d(int_zview(a, &t), d);    /* exact, handles inf */
    return c < 0 ? -1 : c > 0;
}

uint64_t int_bit_length(Object *o)
{
    if (INT_IS_SMALL(o)) {
        int64_t v = INT_VALUE(o);
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        return m ? 64 - (uint64_t)__builtin_clzll(m) : 0;
    }
    return mpz_sizeinbase(BIGZ(o), 2);
}

hash_t int_hash(Object *o)
{
    if (INT_IS_SMALL(o))
        return hash_i64(INT_VALUE(o));
    mpz_srcptr z = BIGZ(o);
    return hash_limbs(mpz_sgn(z) < 0, (const uint64_t *)mpz_limbs_read(z), mpz_size(z));
}

/* ---- arithmetic ---------------------------------------------------------- */

#define CHECK_BINOP(a, b) \
    do { if (!INT_CHECK(a) || !INT_CHECK(b)) RETURN_NOTIMPL; } while (0)
#define BOTH_SMALL(a, b) (INT_IS_SMALL(a) && INT_IS_SMALL(b))

typedef void (*mpz_binop)(mpz_ptr, mpz_srcptr, mpz_srcptr);

/* NEW: op(a, b) computed on GMP and normalised. */
static Object *big_binop(Object *a, Object *b, mpz_binop op)
{
    ZTmp ta, tb;
    mpz_t r;
    mpz_init(r);
    op(r, int_zview(a, &ta), int_zview(b, &tb));
    return int_from_mpz_steal(r);
}

Object *int_add(Object *a, Object *b)
{
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_add_overflow(INT_VALUE(a), INT_VALUE(b), &r))
        return int_from_i64(r);
    return big_binop(a, b, mpz_add);
}

Object *int_sub(Object *a, Object *b)
{
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_sub_overflow(INT_VALUE(a), INT_VALUE(b), &r))
        return int_from_i64(r);
    return big_binop(a, b, mpz_sub);
}

Object *int_mul(Object *a, Object *b)
{
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_mul_overflow(INT_VALUE(a), INT_VALUE(b), &r))
        return int_from_i64(r);
    return big_binop(a, b, mpz_mul);
}

static Object *zero_div(const char *msg)
{
    return err_set_string(&Exc_ZeroDivisionError, msg);
}

/* Word floor division / modulo; false when GMP is needed (MIN // -1). */
static inline bool small_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r)
{
    if (a == INT64_MIN && b == -1)
        return false;
    int64_t qq = a / b, rr = a % b;
    if (rr != 0 && ((rr < 0) != (b < 0))) {
        rr += b;
        qq--;
    }
    *q = qq;
    *r = rr;
    return true;
}

Object *int_floordiv(Object *a, Object *b)
{
    if (int_sign(b) == 0)
        return zero_div("integer division or modulo by zero");
    int64_t q, r;
    if (BOTH_SMALL(a, b) && small_divmod(INT_VALUE(a), INT_VALUE(b), &q, &r))
        return int_from_i64(q);
    return big_binop(a, b, mpz_fdiv_q);
}

Object *int_mod(Object *a, Object *b)
{
    if (int_sign(b) == 0)
        return zero_div("integer modulo by zero");
    int64_t q, r;
    if (BOTH_SMALL(a, b) && small_divmod(INT_VALUE(a), INT_VALUE(b), &q, &r))
        return int_from_i64(r);
    return big_binop(a, b, mpz_fdiv_r);
}

static Object *int_divmod_(Object *a, Object *b)
{
    if (int_sign(b) == 0)
        return zero_div("integer division or modulo by zero");
    Object *qo, *ro;
    int64_t q, r;
    if (BOTH_SMALL(a, b) && small_divmod(INT_VALUE(a), INT_VALUE(b), &q, &r)) {
        qo = int_from_i64(q);
        ro = int_from_i64(r);
    } else {
        ZTmp ta, tb;
        mpz_t zq, zr;
        mpz_inits(zq, zr, NULL);
        mpz_fdiv_qr(zq, zr, int_zview(a, &ta), int_zview(b, &tb));
        qo = int_from_mpz_steal(zq);
        ro = int_from_mpz_steal(zr);
    }
    Object *t = NULL;
    if (qo && ro)
        t = tuple_pack(2, qo, ro);
    XDECREF(qo);
    XDECREF(ro);
    return t;
}

/* a / b correctly rounded, as CPython's long_true_divide: compute a 55-56
 * bit quotient with a sticky bit, round it half-to-even by hand, scale. */
static Object *int_truediv_(Object *a, Object *b)
{
    if (int_sign(b) == 0)
        return zero_div("division by zero");
    if (BOTH_SMALL(a, b)) {
        int64_t x = INT_VALUE(a), y = INT_VALUE(b);
        const int64_t lim = 1LL << DBL_MANT_DIG;
        if (x >= -lim && x <= lim && y >= -lim && y <= lim)
            return float_from_double((double)x / (double)y);
    }
    ZTmp ta, tb;
    mpz_srcptr za = int_zview(a, &ta), zb = int_zview(b, &tb);
    int negate = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    if (mpz_sgn(za) == 0)
        return float_from_double(negate ? -0.0 : 0.0);
    intptr_t abits = (intptr_t)mpz_sizeinbase(za, 2), bbits = (intptr_t)mpz_sizeinbase(zb, 2);
    intptr_t diff = abits - bbits;
    if (diff > DBL_MAX_EXP)
        return err_set_string(&Exc_OverflowError, "integer division result too large for a float");
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1)
        return float_from_double(negate ? -0.0 : 0.0);
    /* diff is within 1 of the quotient's exponent. */
    intptr_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    mpz_t x, r;
    mpz_inits(x, r, NULL);
    int inexact = 0;
    if (shift <= 0) {
        mpz_mul_2exp(x, za, (mp_bitcnt_t)-shift);
    } else {
        mpz_tdiv_q_2exp(x, za, (mp_bitcnt_t)shift);
        if (mpz_scan1(za, 0) < (mp_bitcnt_t)shift)
            inexact = 1;
    }
    mpz_abs(x, x);
    mpz_t babs;
    mpz_roinit_n(babs, mpz_limbs_read(zb), (mp_size_t)mpz_size(zb));
    mpz_tdiv_qr(x, r, x, babs);
    if (mpz_sgn(r) != 0)
        inexact = 1;
    uint64_t q = mpz_getlimbn(x, 0);    /* at most DBL_MANT_DIG + 3 bits */
    mpz_clears(x, r, NULL);
    intptr_t xbits = q ? 64 - __builtin_clzll(q) : 0;
    intptr_t extra = (xbits > DBL_MIN_EXP - shift ? xbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = q | (uint64_t)inexact;
    if ((low & mask) && (low & (3 * mask - 1)))
        q += mask;
    q &= ~(2 * mask - 1);
    double dx = (double)q;
    xbits = q ? 64 - __builtin_clzll(q) : 0;
    if (shift + xbits >= DBL_MAX_EXP &&
        (shift + xbits > DBL_MAX_EXP || dx == ldexp(1.0, (int)xbits)))
        return err_set_string(&Exc_OverflowError, "integer division result too large for a float");
    double res = ldexp(dx, (int)shift);
    return float_from_double(negate ? -res : res);
}

Object *int_neg(Object *a)
{
    if (INT_IS_SMALL(a) && INT_VALUE(a) != INT64_MIN)
        return int_from_i64(-INT_VALUE(a));
    ZTmp t;
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, int_zview(a, &t));
    return int_from_mpz_steal(r);
}

static Object *int_abs_(Object *a)
{
    if (int_sign(a) < 0)
        return int_neg(a);
    return int_exact(a);
}

static Object *int_invert_(Object *a)
{
    if (INT_IS_SMALL(a))
        return int_from_i64(~INT_VALUE(a));
    mpz_t r;
    mpz_init(r);
    mpz_com(r, BIGZ(a));
    return int_from_mpz_steal(r);
}

static int int_bool_(Object *a) { return int_sign(a) != 0; }

/* Shifts past this many bits would need more memory than any machine has. */
#define MAX_SHIFT_BITS ((int64_t)1 << 40)

static Object *shift_count(Object *b, int64_t *n)
{
    int ov;
    *n = int_as_i64(b, &ov);
    if (ov < 0 || (!ov && *n < 0))
        return err_set_string(&Exc_ValueError, "negative shift count");
    if (ov > 0)
        *n = INT64_MAX;
    return NONE;
}

static Object *int_lshift_(Object *a, Object *b)
{
    CHECK_BINOP(a, b);
    int64_t n;
    if (shift_count(b, &n) == NULL)
        return NULL;
    if (int_sign(a) == 0)
        return int_from_i64(0);
    if (INT_IS_SMALL(a) && n < 63) {
        int64_t v = INT_VALUE(a);
        int64_t r = (int64_t)((uint64_t)v << n);
        if ((r >> n) == v)
            return int_from_i64(r);
    }
    if (n > MAX_SHIFT_BITS)
        return err_no_memory();
    ZTmp t;
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, int_zview(a, &t), (mp_bitcnt_t)n);
    return int_from_mpz_steal(r);
}

static Object *int_rshift_(Object *a, Object *b)
{
    CHECK_BINOP(a, b);
    int64_t n;
    if (shift_count(b, &n) == NULL)
        return NULL;
    if (INT_IS_SMALL(a)) {
        int64_t v = INT_VALUE(a);
        return int_from_i64(n >= 64 ? (v < 0 ? -1 : 0) : v >> n);
    }
    if ((uint64_t)n >= mpz_sizeinbase(BIGZ(a), 2))
        return int_from_i64(mpz_sgn(BIGZ(a)) < 0 ? -1 : 0);
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, BIGZ(a), (mp_bitcnt_t)n);
    return int_from_mpz_steal(r);
}

/* GMP's logical operations already use two's-complement semantics. */
static Object *int_and_(Object *a, Object *b)
{
    CHECK_BINOP(a, b);
    if (BOTH_SMALL(a, b))
        return int_from_i64(INT_VALUE(a) & INT_VALUE(b));
    return big_binop(a, b, mpz_and);
}

static Object *int_or_(Object *a, Object *b)
{
    CHECK_BINOP(a, b);
    if (BOTH_SMALL(a, b))
        return int_from_i64(INT_VALUE(a) | INT_VALUE(b));
    return big_binop(a, b, mpz_ior);
}

static Object *int_xor_(Object *a, Object *b)
{
    CHECK_BINOP(a, b);
    if (BOTH_SMALL(a, b))
        return int_from_i64(INT_VALUE(a) ^ INT_VALUE(b));
    return big_binop(a, b, mpz_xor);
}

static Object *slot_add(Object *a, Object *b) { CHECK_BINOP(a, b); return int_add(a, b); }
static Object *slot_sub(Object *a, Object *b) { CHECK_BINOP(a, b); return int_sub(a, b); }
static Object *slot_mul(Object *a, Object *b) { CHECK_BINOP(a, b); return int_mul(a, b); }
static Object *slot_floordiv(Object *a, Object *b) { CHECK_BINOP(a, b); return int_floordiv(a, b); }
static Object *slot_mod(Object *a, Object *b) { CHECK_BINOP(a, b); return int_mod(a, b); }
static Object *slot_divmod(Object *a, Object *b) { CHECK_BINOP(a, b); return int_divmod_(a, b); }
static Object *slot_truediv(Object *a, Object *b) { CHECK_BINOP(a, b); return int_truediv_(a, b); }

/* pow(a, b, m) for ints, m not None: modular exponentiation; a negative
 * exponent inverts the base first. */
static Object *int_powmod(Object *a, Object *b, Object *m)
{
    if (int_sign(m) == 0)
        return err_set_string(&Exc_ValueError, "pow() 3rd argument cannot be 0");
    ZTmp ta, tb, tm;
    mpz_t base, exp, mod, r;
    mpz_inits(base, exp, mod, r, NULL);
    mpz_abs(mod, int_zview(m, &tm));
    mpz_mod(base, int_zview(a, &ta), mod);
    mpz_set(exp, int_zview(b, &tb));
    Object *res = NULL;
    if (mpz_sgn(exp) < 0) {
        if (!mpz_invert(base, base, mod)) {
            /* GMP says 1 has no inverse modulo 1; Python says pow(x, -1, 1) == 0. */
            if (mpz_cmp_ui(mod, 1) != 0) {
                err_set_string(&Exc_ValueError, "base is not invertible for the given modulus");
                goto done;
            }
            mpz_set_ui(base, 0);
        }
        mpz_neg(exp, exp);
    }
    if (mpz_cmp_ui(mod, 1) == 0)
        mpz_set_ui(r, 0);
    else
        mpz_powm(r, base, exp, mod);
    if (int_sign(m) < 0 && mpz_sgn(r) != 0)
        mpz_sub(r, r, mod);
    res = int_from_mpz(r);
done:
    mpz_clears(base, exp, mod, r, NULL);
    return res;
}

Object *num_float_pow(Object *a, Object *b, Object *c);   /* float.c */

static Object *int_pow_(Object *a, Object *b, Object *c)
{
    CHECK_BINOP(a, b);
    if (c != NONE) {
        if (!INT_CHECK(c))
            RETURN_NOTIMPL;
        return int_powmod(a, b, c);
    }
    if (int_sign(b) < 0)
        return num_float_pow(a, b, c);
    if (BOTH_SMALL(a, b)) {
        int64_t base = INT_VALUE(a), e = INT_VALUE(b), r = 1;
        bool ok = true;
        while (e > 0) {
            if ((e & 1) && __builtin_mul_overflow(r, base, &r)) {
                ok = false;
                break;
            }
            e >>= 1;
            if (e && __builtin_mul_overflow(base, base, &base)) {
                ok = false;
                break;
            }
        }
        if (ok)
            return int_from_i64(r);
    }
    ZTmp ta;
    mpz_srcptr za = int_zview(a, &ta);
    if (mpz_cmpabs_ui(za, 1) <= 0) {            /* 0, 1, -1 */
        if (mpz_sgn(za) >= 0)
            return int_from_i64(int_sign(b) == 0 ? 1 : mpz_sgn(za));
        /* -1 ** b */
        ZTmp tb;
        return int_from_i64(mpz_odd_p(int_zview(b, &tb)) ? -1 : 1);
    }
    int ov;
    int64_t e = int_as_i64(b, &ov);
    uint64_t bits = mpz_sizeinbase(za, 2);
    if (ov || (double)(bits - 1) * (double)e > (double)MAX_SHIFT_BITS)
        return err_no_memory();
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, (unsigned long)e);
    return int_from_mpz_steal(r);
}

static Object *int_pos_(Object *a) { return int_exact(a); }
static Object *int_float_(Object *a)
{
    double d = int_as_double(a);
    if (d == -1.0 && err_occurred())
        return NULL;
    return float_from_double(d);
}

static Object *int_richcompare(Object *a, Object *b, int op)
{
    if (!INT_CHECK(a) || !INT_CHECK(b))
        RETURN_NOTIMPL;
    int c = int_compare(a, b);
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

static Object *int_repr(Object *o) { return int_to_decimal_string(o); }

static NumberMethods int_as_number = {
    .add = slot_add, .sub = slot_sub, .mul = slot_mul,
    .truediv = slot_truediv, .floordiv = slot_floordiv, .mod = slot_mod,
    .divmod = slot_divmod, .lshift = int_lshift_, .rshift = int_rshift_,
    .and_ = int_and_, .or_ = int_or_, .xor = int_xor_, .pow = int_pow_,
    .neg = int_neg, .pos = int_pos_, .abs = int_abs_, .invert = int_invert_,
    .int_ = int_pos_, .float_ = int_float_, .index = int_pos_, .bool_ = int_bool_,
};

/* ---- argument parsing for numeric methods ------------------------------- */

int num_parse_args(const char *fname, Object *const *args, size_t nargs,
                   Object *kwnames, const char *const *names, size_t nnames,
                   size_t npos, size_t nrequired, Object **out)
{
    for (size_t i = 0; i < nnames; i++)
        out[i] = NULL;
    if (nargs > npos) {
        if (npos == 0)
            err_format(&Exc_TypeError, "%s() takes no positional arguments", fname);
        else
            err_format(&Exc_TypeError, "%s() takes at most %zu positional argument%s (%zu given)",
                       fname, npos, npos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        Object *kn = TUPLE_GET(kwnames, k);
        size_t i = 0;
        while (i < nnames && !str_eq_cstr(kn, names[i]))
            i++;
        if (i == nnames) {
            err_format(&Exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                       fname, STR_UTF8(kn));
            return -1;
        }
        if (out[i]) {
            err_format(&Exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                       fname, names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (size_t i = 0; i < nrequired; i++) {
        if (out[i] == NULL) {
            if (i < npos)
                err_format(&Exc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                           fname, names[i], i + 1);
            else
                err_format(&Exc_TypeError, "%s() missing required keyword-only argument '%s'",
                           fname, names[i]);
            return -1;
        }
    }
    return 0;
}

/* ---- methods ------------------------------------------------------------- */

#define NOARGS(name) \
    do { if (arg_noargs(name, nargs, kwnames) < 0) return NULL; } while (0)

static Object *m_bit_length(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("int.bit_length");
    return int_from_u64(int_bit_length(self));
}

static Object *m_bit_count(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("int.bit_count");
    if (INT_IS_SMALL(self)) {
        int64_t v = INT_VALUE(self);
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        return int_from_i64(__builtin_popcountll(m));
    }
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, BIGZ(self));
    uint64_t n = mpz_popcount(t);
    mpz_clear(t);
    return int_from_u64(n);
}

static Object *m_exact(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("int.conjugate");
    return int_exact(self);
}

static Object *m_float(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("int.__float__");
    return int_float_(self);
}

static Object *m_as_integer_ratio(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("int.as_integer_ratio");
    Object *n = int_exact(self);
    if (n == NULL)
        return NULL;
    Object *t = tuple_pack(2, n, INT_SMALL(1));
    DECREF(n);
    return t;
}

static Object *m_getnewargs(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("int.__getnewargs__");
    Object *n = int_exact(self);
    if (n == NULL)
        return NULL;
    Object *t = tuple_pack(1, n);
    DECREF(n);
    return t;
}

static Object *m_sizeof(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("int.__sizeof__");
    size_t n = TYPE(self)->basicsize;
    if (INT_CHECK_EXACT(self))
        n = INT_IS_SMALL(self) ? sizeof(IntObject) : sizeof(BigIntObject);
    if (!INT_IS_SMALL(self))
        n += (size_t)BIGZ(self)->_mp_alloc * sizeof(mp_limb_t);
    return int_from_u64(n);
}

/* round(int, ndigits): exact for ndigits >= 0; else half-to-even at 10**-n. */
static Object *m_round(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_range("__round__", nargs, 0, 1) < 0 || arg_nokw("__round__", kwnames) < 0)
        return NULL;
    if (nargs == 0 || args[0] == NONE)
        return int_exact(self);
    Object *nd = int_index(args[0]);
    if (nd == NULL)
        return NULL;
    int sign = int_sign(nd);
    if (sign >= 0) {
        DECREF(nd);
        return int_exact(self);
    }
    int ov;
    int64_t n = int_as_i64(nd, &ov);
    DECREF(nd);
    ZTmp t;
    mpz_srcptr z = int_zview(self, &t);
    if (ov || (uint64_t)-n > mpz_sizeinbase(z, 10) + 1)
        return int_from_i64(0);
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-n);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(p, r, NULL);
    return int_from_mpz_steal(q);
}

static int parse_byteorder(const char *fname, Object *o, int *little)
{
    if (o == NULL) {
        *little = 0;
        return 0;
    }
    if (!STR_CHECK(o)) {
        err_format(&Exc_TypeError, "%s() argument 'byteorder' must be str, not %s",
                   fname, type_name(TYPE(o)));
        return -1;
    }
    if (str_eq_cstr(o, "little"))
        *little = 1;
    else if (str_eq_cstr(o, "big"))
        *little = 0;
    else {
        err_set_string(&Exc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static int parse_signed(Object *o, int *sg)
{
    *sg = 0;
    if (o == NULL)
        return 0;
    int r = obj_is_true(o);
    if (r < 0)
        return -1;
    *sg = r;
    return 0;
}

static Object *m_to_bytes(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = { "length", "byteorder", "signed" };
    Object *a[3];
    if (num_parse_args("to_bytes", args, nargs, kwnames, names, 3, 2, 0, a) < 0)
        return NULL;
    intptr_t len = 1;
    if (a[0]) {
        len = int_as_ssize(a[0]);
        if (len == -1 && err_occurred())
            return NULL;
        if (len < 0)
            return err_set_string(&Exc_ValueError, "length argument must be non-negative");
    }
    int little, sg;
    if (parse_byteorder("to_bytes", a[1], &little) < 0 || parse_signed(a[2], &sg) < 0)
        return NULL;
    ZTmp t;
    mpz_srcptr z = int_zview(self, &t);
    if (!sg && mpz_sgn(z) < 0)
        return err_set_string(&Exc_OverflowError, "can't convert negative int to unsigned");
    mpz_t w;
    mpz_init_set(w, z);
    /* Two's complement: a negative value v is stored as v + 2**(8*len). */
    size_t nbits = mpz_sgn(w) == 0 ? 0 : mpz_sizeinbase(w, 2);
    bool fits;
    if (!sg)
        fits = nbits <= (size_t)len * 8;
    else if (mpz_sgn(w) >= 0)
        fits = nbits < (size_t)len * 8 || (nbits == 0);
    else {
        /* -2**(8len-1) <= v: |v| - 1 needs fewer than 8len bits */
        mpz_t m1;
        mpz_init(m1);
        mpz_neg(m1, w);
        mpz_sub_ui(m1, m1, 1);
        size_t b = mpz_sgn(m1) == 0 ? 0 : mpz_sizeinbase(m1, 2);
        fits = b < (size_t)len * 8;
        mpz_clear(m1);
    }
    if (!fits) {
        mpz_clear(w);
        return err_set_string(&Exc_OverflowError, "int too big to convert");
    }
    if (mpz_sgn(w) < 0) {
        mpz_t p;
        mpz_init(p);
        mpz_setbit(p, (mp_bitcnt_t)len * 8);
        mpz_add(w, w, p);
        mpz_clear(p);
    }
    Object *res = bytes_new_raw((size_t)len);
    if (res == NULL) {
        mpz_clear(w);
        return NULL;
    }
    unsigned char *d = (unsigned char *)BYTES_DATA(res);
    memset(d, 0, (size_t)len);
    size_t cnt = 0;
    if (mpz_sgn(w) != 0)        /* least significant byte first, at d[0] */
        mpz_export(d, &cnt, -1, 1, 0, 0, w);
    mpz_clear(w);
    if (!little) {
        for (intptr_t i = 0, j = len - 1; i < j; i++, j--) {
            unsigned char c = d[i];
            d[i] = d[j];
            d[j] = c;
        }
    }
    return res;
}

Object *int_from_bytes(const unsigned char *p, size_t n, int little_endian, int is_signed)
{
    mpz_t z;
    mpz_init(z);
    if (n)
        mpz_import(z, n, little_endian ? -1 : 1, 1, 0, 0, p);
    if (is_signed && n) {
        unsigned char top = little_endian ? p[n - 1] : p[0];
        if (top & 0x80) {
            mpz_t q;
            mpz_init(q);
            mpz_setbit(q, (mp_bitcnt_t)n * 8);
            mpz_sub(z, z, q);
            mpz_clear(q);
        }
    }
    return int_from_mpz_steal(z);
}

static Object *m_from_bytes(Object *cls, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = { "bytes", "byteorder", "signed" };
    Object *a[3];
    if (num_parse_args("from_bytes", args, nargs, kwnames, names, 3, 2, 1, a) < 0)
        return NULL;
    int little, sg;
    if (parse_byteorder("from_bytes", a[1], &little) < 0 || parse_signed(a[2], &sg) < 0)
        return NULL;
    Object *b;
    if (BYTES_CHECK(a[0])) {
        b = NEWREF(a[0]);
    } else if (INT_CHECK(a[0]) || STR_CHECK(a[0])) {
        return err_format(&Exc_TypeError, "cannot convert '%s' object to bytes",
                          type_name(TYPE(a[0])));
    } else {
        b = obj_call((Object *)&Bytes_Type, &a[0], 1, NULL);
        if (b == NULL)
            return NULL;
    }
    Object *r = int_from_bytes((const unsigned char *)BYTES_DATA(b), (size_t)BYTES_SIZE(b),
                               little, sg);
    DECREF(b);
    if (r && (TypeObject *)cls != &Int_Type)
        SETREF(r, obj_call(cls, &r, 1, NULL));
    return r;
}

static Object *m_format(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("int.__format__", nargs, kwnames) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return err_format(&Exc_TypeError, "__format__() argument must be str, not %s",
                          type_name(TYPE(args[0])));
    return format_int(self, args[0]);
}

static MethodDef int_methods[] = {
    { "conjugate", m_exact, 0, "Returns self, the complex conjugate of any int." },
    { "bit_length", m_bit_length, 0, "Number of bits necessary to represent self in binary." },
    { "bit_count", m_bit_count, 0, "Number of ones in the binary representation of the absolute value of self." },
    { "to_bytes", m_to_bytes, 0, "Return an array of bytes representing an integer." },
    { "from_bytes", m_from_bytes, METH_CLASS, "Return the integer represented by the given array of bytes." },
    { "as_integer_ratio", m_as_integer_ratio, 0, "Return integer ratio." },
    { "__trunc__", m_exact, 0, "Truncating an Integral returns itself." },
    { "__floor__", m_exact, 0, "Flooring an Integral returns itself." },
    { "__ceil__", m_exact, 0, "Ceiling of an Integral returns itself." },
    { "__round__", m_round, 0, "Rounding an Integral returns itself." },
    { "__getnewargs__", m_getnewargs, 0, NULL },
    { "__format__", m_format, 0, "Convert to a string according to format_spec." },
    { "__sizeof__", m_sizeof, 0, "Returns size in memory, in bytes." },
    { "__float__", m_float, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static Object *g_self(Object *self, void *c) { return int_exact(self); }
static Object *g_zero(Object *self, void *c) { return int_from_i64(0); }
static Object *g_one(Object *self, void *c) { return int_from_i64(1); }

static GetSetDef int_getset[] = {
    { "real", g_self, NULL, "the real part of a complex number", NULL },
    { "imag", g_zero, NULL, "the imaginary part of a complex number", NULL },
    { "numerator", g_self, NULL, "the numerator of a rational number in lowest terms", NULL },
    { "denominator", g_one, NULL, "the denominator of a rational number in lowest terms", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

/* ---- int() ----------------------------------------------------------------- */

Object *int_from_text_object(Object *text, int base);   /* int_str.c */

/* NEW: int(x) for one argument, as CPython's PyNumber_Long. */
static Object *int_from_object(Object *x)
{
    if (INT_CHECK(x))
        return int_exact(x);
    NumberMethods *nm = TYPE(x)->num;
    if (nm && nm->int_) {
        Object *r = nm->int_(x);
        if (r && !INT_CHECK(r)) {
            err_format(&Exc_TypeError, "__int__ returned non-int (type %s)", type_name(TYPE(r)));
            DECREF(r);
            return NULL;
        }
        if (r && !INT_CHECK_EXACT(r))
            SETREF(r, int_exact(r));
        return r;
    }
    if (nm && nm->index)
        return int_index(x);
    Object *trunc = type_lookup_cstr(TYPE(x), "__trunc__");
    if (trunc) {
        Object *r = obj_call(trunc, &x, 1, NULL);
        if (r == NULL || INT_CHECK(r)) {
            if (r && !INT_CHECK_EXACT(r))
                SETREF(r, int_exact(r));
            return r;
        }
        Object *i = int_index(r);
        if (i == NULL && err_matches_type(&Exc_TypeError)) {
            err_clear();
            err_format(&Exc_TypeError, "__trunc__ returned non-Integral (type %s)",
                       type_name(TYPE(r)));
        }
        DECREF(r);
        return i;
    }
    if (STR_CHECK(x) || BYTES_CHECK(x))
        return int_from_text_object(x, 10);
    return err_format(&Exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      type_name(TYPE(x)));
}

static Object *int_new(TypeObject *type, Object *const *args, size_t nargs, Object *kwnames)
{
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    Object *x = nargs > 0 ? args[0] : NULL, *base = nargs > 1 ? args[1] : NULL;
    if (nargs > 2)
        return err_format(&Exc_TypeError, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
    for (size_t k = 0; k < nkw; k++) {
        Object *kn = TUPLE_GET(kwnames, k);
        if (str_eq_cstr(kn, "base") && base == NULL) {
            base = args[nargs + k];
        } else if (str_eq_cstr(kn, "base")) {
            return err_set_string(&Exc_TypeError,
                                  "argument for int() given by name ('base') and position (2)");
        } else {
            return err_format(&Exc_TypeError, "'%s' is an invalid keyword argument for int()",
                              STR_UTF8(kn));
        }
    }
    Object *r;
    if (base == NULL) {
        r = x ? int_from_object(x) : int_from_i64(0);
    } else {
        if (x == NULL)
            return err_set_string(&Exc_TypeError, "int() missing string argument");
        intptr_t b = int_as_ssize(base);
        if (b == -1 && err_occurred())
            return NULL;
        if ((b != 0 && b < 2) || b > 36)
            return err_set_string(&Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (!STR_CHECK(x) && !BYTES_CHECK(x))
            return err_set_string(&Exc_TypeError, "int() can't convert non-string with explicit base");
        r = int_from_text_object(x, (int)b);
    }
    if (r && type != &Int_Type)
        SETREF(r, int_copy_to_type(type, r));
    return r;
}

/* ---- the type ---------------------------------------------------------------- */

TypeObject Int_Type = {
    TYPE_HEAD_INIT,
    .name = "int",
    .basicsize = sizeof(BigIntObject),
    .tpflags = TPF_BASETYPE | TPF_INT_SUB,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.",
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .num = &int_as_number,
    .methods = int_methods,
    .getset = int_getset,
    .new_ = int_new,
};

int int_init(void)
{
    for (int i = INT_SMALL_MIN; i <= INT_SMALL_MAX; i++) {
        IntObject *o = &int_small_ints[i - INT_SMALL_MIN];
        o->ob.refcnt = STATIC_REFCNT;
        o->ob.flags = OF_STATIC;
        o->ob.type = &Int_Type;
        o->value = i;
    }
    return type_ready(&Int_Type);
}

void int_fini(void)
{
    while (free_list) {
        FreeInt *f = free_list;
        free_list = f->next;
        obj_free((Object *)f);
    }
    nfree = 0;
}
