/* listsort.c — list.sort(*, key=None, reverse=False): timsort over
 * (key, value) pairs, after Tim Peters' description of CPython's sort
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
 * by reversing before and after.  The sort works on a copy of the items,
 * so the first comparison error stops it and leaves the list in its
 * original order. */
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

typedef struct MergeState {
    LtFunc lt;
    intptr_t min_gallop;
    SortItem *base;             /* the items being sorted */
    SortItem *tmp;              /* merge buffer: half the items */
    int nruns;
    Run runs[MAX_RUNS];
} MergeState;

/* ---- key comparisons ------------------------------------------------------- */

static int lt_int(Object *a, Object *b) { return INT_VALUE(a) < INT_VALUE(b); }
static int lt_float(Object *a, Object *b) { return FLOAT_VALUE(a) < FLOAT_VALUE(b); }
static int lt_str(Object *a, Object *b) { return str_compare(a, b) < 0; }
static int lt_generic(Object *a, Object *b) { return obj_richcompare_bool(a, b, CMP_LT); }

/* the richcompare slot shared by every key (lt_same_type) */
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

/* The cheapest comparison that is right for every key of v[0..n). */
static LtFunc choose_lt(const SortItem *v, intptr_t n)
{
    TypeObject *t = TYPE(v[0].key);
    int same = 1, small = 1;
    for (intptr_t i = 0; i < n; i++) {
        Object *k = v[i].key;
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

/* `IFLT(x, y) stmt else stmt`: compares the keys of two items; an error
 * leaves through the enclosing function's fail label. */
#define IFLT(X, Y) \
    if ((lt_ = ms->lt((X).key, (Y).key)) < 0) goto fail; \
    if (lt_)

static void reverse_items(SortItem *v, intptr_t n);

/* ---- runs ---------------------------------------------------------------- */

/* Sorts lo[0..n) by binary insertion, lo[0..sorted) being in order. */
static int binary_insertion(MergeState *ms, SortItem *lo, intptr_t n, intptr_t sorted)
{
    int lt_;
    if (sorted == 0)
        sorted = 1;
    for (intptr_t i = sorted; i < n; i++) {
        SortItem x = lo[i];
        intptr_t l = 0, r = i;
        while (l < r) {
            intptr_t m = l + ((r - l) >> 1);
            IFLT(x, lo[m])
                r = m;
            else
                l = m + 1;
        }
        memmove(lo + l + 1, lo + l, (size_t)(i - l) * sizeof *lo);
        lo[l] = x;
    }
    return 0;
fail:
    return -1;
}

/* Length of the run starting at lo (at most n items): non-descending, or
 * strictly descending (*desc = 1; strict, so reversing it is stable). */
static intptr_t count_run(MergeState *ms, SortItem *lo, intptr_t n, int *desc)
{
    int lt_;
    intptr_t i = 2;
    *desc = 0;
    if (n == 1)
        return 1;
    IFLT(lo[1], lo[0]) {
        *desc = 1;
        for (; i < n; i++) {
            IFLT(lo[i], lo[i - 1])
                continue;
            break;
        }
    } else {
        for (; i < n; i++) {
            IFLT(lo[i], lo[i - 1])
                break;
        }
    }
    return i;
fail:
    return -1;
}

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

/* ---- galloping ----------------------------------------------------------- */

/* Where key goes in the sorted a[0..n), to the left of equal items: the k
 * with a[k-1] < key <= a[k].  The search starts at a[hint] and probes at
 * distances 1, 3, 7, ... before a binary search.  -1 on error. */
static intptr_t gallop_left(MergeState *ms, SortItem key, SortItem *a, intptr_t n, intptr_t hint)
{
    int lt_;
    intptr_t last = 0, ofs = 1, maxofs;
    IFLT(a[hint], key) {
        /* a[hint] < key: probe right until key <= a[hint + ofs] */
        maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(a[hint + ofs], key) {
                last = ofs;
                ofs = (ofs << 1) + 1;
            } else
                break;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        last += hint;
        ofs += hint;
    } else {
        /* key <= a[hint]: probe left until a[hint - ofs] < key */
        maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(a[hint - ofs], key)
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        intptr_t k = last;
        last = hint - ofs;
        ofs = hint - k;
    }
    /* a[last] < key <= a[ofs], with a[-1] = -inf and a[n] = +inf */
    last++;
    while (last < ofs) {
        intptr_t m = last + ((ofs - last) >> 1);
        IFLT(a[m], key)
            last = m + 1;
        else
            ofs = m;
    }
    return ofs;
fail:
    return -1;
}

/* Where key goes in the sorted a[0..n), to the right of equal items: the
 * k with a[k-1] <= key < a[k].  -1 on error. */
static intptr_t gallop_right(MergeState *ms, SortItem key, SortItem *a, intptr_t n, intptr_t hint)
{
    int lt_;
    intptr_t last = 0, ofs = 1, maxofs;
    IFLT(key, a[hint]) {
        /* key < a[hint]: probe left until a[hint - ofs] <= key */
        maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(key, a[hint - ofs]) {
                last = ofs;
                ofs = (ofs << 1) + 1;
            } else
                break;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        intptr_t k = last;
        last = hint - ofs;
        ofs = hint - k;
    } else {
        /* a[hint] <= key: probe right until key < a[hint + ofs] */
        maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(key, a[hint + ofs])
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        last += hint;
        ofs += hint;
    }
    /* a[last] <= key < a[ofs] */
    last++;
    while (last < ofs) {
        intptr_t m = last + ((ofs - last) >> 1);
        IFLT(key, a[m])
            ofs = m;
        else
            last = m + 1;
    }
    return ofs;
fail:
    return -1;
}

/* ---- merging ------------------------------------------------------------- */

#define MOVE(dst, src, n) memmove((dst), (src), (size_t)(n) * sizeof(SortItem))

/* Merges the adjacent runs a[0..na) and b[0..nb) (b == a + na), na <= nb,
 * from the left through a copy of a.  On entry b[0] < a[0] and
 * a[na-1] > b[nb-1] (merge_at trimmed the rest), so b[0] goes first and
 * a's last item last. */
static int merge_lo(MergeState *ms, SortItem *a, intptr_t na, SortItem *b, intptr_t nb)
{
    int lt_;
    SortItem *dest = a;
    MOVE(ms->tmp, a, na);
    a = ms->tmp;
    *dest++ = *b++;
    if (--nb == 0)
        goto done;
    if (na == 1)
        goto last_a;
    intptr_t min_gallop = ms->min_gallop;
    for (;;) {
        intptr_t acount = 0, bcount = 0;
        /* one item at a time while neither run keeps winning */
        for (;;) {
            IFLT(*b, *a) {
                *dest++ = *b++;
                bcount++;
                acount = 0;
                if (--nb == 0)
                    goto done;
                if (bcount >= min_gallop)
                    break;
            } else {
                *dest++ = *a++;
                acount++;
                bcount = 0;
                if (--na == 1)
                    goto last_a;
                if (acount >= min_gallop)
                    break;
            }
        }
        /* galloping: move whole stretches while they stay long */
        min_gallop++;
        do {
            if (min_gallop > 1)
                min_gallop--;
            ms->min_gallop = min_gallop;
            intptr_t k = gallop_right(ms, *b, a, na, 0);
            if (k < 0)
                goto fail;
            acount = k;
            if (k) {
                MOVE(dest, a, k);
                dest += k;
                a += k;
                na -= k;
                if (na == 1)
                    goto last_a;
                /* a's last item beats all of b, so na == 0 only when the
                 * comparison is inconsistent (NaN, a wrong __lt__) */
                if (na == 0)
                    goto done;
            }
            *dest++ = *b++;
            if (--nb == 0)
                goto done;
            k = gallop_left(ms, *a, b, nb, 0);
            if (k < 0)
                goto fail;
            bcount = k;
            if (k) {
                MOVE(dest, b, k);
                dest += k;
                b += k;
                nb -= k;
                if (nb == 0)
                    goto done;
            }
            *dest++ = *a++;
            if (--na == 1)
                goto last_a;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;           /* leaving galloping costs a little */
        ms->min_gallop = min_gallop;
    }
done:
    MOVE(dest, a, na);
    return 0;
last_a:
    /* one item of a left, greater than the rest of b */
    MOVE(dest, b, nb);
    dest[nb] = *a;
    return 0;
fail:
    MOVE(dest, a, na);
    return -1;
}

/* The mirror image of merge_lo for na >= nb: through a copy of b, from
 * the right. */
static int merge_hi(MergeState *ms, SortItem *a, intptr_t na, SortItem *b, intptr_t nb)
{
    int lt_;
    SortItem *dest = b + nb - 1, *abase = a, *bbase = ms->tmp;
    MOVE(ms->tmp, b, nb);
    b = ms->tmp + nb - 1;
    a += na - 1;
    *dest-- = *a--;
    if (--na == 0)
        goto done;
    if (nb == 1)
        goto first_b;
    intptr_t min_gallop = ms->min_gallop;
    for (;;) {
        intptr_t acount = 0, bcount = 0;
        for (;;) {
            IFLT(*b, *a) {
                *dest-- = *a--;
                acount++;
                bcount = 0;
                if (--na == 0)
                    goto done;
                if (acount >= min_gallop)
                    break;
            } else {
                *dest-- = *b--;
                bcount++;
                acount = 0;
                if (--nb == 1)
                    goto first_b;
                if (bcount >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {
            if (min_gallop > 1)
                min_gallop--;
            ms->min_gallop = min_gallop;
            /* the items of a greater than b's current one go first */
            intptr_t k = gallop_right(ms, *b, abase, na, na - 1);
            if (k < 0)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                dest -= k;
                a -= k;
                MOVE(dest + 1, a + 1, k);
                na -= k;
                if (na == 0)
                    goto done;
            }
            *dest-- = *b--;
            if (--nb == 1)
                goto first_b;
            /* then the items of b not less than a's current one */
            k = gallop_left(ms, *a, bbase, nb, nb - 1);
            if (k < 0)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                dest -= k;
                b -= k;
                MOVE(dest + 1, b + 1, k);
                nb -= k;
                if (nb == 1)
                    goto first_b;
                /* b's first item is below all of a: only an inconsistent
                 * comparison gets here */
                if (nb == 0)
                    goto done;
            }
            *dest-- = *a--;
            if (--na == 0)
                goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        ms->min_gallop = min_gallop;
    }
done:
    MOVE(dest - (nb - 1), bbase, nb);
    return 0;
first_b:
    /* one item of b left, less than the rest of a */
    dest -= na;
    a -= na;
    MOVE(dest + 1, a + 1, na);
    *dest = *b;
    return 0;
fail:
    MOVE(dest - (nb - 1), bbase, nb);
    return -1;
}

/* Merges runs i and i + 1 of the stack. */
static int merge_at(MergeState *ms, int i)
{
    SortItem *a = ms->base + ms->runs[i].base, *b = ms->base + ms->runs[i + 1].base;
    intptr_t na = ms->runs[i].len, nb = ms->runs[i + 1].len;
    ms->runs[i].len = na + nb;
    if (i == ms->nruns - 3)
        ms->runs[i + 1] = ms->runs[i + 2];
    ms->nruns--;
    /* a's items not above b[0] are in place already ... */
    intptr_t k = gallop_right(ms, b[0], a, na, 0);
    if (k < 0)
        return -1;
    a += k;
    na -= k;
    if (na == 0)
        return 0;
    /* ... and so are b's items not below a's last */
    nb = gallop_left(ms, a[na - 1], b, nb, nb - 1);
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? merge_lo(ms, a, na, b, nb) : merge_hi(ms, a, na, b, nb);
}

/* Merges until the stack's lengths satisfy the invariants again. */
static int merge_collapse(MergeState *ms)
{
    Run *p = ms->runs;
    while (ms->nruns > 1) {
        int n = ms->nruns - 2;
        if ((n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len) ||
            (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)) {
            if (p[n - 1].len < p[n + 1].len)
                n--;
        } else if (p[n].len > p[n + 1].len) {
            break;
        }
        if (merge_at(ms, n) < 0)
            return -1;
    }
    return 0;
}

/* Merges everything left on the stack. */
static int merge_force_collapse(MergeState *ms)
{
    Run *p = ms->runs;
    while (ms->nruns > 1) {
        int n = ms->nruns - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len)
            n--;
        if (merge_at(ms, n) < 0)
            return -1;
    }
    return 0;
}

/* Sorts v[0..n) (n >= 2) stably with tmp[0..n/2+1) as merge space.
 * 0, or -1 with the exception of the failing comparison set. */
static int timsort(SortItem *v, SortItem *tmp, intptr_t n)
{
    MergeState ms;
    ms.lt = choose_lt(v, n);
    ms.min_gallop = MIN_GALLOP;
    ms.base = v;
    ms.tmp = tmp;
    ms.nruns = 0;
    intptr_t minrun = min_run(n), lo = 0;
    while (lo < n) {
        int desc;
        intptr_t r = count_run(&ms, v + lo, n - lo, &desc);
        if (r < 0)
            return -1;
        if (desc)
            reverse_items(v + lo, r);
        if (r < minrun) {
            intptr_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(&ms, v + lo, force, r) < 0)
                return -1;
            r = force;
        }
        ms.runs[ms.nruns].base = lo;
        ms.runs[ms.nruns].len = r;
        ms.nruns++;
        if (merge_collapse(&ms) < 0)
            return -1;
        lo += r;
    }
    return merge_force_collapse(&ms);
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
        tmp = mem_malloc((size_t)(n / 2 + 1) * sizeof *tmp);
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
        if (reverse)
            reverse_items(v, n);
        int rc = timsort(v, tmp, n);
        if (rc < 0)
            goto done;
        if (reverse)
            reverse_items(v, n);
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
