/* range.c — the lazy arithmetic sequence `range`: start/stop/step/length
 * kept as int objects (big values allowed), O(1) `in` for ints, slicing to
 * another range, CPython's hash and equality, and two iterators: a word
 * sized fast one and a general one on int objects. */
#include "objects/range.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

/* NEW: the number of items of range(lo, hi, step) as an int. */
static Object *compute_length(Object *lo, Object *hi, Object *step)
{
    if (INT_IS_SMALL(lo) && INT_IS_SMALL(hi) && INT_IS_SMALL(step)) {
        __int128 l = INT_VALUE(lo), h = INT_VALUE(hi), s = INT_VALUE(step), n = 0;
        if (s > 0 && l < h)
            n = (h - l - 1) / s + 1;
        else if (s < 0 && h < l)
            n = (l - h - 1) / (-s) + 1;
        return n > INT64_MAX ? int_from_u64((uint64_t)n) : int_from_i64((int64_t)n);
    }
    int sign = int_sign(step);
    Object *a = sign > 0 ? lo : hi, *b = sign > 0 ? hi : lo;
    if (int_compare(a, b) >= 0)
        return int_from_i64(0);
    Object *st = sign > 0 ? NEWREF(step) : int_neg(step);
    Object *d = st ? int_sub(b, a) : NULL;          /* hi - lo */
    Object *one = int_from_i64(1);
    Object *d1 = d ? int_sub(d, one) : NULL;        /* hi - lo - 1 */
    Object *q = d1 ? int_floordiv(d1, st) : NULL;
    Object *n = q ? int_add(q, one) : NULL;
    XDECREF(st);
    XDECREF(d);
    XDECREF(one);
    XDECREF(d1);
    XDECREF(q);
    return n;
}

/* STEALS start, stop, step (exact ints). */
static Object *range_from_ints(Object *start, Object *stop, Object *step)
{
    RangeObject *r = NULL;
    Object *len = compute_length(start, stop, step);
    if (len)
        r = (RangeObject *)obj_alloc(&Range_Type);
    if (r == NULL) {
        XDECREF(len);
        DECREF(start);
        DECREF(stop);
        DECREF(step);
        return NULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return (Object *)r;
}

Object *range_new(Object *start, Object *stop, Object *step)
{
    Object *a = int_index(start), *b = a ? int_index(stop) : NULL;
    Object *c = b ? (step ? int_index(step) : int_from_i64(1)) : NULL;
    if (c == NULL) {
        XDECREF(a);
        XDECREF(b);
        return NULL;
    }
    if (int_sign(c) == 0) {
        DECREF(a);
        DECREF(b);
        DECREF(c);
        return err_set_string(&Exc_ValueError, "range() arg 3 must not be zero");
    }
    return range_from_ints(a, b, c);
}

static Object *range_vnew(TypeObject *t, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)t;
    if (arg_nokw("range", kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return err_set_string(&Exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return err_format(&Exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) {
        Object *stop = int_index(args[0]);
        if (stop == NULL)
            return NULL;
        return range_from_ints(int_from_i64(0), stop, int_from_i64(1));
    }
    return range_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static void range_dealloc(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    DECREF(r->start);
    DECREF(r->stop);
    DECREF(r->step);
    DECREF(r->length);
    obj_free(o);
}

static Object *range_repr(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    if (INT_IS_SMALL(r->step) && INT_VALUE(r->step) == 1)
        return str_from_format("range(%R, %R)", r->start, r->stop);
    return str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static intptr_t range_len(Object *o)
{
    return int_as_ssize(((RangeObject *)o)->length);
}

static int range_bool(Object *o)
{
    return int_sign(((RangeObject *)o)->length) != 0;
}

/* NEW: start + i * step for an int i. */
static Object *compute_item(RangeObject *r, Object *i)
{
    Object *m = int_mul(i, r->step);
    if (m == NULL)
        return NULL;
    Object *v = int_add(r->start, m);
    DECREF(m);
    return v;
}

static Object *range_item(Object *o, intptr_t i)
{
    RangeObject *r = (RangeObject *)o;
    Object *io = int_from_ssize(i);
    if (io == NULL)
        return NULL;
    Object *v = NULL;
    if (i < 0 || int_compare(io, r->length) >= 0)
        err_set_string(&Exc_IndexError, "range object index out of range");
    else
        v = compute_item(r, io);
    DECREF(io);
    return v;
}

/* NEW int for one slice field (None -> dflt), or NULL with CPython's
 * slice TypeError. */
static Object *slice_field(Object *v, Object *dflt)
{
    if (IS_NONE(v))
        return NEWREF(dflt);
    if (!INT_CHECK(v) && !(TYPE(v)->num && TYPE(v)->num->index))
        return err_set_string(&Exc_TypeError,
                              "slice indices must be integers or None or have an __index__ method");
    return int_index(v);
}

/* Clamps a start/stop (STOLEN) into [lower, upper] after adding length to
 * a negative one.  NEW or NULL. */
static Object *clamp_index(Object *v, Object *length, Object *lower, Object *upper)
{
    if (v && int_sign(v) < 0) {
        Object *w = int_add(v, length);
        DECREF(v);
        v = w;
        if (v && int_compare(v, lower) < 0) {
            DECREF(v);
            v = NEWREF(lower);
        }
    } else if (v && int_compare(v, upper) > 0) {
        DECREF(v);
        v = NEWREF(upper);
    }
    return v;
}

/* CPython's _PySlice_GetLongIndices: a slice's start, stop and step for a
 * length of any size (range(10**30)[::10**10]).  NEW references in out[];
 * 0 or -1. */
static int long_slice_indices(Object *key, Object *length, Object *out[3])
{
    SliceObject *sl = (SliceObject *)key;
    Object *one = int_from_i64(1), *zero = int_from_i64(0), *m1 = int_from_i64(-1);
    Object *step = NULL, *lower = NULL, *upper = NULL, *start = NULL, *stop = NULL;
    int rc = -1;
    if (!one || !zero || !m1)
        goto done;
    step = slice_field(sl->step, one);
    if (!step)
        goto done;
    if (int_sign(step) == 0) {
        err_set_string(&Exc_ValueError, "slice step cannot be zero");
        goto done;
    }
    bool neg = int_sign(step) < 0;
    lower = NEWREF(neg ? m1 : zero);
    upper = neg ? int_add(length, m1) : NEWREF(length);
    if (!upper)
        goto done;
    /* Omitted bounds take the defaults as they are, unadjusted. */
    start = IS_NONE(sl->start) ? NEWREF(neg ? upper : lower)
                               : clamp_index(slice_field(sl->start, lower), length, lower, upper);
    stop = !start ? NULL : IS_NONE(sl->stop) ? NEWREF(neg ? lower : upper)
                               : clamp_index(slice_field(sl->stop, lower), length, lower, upper);
    if (!stop)
        goto done;
    out[0] = start; out[1] = stop; out[2] = step;
    start = stop = step = NULL;
    rc = 0;
done:
    XDECREF(one); XDECREF(zero); XDECREF(m1);
    XDECREF(step); XDECREF(lower); XDECREF(upper); XDECREF(start); XDECREF(stop);
    return rc;
}

static Object *range_subscript(Object *o, Object *key)
{
    RangeObject *r = (RangeObject *)o;
    if (SLICE_CHECK(key)) {
        Object *idx[3];
        if (long_slice_indices(key, r->length, idx) < 0)
            return NULL;
        Object *so = idx[0], *eo = idx[1], *st = idx[2];
        Object *a = so ? compute_item(r, so) : NULL;
        Object *b = eo ? compute_item(r, eo) : NULL;
        Object *c = st ? int_mul(r->step, st) : NULL;
        XDECREF(so);
        XDECREF(eo);
        XDECREF(st);
        if (!a || !b || !c) {
            XDECREF(a);
            XDECREF(b);
            XDECREF(c);
            return NULL;
        }
        return range_from_ints(a, b, c);
    }
    if (INT_CHECK(key) || (TYPE(key)->num && TYPE(key)->num->index)) {
        Object *i = int_index(key);
        if (i == NULL)
            return NULL;
        if (int_sign(i) < 0) {
            Object *j = int_add(i, r->length);
            DECREF(i);
            if ((i = j) == NULL)
                return NULL;
        }
        Object *v = NULL;
        if (int_sign(i) < 0 || int_compare(i, r->length) >= 0)
            err_set_string(&Exc_IndexError, "range object index out of range");
        else
            v = compute_item(r, i);
        DECREF(i);
        return v;
    }
    return err_format(&Exc_TypeError, "range indices must be integers or slices, not %T", key);
}

/* 1/0/-1: an int x is one of the range's values. */
static int range_contains_int(RangeObject *r, Object *x)
{
    int sign = int_sign(r->step);
    if (sign > 0) {
        if (int_compare(r->start, x) > 0 || int_compare(x, r->stop) >= 0)
            return 0;
    } else {
        if (int_compare(r->stop, x) >= 0 || int_compare(x, r->start) > 0)
            return 0;
    }
    Object *d = int_sub(x, r->start);
    Object *m = d ? int_mod(d, r->step) : NULL;
    XDECREF(d);
    if (m == NULL)
        return -1;
    int z = int_sign(m) == 0;
    DECREF(m);
    return z;
}

static int range_contains(Object *o, Object *x)
{
    RangeObject *r = (RangeObject *)o;
    if (INT_CHECK_EXACT(x) || IS_TYPE(x, &Bool_Type))
        return range_contains_int(r, x);
    Object *it = obj_iter(o);
    if (it == NULL)
        return -1;
    Object *v;
    int res = 0;
    while ((v = obj_next(it)) != NULL) {
        int k = obj_richcompare_bool(v, x, CMP_EQ);
        DECREF(v);
        if (k != 0) {
            res = k;
            break;
        }
    }
    DECREF(it);
    if (res == 0 && err_occurred())
        return -1;
    return res;
}

/* Equal as sequences: same length, and same start/step where they matter. */
static int range_equals(RangeObject *a, RangeObject *b)
{
    if (a == b)
        return 1;
    if (int_compare(a->length, b->length) != 0)
        return 0;
    if (int_sign(a->length) == 0)
        return 1;
    if (int_compare(a->start, b->start) != 0)
        return 0;
    if (INT_IS_SMALL(a->length) && INT_VALUE(a->length) == 1)
        return 1;
    return int_compare(a->step, b->step) == 0;
}

static Object *range_richcompare(Object *a, Object *b, int op)
{
    if (!RANGE_CHECK(a) || !RANGE_CHECK(b) || (op != CMP_EQ && op != CMP_NE))
        RETURN_NOTIMPL;
    int r = range_equals((RangeObject *)a, (RangeObject *)b);
    return bool_from(op == CMP_EQ ? r : !r);
}

/* hash((len, start, step)) with None for the parts that do not matter. */
static hash_t range_hash(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    Object *t;
    if (int_sign(r->length) == 0)
        t = tuple_pack(3, r->length, NONE, NONE);
    else if (INT_IS_SMALL(r->length) && INT_VALUE(r->length) == 1)
        t = tuple_pack(3, r->length, r->start, NONE);
    else
        t = tuple_pack(3, r->length, r->start, r->step);
    if (t == NULL)
        return -1;
    hash_t h = obj_hash(t);
    DECREF(t);
    return h;
}

/* ---- iterators ---------------------------------------------------------- */

typedef struct RangeIterObject {
    Object ob;
    int64_t start, step, len;
} RangeIterObject;

typedef struct LongRangeIterObject {
    Object ob;
    Object *start, *step, *len;     /* ints; len counts down */
} LongRangeIterObject;

/* NEW: an iterator over start, start+step, ... (len items). */
static Object *make_iter(Object *start, Object *step, Object *len)
{
    if (INT_IS_SMALL(start) && INT_IS_SMALL(step) && INT_IS_SMALL(len)) {
        __int128 last = (__int128)INT_VALUE(start) + ((__int128)INT_VALUE(len) - 1) * INT_VALUE(step);
        if (last >= INT64_MIN && last <= INT64_MAX && INT_VALUE(step) > INT64_MIN) {
            RangeIterObject *it = (RangeIterObject *)obj_alloc(&RangeIter_Type);
            if (it == NULL)
                return NULL;
            it->start = INT_VALUE(start);
            it->step = INT_VALUE(step);
            it->len = INT_VALUE(len);
            return (Object *)it;
        }
    }
    LongRangeIterObject *it = (LongRangeIterObject *)obj_alloc(&LongRangeIter_Type);
    if (it == NULL)
        return NULL;
    it->start = NEWREF(start);
    it->step = NEWREF(step);
    it->len = NEWREF(len);
    return (Object *)it;
}

static Object *range_iter(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    return make_iter(r->start, r->step, r->length);
}

static Object *range_m_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("range.__reversed__", nargs, kwnames) < 0)
        return NULL;
    RangeObject *r = (RangeObject *)self;
    if (int_sign(r->length) == 0)
        return make_iter(r->start, r->step, r->length);
    Object *one = int_from_i64(1);
    Object *lm1 = int_sub(r->length, one);
    DECREF(one);
    Object *last = lm1 ? compute_item(r, lm1) : NULL;
    Object *nstep = int_neg(r->step);
    Object *it = last && nstep ? make_iter(last, nstep, r->length) : NULL;
    XDECREF(lm1);
    XDECREF(last);
    XDECREF(nstep);
    return it;
}

static Object *rangeiter_next(Object *o)
{
    RangeIterObject *it = (RangeIterObject *)o;
    if (it->len <= 0)
        return NULL;
    int64_t v = it->start;
    it->len--;
    if (it->len > 0)
        it->start += it->step;
    return int_from_i64(v);
}

static Object *longrangeiter_next(Object *o)
{
    LongRangeIterObject *it = (LongRangeIterObject *)o;
    if (int_sign(it->len) <= 0)
        return NULL;
    Object *one = int_from_i64(1);
    Object *nl = int_sub(it->len, one);
    DECREF(one);
    if (nl == NULL)
        return NULL;
    Object *ns = int_add(it->start, it->step);
    if (ns == NULL) {
        DECREF(nl);
        return NULL;
    }
    Object *v = it->start;
    it->start = ns;
    SETREF(it->len, nl);
    return v;
}

static void rangeiter_dealloc(Object *o)
{
    obj_free(o);
}

static void longrangeiter_dealloc(Object *o)
{
    LongRangeIterObject *it = (LongRangeIterObject *)o;
    DECREF(it->start);
    DECREF(it->step);
    DECREF(it->len);
    obj_free(o);
}

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

static Object *rangeiter_m_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("__length_hint__", nargs, kwnames) < 0)
        return NULL;
    if (IS_TYPE(self, &RangeIter_Type))
        return int_from_i64(((RangeIterObject *)self)->len);
    return NEWREF(((LongRangeIterObject *)self)->len);
}

static MethodDef rangeiter_methods[] = {
    { "__length_hint__", rangeiter_m_length_hint, 0, NULL },
    { NULL, NULL, 0, NULL }
};

/* ---- methods ------------------------------------------------------------ */

static Object *range_m_count(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("range.count", nargs, kwnames) < 0)
        return NULL;
    if (INT_CHECK_EXACT(args[0]) || IS_TYPE(args[0], &Bool_Type)) {
        int r = range_contains_int((RangeObject *)self, args[0]);
        return r < 0 ? NULL : int_from_i64(r);
    }
    Object *it = obj_iter(self);
    if (it == NULL)
        return NULL;
    Object *v;
    intptr_t c = 0;
    while ((v = obj_next(it)) != NULL) {
        int k = obj_richcompare_bool(v, args[0], CMP_EQ);
        DECREF(v);
        if (k < 0) {
            DECREF(it);
            return NULL;
        }
        c += k;
    }
    DECREF(it);
    return err_occurred() ? NULL : int_from_ssize(c);
}

static Object *range_m_index(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("range.index", nargs, kwnames) < 0)
        return NULL;
    RangeObject *r = (RangeObject *)self;
    Object *x = args[0];
    if (INT_CHECK_EXACT(x) || IS_TYPE(x, &Bool_Type)) {
        int k = range_contains_int(r, x);
        if (k < 0)
            return NULL;
        if (k) {
            Object *d = int_sub(x, r->start);
            Object *q = d ? int_floordiv(d, r->step) : NULL;
            XDECREF(d);
            return q;
        }
    } else {
        Object *it = obj_iter(self);
        if (it == NULL)
            return NULL;
        Object *v;
        intptr_t i = 0;
        while ((v = obj_next(it)) != NULL) {
            int k = obj_richcompare_bool(v, x, CMP_EQ);
            DECREF(v);
            if (k != 0) {
                DECREF(it);
                return k < 0 ? NULL : int_from_ssize(i);
            }
            i++;
        }
        DECREF(it);
        if (err_occurred())
            return NULL;
    }
    return err_format(&Exc_ValueError, "%R is not in range", x);
}

static Object *range_get_start(Object *o, void *c) { (void)c; return NEWREF(((RangeObject *)o)->start); }
static Object *range_get_stop(Object *o, void *c) { (void)c; return NEWREF(((RangeObject *)o)->stop); }
static Object *range_get_step(Object *o, void *c) { (void)c; return NEWREF(((RangeObject *)o)->step); }

static MethodDef range_methods[] = {
    { "count", range_m_count, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    { "index", range_m_index, 0, "rangeobject.index(value) -> integer -- return index of value." },
    { "__reversed__", range_m_reversed, 0, "Return a reverse iterator." },
    { NULL, NULL, 0, NULL }
};

static GetSetDef range_getset[] = {
    { "start", range_get_start, NULL, NULL, NULL },
    { "stop", range_get_stop, NULL, NULL, NULL },
    { "step", range_get_step, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

static NumberMethods range_as_number = {
    .bool_ = range_bool,
};

TypeObject Range_Type = {
    TYPE_HEAD_INIT,
    .name = "range",
    .basicsize = sizeof(RangeObject),
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .num = &range_as_number,
    .len = range_len,
    .getitem = range_subscript,
    .contains = range_contains,
    .item = range_item,
    .new_ = range_vnew,
    .methods = range_methods,
    .getset = range_getset,
};

TypeObject RangeIter_Type = {
    TYPE_HEAD_INIT,
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObject),
    .dealloc = rangeiter_dealloc,
    .iter = self_iter,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

TypeObject LongRangeIter_Type = {
    TYPE_HEAD_INIT,
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIterObject),
    .dealloc = longrangeiter_dealloc,
    .iter = self_iter,
    .iternext = longrangeiter_next,
    .methods = rangeiter_methods,
};

int range_init(void)
{
    if (type_ready(&Range_Type) < 0 || type_ready(&RangeIter_Type) < 0
        || type_ready(&LongRangeIter_Type) < 0)
        return -1;
    return 0;
}
