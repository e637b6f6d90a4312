/* listsort.c — list.sort(*, key=None, reverse=False): a stable merge sort
 * (binary insertion for short runs) over (key, value) pairs.  As CPython,
 * the list is emptied while sorting so that mutation by a key function or a
 * comparison is detected ("list modified during sort"), reverse=True keeps
 * stability by reversing before and after, and the first comparison error
 * stops further comparisons and leaves the list in its original order. */
#include <string.h>

#include "objects/list.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "mem/alloc.h"
#include "runtime/errors.h"

typedef struct SortItem {
    Object *key;
    Object *val;
} SortItem;

typedef struct SortState {
    int failed;                 /* an exception is set: compare no more */
    int kind;                   /* 0 generic, 1 all small exact ints, 2 all exact str,
                                   3 all exact tuples */
} SortState;

/* Items of exact ints or strs compare without dispatch (their == and <
 * run no user code): *c gets the sign of x - y; 0 when not both of one of
 * those types. */
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
    return 0;
}

/* a < b for exact tuples, as tuple's own comparison: the first unequal
 * items decide (== with the identity shortcut, then <), else the lengths.
 * Items that are exact ints or strs skip the dispatch.  1/0/-1. */
static int tuple_lt(Object *a, Object *b)
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

/* a < b for the sort, 1/0; on error records it and answers 0. */
static int sort_lt(SortState *st, Object *a, Object *b)
{
    if (st->failed)
        return 0;
    if (st->kind == 1)
        return INT_VALUE(a) < INT_VALUE(b);
    if (st->kind == 2)
        return str_compare(a, b) < 0;
    int r = st->kind == 3 ? tuple_lt(a, b) : obj_richcompare_bool(a, b, CMP_LT);
    if (r < 0) {
        st->failed = 1;
        return 0;
    }
    return r;
}

/* Stable insertion sort of v[0..n) with binary search for the spot. */
static void insertion_sort(SortState *st, SortItem *v, intptr_t n)
{
    for (intptr_t i = 1; i < n; i++) {
        SortItem x = v[i];
        intptr_t lo = 0, hi = i;
        while (lo < hi) {
            intptr_t mid = lo + (hi - lo) / 2;
            if (sort_lt(st, x.key, v[mid].key))
                hi = mid;
            else
                lo = mid + 1;
        }
        memmove(v + lo + 1, v + lo, (size_t)(i - lo) * sizeof *v);
        v[lo] = x;
    }
}

/* Bottom-up merge sort of v[0..n) using tmp[0..n). */
static void merge_sort(SortState *st, SortItem *v, SortItem *tmp, intptr_t n)
{
    const intptr_t RUN = 32;
    for (intptr_t i = 0; i < n; i += RUN)
        insertion_sort(st, v + i, (n - i) < RUN ? (n - i) : RUN);
    SortItem *src = v, *dst = tmp;
    for (intptr_t width = RUN; width < n; width *= 2) {
        for (intptr_t lo = 0; lo < n; lo += 2 * width) {
            intptr_t mid = lo + width < n ? lo + width : n;
            intptr_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            intptr_t i = lo, j = mid, k = lo;
            /* Already in order: copy the block through. */
            if (mid < hi && !sort_lt(st, src[mid].key, src[mid - 1].key)) {
                memcpy(dst + lo, src + lo, (size_t)(hi - lo) * sizeof *v);
                continue;
            }
            while (i < mid && j < hi) {
                if (sort_lt(st, src[j].key, src[i].key))
                    dst[k++] = src[j++];
                else
                    dst[k++] = src[i++];
            }
            while (i < mid)
                dst[k++] = src[i++];
            while (j < hi)
                dst[k++] = src[j++];
        }
        SortItem *t = src;
        src = dst;
        dst = t;
    }
    if (src != v)
        memcpy(v, src, (size_t)n * sizeof *v);
}

static void reverse_items(SortItem *v, intptr_t n)
{
    for (intptr_t i = 0, j = n - 1; i < j; i++, j--) {
        SortItem t = v[i];
        v[i] = v[j];
        v[j] = t;
    }
}

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
    SortItem *v = NULL, *tmp = NULL;
    if (n > 1) {
        v = mem_malloc((size_t)n * sizeof *v);
        tmp = mem_malloc((size_t)n * sizeof *tmp);
        if (v == NULL || tmp == NULL) {
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
    for (intptr_t i = 0; i < n && n > 1; i++) {
        v[i].val = saved[i];
        if (keyfunc) {
            Object *arg = saved[i];
            v[i].key = obj_call(keyfunc, &arg, 1, NULL);
            if (v[i].key == NULL)
                goto done;
            nkeys++;
        } else {
            v[i].key = saved[i];
        }
    }
    if (n > 1) {
        SortState st = { 0, 0 };
        /* Homogeneous keys compare without dispatch. */
        int all_int = 1, all_str = 1, all_tuple = 1;
        for (intptr_t i = 0; i < n && (all_int || all_str || all_tuple); i++) {
            Object *k = v[i].key;
            if (!(INT_CHECK_EXACT(k) && INT_IS_SMALL(k)))
                all_int = 0;
            if (!STR_CHECK_EXACT(k))
                all_str = 0;
            if (!TUPLE_CHECK_EXACT(k))
                all_tuple = 0;
        }
        st.kind = all_int ? 1 : all_str ? 2 : all_tuple ? 3 : 0;
        if (reverse)
            reverse_items(v, n);
        merge_sort(&st, v, tmp, n);
        if (reverse)
            reverse_items(v, n);
        /* A failed comparison leaves the list in its original order. */
        if (st.failed)
            goto done;
        for (intptr_t i = 0; i < n; i++)
            saved[i] = v[i].val;
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
