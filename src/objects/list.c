/* list.c — the list type: a resizable array of references grown with
 * CPython's over-allocation formula (so sys.getsizeof steps match), slice
 * get/set/del with steps, the list iterators, and the repr guard shared by
 * self-containing containers.  Sorting lives in listsort.c. */
#include <string.h>

#include "objects/list.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "mem/alloc.h"
#include "mem/gc.h"
#include "runtime/errors.h"

/* Implemented in listsort.c. */
Object *list_m_sort(Object *self, Object *const *args, size_t nargs, Object *kwnames);

/* ---- repr guard ------------------------------------------------------------
 * A stack of the containers whose repr is being computed (no references
 * held).  One stack for the process: the GIL serialises reprs. */
static Object **repr_stack;
static size_t repr_len, repr_cap;

int list_repr_enter(Object *o)
{
    for (size_t i = 0; i < repr_len; i++)
        if (repr_stack[i] == o)
            return 1;
    if (repr_len == repr_cap) {
        size_t nc = repr_cap ? repr_cap * 2 : 16;
        Object **n = mem_realloc(repr_stack, nc * sizeof *n);
        if (n == NULL) {
            err_no_memory();
            return -1;
        }
        repr_stack = n;
        repr_cap = nc;
    }
    repr_stack[repr_len++] = o;
    return 0;
}

void list_repr_leave(Object *o)
{
    for (size_t i = repr_len; i-- > 0;)
        if (repr_stack[i] == o) {
            memmove(repr_stack + i, repr_stack + i + 1, (repr_len - i - 1) * sizeof *repr_stack);
            repr_len--;
            return;
        }
}

/* ---- storage -------------------------------------------------------------- */

/* CPython's list_resize: keeps the buffer while newsize is within
 * [allocated/2, allocated], else reallocates with ~12.5% headroom. */
static int list_resize(ListObject *l, intptr_t newsize)
{
    intptr_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->ob.size = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - l->ob.size > (intptr_t)(new_allocated - (size_t)newsize))
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        new_allocated = 0;
    if ((intptr_t)new_allocated == allocated) {
        /* the same capacity (a pop just under half of a small buffer) */
        l->ob.size = newsize;
        return 0;
    }
    Object **items = NULL;
    if (new_allocated > SIZE_MAX / sizeof(Object *)) {
        err_no_memory();
        return -1;
    }
    if (new_allocated) {
        items = mem_realloc(l->items, new_allocated * sizeof(Object *));
        if (items == NULL) {
            err_no_memory();
            return -1;
        }
    } else {
        mem_free(l->items);
    }
    l->items = items;
    l->ob.size = newsize;
    l->allocated = (intptr_t)new_allocated;
    return 0;
}

/* CPython's list_preallocate_exact: n slots rounded up to even (the
 * allocator's 16-byte granularity), for a list with no buffer yet. */
static int list_preallocate(ListObject *l, intptr_t n)
{
    if (n <= l->allocated)
        return 0;
    if (n < INTPTR_MAX)
        n = (n + 1) & ~(intptr_t)1;
    if ((size_t)n > SIZE_MAX / sizeof(Object *)) {
        err_no_memory();        /* n * 8 would wrap to a tiny buffer */
        return -1;
    }
    Object **items = mem_realloc(l->items, (size_t)n * sizeof(Object *));
    if (items == NULL) {
        err_no_memory();
        return -1;
    }
    l->items = items;
    l->allocated = n;
    return 0;
}

static Object *list_alloc(TypeObject *t, intptr_t n)
{
    if (n < 0)
        return err_bad_internal_call("list_new");
    ListObject *l = (ListObject *)obj_alloc(t);
    if (l == NULL)
        return NULL;
    if (n > 0) {
        if ((size_t)n > SIZE_MAX / sizeof(Object *)) {
            DECREF((Object *)l);
            return err_no_memory();
        }
        l->items = mem_calloc((size_t)n, sizeof(Object *));
        if (l->items == NULL) {
            DECREF((Object *)l);
            return err_no_memory();
        }
        l->allocated = n;
        l->ob.size = n;
    }
    gc_track((Object *)l);
    return (Object *)l;
}

Object *list_new(intptr_t n)
{
    return list_alloc(&List_Type, n);
}

int list_append(Object *o, Object *v)
{
    ListObject *l = (ListObject *)o;
    intptr_t n = l->ob.size;
    if (l->allocated > n) {
        l->items[n] = NEWREF(v);
        l->ob.size = n + 1;
        return 0;
    }
    if (list_resize(l, n + 1) < 0)
        return -1;
    l->items[n] = NEWREF(v);
    return 0;
}

int list_insert(Object *o, intptr_t where, Object *v)
{
    ListObject *l = (ListObject *)o;
    intptr_t n = l->ob.size;
    if (list_resize(l, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    memmove(l->items + where + 1, l->items + where, (size_t)(n - where) * sizeof(Object *));
    l->items[where] = NEWREF(v);
    return 0;
}

/* A list or tuple whose iteration is the built-in one: its items can be
 * copied directly (a subclass overriding __iter__ is iterated, as CPython). */
#define SEQ_COPYABLE(x) ((LIST_CHECK(x) && TYPE(x)->iter == List_Type.iter) || \
                         (TUPLE_CHECK(x) && TYPE(x)->iter == Tuple_Type.iter))

int list_extend(Object *o, Object *iterable)
{
    ListObject *l = (ListObject *)o;
    if (SEQ_COPYABLE(iterable)) {
        intptr_t n = LIST_CHECK(iterable) ? LIST_SIZE(iterable) : TUPLE_SIZE(iterable);
        if (n == 0)
            return 0;
        intptr_t m = l->ob.size;
        if (l->items == NULL) {
            if (list_preallocate(l, n) < 0)
                return -1;
            l->ob.size = n;
        } else if (list_resize(l, m + n) < 0)
            return -1;
        /* After the resize: iterable may be l itself. */
        Object **src = LIST_CHECK(iterable) ? LIST_ITEMS(iterable) : TUPLE_ITEMS(iterable);
        for (intptr_t i = 0; i < n; i++)
            l->items[m + i] = NEWREF(src[i]);
        return 0;
    }
    Object *it = obj_iter(iterable);
    if (it == NULL)
        return -1;
    /* Guess the final size as CPython does (len() or 8), cut back below. */
    intptr_t m = l->ob.size, hint = 8;
    if (TYPE(iterable)->len) {
        hint = TYPE(iterable)->len(iterable);
        if (hint < 0) {
            err_clear();
            hint = 8;
        }
    }
    if (hint > 0 && l->items == NULL) {
        if (list_preallocate(l, hint) < 0) {
            DECREF(it);
            return -1;
        }
    } else if (hint > 0 && m <= INTPTR_MAX - hint) {
        if (list_resize(l, m + hint) < 0) {
            DECREF(it);
            return -1;
        }
        l->ob.size = m;
    }
    Object *x;
    while ((x = obj_next(it)) != NULL) {
        int r = list_append(o, x);
        DECREF(x);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    if (err_occurred())
        return -1;
    if (l->ob.size < l->allocated)
        list_resize(l, l->ob.size);     /* gives room back if over half empty */
    return 0;
}

Object *list_from_iterable(Object *iterable)
{
    Object *l = list_new(0);
    if (l == NULL)
        return NULL;
    if (SEQ_COPYABLE(iterable)) {
        intptr_t n = LIST_CHECK(iterable) ? LIST_SIZE(iterable) : TUPLE_SIZE(iterable);
        if (list_preallocate((ListObject *)l, n) < 0) {
            DECREF(l);
            return NULL;
        }
    } else if (TYPE(iterable)->len) {
        intptr_t n = TYPE(iterable)->len(iterable);
        if (n < 0)
            err_clear();
        else if (n > 0 && list_preallocate((ListObject *)l, n) < 0) {
            DECREF(l);
            return NULL;
        }
    }
    if (list_extend(l, iterable) < 0) {
        DECREF(l);
        return NULL;
    }
    return l;
}

Object *list_from_array(Object *const *items, intptr_t n)
{
    Object *l = list_new(n);
    if (l == NULL)
        return NULL;
    for (intptr_t i = 0; i < n; i++)
        LIST_ITEMS(l)[i] = NEWREF(items[i]);
    return l;
}

Object *list_as_tuple(Object *l)
{
    return tuple_from_array(LIST_ITEMS(l), LIST_SIZE(l));
}

Object *list_getitem(Object *l, intptr_t i)
{
    if (i < 0 || i >= LIST_SIZE(l))
        return err_set_string(&Exc_IndexError, "list index out of range");
    return LIST_ITEMS(l)[i];
}

int list_setitem(Object *l, intptr_t i, Object *v)
{
    if (i < 0 || i >= LIST_SIZE(l)) {
        err_set_string(&Exc_IndexError, "list assignment index out of range");
        return -1;
    }
    SETREF(LIST_ITEMS(l)[i], NEWREF(v));
    return 0;
}

Object *list_getslice(Object *l, intptr_t lo, intptr_t hi)
{
    intptr_t n = LIST_SIZE(l);
    if (lo < 0)
        lo = 0;
    else if (lo > n)
        lo = n;
    if (hi < lo)
        hi = lo;
    else if (hi > n)
        hi = n;
    return list_from_array(LIST_ITEMS(l) + lo, hi - lo);
}

/* NEW: a list or tuple with the items of v ("can only assign an iterable"). */
static Object *seq_fast(Object *v, const char *msg)
{
    if (LIST_CHECK_EXACT(v) || TUPLE_CHECK_EXACT(v))
        return NEWREF(v);
    Object *it = obj_iter(v);
    if (it == NULL) {
        if (err_matches_type(&Exc_TypeError)) {
            err_clear();
            err_set_string(&Exc_TypeError, msg);
        }
        return NULL;
    }
    Object *l = list_new(0);
    if (l && list_extend(l, it) < 0)
        CLEAR(l);
    DECREF(it);
    return l;
}

#define SEQ_ITEMS(s) (LIST_CHECK_EXACT(s) ? LIST_ITEMS(s) : TUPLE_ITEMS(s))
#define SEQ_SIZE(s)  (LIST_CHECK_EXACT(s) ? LIST_SIZE(s) : TUPLE_SIZE(s))

int list_setslice(Object *o, intptr_t lo, intptr_t hi, Object *v)
{
    ListObject *l = (ListObject *)o;
    Object *seq = NULL;
    intptr_t n = 0;
    if (v != NULL) {
        if (v == o) {
            seq = list_from_array(l->items, l->ob.size);
        } else {
            seq = seq_fast(v, "can only assign an iterable");
        }
        if (seq == NULL)
            return -1;
        n = SEQ_SIZE(seq);
    }
    intptr_t size = l->ob.size;
    if (lo < 0)
        lo = 0;
    else if (lo > size)
        lo = size;
    if (hi < lo)
        hi = lo;
    else if (hi > size)
        hi = size;
    intptr_t norig = hi - lo, d = n - norig;
    Object **recycle = NULL;
    if (norig > 0) {
        recycle = mem_malloc((size_t)norig * sizeof(Object *));
        if (recycle == NULL) {
            XDECREF(seq);
            err_no_memory();
            return -1;
        }
        memcpy(recycle, l->items + lo, (size_t)norig * sizeof(Object *));
    }
    if (d < 0) {
        memmove(l->items + hi + d, l->items + hi, (size_t)(size - hi) * sizeof(Object *));
        list_resize(l, size + d);           /* shrinking cannot fail */
    } else if (d > 0) {
        if (list_resize(l, size + d) < 0) {
            mem_free(recycle);
            XDECREF(seq);
            return -1;
        }
        memmove(l->items + hi + d, l->items + hi, (size_t)(size - hi) * sizeof(Object *));
    }
    for (intptr_t k = 0; k < n; k++)
        l->items[lo + k] = NEWREF(SEQ_ITEMS(seq)[k]);
    for (intptr_t k = norig - 1; k >= 0; k--)
        XDECREF(recycle[k]);
    mem_free(recycle);
    XDECREF(seq);
    return 0;
}

int list_clear(Object *o)
{
    ListObject *l = (ListObject *)o;
    Object **items = l->items;
    intptr_t n = l->ob.size;
    if (items == NULL)
        return 0;
    /* Detach first: DECREFs may run code that looks at the list. */
    l->items = NULL;
    l->ob.size = 0;
    l->allocated = 0;
    while (--n >= 0)
        XDECREF(items[n]);
    mem_free(items);
    return 0;
}

int list_reverse(Object *o)
{
    if (LIST_SIZE(o) < 2)
        return 0;               /* an empty list may have no buffer at all */
    Object **lo = LIST_ITEMS(o), **hi = lo + LIST_SIZE(o) - 1;
    while (lo < hi) {
        Object *t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
    return 0;
}

/* ---- slots -------------------------------------------------------------- */

static void list_dealloc(Object *o)
{
    ListObject *l = (ListObject *)o;
    gc_untrack(o);
    if (l->items) {
        for (intptr_t i = l->ob.size - 1; i >= 0; i--)
            XDECREF(l->items[i]);
        mem_free(l->items);
    }
    obj_free(o);
}

static int list_traverse(Object *o, visitproc visit, void *arg)
{
    for (intptr_t i = LIST_SIZE(o) - 1; i >= 0; i--) {
        Object *x = LIST_ITEMS(o)[i];
        if (x) {
            int r = visit(x, arg);
            if (r)
                return r;
        }
    }
    return 0;
}

static int list_clear_slot(Object *o)
{
    return list_clear(o);
}

static Object *list_repr(Object *o)
{
    if (LIST_SIZE(o) == 0)
        return str_from_cstr("[]");
    int e = list_repr_enter(o);
    if (e != 0)
        return e > 0 ? str_from_cstr("[...]") : NULL;
    StrBuf b;
    str_buf_init(&b);
    if (str_buf_append_ascii(&b, "[", 1) < 0)
        goto fail;
    /* The list may change while item reprs run: re-read the size. */
    for (intptr_t i = 0; i < LIST_SIZE(o); i++) {
        if (i > 0 && str_buf_append_ascii(&b, ", ", 2) < 0)
            goto fail;
        Object *x = NEWREF(LIST_ITEMS(o)[i]);
        Object *r = obj_repr(x);
        DECREF(x);
        if (r == NULL)
            goto fail;
        int k = str_buf_append_str(&b, r);
        DECREF(r);
        if (k < 0)
            goto fail;
    }
    if (str_buf_append_ascii(&b, "]", 1) < 0)
        goto fail;
    list_repr_leave(o);
    return str_buf_finish(&b);
fail:
    list_repr_leave(o);
    str_buf_free(&b);
    return NULL;
}

static intptr_t list_length(Object *o)
{
    return LIST_SIZE(o);
}

static Object *list_item(Object *o, intptr_t i)
{
    Object *r = list_getitem(o, i);
    return r ? NEWREF(r) : NULL;
}

static Object *list_subscript(Object *o, Object *key)
{
    intptr_t i;
    int k = slice_key_index(key, &i);
    if (k < 0)
        return NULL;
    if (k > 0) {
        if (i < 0)
            i += LIST_SIZE(o);
        return list_item(o, i);
    }
    if (SLICE_CHECK(key)) {
        intptr_t start, stop, step, n;
        if (slice_indices(key, LIST_SIZE(o), &start, &stop, &step, &n) < 0)
            return NULL;
        if (step == 1)
            return list_getslice(o, start, stop);
        Object *r = list_new(n);
        if (r == NULL)
            return NULL;
        for (intptr_t j = 0, cur = start; j < n; j++, cur += step)
            LIST_ITEMS(r)[j] = NEWREF(LIST_ITEMS(o)[cur]);
        return r;
    }
    return err_format(&Exc_TypeError, "list indices must be integers or slices, not %T", key);
}

/* del l[extended slice]: compact the survivors, then release the dead. */
static int list_del_extended(ListObject *l, intptr_t start, intptr_t step, intptr_t n)
{
    if (n <= 0)
        return 0;
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    Object **garbage = mem_malloc((size_t)n * sizeof(Object *));
    if (garbage == NULL) {
        err_no_memory();
        return -1;
    }
    intptr_t size = l->ob.size, w = start, g = 0;
    for (intptr_t r = start; r < size; r++) {
        if (g < n && r == start + g * step)
            garbage[g++] = l->items[r];
        else
            l->items[w++] = l->items[r];
    }
    list_resize(l, size - n);
    for (intptr_t k = 0; k < n; k++)
        DECREF(garbage[k]);
    mem_free(garbage);
    return 0;
}

static int list_ass_subscript(Object *o, Object *key, Object *v)
{
    ListObject *l = (ListObject *)o;
    intptr_t i;
    int k = slice_key_index(key, &i);
    if (k < 0)
        return -1;
    if (k > 0) {
        if (i < 0)
            i += l->ob.size;
        if (v != NULL)
            return list_setitem(o, i, v);
        if (i < 0 || i >= l->ob.size) {
            err_set_string(&Exc_IndexError, "list assignment index out of range");
            return -1;
        }
        return list_setslice(o, i, i + 1, NULL);
    }
    if (!SLICE_CHECK(key)) {
        err_format(&Exc_TypeError, "list indices must be integers or slices, not %T", key);
        return -1;
    }
    intptr_t start, stop, step, n;
    if (slice_indices(key, l->ob.size, &start, &stop, &step, &n) < 0)
        return -1;
    if (step == 1)
        return list_setslice(o, start, stop, v);
    if (v == NULL)
        return list_del_extended(l, start, step, n);
    Object *seq = v == o ? list_from_array(l->items, l->ob.size)
                         : seq_fast(v, "must assign iterable to extended slice");
    if (seq == NULL)
        return -1;
    if (SEQ_SIZE(seq) != n) {
        err_format(&Exc_ValueError,
                   "attempt to assign sequence of size %zd to extended slice of size %zd",
                   (ssize_t_)SEQ_SIZE(seq), (ssize_t_)n);
        DECREF(seq);
        return -1;
    }
    if (n == 0) {
        DECREF(seq);
        return 0;
    }
    Object **garbage = mem_malloc((size_t)n * sizeof(Object *));
    if (garbage == NULL) {
        DECREF(seq);
        err_no_memory();
        return -1;
    }
    for (intptr_t j = 0, cur = start; j < n; j++, cur += step) {
        garbage[j] = l->items[cur];
        l->items[cur] = NEWREF(SEQ_ITEMS(seq)[j]);
    }
    for (intptr_t j = 0; j < n; j++)
        DECREF(garbage[j]);
    mem_free(garbage);
    DECREF(seq);
    return 0;
}

static int list_contains(Object *o, Object *key)
{
    for (intptr_t i = 0; i < LIST_SIZE(o); i++) {
        Object *x = NEWREF(LIST_ITEMS(o)[i]);
        int r = obj_richcompare_bool(x, key, CMP_EQ);
        DECREF(x);
        if (r != 0)
            return r;
    }
    return 0;
}

static Object *list_richcompare(Object *v, Object *w, int op)
{
    if (!LIST_CHECK(v) || !LIST_CHECK(w))
        RETURN_NOTIMPL;
    if (LIST_SIZE(v) != LIST_SIZE(w) && (op == CMP_EQ || op == CMP_NE))
        return bool_from(op == CMP_NE);
    intptr_t i;
    for (i = 0; i < LIST_SIZE(v) && i < LIST_SIZE(w); i++) {
        Object *a = LIST_ITEMS(v)[i], *b = LIST_ITEMS(w)[i];
        if (a == b)
            continue;
        INCREF(a);
        INCREF(b);
        int k = obj_richcompare_bool(a, b, CMP_EQ);
        DECREF(a);
        DECREF(b);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    intptr_t vn = LIST_SIZE(v), wn = LIST_SIZE(w);
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
    Object *a = NEWREF(LIST_ITEMS(v)[i]), *b = NEWREF(LIST_ITEMS(w)[i]);
    Object *r = obj_richcompare(a, b, op);
    DECREF(a);
    DECREF(b);
    return r;
}

static int is_index(Object *o)
{
    return INT_CHECK(o) || (TYPE(o)->num && TYPE(o)->num->index);
}

/* A class instance that may implement the reflected operator itself. */
static int defer_to_heap(Object *other, int mul)
{
    TypeObject *t = TYPE(other);
    return TYPE_HAS(t, TPF_HEAPTYPE) && t->num && (mul ? t->num->mul != NULL : t->num->add != NULL);
}

static Object *list_concat(Object *a, Object *b)
{
    if (!LIST_CHECK(a))
        RETURN_NOTIMPL;
    if (!LIST_CHECK(b)) {
        if (defer_to_heap(b, 0))
            RETURN_NOTIMPL;
        return err_format(&Exc_TypeError, "can only concatenate list (not \"%T\") to list", b);
    }
    intptr_t an = LIST_SIZE(a), bn = LIST_SIZE(b);
    if (an > INTPTR_MAX - bn)
        return err_no_memory();
    Object *r = list_new(an + bn);
    if (r == NULL)
        return NULL;
    for (intptr_t i = 0; i < an; i++)
        LIST_ITEMS(r)[i] = NEWREF(LIST_ITEMS(a)[i]);
    for (intptr_t i = 0; i < bn; i++)
        LIST_ITEMS(r)[an + i] = NEWREF(LIST_ITEMS(b)[i]);
    return r;
}

/* The repeat count of seq * cnt, or -1 with an error (or NotImplemented
 * wanted: *notimpl set). */
static int repeat_count(Object *cnt, int reflected, intptr_t *n, int *notimpl)
{
    *notimpl = 0;
    if (!is_index(cnt)) {
        if (defer_to_heap(cnt, 1) || reflected) {
            *notimpl = 1;
            return -1;
        }
        err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%T'", cnt);
        return -1;
    }
    if (slice_as_ssize(cnt, &Exc_OverflowError, n) < 0)
        return -1;
    if (*n < 0)
        *n = 0;
    return 0;
}

static Object *list_repeat(Object *a, Object *b)
{
    if (LIST_CHECK(a) && LIST_CHECK(b))
        RETURN_NOTIMPL;
    Object *seq = LIST_CHECK(a) ? a : b, *cnt = seq == a ? b : a;
    intptr_t n;
    int ni;
    if (repeat_count(cnt, seq == b, &n, &ni) < 0) {
        if (ni)
            RETURN_NOTIMPL;
        return NULL;
    }
    intptr_t len = LIST_SIZE(seq);
    if (len && n > INTPTR_MAX / len)
        return err_no_memory();
    Object *r = list_new(len * n);
    if (r == NULL)
        return NULL;
    Object **p = LIST_ITEMS(r);
    for (intptr_t k = 0; k < n; k++)
        for (intptr_t i = 0; i < len; i++)
            *p++ = NEWREF(LIST_ITEMS(seq)[i]);
    return r;
}

static Object *list_inplace_concat(Object *a, Object *b)
{
    if (!LIST_CHECK(a))
        RETURN_NOTIMPL;
    if (list_extend(a, b) < 0)
        return NULL;
    return NEWREF(a);
}

static Object *list_inplace_repeat(Object *a, Object *b)
{
    if (!LIST_CHECK(a))
        RETURN_NOTIMPL;
    intptr_t n;
    int ni;
    if (repeat_count(b, 0, &n, &ni) < 0) {
        if (ni)
            RETURN_NOTIMPL;
        return NULL;
    }
    ListObject *l = (ListObject *)a;
    intptr_t len = l->ob.size;
    if (n == 0 || len == 0) {
        list_clear(a);
        return NEWREF(a);
    }
    if (n == 1)
        return NEWREF(a);
    if (len > INTPTR_MAX / n)
        return err_no_memory();
    if (list_resize(l, len * n) < 0)
        return NULL;
    Object **p = l->items + len;
    for (intptr_t k = 1; k < n; k++)
        for (intptr_t i = 0; i < len; i++)
            *p++ = NEWREF(l->items[i]);
    return NEWREF(a);
}

static Object *list_vnew(TypeObject *t, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return list_alloc(t, 0);
}

/* list.__init__(iterable=()): clears, then extends. */
static int list_vinit(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (kwnames && TUPLE_SIZE(kwnames) > 0) {
        err_set_string(&Exc_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        err_format(&Exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    list_clear(self);
    if (nargs == 1) {
        Object *it = args[0];
        if (TYPE(it)->len) {
            intptr_t n = TYPE(it)->len(it);
            if (n < 0) {
                if (!err_matches_type(&Exc_TypeError))
                    return -1;
                err_clear();
            } else if (n > 0 && list_preallocate((ListObject *)self, n) < 0)
                return -1;
        }
        return list_extend(self, it);
    }
    return 0;
}

/* ---- methods ------------------------------------------------------------ */

static Object *list_m_append(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (nargs == 1 && !kwnames) {       /* the common call, without arg_one */
        if (list_append(self, args[0]) < 0)
            return NULL;
        RETURN_NONE;
    }
    if (arg_one("list.append", nargs, kwnames) < 0 || list_append(self, args[0]) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *list_m_extend(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("list.extend", nargs, kwnames) < 0 || list_extend(self, args[0]) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *list_m_insert(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_nokw("list.insert", kwnames) < 0)
        return NULL;
    if (nargs != 2)
        return err_format(&Exc_TypeError, "insert expected 2 arguments, got %zu", nargs);
    intptr_t i;
    if (slice_as_ssize(args[0], &Exc_OverflowError, &i) < 0)
        return NULL;
    if (list_insert(self, i, args[1]) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *list_m_pop(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    ListObject *l = (ListObject *)self;
    if (nargs == 0 && !kwnames && l->ob.size > 0) {
        /* pop(): the last item, no argument parsing and no memmove */
        Object *v = l->items[l->ob.size - 1];
        list_resize(l, l->ob.size - 1);
        return v;
    }
    if (arg_nokw("list.pop", kwnames) < 0 || arg_range("pop", nargs, 0, 1) < 0)
        return NULL;
    intptr_t i = -1;
    if (nargs == 1 && slice_as_ssize(args[0], &Exc_OverflowError, &i) < 0)
        return NULL;
    if (l->ob.size == 0)
        return err_set_string(&Exc_IndexError, "pop from empty list");
    if (i < 0)
        i += l->ob.size;
    if (i < 0 || i >= l->ob.size)
        return err_set_string(&Exc_IndexError, "pop index out of range");
    Object *v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->ob.size - i - 1) * sizeof(Object *));
    list_resize(l, l->ob.size - 1);     /* shrinking never fails */
    return v;                           /* the list's reference passes on */
}

static Object *list_m_remove(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("list.remove", nargs, kwnames) < 0)
        return NULL;
    for (intptr_t i = 0; i < LIST_SIZE(self); i++) {
        Object *x = NEWREF(LIST_ITEMS(self)[i]);
        int r = obj_richcompare_bool(x, args[0], CMP_EQ);
        DECREF(x);
        if (r < 0)
            return NULL;
        if (r) {
            if (list_setslice(self, i, i + 1, NULL) < 0)
                return NULL;
            RETURN_NONE;
        }
    }
    return err_set_string(&Exc_ValueError, "list.remove(x): x not in list");
}

static Object *list_m_index(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_nokw("list.index", kwnames) < 0 || arg_range("index", nargs, 1, 3) < 0)
        return NULL;
    intptr_t start, stop;
    if (slice_search_bounds(args, nargs, LIST_SIZE(self), &start, &stop) < 0)
        return NULL;
    for (intptr_t i = start; i < stop && i < LIST_SIZE(self); i++) {
        Object *x = NEWREF(LIST_ITEMS(self)[i]);
        int r = obj_richcompare_bool(x, args[0], CMP_EQ);
        DECREF(x);
        if (r < 0)
            return NULL;
        if (r)
            return int_from_ssize(i);
    }
    return err_format(&Exc_ValueError, "%R is not in list", args[0]);
}

static Object *list_m_count(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("list.count", nargs, kwnames) < 0)
        return NULL;
    intptr_t c = 0;
    for (intptr_t i = 0; i < LIST_SIZE(self); i++) {
        Object *x = NEWREF(LIST_ITEMS(self)[i]);
        int r = obj_richcompare_bool(x, args[0], CMP_EQ);
        DECREF(x);
        if (r < 0)
            return NULL;
        c += r;
    }
    return int_from_ssize(c);
}

static Object *list_m_reverse(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("list.reverse", nargs, kwnames) < 0)
        return NULL;
    list_reverse(self);
    RETURN_NONE;
}

static Object *list_m_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("list.copy", nargs, kwnames) < 0)
        return NULL;
    return list_from_array(LIST_ITEMS(self), LIST_SIZE(self));
}

static Object *list_m_clear(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("list.clear", nargs, kwnames) < 0)
        return NULL;
    list_clear(self);
    RETURN_NONE;
}

static Object *list_m_sizeof(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("list.__sizeof__", nargs, kwnames) < 0)
        return NULL;
    ListObject *l = (ListObject *)self;
    return int_from_ssize((intptr_t)(TYPE(self)->basicsize + (size_t)l->allocated * sizeof(Object *)));
}

static Object *list_iter_new(TypeObject *t, Object *seq, intptr_t start);

static Object *list_m_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("list.__reversed__", nargs, kwnames) < 0)
        return NULL;
    return list_iter_new(&ListRevIter_Type, self, LIST_SIZE(self) - 1);
}

static MethodDef list_methods[] = {
    { "append", list_m_append, 0, "Append object to the end of the list." },
    { "extend", list_m_extend, 0, "Extend list by appending elements from the iterable." },
    { "insert", list_m_insert, 0, "Insert object before index." },
    { "pop", list_m_pop, 0, "Remove and return item at index (default last)." },
    { "remove", list_m_remove, 0, "Remove first occurrence of value." },
    { "index", list_m_index, 0, "Return first index of value." },
    { "count", list_m_count, 0, "Return number of occurrences of value." },
    { "reverse", list_m_reverse, 0, "Reverse *IN PLACE*." },
    { "sort", list_m_sort, 0, "Sort the list in ascending order and return None." },
    { "copy", list_m_copy, 0, "Return a shallow copy of the list." },
    { "clear", list_m_clear, 0, "Remove all items from list." },
    { "__sizeof__", list_m_sizeof, 0, "Return the size of the list in memory, in bytes." },
    { "__reversed__", list_m_reversed, 0, "Return a reverse iterator over the list." },
    { NULL, NULL, 0, NULL }
};

static NumberMethods list_as_number = {
    .add = list_concat,
    .mul = list_repeat,
    .iadd = list_inplace_concat,
    .imul = list_inplace_repeat,
};

/* ---- iterators ---------------------------------------------------------- */

typedef struct ListIterObject {
    Object ob;
    intptr_t index;
    Object *seq;                /* NULL once exhausted */
} ListIterObject;

static Object *list_iter_new(TypeObject *t, Object *seq, intptr_t start)
{
    ListIterObject *it = (ListIterObject *)obj_alloc(t);
    if (it == NULL)
        return NULL;
    it->index = start;
    it->seq = NEWREF(seq);
    gc_track((Object *)it);
    return (Object *)it;
}

static Object *list_iter(Object *o)
{
    return list_iter_new(&ListIter_Type, o, 0);
}

static void listiter_dealloc(Object *o)
{
    gc_untrack(o);
    XDECREF(((ListIterObject *)o)->seq);
    obj_free(o);
}

static int listiter_traverse(Object *o, visitproc visit, void *arg)
{
    Object *s = ((ListIterObject *)o)->seq;
    return s ? visit(s, arg) : 0;
}

static Object *listiter_next(Object *o)
{
    ListIterObject *it = (ListIterObject *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index < LIST_SIZE(it->seq))
        return NEWREF(LIST_ITEMS(it->seq)[it->index++]);
    CLEAR(it->seq);
    return NULL;
}

static Object *listreviter_next(Object *o)
{
    ListIterObject *it = (ListIterObject *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index >= 0 && it->index < LIST_SIZE(it->seq))
        return NEWREF(LIST_ITEMS(it->seq)[it->index--]);
    it->index = -1;
    CLEAR(it->seq);
    return NULL;
}

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

static Object *listiter_m_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("__length_hint__", nargs, kwnames) < 0)
        return NULL;
    ListIterObject *it = (ListIterObject *)self;
    intptr_t n = 0;
    if (it->seq) {
        if (IS_TYPE(self, &ListIter_Type))
            n = LIST_SIZE(it->seq) - it->index;
        else
            n = it->index < LIST_SIZE(it->seq) ? it->index + 1 : 0;
    }
    return int_from_ssize(n < 0 ? 0 : n);
}

static MethodDef listiter_methods[] = {
    { "__length_hint__", listiter_m_length_hint, 0, NULL },
    { NULL, NULL, 0, NULL }
};

TypeObject List_Type = {
    TYPE_HEAD_INIT,
    .name = "list",
    .basicsize = sizeof(ListObject),
    .tpflags = TPF_GC | TPF_BASETYPE | TPF_LIST_SUB,
    .doc = "Built-in mutable sequence.",
    .dealloc = list_dealloc,
    .repr = list_repr,
    .hash = hash_not_implemented,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .num = &list_as_number,
    .len = list_length,
    .getitem = list_subscript,
    .setitem = list_ass_subscript,
    .contains = list_contains,
    .item = list_item,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .new_ = list_vnew,
    .init = list_vinit,
    .methods = list_methods,
};

TypeObject ListIter_Type = {
    TYPE_HEAD_INIT,
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObject),
    .tpflags = TPF_GC,
    .dealloc = listiter_dealloc,
    .iter = self_iter,
    .iternext = listiter_next,
    .traverse = listiter_traverse,
    .methods = listiter_methods,
};

TypeObject ListRevIter_Type = {
    TYPE_HEAD_INIT,
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObject),
    .tpflags = TPF_GC,
    .dealloc = listiter_dealloc,
    .iter = self_iter,
    .iternext = listreviter_next,
    .traverse = listiter_traverse,
    .methods = listiter_methods,
};

int list_init(void)
{
    if (type_ready(&List_Type) < 0 || type_ready(&ListIter_Type) < 0
        || type_ready(&ListRevIter_Type) < 0)
        return -1;
    return 0;
}

void list_fini(void)
{
    mem_free(repr_stack);
    repr_stack = NULL;
    repr_len = repr_cap = 0;
}
