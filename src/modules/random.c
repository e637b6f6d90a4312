/* random.c — the `random` module and its Random type: CPython 3.11's
 * Lib/random.py algorithms over the MT19937 generator of random_mt.c, so
 * that for the same seed every function returns what python3 returns
 * (seeding of ints, floats, str and bytes; _randbelow by rejection over
 * getrandbits; shuffle, sample with its set-or-pool choice, choices with
 * bisect, the gauss cache and the other variates).  The module-level
 * functions are methods bound to one hidden instance, as in CPython. */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "modules/mods.h"
#include "modules/random_impl.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/int_impl.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"


/* ---- argument parsing with the messages of a Python-level method -------- */

/* Parses (self, names...) where names[0..npos) are positional-or-keyword
 * and the rest keyword-only; the first nreq are required.  BORROWED
 * results in out (NULL when absent).  0 or -1 with CPython's TypeError. */
int mod_random_parse_args(const char *fname, Object *const *args, size_t nargs, Object *kw,
                     const char *const *names, size_t nnames, size_t npos, size_t nreq,
                     Object **out)
{
    size_t nk = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    for (size_t i = 0; i < nnames; i++)
        out[i] = NULL;
    if (nargs > npos) {
        if (nreq == npos)
            err_format(&Exc_TypeError, "Random.%s() takes %zu positional argument%s but %zu %s given",
                       fname, npos + 1, npos ? "s" : "", nargs + 1, nargs ? "were" : "was");
        else
            err_format(&Exc_TypeError,
                       "Random.%s() takes from %zu to %zu positional arguments but %zu were given",
                       fname, nreq + 1, npos + 1, nargs + 1);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    for (size_t k = 0; k < nk; k++) {
        Object *name = TUPLE_GET(kw, k);
        size_t j = 0;
        while (j < nnames && !str_eq_cstr(name, names[j]))
            j++;
        if (j == nnames) {
            err_format(&Exc_TypeError, "Random.%s() got an unexpected keyword argument '%U'",
                       fname, name);
            return -1;
        }
        if (out[j]) {
            err_format(&Exc_TypeError, "Random.%s() got multiple values for argument '%s'",
                       fname, names[j]);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    size_t missing = 0, first = 0, last = 0;
    for (size_t i = 0; i < nreq; i++)
        if (!out[i]) {
            if (!missing)
                first = i;
            last = i;
            missing++;
        }
    if (missing == 1) {
        err_format(&Exc_TypeError, "Random.%s() missing 1 required positional argument: '%s'",
                   fname, names[first]);
        return -1;
    }
    if (missing > 1) {
        err_format(&Exc_TypeError,
                   "Random.%s() missing %zu required positional arguments: '%s' and '%s'",
                   fname, missing, names[first], names[last]);
        return -1;
    }
    return 0;
}

static int rnd_noargs(const char *fname, size_t nargs, Object *kw)
{
    if (kw && TUPLE_SIZE(kw)) {
        err_format(&Exc_TypeError, "Random.%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs) {
        err_format(&Exc_TypeError, "Random.%s() takes no arguments (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

/* ---- the generator, with dispatch to subclass overrides ----------------- */

/* 1 if self's class redefines method `name` of Random. */
static int overrides(Object *self, const char *name)
{
    if (TYPE(self) == &Random_Type)
        return 0;
    return type_lookup_cstr(TYPE(self), name) != type_lookup_cstr(&Random_Type, name);
}

/* NEW: self.name(*args) through attribute lookup. */
static Object *call_method(Object *self, const char *name, Object *const *args, size_t nargs)
{
    Object *m = obj_getattr_cstr(self, name);
    if (m == NULL)
        return NULL;
    Object *r = obj_call(m, args, nargs, NULL);
    DECREF(m);
    return r;
}

/* self.random() as a double; -1 on error. */
int mod_random_next_double(Object *self, double *out)
{
    if (!overrides(self, "random")) {
        *out = mod_random_mt_double(&RND(self)->st);
        return 0;
    }
    Object *r = call_method(self, "random", NULL, 0);
    if (r == NULL)
        return -1;
    double d = float_as_double(r);
    DECREF(r);
    if (d == -1.0 && err_occurred())
        return -1;
    *out = d;
    return 0;
}

/* Fills words[0..(k-1)/32] with k random bits, least significant word
 * first, the top word shifted down as CPython's getrandbits does. */
static void mt_bits(MTState *st, uint32_t *words, size_t k)
{
    size_t nw = (k - 1) / 32 + 1;
    for (size_t i = 0; i < nw; i++, k -= 32) {
        uint32_t r = mod_random_mt_next(st);
        if (k < 32)
            r >>= 32 - k;
        words[i] = r;
    }
}

/* NEW: getrandbits(k) as an int, k >= 0. */
static Object *rnd_getrandbits_obj(Object *self, uint64_t k)
{
    if (overrides(self, "getrandbits")) {
        Object *kk = int_from_u64(k);
        if (kk == NULL)
            return NULL;
        Object *r = call_method(self, "getrandbits", &kk, 1);
        DECREF(kk);
        return r;
    }
    MTState *st = &RND(self)->st;
    if (k == 0)
        return int_from_i64(0);
    if (k <= 32)
        return int_from_u64(mod_random_mt_next(st) >> (32 - k));
    size_t nw = (k - 1) / 32 + 1;
    uint32_t small[8], *w = nw <= 8 ? small : malloc(nw * sizeof(uint32_t));
    if (w == NULL)
        return err_no_memory();
    mt_bits(st, w, k);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, nw, -1, sizeof(uint32_t), 0, 0, w);
    if (w != small)
        free(w);
    return int_from_mpz_steal(z);
}

/* k <= 64 random bits as a C integer; -1 on error. */
static int rnd_bits_u64(Object *self, unsigned k, uint64_t *out)
{
    if (overrides(self, "getrandbits")) {
        Object *r = rnd_getrandbits_obj(self, k);
        if (r == NULL)
            return -1;
        if (!INT_CHECK(r) || int_sign(r) < 0 || int_bit_length(r) > 64) {
            DECREF(r);
            err_set_string(&Exc_ValueError, "getrandbits() returned an out-of-range value");
            return -1;
        }
        int ovf;
        int64_t v = int_as_i64(r, &ovf);
        if (ovf) {
            ZTmp t;
            *out = mpz_get_ui(int_zview(r, &t));
        } else {
            *out = (uint64_t)v;
        }
        DECREF(r);
        return 0;
    }
    MTState *st = &RND(self)->st;
    if (k == 0) {
        *out = 0;
    } else if (k <= 32) {
        *out = mod_random_mt_next(st) >> (32 - k);
    } else {
        uint32_t w[2];
        mt_bits(st, w, k);
        *out = (uint64_t)w[1] << 32 | w[0];
    }
    return 0;
}

/* _randbelow_with_getrandbits(n) for 0 < n < 2**64. */
static int rnd_below_u64(Object *self, uint64_t n, uint64_t *out)
{
    unsigned k = 64 - (unsigned)__builtin_clzll(n);
    uint64_t r;
    do {
        if (rnd_bits_u64(self, k, &r) < 0)
            return -1;
    } while (r >= n);
    *out = r;
    return 0;
}

/* NEW: _randbelow(n) for an int n > 0 of any size. */
static Object *rnd_below(Object *self, Object *n)
{
    if (INT_IS_SMALL(n)) {
        uint64_t r;
        if (rnd_below_u64(self, (uint64_t)INT_VALUE(n), &r) < 0)
            return NULL;
        return int_from_u64(r);
    }
    uint64_t k = int_bit_length(n);
    for (;;) {
        Object *r = rnd_getrandbits_obj(self, k);
        if (r == NULL)
            return NULL;
        if (!INT_CHECK(r)) {
            DECREF(r);
            return err_set_string(&Exc_TypeError, "getrandbits() must return an int");
        }
        if (int_compare(r, n) < 0)
            return r;
        DECREF(r);
    }
}

/* ---- seeding --------------------------------------------------------------- */

/* Seeds from the 32-bit words of |z| (init_by_array), as _random.seed. */
static void seed_mpz(MTState *st, mpz_srcptr z)
{
    size_t bits = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
    size_t nw = bits == 0 ? 1 : (bits - 1) / 32 + 1;
    uint32_t small[8], *key = nw <= 8 ? small : malloc(nw * sizeof(uint32_t));
    if (key == NULL) {
        key = small;
        nw = 8;                 /* out of memory: a truncated but valid key */
    }
    memset(key, 0, nw * sizeof(uint32_t));
    size_t cnt = 0;
    if (bits)
        mpz_export(key, &cnt, -1, sizeof(uint32_t), 0, 0, z);
    mod_random_mt_init_by_array(st, key, nw);
    if (key != small)
        free(key);
}

static void seed_u64(MTState *st, uint64_t u)
{
    uint32_t key[2] = { (uint32_t)u, (uint32_t)(u >> 32) };
    mod_random_mt_init_by_array(st, key, key[1] ? 2 : 1);
}

/* seed(None): 624 words from the OS, else time and pid. */
static void seed_urandom(MTState *st)
{
    uint32_t key[MT_N];
    size_t got = 0;
    while (got < sizeof key) {
        ssize_t r = getrandom((char *)key + got, sizeof key - got, 0);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    if (got == sizeof key) {
        mod_random_mt_init_by_array(st, key, MT_N);
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t k2[5] = { (uint32_t)ts.tv_sec, (uint32_t)((uint64_t)ts.tv_sec >> 32),
                       (uint32_t)ts.tv_nsec, (uint32_t)getpid(), 0 };
    clock_gettime(CLOCK_MONOTONIC, &ts);
    k2[4] = (uint32_t)ts.tv_nsec;
    mod_random_mt_init_by_array(st, k2, 5);
}

/* Random.seed(a, version) of Lib/random.py followed by _random's seed. */
static int rnd_seed(Object *self, Object *a, int version)
{
    MTState *st = &RND(self)->st;
    RND(self)->has_gauss = 0;
    if (a == NULL || a == NONE) {
        seed_urandom(st);
        return 0;
    }
    if (INT_CHECK(a)) {
        ZTmp t;
        seed_mpz(st, int_zview(a, &t));
        return 0;
    }
    if (STR_CHECK(a) || BYTES_CHECK(a)) {
        const unsigned char *p = (const unsigned char *)(STR_CHECK(a) ? STR_UTF8(a) : BYTES_DATA(a));
        size_t n = STR_CHECK(a) ? (size_t)STR_NBYTES(a) : (size_t)BYTES_SIZE(a);
        if (version == 1) {
            /* the narrow version-1 hash over code points (str) or bytes */
            intptr_t len = STR_CHECK(a) ? STR_LEN(a) : (intptr_t)n;
            uint64_t x = 0;
            for (intptr_t i = 0; i < len; i++) {
                uint64_t c = STR_CHECK(a) ? str_char_at(a, i) : p[i];
                if (i == 0)
                    x = c << 7;
                x = (1000003u * x) ^ c;
            }
            x ^= (uint64_t)len;
            mpz_t z;
            mpz_init_set_ui(z, x);
            seed_mpz(st, z);
            mpz_clear(z);
            return 0;
        }
        if (version == 2) {
            unsigned char *buf = malloc(n + 64);
            if (buf == NULL) {
                err_no_memory();
                return -1;
            }
            memcpy(buf, p, n);
            mod_random_sha512(p, n, buf + n);
            mpz_t z;
            mpz_init(z);
            mpz_import(z, n + 64, 1, 1, 0, 0, buf);     /* int.from_bytes(..., 'big') */
            free(buf);
            seed_mpz(st, z);
            mpz_clear(z);
            return 0;
        }
    } else if (!FLOAT_CHECK(a)) {
        err_set_string(&Exc_TypeError, "The only supported seed types are: None,\n"
                                       "int, float, str, bytes, and bytearray.");
        return -1;
    }
    hash_t h = obj_hash(a);
    if (h == -1 && err_occurred())
        return -1;
    seed_u64(st, (uint64_t)h);
    return 0;
}

/* ---- the type ------------------------------------------------------------------ */

static Object *random_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    if (t == &Random_Type && nargs > 1)
        return err_format(&Exc_TypeError,
                          "Random.__init__() takes from 1 to 2 positional arguments but %zu were given",
                          nargs + 1);
    Object *o = obj_alloc(t);
    if (o == NULL)
        return NULL;
    mod_random_mt_init_genrand(&RND(o)->st, 5489u);
    return o;
}

static int random_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "x" };
    Object *a[1];
    if (mod_random_parse_args("__init__", args, nargs, kw, names, 1, 1, 0, a) < 0)
        return -1;
    if (overrides(self, "seed")) {
        Object *x = a[0] ? a[0] : NONE;
        Object *r = call_method(self, "seed", &x, 1);
        if (r == NULL)
            return -1;
        DECREF(r);
    } else if (rnd_seed(self, a[0], 2) < 0) {
        return -1;
    }
    RND(self)->has_gauss = 0;
    return 0;
}

static void random_dealloc(Object *o)
{
    obj_free(o);
}

#define RM(name) static Object *r_##name(Object *self, Object *const *args, size_t nargs, Object *kw)

RM(seed)
{
    static const char *const names[] = { "a", "version" };
    Object *a[2];
    if (mod_random_parse_args("seed", args, nargs, kw, names, 2, 2, 0, a) < 0)
        return NULL;
    int version = 2;
    if (a[1]) {
        int ovf = 0;
        if (!INT_CHECK(a[1]))
            version = 0;
        else {
            int64_t v = int_as_i64(a[1], &ovf);
            version = ovf ? 0 : (int)v;
        }
    }
    if (rnd_seed(self, a[0], version) < 0)
        return NULL;
    return NEWREF(NONE);
}

RM(random)
{
    if (rnd_noargs("random", nargs, kw) < 0)
        return NULL;
    return float_from_double(mod_random_mt_double(&RND(self)->st));
}

RM(getrandbits)
{
    if (arg_nokw("Random.getrandbits", kw) < 0 || arg_one("Random.getrandbits", nargs, NULL) < 0)
        return NULL;
    intptr_t k = int_as_ssize(args[0]);
    if (k == -1 && err_occurred())
        return NULL;
    if (k < 0)
        return err_set_string(&Exc_ValueError, "number of bits must be non-negative");
    MTState *st = &RND(self)->st;
    if (k == 0)
        return int_from_i64(0);
    if (k <= 32)
        return int_from_u64(mod_random_mt_next(st) >> (32 - k));
    size_t nw = ((size_t)k - 1) / 32 + 1;
    uint32_t *w = malloc(nw * sizeof(uint32_t));
    if (w == NULL)
        return err_no_memory();
    mt_bits(st, w, (size_t)k);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, nw, -1, sizeof(uint32_t), 0, 0, w);
    free(w);
    return int_from_mpz_steal(z);
}

RM(randbytes)
{
    static const char *const names[] = { "n" };
    Object *a[1];
    if (mod_random_parse_args("randbytes", args, nargs, kw, names, 1, 1, 1, a) < 0)
        return NULL;
    intptr_t n = int_as_ssize(a[0]);
    if (n == -1 && err_occurred())
        return NULL;
    if (n < 0)
        return err_set_string(&Exc_ValueError, "number of bits must be non-negative");
    if (overrides(self, "getrandbits"))
        return err_set_string(&Exc_NotImplementedError, "randbytes() with an overridden getrandbits");
    Object *b = bytes_new_raw((size_t)n);
    if (b == NULL || n == 0)
        return b;
    size_t nw = ((size_t)n * 8 - 1) / 32 + 1;
    uint32_t *w = malloc(nw * sizeof(uint32_t));
    if (w == NULL) {
        DECREF(b);
        return err_no_memory();
    }
    mt_bits(&RND(self)->st, w, (size_t)n * 8);
    unsigned char *p = (unsigned char *)BYTES_DATA(b);
    for (intptr_t i = 0; i < n; i++)
        p[i] = (unsigned char)(w[i / 4] >> (8 * (i % 4)));
    free(w);
    return b;
}

RM(getstate)
{
    if (rnd_noargs("getstate", nargs, kw) < 0)
        return NULL;
    Object *inner = tuple_new(MT_N + 1);
    if (inner == NULL)
        return NULL;
    for (int i = 0; i < MT_N; i++)
        TUPLE_SET(inner, i, int_from_u64(RND(self)->st.mt[i]));
    TUPLE_SET(inner, MT_N, int_from_i64(RND(self)->st.index));
    for (int i = 0; i <= MT_N; i++)
        if (TUPLE_GET(inner, i) == NULL) {
            for (int j = i + 1; j <= MT_N; j++)
                XDECREF(TUPLE_GET(inner, j));
            TUPLE_SET(inner, i, NEWREF(NONE));
            DECREF(inner);
            return NULL;
        }
    Object *g = RND(self)->has_gauss ? float_from_double(RND(self)->gauss_next) : NEWREF(NONE);
    if (g == NULL) {
        DECREF(inner);
        return NULL;
    }
    Object *r = tuple_pack(3, INT_SMALL(3), inner, g);
    DECREF(inner);
    DECREF(g);
    return r;
}

RM(setstate)
{
    static const char *const names[] = { "state" };
    Object *a[1];
    if (mod_random_parse_args("setstate", args, nargs, kw, names, 1, 1, 1, a) < 0)
        return NULL;
    Object *state = a[0];
    Object *version = obj_getitem(state, INT_SMALL(0));
    if (version == NULL)
        return NULL;
    int is3 = INT_CHECK(version) && int_compare(version, INT_SMALL(3)) == 0;
    int is2 = INT_CHECK(version) && int_compare(version, INT_SMALL(2)) == 0;
    if (!is3 && !is2) {
        err_format(&Exc_ValueError, "state with version %S passed to Random.setstate() of version 3",
                   version);
        DECREF(version);
        return NULL;
    }
    DECREF(version);
    Object *t = tuple_from_iterable(state);
    if (t == NULL)
        return NULL;
    if (TUPLE_SIZE(t) != 3) {
        err_format(&Exc_ValueError, "too many values to unpack (expected 3)");
        DECREF(t);
        return NULL;
    }
    Object *inner = TUPLE_GET(t, 1), *g = TUPLE_GET(t, 2);
    Object *res = NULL;
    double gv = 0.0;
    if (g != NONE && (gv = float_as_double(g)) == -1.0 && err_occurred())
        goto done;
    if (!TUPLE_CHECK(inner)) {
        err_set_string(&Exc_TypeError, "state vector must be a tuple");
        goto done;
    }
    if (TUPLE_SIZE(inner) != MT_N + 1) {
        err_set_string(&Exc_ValueError, "state vector is the wrong size");
        goto done;
    }
    MTState ns;
    for (int i = 0; i <= MT_N; i++) {
        Object *x = TUPLE_GET(inner, i);
        if (!INT_CHECK(x)) {
            err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       type_name(TYPE(x)));
            goto done;
        }
        ZTmp zt;
        mpz_srcptr z = int_zview(x, &zt);
        uint64_t v;
        if (is2) {              /* version 2 states are taken modulo 2**32 */
            mpz_t m;
            mpz_init(m);
            mpz_fdiv_r_2exp(m, z, 32);
            v = mpz_get_ui(m);
            mpz_clear(m);
        } else {
            if (mpz_sgn(z) < 0) {
                err_set_string(&Exc_OverflowError, "can't convert negative int to unsigned");
                goto done;
            }
            if (mpz_sizeinbase(z, 2) > 64) {
                err_set_string(&Exc_OverflowError, "Python int too large to convert to C unsigned long");
                goto done;
            }
            v = mpz_get_ui(z);
        }
        if (i < MT_N)
            ns.mt[i] = (uint32_t)v;
        else if (v > MT_N) {
            err_set_string(&Exc_ValueError, "invalid state");
            goto done;
        } else
            ns.index = (int)v;
    }
    RND(self)->st = ns;
    RND(self)->has_gauss = g != NONE;
    RND(self)->gauss_next = gv;
    res = NEWREF(NONE);
done:
    DECREF(t);
    return res;
}

/* ---- integers from ranges ------------------------------------------------------- */

/* NEW: an exact int from a randrange argument: __index__, or (deprecated
 * in 3.11, still accepted) an integral float; ValueError "non-integer
 * <what> for randrange()" otherwise. */
static Object *rr_index(Object *o, const char *what)
{
    if (INT_CHECK_EXACT(o))
        return NEWREF(o);
    Object *i = int_index(o);
    if (i || !err_matches_type(&Exc_TypeError))
        return i;
    err_clear();
    if (FLOAT_CHECK(o)) {
        double d = FLOAT_VALUE(o);
        if (isfinite(d) && d == floor(d))
            return int_from_double(d);
        if (!isfinite(d))
            return int_from_double(d);
    }
    return err_format(&Exc_ValueError, "non-integer %s for randrange()", what);
}

/* NEW: randrange(start, stop, step) with stop/step NULL when absent. */
static Object *rnd_randrange(Object *self, Object *start, Object *stop, Object *step)
{
    Object *istart = rr_index(start, "arg 1"), *istop = NULL, *istep = NULL, *width = NULL;
    Object *n = NULL, *r = NULL, *res = NULL;
    if (istart == NULL)
        return NULL;
    if (stop == NULL || stop == NONE) {
        if (step && !(INT_CHECK_EXACT(step) && INT_IS_SMALL(step) && INT_VALUE(step) == 1)) {
            err_set_string(&Exc_TypeError, "Missing a non-None stop argument");
            goto done;
        }
        if (int_sign(istart) > 0)
            res = rnd_below(self, istart);
        else
            err_set_string(&Exc_ValueError, "empty range for randrange()");
        goto done;
    }
    if ((istop = rr_index(stop, "stop")) == NULL)
        goto done;
    /* fast path: word-sized start/stop and step 1 */
    if (step == NULL && INT_IS_SMALL(istart) && INT_IS_SMALL(istop)) {
        int64_t a = INT_VALUE(istart), b = INT_VALUE(istop);
        if (b > a && !((a < 0) && (b > INT64_MAX + a))) {
            uint64_t off;
            if (rnd_below_u64(self, (uint64_t)(b - a), &off) == 0)
                res = int_from_i64(a + (int64_t)off);
            goto done;
        }
    }
    if ((width = int_sub(istop, istart)) == NULL)
        goto done;
    if ((istep = step ? rr_index(step, "step") : NEWREF(INT_SMALL(1))) == NULL)
        goto done;
    int sstep = int_sign(istep);
    if (sstep > 0 && INT_IS_SMALL(istep) && INT_VALUE(istep) == 1) {
        if (int_sign(width) > 0) {
            if ((r = rnd_below(self, width)) != NULL)
                res = int_add(istart, r);
        } else {
            err_format(&Exc_ValueError, "empty range for randrange() (%S, %S, %S)",
                       istart, istop, width);
        }
        goto done;
    }
    if (sstep == 0) {
        err_set_string(&Exc_ValueError, "zero step for randrange()");
        goto done;
    }
    /* n = (width + istep -+ 1) // istep */
    Object *t1 = int_add(width, istep);
    if (t1 == NULL)
        goto done;
    Object *t2 = sstep > 0 ? int_sub(t1, INT_SMALL(1)) : int_add(t1, INT_SMALL(1));
    DECREF(t1);
    if (t2 == NULL)
        goto done;
    n = int_floordiv(t2, istep);
    DECREF(t2);
    if (n == NULL)
        goto done;
    if (int_sign(n) <= 0) {
        err_set_string(&Exc_ValueError, "empty range for randrange()");
        goto done;
    }
    if ((r = rnd_below(self, n)) == NULL)
        goto done;
    Object *m = int_mul(istep, r);
    if (m) {
        res = int_add(istart, m);
        DECREF(m);
    }
done:
    DECREF(istart);
    XDECREF(istop);
    XDECREF(istep);
    XDECREF(width);
    XDECREF(n);
    XDECREF(r);
    return res;
}

RM(randrange)
{
    static const char *const names[] = { "start", "stop", "step" };
    Object *a[3];
    if (mod_random_parse_args("randrange", args, nargs, kw, names, 3, 3, 1, a) < 0)
        return NULL;
    return rnd_randrange(self, a[0], a[1], a[2]);
}

RM(randint)
{
    static const char *const names[] = { "a", "b" };
    Object *a[2];
    if (mod_random_parse_args("randint", args, nargs, kw, names, 2, 2, 2, a) < 0)
        return NULL;
    Object *b1 = num_binop(a[1], INT_SMALL(1), BINOP_ADD);
    if (b1 == NULL)
        return NULL;
    Object *r = rnd_randrange(self, a[0], b1, NULL);
    DECREF(b1);
    return r;
}

/* ---- sequences -------------------------------------------------------------------- */

/* NEW: seq[i] for a C index (fast for lists and tuples). */
static Object *seq_item(Object *seq, intptr_t i)
{
    if (LIST_CHECK_EXACT(seq) && i < LIST_SIZE(seq))
        return NEWREF(LIST_GET(seq, i));
    if (TUPLE_CHECK_EXACT(seq))
        return NEWREF(TUPLE_GET(seq, i));
    Object *idx = int_from_ssize(i);
    if (idx == NULL)
        return NULL;
    Object *r = obj_getitem(seq, idx);
    DECREF(idx);
    return r;
}

RM(choice)
{
    static const char *const names[] = { "seq" };
    Object *a[1];
    if (mod_random_parse_args("choice", args, nargs, kw, names, 1, 1, 1, a) < 0)
        return NULL;
    intptr_t n = obj_length(a[0]);
    if (n < 0)
        return NULL;
    if (n == 0)
        return err_set_string(&Exc_IndexError, "Cannot choose from an empty sequence");
    uint64_t j;
    if (rnd_below_u64(self, (uint64_t)n, &j) < 0)
        return NULL;
    return seq_item(a[0], (intptr_t)j);
}

RM(shuffle)
{
    static const char *const names[] = { "x" };
    Object *a[1];
    if (mod_random_parse_args("shuffle", args, nargs, kw, names, 1, 1, 1, a) < 0)
        return NULL;
    Object *x = a[0];
    intptr_t n = obj_length(x);
    if (n < 0)
        return NULL;
    for (intptr_t i = n - 1; i >= 1; i--) {
        uint64_t j;
        if (rnd_below_u64(self, (uint64_t)i + 1, &j) < 0)
            return NULL;
        if (LIST_CHECK_EXACT(x) && LIST_SIZE(x) == n) {
            Object *t = LIST_GET(x, i);
            LIST_SET(x, i, LIST_GET(x, (intptr_t)j));
            LIST_SET(x, (intptr_t)j, t);
            continue;
        }
        /* x[i], x[j] = x[j], x[i] */
        Object *xj = seq_item(x, (intptr_t)j), *xi = xj ? seq_item(x, i) : NULL;
        Object *ii = int_from_ssize(i), *jj = int_from_u64(j);
        int bad = xj == NULL || xi == NULL || ii == NULL || jj == NULL ||
                  obj_setitem(x, ii, xj) < 0 || obj_setitem(x, jj, xi) < 0;
        XDECREF(xj);
        XDECREF(xi);
        XDECREF(ii);
        XDECREF(jj);
        if (bad)
            return NULL;
    }
    return NEWREF(NONE);
}

/* A small open-addressing set of indices (sample's "selected"). */
typedef struct IdxSet {
    uint64_t *slots;            /* value + 1; 0 = empty */
    size_t mask;
} IdxSet;

static int idxset_add(IdxSet *s, uint64_t v)  /* 1 added, 0 present */
{
    size_t h = (size_t)(v * 0x9E3779B97F4A7C15ull) & s->mask;
    while (s->slots[h]) {
        if (s->slots[h] == v + 1)
            return 0;
        h = (h + 1) & s->mask;
    }
    s->slots[h] = v + 1;
    return 1;
}

/* NEW list: sample(population, k) with population of length n already
 * known to be a sequence. */
static Object *rnd_sample(Object *self, Object *population, intptr_t n, intptr_t k)
{
    if (k < 0 || k > n)
        return err_set_string(&Exc_ValueError, "Sample larger than population or is negative");
    Object *result = list_new(k);
    if (result == NULL)
        return NULL;
    for (intptr_t i = 0; i < k; i++)
        LIST_SET(result, i, NEWREF(NONE));
    double setsize = 21;
    if (k > 5)
        setsize += pow(4, ceil(log((double)(k * 3)) / log(4.0)));
    if ((double)n <= setsize) {
        Object *pool = list_from_iterable(population);
        if (pool == NULL)
            goto fail;
        for (intptr_t i = 0; i < k; i++) {
            uint64_t j;
            if (rnd_below_u64(self, (uint64_t)(n - i), &j) < 0) {
                DECREF(pool);
                goto fail;
            }
            Object *pick = LIST_GET(pool, (intptr_t)j);
            SETREF(LIST_ITEMS(result)[i], NEWREF(pick));
            Object *last = LIST_GET(pool, n - i - 1);
            SETREF(LIST_ITEMS(pool)[(intptr_t)j], NEWREF(last));
        }
        DECREF(pool);
        return result;
    }
    size_t cap = 16;
    while (cap < (size_t)k * 2 + 2)
        cap *= 2;
    IdxSet sel = { calloc(cap, sizeof(uint64_t)), cap - 1 };
    if (sel.slots == NULL) {
        err_no_memory();
        goto fail;
    }
    for (intptr_t i = 0; i < k; i++) {
        uint64_t j;
        do {
            if (rnd_below_u64(self, (uint64_t)n, &j) < 0) {
                free(sel.slots);
                goto fail;
            }
        } while (!idxset_add(&sel, j));
        Object *item = seq_item(population, (intptr_t)j);
        if (item == NULL) {
            free(sel.slots);
            goto fail;
        }
        SETREF(LIST_ITEMS(result)[i], item);
    }
    free(sel.slots);
    return result;
fail:
    DECREF(result);
    return NULL;
}

/* bisect_right(a, x, 0, hi) over a list a. -1 on error. */
static intptr_t bisect_right(Object *a, Object *x, intptr_t hi)
{
    intptr_t lo = 0;
    while (lo < hi) {
        intptr_t mid = (lo + hi) / 2;
        int lt = obj_richcompare_bool(x, LIST_GET(a, mid), CMP_LT);
        if (lt < 0)
            return -1;
        if (lt)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* NEW list: itertools.accumulate(iterable) as a list. */
static Object *accumulate(Object *iterable)
{
    Object *it = obj_iter(iterable);
    if (it == NULL)
        return NULL;
    Object *out = list_new(0), *total = NULL;
    if (out == NULL)
        goto fail;
    for (;;) {
        Object *x = obj_next(it);
        if (x == NULL) {
            if (err_occurred())
                goto fail;
            break;
        }
        if (total == NULL) {
            total = x;
        } else {
            Object *s = num_binop(total, x, BINOP_ADD);
            DECREF(x);
            DECREF(total);
            total = s;
            if (total == NULL)
                goto fail;
        }
        if (list_append(out, total) < 0)
            goto fail;
    }
    XDECREF(total);
    DECREF(it);
    return out;
fail:
    XDECREF(total);
    XDECREF(out);
    DECREF(it);
    return NULL;
}

/* isinstance(o, collections.abc.Sequence) as far as built-in types tell. */
static int is_sequence(Object *o)
{
    if (LIST_CHECK(o) || TUPLE_CHECK(o) || STR_CHECK(o) || BYTES_CHECK(o) || RANGE_CHECK(o))
        return 1;
    if (DICT_CHECK(o) || anyset_check(o))
        return 0;
    return TYPE(o)->getitem != NULL && TYPE(o)->len != NULL;
}

RM(sample)
{
    static const char *const names[] = { "population", "k", "counts" };
    Object *a[3];
    if (mod_random_parse_args("sample", args, nargs, kw, names, 3, 2, 2, a) < 0)
        return NULL;
    Object *population = a[0], *counts = a[2];
    if (!is_sequence(population))
        return err_set_string(&Exc_TypeError,
                              "Population must be a sequence.  For dicts or sets, use sorted(d).");
    intptr_t n = obj_length(population);
    if (n < 0)
        return NULL;
    if (counts && counts != NONE) {
        Object *cum = accumulate(counts), *res = NULL, *sel = NULL, *rng = NULL, *total = NULL;
        if (cum == NULL)
            return NULL;
        if (LIST_SIZE(cum) != n) {
            err_set_string(&Exc_ValueError, "The number of counts does not match the population");
            goto cdone;
        }
        total = NEWREF(LIST_GET(cum, n - 1));
        if (list_setslice(cum, n - 1, n, NULL) < 0)
            goto cdone;
        if (!INT_CHECK(total)) {
            err_set_string(&Exc_TypeError, "Counts must be integers");
            goto cdone;
        }
        if (int_sign(total) <= 0) {
            err_set_string(&Exc_ValueError, "Total of counts must be greater than zero");
            goto cdone;
        }
        if ((rng = range_new(INT_SMALL(0), total, NULL)) == NULL)
            goto cdone;
        intptr_t tn = int_as_ssize(total), k = int_as_ssize(a[1]);
        if ((tn == -1 || k == -1) && err_occurred())
            goto cdone;
        if ((sel = rnd_sample(self, rng, tn, k)) == NULL)
            goto cdone;
        for (intptr_t i = 0; i < LIST_SIZE(sel); i++) {
            intptr_t b = bisect_right(cum, LIST_GET(sel, i), n - 1);
            Object *item = b < 0 ? NULL : seq_item(population, b);
            if (item == NULL)
                goto cdone;
            SETREF(LIST_ITEMS(sel)[i], item);
        }
        res = NEWREF(sel);
    cdone:
        DECREF(cum);
        XDECREF(total);
        XDECREF(rng);
        XDECREF(sel);
        return res;
    }
    intptr_t k = int_as_ssize(a[1]);
    if (k == -1 && err_occurred())
        return NULL;
    return rnd_sample(self, population, n, k);
}

RM(choices)
{
    static const char *const names[] = { "population", "weights", "cum_weights", "k" };
    Object *a[4];
    if (mod_random_parse_args("choices", args, nargs, kw, names, 4, 2, 1, a) < 0)
        return NULL;
    Object *population = a[0], *weights = a[1], *cum = a[2];
    if (weights == NONE)
        weights = NULL;
    if (cum == NONE)
        cum = NULL;
    intptr_t n = obj_length(population);
    if (n < 0)
        return NULL;
    intptr_t k = 1;
    if (a[3]) {
        Object *ki = int_index(a[3]);
        if (ki == NULL)
            return NULL;
        k = int_as_ssize(ki);
        DECREF(ki);
        if (k == -1 && err_occurred())
            return NULL;
    }
    Object *out = list_new(0);
    if (out == NULL)
        return NULL;
    if (cum == NULL && weights == NULL) {
        double dn = (double)n;
        for (intptr_t i = 0; i < k; i++) {
            double r;
            if (mod_random_next_double(self, &r) < 0)
                goto fail;
            Object *item = seq_item(population, (intptr_t)floor(r * dn));
            if (item == NULL || list_append(out, item) < 0) {
                XDECREF(item);
                goto fail;
            }
            DECREF(item);
        }
        return out;
    }
    Object *cw;
    if (cum == NULL) {
        cw = accumulate(weights);
        if (cw == NULL) {
            if (err_matches_type(&Exc_TypeError) && INT_CHECK(weights)) {
                err_clear();
                err_format(&Exc_TypeError,
                           "The number of choices must be a keyword argument: k=%S", weights);
            }
            goto fail;
        }
    } else if (weights) {
        err_set_string(&Exc_TypeError, "Cannot specify both weights and cumulative weights");
        goto fail;
    } else if ((cw = list_from_iterable(cum)) == NULL) {
        goto fail;
    }
    if (LIST_SIZE(cw) != n) {
        err_set_string(&Exc_ValueError, "The number of weights does not match the population");
        goto fail_cw;
    }
    if (n == 0) {
        err_set_string(&Exc_IndexError, "list index out of range");
        goto fail_cw;
    }
    double total = float_as_double(LIST_GET(cw, n - 1));
    if (total == -1.0 && err_occurred())
        goto fail_cw;
    if (total <= 0.0) {
        err_set_string(&Exc_ValueError, "Total of weights must be greater than zero");
        goto fail_cw;
    }
    if (!isfinite(total)) {
        err_set_string(&Exc_ValueError, "Total of weights must be finite");
        goto fail_cw;
    }
    for (intptr_t i = 0; i < k; i++) {
        double r;
        if (mod_random_next_double(self, &r) < 0)
            goto fail_cw;
        Object *x = float_from_double(r * total);
        if (x == NULL)
            goto fail_cw;
        intptr_t b = bisect_right(cw, x, n - 1);
        DECREF(x);
        Object *item = b < 0 ? NULL : seq_item(population, b);
        if (item == NULL || list_append(out, item) < 0) {
            XDECREF(item);
            goto fail_cw;
        }
        DECREF(item);
    }
    DECREF(cw);
    return out;
fail_cw:
    DECREF(cw);
fail:
    DECREF(out);
    return NULL;
}

#define RDEF(name, doc) { #name, r_##name, 0, doc }
static MethodDef random_methods[] = {
    RDEF(seed, "Initialize internal state from a seed."),
    RDEF(random, "random() -> x in the interval [0, 1)."),
    RDEF(getrandbits, "getrandbits(k) -> x.  Generates an int with k random bits."),
    RDEF(getstate, "Return internal state; can be passed to setstate() later."),
    RDEF(setstate, "Restore internal state from object returned by getstate()."),
    RDEF(randbytes, "Generate n random bytes."),
    RDEF(randrange, "Choose a random item from range(stop) or range(start, stop[, step])."),
    RDEF(randint, "Return random integer in range [a, b], including both end points."),
    RDEF(choice, "Choose a random element from a non-empty sequence."),
    RDEF(shuffle, "Shuffle list x in place, and return None."),
    RDEF(sample, "Chooses k unique random elements from a population sequence."),
    RDEF(choices, "Return a k sized list of population elements chosen with replacement."),
    { "uniform", mod_random_uniform, 0, "Get a random number in the range [a, b) or [a, b] depending on rounding." },
    { "triangular", mod_random_triangular, 0, "Triangular distribution." },
    { "normalvariate", mod_random_normalvariate, 0, "Normal distribution." },
    { "lognormvariate", mod_random_lognormvariate, 0, "Log normal distribution." },
    { "expovariate", mod_random_expovariate, 0, "Exponential distribution." },
    { "vonmisesvariate", mod_random_vonmisesvariate, 0, "Circular data distribution." },
    { "gammavariate", mod_random_gammavariate, 0, "Gamma distribution.  Not the gamma function!" },
    { "gauss", mod_random_gauss, 0, "Gaussian distribution." },
    { "betavariate", mod_random_betavariate, 0, "Beta distribution." },
    { "paretovariate", mod_random_paretovariate, 0, "Pareto distribution.  alpha is the shape parameter." },
    { "weibullvariate", mod_random_weibullvariate, 0, "Weibull distribution." },
    { NULL, NULL, 0, NULL },
};

static Object *random_get_gauss_next(Object *self, void *closure)
{
    (void)closure;
    return RND(self)->has_gauss ? float_from_double(RND(self)->gauss_next) : NEWREF(NONE);
}

static int random_set_gauss_next(Object *self, Object *v, void *closure)
{
    (void)closure;
    if (v == NULL || v == NONE) {
        RND(self)->has_gauss = 0;
        return 0;
    }
    double d = float_as_double(v);
    if (d == -1.0 && err_occurred())
        return -1;
    RND(self)->gauss_next = d;
    RND(self)->has_gauss = 1;
    return 0;
}

static Object *random_get_version(Object *self, void *closure)
{
    (void)self;
    (void)closure;
    return NEWREF(INT_SMALL(3));
}

static GetSetDef random_getset[] = {
    { "gauss_next", random_get_gauss_next, random_set_gauss_next, NULL, NULL },
    { "VERSION", random_get_version, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

TypeObject Random_Type = {
    TYPE_HEAD_INIT,
    .name = "Random",
    .basicsize = sizeof(RandomObject),
    .tpflags = TPF_BASETYPE,
    .doc = "Random number generator base class used by bound module functions.",
    .dealloc = random_dealloc,
    .new_ = random_new,
    .init = random_init,
    .methods = random_methods,
    .getset = random_getset,
};

Object *mod_random_create(void)
{
    if (!(Random_Type.tpflags & TPF_READY) && type_ready(&Random_Type) < 0)
        return NULL;
    Object *m = module_new("random");
    if (m == NULL)
        return NULL;
    Object *inst = NULL;
    module_set_builtin(m);
    Object *name = module_get_name(m);
    if (name == NULL || module_add_object(m, "__doc__", str_from_cstr("Random variable generators.")) < 0 ||
        module_add_object(m, "Random", NEWREF((Object *)&Random_Type)) < 0)
        goto fail;
    inst = obj_alloc(&Random_Type);
    if (inst == NULL)
        goto fail;
    seed_urandom(&RND(inst)->st);
    for (MethodDef *d = random_methods; d->name; d++)
        if (module_add_object(m, d->name, cfunc_new(d, inst, name)) < 0)
            goto fail;
    if (module_add_object(m, "_inst", inst) < 0) {
        inst = NULL;
        goto fail;
    }
    return m;
fail:
    XDECREF(inst);
    DECREF(m);
    return NULL;
}
