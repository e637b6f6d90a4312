/* iterobjects.c — enumerate, zip, map and filter: lazy iterators over other
 * iterators, with CPython's constructors, reprs (<map object at 0x...>) and
 * error messages.  Each pulls from its sources only when asked. */
#include "objects/iterobjects.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "mem/gc.h"
#include "runtime/errors.h"

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

/* The constructors do all the work; object.__init__ would refuse the
 * arguments type_call passes on. */
static int noop_init(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    return 0;
}

/* ---- enumerate ---------------------------------------------------------- */

typedef struct EnumerateObject {
    Object ob;
    Object *it;
    int64_t index;              /* while small is set */
    Object *big;                /* the index as an int once past int64 */
    Object *result;             /* (None, None) at first; reused while only we hold it */
    int small;
} EnumerateObject;

/* CPython's result-tuple reuse (enumerate and zip): when the tuple handed
 * out last time is referenced only by the iterator, it is refilled instead
 * of allocating another.  Installs the pair (STOLEN); the old items are
 * released after, in CPython's order.  A tuple the collector untracked (all
 * atomic items) is tracked again since its new items may not be.  NEW. */
static Object *refill_pair(Object *t, Object *a, Object *b)
{
    INCREF(t);
    Object *olda = TUPLE_GET(t, 0), *oldb = TUPLE_GET(t, 1);
    TUPLE_SET(t, 0, a);
    TUPLE_SET(t, 1, b);
    DECREF(olda);
    DECREF(oldb);
    if (!gc_is_tracked(t))
        gc_track(t);
    return t;
}

Object *iterobj_enumerate(Object *iterable, Object *start)
{
    Object *idx = NULL;
    if (start) {
        idx = num_index(start);
        if (idx == NULL)
            return NULL;
    }
    Object *it = obj_iter(iterable);
    if (it == NULL) {
        XDECREF(idx);
        return NULL;
    }
    Object *result = tuple_pack(2, NONE, NONE);
    EnumerateObject *e = result ? (EnumerateObject *)obj_alloc(&Enumerate_Type) : NULL;
    if (e == NULL) {
        XDECREF(result);
        DECREF(it);
        XDECREF(idx);
        return NULL;
    }
    e->it = it;
    e->result = result;
    e->small = 1;
    if (idx) {
        int overflow;
        e->index = int_as_i64(idx, &overflow);
        if (overflow || e->index == INT64_MAX) {
            e->small = 0;
            e->big = NEWREF(idx);
        }
        DECREF(idx);
    }
    gc_track((Object *)e);
    return (Object *)e;
}

static Object *enumerate_next(Object *o)
{
    EnumerateObject *e = (EnumerateObject *)o;
    Object *item = TYPE(e->it)->iternext(e->it);
    if (item == NULL)
        return NULL;
    Object *idx;
    if (e->small) {
        idx = int_from_i64(e->index);
        if (idx && ++e->index == INT64_MAX) {
            e->small = 0;
            e->big = int_from_i64(INT64_MAX);
            if (e->big == NULL)
                CLEAR(idx);
        }
    } else {
        idx = NEWREF(e->big);
        Object *one = int_from_i64(1);
        Object *next = one ? int_add(e->big, one) : NULL;
        XDECREF(one);
        if (next == NULL)
            CLEAR(idx);
        else
            SETREF(e->big, next);
    }
    if (idx == NULL) {
        DECREF(item);
        return NULL;
    }
    if (REFCNT(e->result) == 1)
        return refill_pair(e->result, idx, item);
    Object *t = tuple_new(2);
    if (t == NULL) {
        DECREF(idx);
        DECREF(item);
        return NULL;
    }
    TUPLE_SET(t, 0, idx);
    TUPLE_SET(t, 1, item);
    return t;
}

static Object *enumerate_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const kwlist[] = { "iterable", "start" };
    Object *a[2];
    if (str_parse_args("enumerate", args, nargs, kw, kwlist, 2, 0, 2, a) < 0)
        return NULL;
    if (a[0] == NULL)
        return err_set_string(&Exc_TypeError, "enumerate() missing required argument 'iterable'");
    return iterobj_enumerate(a[0], a[1]);
}

static void enumerate_dealloc(Object *o)
{
    EnumerateObject *e = (EnumerateObject *)o;
    gc_untrack(o);
    XDECREF(e->it);
    XDECREF(e->big);
    XDECREF(e->result);
    obj_free(o);
}

static int enumerate_traverse(Object *o, visitproc visit, void *arg)
{
    EnumerateObject *e = (EnumerateObject *)o;
    int r = e->it ? visit(e->it, arg) : 0;
    if (r == 0 && e->result)
        r = visit(e->result, arg);
    return r;
}

TypeObject Enumerate_Type = {
    TYPE_HEAD_INIT,
    .name = "enumerate",
    .basicsize = sizeof(EnumerateObject),
    .tpflags = TPF_GC | TPF_BASETYPE,
    .doc = "Return an enumerate object.",
    .dealloc = enumerate_dealloc,
    .iter = self_iter,
    .iternext = enumerate_next,
    .traverse = enumerate_traverse,
    .new_ = enumerate_new,
    .init = noop_init,
};

/* ---- zip ------------------------------------------------------------------ */

typedef struct ZipObject {
    Object ob;
    Object *iters;              /* tuple of iterators */
    Object *result;             /* n Nones at first; reused while only we hold it */
    int strict;
} ZipObject;

Object *iterobj_zip(Object *const *iterables, size_t n, int strict)
{
    Object *iters = tuple_new((intptr_t)n);
    if (iters == NULL)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        Object *it = obj_iter(iterables[i]);
        if (it == NULL) {
            for (size_t j = i; j < n; j++)
                TUPLE_SET(iters, j, NEWREF(NONE));
            DECREF(iters);
            return NULL;
        }
        TUPLE_SET(iters, i, it);
    }
    Object *result = tuple_new((intptr_t)n);
    if (result == NULL) {
        DECREF(iters);
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        TUPLE_SET(result, i, NEWREF(NONE));
    ZipObject *z = (ZipObject *)obj_alloc(&Zip_Type);
    if (z == NULL) {
        DECREF(result);
        DECREF(iters);
        return NULL;
    }
    z->iters = iters;
    z->result = result;
    z->strict = strict;
    gc_track((Object *)z);
    return (Object *)z;
}

/* The strict-mode ValueError once iterator i ran short or long. */
static Object *zip_mismatch(intptr_t i, int longer)
{
    const char *what = longer ? "longer" : "shorter";
    if (i == 1)
        return err_format(&Exc_ValueError, "zip() argument 2 is %s than argument 1", what);
    return err_format(&Exc_ValueError, "zip() argument %zd is %s than arguments 1-%zd",
                      i + 1, what, i);
}

/* Iterator i of z returned NULL: StopIteration ends the zip (after the
 * strict-mode length checks), any other error propagates.  Returns NULL. */
static Object *zip_exhausted(ZipObject *z, intptr_t i)
{
    intptr_t n = TUPLE_SIZE(z->iters);
    if (err_occurred()) {
        if (!err_matches_type(&Exc_StopIteration))
            return NULL;
        err_clear();
    }
    if (!z->strict)
        return NULL;
    if (i > 0)
        return zip_mismatch(i, 0);
    /* the first ran out: every other must be exhausted too */
    for (intptr_t k = 1; k < n; k++) {
        Object *ik = TUPLE_GET(z->iters, k);
        Object *x = TYPE(ik)->iternext(ik);
        if (x) {
            DECREF(x);
            return zip_mismatch(k, 1);
        }
        if (err_occurred()) {
            if (!err_matches_type(&Exc_StopIteration))
                return NULL;
            err_clear();
        }
    }
    return NULL;
}

static Object *zip_next(Object *o)
{
    ZipObject *z = (ZipObject *)o;
    intptr_t n = TUPLE_SIZE(z->iters);
    if (n == 0)
        return NULL;
    Object *t = z->result;
    if (REFCNT(t) == 1) {
        /* only we hold the last result: refill it (see refill_pair) */
        INCREF(t);
        for (intptr_t i = 0; i < n; i++) {
            Object *it = TUPLE_GET(z->iters, i);
            Object *v = TYPE(it)->iternext(it);
            if (v == NULL) {
                DECREF(t);
                return zip_exhausted(z, i);
            }
            Object *old = TUPLE_GET(t, i);
            TUPLE_SET(t, i, v);
            DECREF(old);
        }
        if (!gc_is_tracked(t))
            gc_track(t);
        return t;
    }
    t = tuple_new(n);
    if (t == NULL)
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        Object *it = TUPLE_GET(z->iters, i);
        Object *v = TYPE(it)->iternext(it);
        if (v == NULL) {
            for (intptr_t j = i; j < n; j++)
                TUPLE_SET(t, j, NEWREF(NONE));
            DECREF(t);
            return zip_exhausted(z, i);
        }
        TUPLE_SET(t, i, v);
    }
    return t;
}

static Object *zip_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    int strict = 0;
    size_t nk = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    if (nk > 1)
        return err_format(&Exc_TypeError, "zip() takes at most 1 keyword argument (%zu given)", nk);
    if (nk == 1) {
        Object *name = TUPLE_GET(kw, 0);
        if (!str_eq_cstr(name, "strict"))
            return err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for zip()",
                              name);
        strict = obj_is_true(args[nargs]);
        if (strict < 0)
            return NULL;
    }
    return iterobj_zip(args, nargs, strict);
}

static void zip_dealloc(Object *o)
{
    gc_untrack(o);
    XDECREF(((ZipObject *)o)->iters);
    XDECREF(((ZipObject *)o)->result);
    obj_free(o);
}

static int zip_traverse(Object *o, visitproc visit, void *arg)
{
    ZipObject *z = (ZipObject *)o;
    int r = z->iters ? visit(z->iters, arg) : 0;
    if (r == 0 && z->result)
        r = visit(z->result, arg);
    return r;
}

TypeObject Zip_Type = {
    TYPE_HEAD_INIT,
    .name = "zip",
    .basicsize = sizeof(ZipObject),
    .tpflags = TPF_GC | TPF_BASETYPE,
    .doc = "The zip object yields n-length tuples, where n is the number of iterables\n"
           "passed as positional arguments to zip().",
    .dealloc = zip_dealloc,
    .iter = self_iter,
    .iternext = zip_next,
    .traverse = zip_traverse,
    .new_ = zip_new,
    .init = noop_init,
};

/* ---- map ------------------------------------------------------------------- */

typedef struct MapObject {
    Object ob;
    Object *func;
    Object *iters;              /* tuple of iterators */
} MapObject;

Object *iterobj_map(Object *func, Object *const *iterables, size_t n)
{
    ZipObject *z = (ZipObject *)iterobj_zip(iterables, n, 0);
    if (z == NULL)
        return NULL;
    MapObject *m = (MapObject *)obj_alloc(&Map_Type);
    if (m == NULL) {
        DECREF((Object *)z);
        return NULL;
    }
    m->func = NEWREF(func);
    m->iters = NEWREF(z->iters);
    DECREF((Object *)z);
    gc_track((Object *)m);
    return (Object *)m;
}

static Object *map_next(Object *o)
{
    MapObject *m = (MapObject *)o;
    intptr_t n = TUPLE_SIZE(m->iters);
    Object *small[8];
    Object **argv = small;
    if (n > 8 && (argv = (Object **)tuple_new(n)) == NULL)
        return NULL;
    Object *holder = n > 8 ? (Object *)argv : NULL;
    if (holder)
        argv = TUPLE_ITEMS(holder);
    intptr_t got = 0;
    Object *r = NULL;
    for (; got < n; got++) {
        Object *it = TUPLE_GET(m->iters, got);
        Object *v = TYPE(it)->iternext(it);
        if (v == NULL)
            break;
        argv[got] = v;
    }
    if (got == n)
        r = obj_call(m->func, argv, (size_t)n, NULL);
    for (intptr_t i = 0; i < got; i++)
        DECREF(argv[i]);
    if (holder) {
        for (intptr_t i = 0; i < n; i++)
            argv[i] = NEWREF(NONE);
        DECREF(holder);
    }
    return r;
}

static Object *map_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    if (kw && TUPLE_SIZE(kw))
        return err_set_string(&Exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2)
        return err_set_string(&Exc_TypeError, "map() must have at least two arguments.");
    return iterobj_map(args[0], args + 1, nargs - 1);
}

static void map_dealloc(Object *o)
{
    MapObject *m = (MapObject *)o;
    gc_untrack(o);
    XDECREF(m->func);
    XDECREF(m->iters);
    obj_free(o);
}

static int map_traverse(Object *o, visitproc visit, void *arg)
{
    MapObject *m = (MapObject *)o;
    int r;
    if (m->func && (r = visit(m->func, arg)))
        return r;
    return m->iters ? visit(m->iters, arg) : 0;
}

TypeObject Map_Type = {
    TYPE_HEAD_INIT,
    .name = "map",
    .basicsize = sizeof(MapObject),
    .tpflags = TPF_GC | TPF_BASETYPE,
    .doc = "Make an iterator that computes the function using arguments from\n"
           "each of the iterables.  Stops when the shortest iterable is exhausted.",
    .dealloc = map_dealloc,
    .iter = self_iter,
    .iternext = map_next,
    .traverse = map_traverse,
    .new_ = map_new,
    .init = noop_init,
};

/* ---- filter ------------------------------------------------------------------ */

typedef struct FilterObject {
    Object ob;
    Object *func;               /* None: truth of the item */
    Object *it;
} FilterObject;

Object *iterobj_filter(Object *func, Object *iterable)
{
    Object *it = obj_iter(iterable);
    if (it == NULL)
        return NULL;
    FilterObject *f = (FilterObject *)obj_alloc(&Filter_Type);
    if (f == NULL) {
        DECREF(it);
        return NULL;
    }
    f->func = NEWREF(func);
    f->it = it;
    gc_track((Object *)f);
    return (Object *)f;
}

static Object *filter_next(Object *o)
{
    FilterObject *f = (FilterObject *)o;
    for (;;) {
        Object *v = TYPE(f->it)->iternext(f->it);
        if (v == NULL)
            return NULL;
        int ok;
        if (IS_NONE(f->func) || f->func == (Object *)&Bool_Type) {
            ok = obj_is_true(v);
        } else {
            Object *r = obj_call(f->func, &v, 1, NULL);
            if (r == NULL) {
                DECREF(v);
                return NULL;
            }
            ok = obj_is_true(r);
            DECREF(r);
        }
        if (ok > 0)
            return v;
        DECREF(v);
        if (ok < 0)
            return NULL;
    }
}

static Object *filter_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    if (kw && TUPLE_SIZE(kw))
        return err_set_string(&Exc_TypeError, "filter() takes no keyword arguments");
    if (nargs != 2)
        return err_format(&Exc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    return iterobj_filter(args[0], args[1]);
}

static void filter_dealloc(Object *o)
{
    FilterObject *f = (FilterObject *)o;
    gc_untrack(o);
    XDECREF(f->func);
    XDECREF(f->it);
    obj_free(o);
}

static int filter_traverse(Object *o, visitproc visit, void *arg)
{
    FilterObject *f = (FilterObject *)o;
    int r;
    if (f->func && (r = visit(f->func, arg)))
        return r;
    return f->it ? visit(f->it, arg) : 0;
}

TypeObject Filter_Type = {
    TYPE_HEAD_INIT,
    .name = "filter",
    .basicsize = sizeof(FilterObject),
    .tpflags = TPF_GC | TPF_BASETYPE,
    .doc = "Return an iterator yielding those items of iterable for which function(item)\n"
           "is true. If function is None, return the items that are true.",
    .dealloc = filter_dealloc,
    .iter = self_iter,
    .iternext = filter_next,
    .traverse = filter_traverse,
    .new_ = filter_new,
    .init = noop_init,
};

int iterobj_init(void)
{
    TypeObject *ts[] = { &Enumerate_Type, &Zip_Type, &Map_Type, &Filter_Type };
    for (size_t i = 0; i < 4; i++)
        if (type_ready(ts[i]) < 0)
            return -1;
    return 0;
}
