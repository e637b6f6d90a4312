/* tuple.c — the tuple type: items inline, an empty-tuple singleton, per-size
 * free lists for sizes 1..TUPLE_MAXSAVESIZE-1, CPython 3.11's xxHash-based
 * tuple hash, lexicographic comparison, and the tuple iterator. */
#include <stdarg.h>
#include <string.h>

#include "objects/tuple.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/type.h"
#include "mem/gc.h"
#include "runtime/errors.h"
#include "runtime/recursion.h"

#define TUPLE_MAXSAVESIZE 20        /* free lists for sizes 1..19 */
#define TUPLE_MAXFREELIST 2000      /* tuples kept per size */

/* Free tuples of size n are chained through items[0]. */
static TupleObject *free_list[TUPLE_MAXSAVESIZE];
static int numfree[TUPLE_MAXSAVESIZE];
static Object *empty_tuple;

/* NEW: an exact tuple of n NULL slots, untracked. */
static Object *tuple_alloc(intptr_t n)
{
    if (n < 0)
        return err_bad_internal_call("tuple_alloc");
    if (n < TUPLE_MAXSAVESIZE && free_list[n]) {
        TupleObject *t = free_list[n];
        free_list[n] = (TupleObject *)t->items[0];
        numfree[n]--;
        /* every slot, not just the free-list link: the collector may
         * traverse the tuple while its items are still being filled */
        memset(t->items, 0, (size_t)n * sizeof(Object *));
        t->ob.ob.refcnt = 1;
        t->ob.ob.flags = 0;
        return (Object *)t;
    }
    if ((size_t)n > (SIZE_MAX - sizeof(TupleObject)) / sizeof(Object *))
        return err_no_memory();
    return obj_alloc_var(&Tuple_Type, (size_t)n);
}

Object *tuple_new(intptr_t n)
{
    if (n == 0 && empty_tuple)
        return NEWREF(empty_tuple);
    Object *t = tuple_alloc(n);
    if (t)
        gc_track(t);
    /* Hook for the collector: a tuple holding only untracked atoms may be
     * untracked later (CPython's _PyTuple_MaybeUntrack). */
    return t;
}

Object *tuple_empty(void)
{
    return empty_tuple;
}

Object *tuple_pack(intptr_t n, ...)
{
    Object *t = tuple_new(n);
    if (t == NULL)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (intptr_t i = 0; i < n; i++)
        TUPLE_ITEMS(t)[i] = NEWREF(va_arg(ap, Object *));
    va_end(ap);
    return t;
}

Object *tuple_from_array(Object *const *items, intptr_t n)
{
    Object *t = tuple_new(n);
    if (t == NULL)
        return NULL;
    for (intptr_t i = 0; i < n; i++)
        TUPLE_ITEMS(t)[i] = NEWREF(items[i]);
    return t;
}

Object *tuple_from_iterable(Object *it)
{
    if (TUPLE_CHECK_EXACT(it))
        return NEWREF(it);
    if (LIST_CHECK_EXACT(it))
        return tuple_from_array(LIST_ITEMS(it), LIST_SIZE(it));
    Object *l = list_from_iterable(it);
    if (l == NULL)
        return NULL;
    Object *t = tuple_from_array(LIST_ITEMS(l), LIST_SIZE(l));
    DECREF(l);
    return t;
}

Object *tuple_getitem(Object *t, intptr_t i)
{
    if (i < 0 || i >= TUPLE_SIZE(t))
        return err_set_string(&Exc_IndexError, "tuple index out of range");
    return TUPLE_ITEMS(t)[i];
}

Object *tuple_getslice(Object *t, intptr_t lo, intptr_t hi)
{
    intptr_t n = TUPLE_SIZE(t);
    if (lo < 0)
        lo = 0;
    if (hi > n)
        hi = n;
    if (hi < lo)
        hi = lo;
    if (lo == 0 && hi == n && TUPLE_CHECK_EXACT(t))
        return NEWREF(t);
    return tuple_from_array(TUPLE_ITEMS(t) + lo, hi - lo);
}

int tuple_resize(Object **pt, intptr_t newsize)
{
    Object *t = *pt;
    intptr_t old = TUPLE_SIZE(t);
    if (old == newsize)
        return 0;
    Object *n = tuple_new(newsize);
    if (n == NULL) {
        CLEAR(*pt);
        return -1;
    }
    intptr_t keep = old < newsize ? old : newsize;
    for (intptr_t i = 0; i < keep; i++) {
        TUPLE_ITEMS(n)[i] = TUPLE_ITEMS(t)[i];
        TUPLE_ITEMS(t)[i] = NULL;
    }
    DECREF(t);
    *pt = n;
    return 0;
}

/* ---- slots -------------------------------------------------------------- */

static void tuple_dealloc(Object *o)
{
    TupleObject *t = (TupleObject *)o;
    intptr_t n = t->ob.size;
    gc_untrack(o);
    for (intptr_t i = n - 1; i >= 0; i--)
        XDECREF(t->items[i]);
    if (n > 0 && n < TUPLE_MAXSAVESIZE && numfree[n] < TUPLE_MAXFREELIST
        && TUPLE_CHECK_EXACT(o)) {
        t->items[0] = (Object *)free_list[n];
        free_list[n] = t;
        numfree[n]++;
        return;
    }
    obj_free(o);
}

static int tuple_traverse(Object *o, visitproc visit, void *arg)
{
    for (intptr_t i = TUPLE_SIZE(o) - 1; i >= 0; i--) {
        Object *x = TUPLE_ITEMS(o)[i];
        if (x) {
            int r = visit(x, arg);
            if (r)
                return r;
        }
    }
    return 0;
}

static Object *tuple_repr(Object *o)
{
    intptr_t n = TUPLE_SIZE(o);
    if (n == 0)
        return str_from_cstr("()");
    if (rt_enter_recursion(" while getting the repr of an object") < 0)
        return NULL;
    StrBuf b;
    str_buf_init(&b);
    if (str_buf_append_ascii(&b, "(", 1) < 0)
        goto fail;
    for (intptr_t i = 0; i < n; i++) {
        if (i > 0 && str_buf_append_ascii(&b, ", ", 2) < 0)
            goto fail;
        Object *r = obj_repr(TUPLE_ITEMS(o)[i]);
        if (r == NULL)
            goto fail;
        int e = str_buf_append_str(&b, r);
        DECREF(r);
        if (e < 0)
            goto fail;
    }
    if (str_buf_append_ascii(&b, n == 1 ? ",)" : ")", n == 1 ? 2 : 1) < 0)
        goto fail;
    rt_leave_recursion();
    return str_buf_finish(&b);
fail:
    rt_leave_recursion();
    str_buf_free(&b);
    return NULL;
}

/* CPython 3.11's tuplehash (xxHash-derived). */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static hash_t tuple_hash(Object *o)
{
    intptr_t n = TUPLE_SIZE(o);
    uint64_t acc = XXPRIME_5;
    if (rt_c_stack_low()) {     /* uncounted, as CPython; only the C stack limits it */
        err_set_string(&Exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    for (intptr_t i = 0; i < n; i++) {
        hash_t h = obj_hash(TUPLE_ITEMS(o)[i]);
        if (h == -1)
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (hash_t)acc;
}

static intptr_t tuple_length(Object *o)
{
    return TUPLE_SIZE(o);
}

static Object *tuple_item(Object *o, intptr_t i)
{
    Object *r = tuple_getitem(o, i);
    return r ? NEWREF(r) : NULL;
}

static Object *tuple_subscript(Object *o, Object *key)
{
    intptr_t i;
    int k = slice_key_index(key, &i);
    if (k < 0)
        return NULL;
    if (k > 0) {
        if (i < 0)
            i += TUPLE_SIZE(o);
        return tuple_item(o, i);
    }
    if (SLICE_CHECK(key)) {
        intptr_t start, stop, step, n;
        if (slice_indices(key, TUPLE_SIZE(o), &start, &stop, &step, &n) < 0)
            return NULL;
        if (step == 1)
            return tuple_getslice(o, start, start + n);
        Object *r = tuple_new(n);
        if (r == NULL)
            return NULL;
        for (intptr_t j = 0, cur = start; j < n; j++, cur += step)
            TUPLE_ITEMS(r)[j] = NEWREF(TUPLE_ITEMS(o)[cur]);
        return r;
    }
    return err_format(&Exc_TypeError, "tuple indices must be integers or slices, not %T", key);
}

static int tuple_contains(Object *o, Object *key)
{
    for (intptr_t i = 0; i < TUPLE_SIZE(o); i++) {
        int r = obj_richcompare_bool(TUPLE_ITEMS(o)[i], key, CMP_EQ);
        if (r != 0)
            return r;
    }
    return 0;
}

/* Lexicographic: first differing item decides, else the lengths. */
static Object *tuple_richcompare(Object *v, Object *w, int op)
{
    if (!TUPLE_CHECK(v) || !TUPLE_CHECK(w))
        RETURN_NOTIMPL;
    intptr_t vn = TUPLE_SIZE(v), wn = TUPLE_SIZE(w), i;
    for (i = 0; i < vn && i < wn; i++) {
        int k = obj_richcompare_bool(TUPLE_ITEMS(v)[i], TUPLE_ITEMS(w)[i], CMP_EQ);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= vn || i >= wn) {
        int r;
        switch (op) {
        case CMP_LT: r = vn < wn; break;
        case CMP_LE: r = vn <= wn; break;
        case CMP_EQ: r = vn == wn; break;
        case CMP_NE: r = vn != wn; break;
        case CMP_GT: r = vn > wn; break;
        default:     r = vn >= wn; break;
        }
        return bool_from(r);
    }
    if (op == CMP_EQ)
        RETURN_FALSE;
    if (op == CMP_NE)
        RETURN_TRUE;
    return obj_richcompare(TUPLE_ITEMS(v)[i], TUPLE_ITEMS(w)[i], op);
}

/* True when `other` is a class instance that might implement the reflected
 * operator itself (so the sequence operation must yield to it). */
static int defer_to_heap(Object *other, int mul)
{
    TypeObject *t = TYPE(other);
    return TYPE_HAS(t, TPF_HEAPTYPE) && t->num && (mul ? t->num->mul != NULL : t->num->add != NULL);
}

static Object *tuple_concat(Object *a, Object *b)
{
    if (!TUPLE_CHECK(a)) {
        RETURN_NOTIMPL;             /* reflected call: a's own slot failed */
    }
    if (!TUPLE_CHECK(b)) {
        if (defer_to_heap(b, 0))
            RETURN_NOTIMPL;
        return err_format(&Exc_TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
    }
    intptr_t an = TUPLE_SIZE(a), bn = TUPLE_SIZE(b);
    if (bn == 0 && TUPLE_CHECK_EXACT(a))
        return NEWREF(a);
    if (an == 0 && TUPLE_CHECK_EXACT(b))
        return NEWREF(b);
    if (an > INTPTR_MAX - bn)
        return err_no_memory();
    Object *r = tuple_new(an + bn);
    if (r == NULL)
        return NULL;
    for (intptr_t i = 0; i < an; i++)
        TUPLE_ITEMS(r)[i] = NEWREF(TUPLE_ITEMS(a)[i]);
    for (intptr_t i = 0; i < bn; i++)
        TUPLE_ITEMS(r)[an + i] = NEWREF(TUPLE_ITEMS(b)[i]);
    return r;
}

static Object *tuple_repeat(Object *a, Object *b)
{
    Object *seq = TUPLE_CHECK(a) ? a : b, *cnt = seq == a ? b : a;
    if (TUPLE_CHECK(a) && TUPLE_CHECK(b))
        RETURN_NOTIMPL;
    if (!(INT_CHECK(cnt) || (TYPE(cnt)->num && TYPE(cnt)->num->index))) {
        if (defer_to_heap(cnt, 1) || seq == b)
            RETURN_NOTIMPL;
        return err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%T'", cnt);
    }
    intptr_t n;
    if (slice_as_ssize(cnt, &Exc_OverflowError, &n) < 0)
        return NULL;
    intptr_t len = TUPLE_SIZE(seq);
    if (n < 0)
        n = 0;
    if (len == 0 || n == 1) {
        if (TUPLE_CHECK_EXACT(seq))
            return NEWREF(seq);
    }
    if (len == 0 || n == 0)
        return tuple_new(0);
    if (n > INTPTR_MAX / len)
        return err_no_memory();
    Object *r = tuple_new(len * n);
    if (r == NULL)
        return NULL;
    Object **p = TUPLE_ITEMS(r);
    for (intptr_t k = 0; k < n; k++)
        for (intptr_t i = 0; i < len; i++)
            *p++ = NEWREF(TUPLE_ITEMS(seq)[i]);
    return r;
}

static Object *tuple_vnew(TypeObject *t, Object *const *args, size_t nargs, Object *kwnames)
{
    if (kwnames && TUPLE_SIZE(kwnames) > 0)
        return err_set_string(&Exc_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1)
        return err_format(&Exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    Object *r = nargs ? tuple_from_iterable(args[0]) : tuple_new(0);
    if (r == NULL || t == &Tuple_Type)
        return r;
    /* A subclass: copy the items into an instance of t. */
    intptr_t n = TUPLE_SIZE(r);
    Object *s = obj_alloc_var(t, (size_t)n);
    if (s == NULL) {
        DECREF(r);
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++)
        TUPLE_ITEMS(s)[i] = NEWREF(TUPLE_ITEMS(r)[i]);
    DECREF(r);
    gc_track(s);
    return s;
}

/* ---- methods ------------------------------------------------------------ */

static Object *tuple_m_count(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("tuple.count", nargs, kwnames) < 0)
        return NULL;
    intptr_t c = 0;
    for (intptr_t i = 0; i < TUPLE_SIZE(self); i++) {
        int r = obj_richcompare_bool(TUPLE_ITEMS(self)[i], args[0], CMP_EQ);
        if (r < 0)
            return NULL;
        c += r;
    }
    return int_from_ssize(c);
}

static Object *tuple_m_index(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_nokw("index", kwnames) < 0 || arg_range("index", nargs, 1, 3) < 0)
        return NULL;
    intptr_t start, stop;
    if (slice_search_bounds(args, nargs, TUPLE_SIZE(self), &start, &stop) < 0)
        return NULL;
    for (intptr_t i = start; i < stop && i < TUPLE_SIZE(self); i++) {
        int r = obj_richcompare_bool(TUPLE_ITEMS(self)[i], args[0], CMP_EQ);
        if (r < 0)
            return NULL;
        if (r)
            return int_from_ssize(i);
    }
    return err_set_string(&Exc_ValueError, "tuple.index(x): x not in tuple");
}

static Object *tuple_m_sizeof(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("tuple.__sizeof__", nargs, kwnames) < 0)
        return NULL;
    return int_from_ssize((intptr_t)(TYPE(self)->basicsize + TUPLE_SIZE(self) * sizeof(Object *)));
}

static Object *tuple_m_getnewargs(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("tuple.__getnewargs__", nargs, kwnames) < 0)
        return NULL;
    Object *c = tuple_from_array(TUPLE_ITEMS(self), TUPLE_SIZE(self));
    if (c == NULL)
        return NULL;
    Object *r = tuple_pack(1, c);
    DECREF(c);
    return r;
}

static MethodDef tuple_methods[] = {
    { "count", tuple_m_count, 0, "Return number of occurrences of value." },
    { "index", tuple_m_index, 0, "Return first index of value." },
    { "__sizeof__", tuple_m_sizeof, 0, NULL },
    { "__getnewargs__", tuple_m_getnewargs, 0, NULL },
    { NULL, NULL, 0, NULL }
};

static NumberMethods tuple_as_number = {
    .add = tuple_concat,
    .mul = tuple_repeat,
};

/* ---- the iterator ------------------------------------------------------- */

typedef struct TupleIterObject {
    Object ob;
    intptr_t index;
    Object *seq;                /* NULL once exhausted */
} TupleIterObject;

static Object *tuple_iter(Object *o)
{
    TupleIterObject *it = (TupleIterObject *)obj_alloc(&TupleIter_Type);
    if (it == NULL)
        return NULL;
    it->seq = NEWREF(o);
    gc_track((Object *)it);
    return (Object *)it;
}

static void tupleiter_dealloc(Object *o)
{
    gc_untrack(o);
    XDECREF(((TupleIterObject *)o)->seq);
    obj_free(o);
}

static int tupleiter_traverse(Object *o, visitproc visit, void *arg)
{
    Object *s = ((TupleIterObject *)o)->seq;
    return s ? visit(s, arg) : 0;
}

static Object *tupleiter_next(Object *o)
{
    TupleIterObject *it = (TupleIterObject *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index < TUPLE_SIZE(it->seq))
        return NEWREF(TUPLE_ITEMS(it->seq)[it->index++]);
    CLEAR(it->seq);
    return NULL;
}

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

static Object *tupleiter_m_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("__length_hint__", nargs, kwnames) < 0)
        return NULL;
    TupleIterObject *it = (TupleIterObject *)self;
    intptr_t n = it->seq ? TUPLE_SIZE(it->seq) - it->index : 0;
    return int_from_ssize(n < 0 ? 0 : n);
}

static MethodDef tupleiter_methods[] = {
    { "__length_hint__", tupleiter_m_length_hint, 0, NULL },
    { NULL, NULL, 0, NULL }
};

TypeObject Tuple_Type = {
    TYPE_HEAD_INIT,
    .name = "tuple",
    .basicsize = sizeof(TupleObject),
    .itemsize = sizeof(Object *),
    .tpflags = TPF_GC | TPF_BASETYPE | TPF_TUPLE_SUB,
    .doc = "Built-in immutable sequence.",
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .num = &tuple_as_number,
    .len = tuple_length,
    .getitem = tuple_subscript,
    .contains = tuple_contains,
    .item = tuple_item,
    .traverse = tuple_traverse,
    .new_ = tuple_vnew,
    .methods = tuple_methods,
};

TypeObject TupleIter_Type = {
    TYPE_HEAD_INIT,
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObject),
    .tpflags = TPF_GC,
    .dealloc = tupleiter_dealloc,
    .iter = self_iter,
    .iternext = tupleiter_next,
    .traverse = tupleiter_traverse,
    .methods = tupleiter_methods,
};

int tuple_init(void)
{
    if (type_ready(&Tuple_Type) < 0 || type_ready(&TupleIter_Type) < 0)
        return -1;
    if (empty_tuple == NULL) {
        /* The singleton is never tracked: it holds nothing. */
        empty_tuple = obj_alloc_var(&Tuple_Type, 0);
        if (empty_tuple == NULL)
            return -1;
    }
    return 0;
}

void tuple_fini(void)
{
    CLEAR(empty_tuple);
    for (int n = 1; n < TUPLE_MAXSAVESIZE; n++) {
        while (free_list[n]) {
            TupleObject *t = free_list[n];
            free_list[n] = (TupleObject *)t->items[0];
            t->items[0] = NULL;
            obj_free((Object *)t);
        }
        numfree[n] = 0;
    }
}
