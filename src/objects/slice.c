/* slice.c — slice objects (start/stop/step, 3.11 semantics: comparable as
 * tuples, unhashable) and the index arithmetic shared by every sequence:
 * unpacking a slice to C integers and clamping it to a length. */
#include <stdint.h>

#include "objects/slice.h"
#include "objects/str.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "mem/gc.h"
#include "runtime/errors.h"

/* NEW: slice(start, stop, step); NULL means None.  Steals nothing. */
Object *slice_new(Object *start, Object *stop, Object *step)
{
    SliceObject *s = (SliceObject *)obj_alloc(&Slice_Type);
    if (s == NULL)
        return NULL;
    s->start = NEWREF(start ? start : NONE);
    s->stop = NEWREF(stop ? stop : NONE);
    s->step = NEWREF(step ? step : NONE);
    gc_track((Object *)s);
    return (Object *)s;
}

static int has_index(Object *o)
{
    return INT_CHECK(o) || (TYPE(o)->num && TYPE(o)->num->index);
}

/* Value of an __index__ object, overflow reported through *overflow. */
static int index_value(Object *o, intptr_t *out, int *overflow)
{
    Object *i = int_index(o);
    if (i == NULL)
        return -1;
    int64_t v = int_as_i64(i, overflow);
    DECREF(i);
    *out = (intptr_t)v;
    return 0;
}

int slice_key_index(Object *key, intptr_t *out)
{
    if (!has_index(key))
        return 0;
    int ovf = 0;
    if (index_value(key, out, &ovf) < 0)
        return -1;
    if (ovf) {
        err_format(&Exc_IndexError, "cannot fit '%T' into an index-sized integer", key);
        return -1;
    }
    return 1;
}

int slice_as_ssize(Object *o, TypeObject *overflow_exc, intptr_t *out)
{
    if (!has_index(o)) {
        err_format(&Exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    int ovf = 0;
    if (index_value(o, out, &ovf) < 0)
        return -1;
    if (ovf) {
        err_format(overflow_exc, "cannot fit '%T' into an index-sized integer", o);
        return -1;
    }
    return 0;
}

/* args[1], args[2] of index(x[, start[, stop]]) clamped to [0, len]. */
int slice_search_bounds(Object *const *args, size_t nargs, intptr_t len,
                        intptr_t *start, intptr_t *stop)
{
    *start = 0;
    *stop = INTPTR_MAX;
    for (size_t k = 1; k < nargs; k++) {
        Object *v = args[k];
        intptr_t *dst = k == 1 ? start : stop;
        if (!(INT_CHECK(v) || (TYPE(v)->num && TYPE(v)->num->index))) {
            err_set_string(&Exc_TypeError,
                           "slice indices must be integers or have an __index__ method");
            return -1;
        }
        Object *i = int_index(v);
        if (i == NULL)
            return -1;
        *dst = int_as_ssize_clamped(i);
        DECREF(i);
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = 0;
    }
    return 0;
}

/* _PyEval_SliceIndex: None leaves *out alone; big values clamp. */
static int slice_index(Object *v, intptr_t *out)
{
    if (IS_NONE(v))
        return 0;
    if (!has_index(v)) {
        err_set_string(&Exc_TypeError,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    int ovf = 0;
    if (index_value(v, out, &ovf) < 0)
        return -1;
    if (ovf)
        *out = ovf > 0 ? INTPTR_MAX : INTPTR_MIN;
    return 0;
}

int slice_unpack(Object *slice, intptr_t *start, intptr_t *stop, intptr_t *step)
{
    SliceObject *s = (SliceObject *)slice;
    *step = 1;
    if (slice_index(s->step, step) < 0)
        return -1;
    if (!IS_NONE(s->step) && *step == 0) {
        err_set_string(&Exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    if (*step < -INTPTR_MAX)
        *step = -INTPTR_MAX;        /* so that -step cannot overflow */
    *start = *step < 0 ? INTPTR_MAX : 0;
    if (slice_index(s->start, start) < 0)
        return -1;
    *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
    if (slice_index(s->stop, stop) < 0)
        return -1;
    return 0;
}

intptr_t slice_adjust_indices(intptr_t length, intptr_t *start, intptr_t *stop,
                              intptr_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int slice_indices(Object *slice, intptr_t length, intptr_t *start,
                  intptr_t *stop, intptr_t *step, intptr_t *slicelength)
{
    if (slice_unpack(slice, start, stop, step) < 0)
        return -1;
    *slicelength = slice_adjust_indices(length, start, stop, *step);
    return 0;
}

/* ---- the type ----------------------------------------------------------- */

static void slice_dealloc(Object *o)
{
    SliceObject *s = (SliceObject *)o;
    gc_untrack(o);
    CLEAR(s->start);
    CLEAR(s->stop);
    CLEAR(s->step);
    obj_free(o);
}

static int slice_traverse(Object *o, visitproc visit, void *arg)
{
    SliceObject *s = (SliceObject *)o;
    int r;
    if ((r = visit(s->start, arg)) || (r = visit(s->stop, arg)) || (r = visit(s->step, arg)))
        return r;
    return 0;
}

static Object *slice_repr(Object *o)
{
    SliceObject *s = (SliceObject *)o;
    return str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

/* 3.11 compares slices as the tuples (start, stop, step). */
static Object *slice_richcompare(Object *a, Object *b, int op)
{
    if (!SLICE_CHECK(a) || !SLICE_CHECK(b))
        RETURN_NOTIMPL;
    if (a == b && (op == CMP_EQ || op == CMP_NE || op == CMP_LE || op == CMP_GE))
        return bool_from(op != CMP_NE);
    SliceObject *x = (SliceObject *)a, *y = (SliceObject *)b;
    Object *ta = tuple_pack(3, x->start, x->stop, x->step);
    if (ta == NULL)
        return NULL;
    Object *tb = tuple_pack(3, y->start, y->stop, y->step);
    if (tb == NULL) {
        DECREF(ta);
        return NULL;
    }
    Object *r = obj_richcompare(ta, tb, op);
    DECREF(ta);
    DECREF(tb);
    return r;
}

static Object *slice_vnew(TypeObject *t, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_nokw("slice", kwnames) < 0)
        return NULL;
    if (nargs < 1)
        return err_format(&Exc_TypeError, "slice expected at least 1 argument, got %zu", nargs);
    if (nargs > 3)
        return err_format(&Exc_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1)
        return slice_new(NULL, args[0], NULL);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

/* slice.indices(len) -> (start, stop, step), clamped like a subscript. */
static Object *slice_m_indices(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("slice.indices", nargs, kwnames) < 0)
        return NULL;
    intptr_t len, start, stop, step, n;
    if (slice_as_ssize(args[0], &Exc_OverflowError, &len) < 0)
        return NULL;
    if (len < 0)
        return err_set_string(&Exc_ValueError, "length should not be negative");
    if (slice_indices(self, len, &start, &stop, &step, &n) < 0)
        return NULL;
    Object *a = int_from_ssize(start), *b = int_from_ssize(stop), *c = int_from_ssize(step);
    Object *r = (a && b && c) ? tuple_pack(3, a, b, c) : NULL;
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return r;
}

static Object *slice_get_start(Object *o, void *c) { (void)c; return NEWREF(((SliceObject *)o)->start); }
static Object *slice_get_stop(Object *o, void *c) { (void)c; return NEWREF(((SliceObject *)o)->stop); }
static Object *slice_get_step(Object *o, void *c) { (void)c; return NEWREF(((SliceObject *)o)->step); }

static MethodDef slice_methods[] = {
    { "indices", slice_m_indices, 0, "S.indices(len) -> (start, stop, stride)" },
    { NULL, NULL, 0, NULL }
};

static GetSetDef slice_getset[] = {
    { "start", slice_get_start, NULL, NULL, NULL },
    { "stop", slice_get_stop, NULL, NULL, NULL },
    { "step", slice_get_step, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

TypeObject Slice_Type = {
    TYPE_HEAD_INIT,
    .name = "slice",
    .basicsize = sizeof(SliceObject),
    .tpflags = TPF_GC,
    .doc = "slice(stop)\nslice(start, stop[, step])",
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = hash_not_implemented,
    .richcompare = slice_richcompare,
    .traverse = slice_traverse,
    .new_ = slice_vnew,
    .methods = slice_methods,
    .getset = slice_getset,
};

int slice_init(void)
{
    return type_ready(&Slice_Type);
}

void slice_fini(void) { }
