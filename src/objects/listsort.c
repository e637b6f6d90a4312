/* listsort.c — list.sort(*, key=None, reverse=False): timsort, after
 * Tim Peters' description of CPython's sort
 * (Objects/listsort.txt): natural runs (strictly descending ones
 * reversed), runs shorter than minrun extended by binary insertion, a run
 * stack merged under the invariants len[-3] > len[-2] + len[-1] and
 * len[-2] > len[-1] (checked one level deeper too, the 2015 fix), merges
 * that first skip the parts of both runs already in place, then merge one
 * pair at a time and switch to galloping when one side keeps winning, with
 * min_gallop adapting to how well galloping pays.
 *
 * Keys are checked once: all exact small ints, floats or strs, exact
 * tuples, or all of one type compare without the generic rich comparison
 * (CPython 3.11's unsafe_*_compare).  As CPython, the list is emptied
 * while sorting so that mutation by a key function or a comparison is
 * detected ("list modified during sort"), and reverse=True keeps stability
 * by reversing before and after.  The first comparison error stops the
 * sort and leaves the list in some permutation of its items, as CPython.
 *
 * Without a key function the item pointers are sorted where they are;
 * with one, (key, value) pairs.  The algorithm (listsort_tmpl.h) is
 * compiled once per layout, and again for ints and floats with the
 * comparison inlined. */
#include <string.h>

#include "objects/list.h"
#include "objects/bool.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "mem/alloc.h"
#include "runtime/errors.h"

/* an item pointer, for listsort_tmpl.h's declarations */
typedef Object *ObjPtr;

typedef struct SortItem {
    Object *key;
    Object *val;
} SortItem;

/* a < b: 1/0, -1 with an exception set */
typedef int (*LtFunc)(Object *a, Object *b);

typedef struct Run {
    intptr_t base, len;
} Run;

/* Run lengths grow at least like Fibonacci numbers down the stack, so 85
 * levels cover any list that fits in memory. */
#define MAX_RUNS 85
/* galloping starts when one run wins this many times in a row */
#define MIN_GALLOP 7

/* ---- key comparisons ------------------------------------------------------- */

static int lt_int(Object *a, Object *b) { return INT_VALUE(a) < INT_VALUE(b); }
static int lt_float(Object *a, Object *b) { return FLOAT_VALUE(a) < FLOAT_VALUE(b); }
static int lt_str(Object *a, Object *b) { return str_compare(a, b) < 0; }
static int lt_generic(Object *a, Object *b) { return obj_richcompare_bool(a, b, CMP_LT); }

/* the richcompare slot shared by every key (lt_same_type).  A sort run
 * from inside a comparison may replace it; the outer sort's keys then fail
 * lt_same_type's check and take the generic path, still correct. */
static richcmpfunc same_type_cmp;

/* Keys of one type: its richcompare slot directly, as CPython's
 * unsafe_object_compare; NotImplemented or a key whose class changed
 * meanwhile goes the generic way. */
static int lt_same_type(Object *a, Object *b)
{
    if (TYPE(a)->richcompare != same_type_cmp || TYPE(b)->richcompare != same_type_cmp)
        return lt_generic(a, b);
    Object *r = same_type_cmp(a, b, CMP_LT);
    if (r == NULL)
        return -1;
    if (r == NOTIMPL) {
        DECREF(r);
        return lt_generic(a, b);
    }
    int t = r == GTrue ? 1 : r == GFalse ? 0 : obj_is_true(r);
    DECREF(r);
    return t;
}

/* Items of exact ints, floats or strs compare without dispatch (their ==
 * and < run no user code): *c gets the sign of x - y; 0 when not both of
 * one of those types. */
static inline int quick_cmp(Object *x, Object *y, int *c)
{
    if (x == y) { *c = 0; return 1; }
    if (INT_CHECK_EXACT(x) && INT_CHECK_EXACT(y) && INT_IS_SMALL(x) && INT_IS_SMALL(y)) {
        *c = (INT_VALUE(x) > INT_VALUE(y)) - (INT_VALUE(x) < INT_VALUE(y));
        return 1;
    }
    if (STR_CHECK_EXACT(x) && STR_CHECK_EXACT(y)) {
        *c = str_compare(x, y);
        return 1;
    }
    if (FLOAT_CHECK_EXACT(x) && FLOAT_CHECK_EXACT(y)) {
        double dx = FLOAT_VALUE(x), dy = FLOAT_VALUE(y);
        if (dx == dy || dx < dy || dx > dy) {       /* NaN goes the long way */
            *c = (dx > dy) - (dx < dy);
            return 1;
        }
    }
    return 0;
}

/* a < b for exact tuples, as tuple's own comparison: the first unequal
 * items decide (== with the identity shortcut, then <), else the lengths.
 * Items that are exact ints, floats or strs skip the dispatch.  1/0/-1. */
static int lt_tuple(Object *a, Object *b)
{
    intptr_t na = TUPLE_SIZE(a), nb = TUPLE_SIZE(b), n = na < nb ? na : nb, i;
    for (i = 0; i < n; i++) {
        Object *x = TUPLE_GET(a, i), *y = TUPLE_GET(b, i);
        int c;
        if (quick_cmp(x, y, &c)) {
            if (c) return c < 0;
            continue;
        }
        int k = obj_richcompare_bool(x, y, CMP_EQ);
        if (k < 0) return -1;
        if (!k) return obj_richcompare_bool(x, y, CMP_LT);
    }
    return na < nb;
}

/* The cheapest comparison that is right for every key: keys[0], keys[step],
 * ... (n of them). */
static LtFunc choose_lt(Object *const *keys, intptr_t n, intptr_t step)
{
    TypeObject *t = TYPE(keys[0]);
    int same = 1, small = 1;
    for (intptr_t i = 0; i < n; i++) {
        Object *k = keys[i * step];
        if (TYPE(k) != t) {
            same = 0;
            break;
        }
        if (t == &Int_Type && !INT_IS_SMALL(k))
            small = 0;
    }
    if (!same)
        return lt_generic;
    if (t == &Int_Type && small)
        return lt_int;
    if (t == &Float_Type)
        return lt_float;
    if (t == &Str_Type)
        return lt_str;
    if (t == &Tuple_Type)
        return lt_tuple;
    if (t->richcompare == NULL)
        return lt_generic;
    same_type_cmp = t->richcompare;
    return lt_same_type;
}

/* ---- the sort, once per item layout ------------------------------------- */

/* minrun: n itself below 64, else n's top six bits plus one if any lower
 * bit is set, so that n / minrun is a power of two or just below one. */
static intptr_t min_run(intptr_t n)
{
    intptr_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* items are the keys, compared through a function */
#define TM_ITEM ObjPtr
#define TM_KEY(x) (x)
#define TM_LT(ms, a, b) (ms)->lt((a), (b))
#define TM_NAME(n) n##_ptr
#include "objects/listsort_tmpl.h"

/* items are exact small ints, compared inline */
#define TM_ITEM ObjPtr
#define TM_KEY(x) (x)
#define TM_LT(ms, a, b) (INT_VALUE(a) < INT_VALUE(b))
#define TM_NAME(n) n##_int
#include "objects/listsort_tmpl.h"

/* items are exact floats, compared inline */
#define TM_ITEM ObjPtr
#define TM_KEY(x) (x)
#define TM_LT(ms, a, b) (FLOAT_VALUE(a) < FLOAT_VALUE(b))
#define TM_NAME(n) n##_float
#include "objects/listsort_tmpl.h"

/* (key, value) pairs from a key function */
#define TM_ITEM SortItem
#define TM_KEY(x) ((x).key)
#define TM_LT(ms, a, b) (ms)->lt((a), (b))
#define TM_NAME(n) n##_pair
#include "objects/listsort_tmpl.h"

int list_sort(Object *self, Object *keyfunc, int reverse)
{
    ListObject *l = (ListObject *)self;
    if (keyfunc && IS_NONE(keyfunc))
        keyfunc = NULL;
    /* Take the items out: the list reads as empty while we sort. */
    Object **saved = l->items;
    intptr_t n = l->ob.size, saved_alloc = l->allocated;
    l->items = NULL;
    l->ob.size = 0;
    l->allocated = -1;

    int result = -1;
    intptr_t nkeys = 0;
    SortItem *v = NULL;
    void *tmp = NULL;
    if (n > 1) {
        /* merge space: half the items (pairs with a key function) */
        tmp = mem_malloc((size_t)(n / 2 + 1) * (keyfunc ? sizeof(SortItem) : sizeof(Object *)));
        if (keyfunc)
            v = mem_malloc((size_t)n * sizeof *v);
        if (tmp == NULL || (keyfunc && v == NULL)) {
            err_no_memory();
            goto done;
        }
    }
    if (n == 1 && keyfunc) {
        /* CPython calls the key even for a single item (it may raise) */
        Object *arg = saved[0];
        Object *k = obj_call(keyfunc, &arg, 1, NULL);
        if (k == NULL)
            goto done;
        DECREF(k);
    }
    if (n > 1 && keyfunc) {
        for (intptr_t i = 0; i < n; i++) {
            Object *arg = saved[i];
            v[i].val = arg;
            v[i].key = obj_call(keyfunc, &arg, 1, NULL);
            if (v[i].key == NULL)
                goto done;
            nkeys++;
        }
        LtFunc lt = choose_lt(&v[0].key, n, 2);
        if (reverse)
            reverse_pair(v, n);
        int rc = timsort_pair(v, tmp, n, lt);
        if (reverse)
            reverse_pair(v, n);
        for (intptr_t i = 0; i < n; i++)
            saved[i] = v[i].val;
        if (rc < 0)
            goto done;
    } else if (n > 1) {
        /* the items are the keys: sorted where they are */
        LtFunc lt = choose_lt(saved, n, 1);
        if (reverse)
            reverse_ptr(saved, n);
        int rc = lt == lt_int ? timsort_int(saved, tmp, n, lt)
               : lt == lt_float ? timsort_float(saved, tmp, n, lt)
               : timsort_ptr(saved, tmp, n, lt);
        if (reverse)
            reverse_ptr(saved, n);
        if (rc < 0)
            goto done;
    }
    result = 0;
done:
    for (intptr_t i = 0; i < nkeys; i++)
        DECREF(v[i].key);
    mem_free(v);
    mem_free(tmp);
    if (l->allocated != -1 || l->items != NULL) {
        /* Someone mutated the list during the sort: their items go. */
        if (result == 0) {
            err_set_string(&Exc_ValueError, "list modified during sort");
            result = -1;
        }
    }
    Object **junk = l->items;
    intptr_t njunk = l->ob.size;
    l->items = saved;
    l->ob.size = n;
    l->allocated = saved_alloc;
    if (junk) {
        while (--njunk >= 0)
            XDECREF(junk[njunk]);
        mem_free(junk);
    }
    return result;
}

/* list.sort(*, key=None, reverse=False) */
Object *list_m_sort(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (nargs > 0)
        return err_set_string(&Exc_TypeError, "sort() takes no positional arguments");
    Object *key = NULL, *rev = NULL;
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        Object *name = TUPLE_ITEMS(kwnames)[i];
        if (str_eq_cstr(name, "key") && key == NULL)
            key = args[i];
        else if (str_eq_cstr(name, "reverse") && rev == NULL)
            rev = args[i];
        else if (str_eq_cstr(name, "key") || str_eq_cstr(name, "reverse"))
            return err_format(&Exc_TypeError,
                              "argument for sort() given by name ('%U') and position", name);
        else
            return err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for sort()", name);
    }
    int reverse = 0;
    if (rev) {
        intptr_t r;
        if (slice_as_ssize(rev, &Exc_OverflowError, &r) < 0)
            return NULL;
        reverse = r != 0;
    }
    if (list_sort(self, key, reverse) < 0)
        return NULL;
    RETURN_NONE;
}
