/* listsort_tmpl.h — the timsort of listsort.c, instantiated there once per
 * item layout and comparison (included several times; no include guard).
 * Before including, define:
 *   TM_ITEM        the array element, a type name (ObjPtr or SortItem)
 *   TM_KEY(x)      the key of an element
 *   TM_LT(ms, a, b) a < b for two keys: 1/0, -1 with an exception set
 *   TM_NAME(n)     the instance's name for function or type n
 * listsort.c supplies Run, LtFunc, MAX_RUNS, MIN_GALLOP and min_run. */

typedef struct TM_NAME(State) {
    LtFunc lt;
    intptr_t min_gallop;
    TM_ITEM *base;              /* the items being sorted */
    TM_ITEM *tmp;               /* merge buffer: half the items */
    int nruns;
    Run runs[MAX_RUNS];
} TM_NAME(State);
#define TM_STATE TM_NAME(State)

static void TM_NAME(reverse)(TM_ITEM *v, intptr_t n)
{
    for (intptr_t i = 0, j = n - 1; i < j; i++, j--) {
        TM_ITEM t = v[i];
        v[i] = v[j];
        v[j] = t;
    }
}

/* `IFLT(x, y) stmt else stmt`: compares the keys of two items; an error
 * leaves through the enclosing function's fail label. */
#define IFLT(X, Y) \
    if ((lt_ = TM_LT(ms, TM_KEY(X), TM_KEY(Y))) < 0) goto fail; \
    if (lt_)

/* ---- runs ---------------------------------------------------------------- */

/* Sorts lo[0..n) by binary insertion, lo[0..sorted) being in order. */
static int TM_NAME(binary_insertion)(TM_STATE *ms, TM_ITEM *lo, intptr_t n, intptr_t sorted)
{
    int lt_;
    if (sorted == 0)
        sorted = 1;
    for (intptr_t i = sorted; i < n; i++) {
        TM_ITEM x = lo[i];
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
static intptr_t TM_NAME(count_run)(TM_STATE *ms, TM_ITEM *lo, intptr_t n, int *desc)
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

/* ---- galloping ----------------------------------------------------------- */

/* Where key goes in the sorted a[0..n), to the left of equal items: the k
 * with a[k-1] < key <= a[k].  The search starts at a[hint] and probes at
 * distances 1, 3, 7, ... before a binary search.  -1 on error. */
static intptr_t TM_NAME(gallop_left)(TM_STATE *ms, TM_ITEM key, TM_ITEM *a, intptr_t n, intptr_t hint)
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
static intptr_t TM_NAME(gallop_right)(TM_STATE *ms, TM_ITEM key, TM_ITEM *a, intptr_t n, intptr_t hint)
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

#define MOVE(dst, src, n) memmove((dst), (src), (size_t)(n) * sizeof(TM_ITEM))

/* Merges the adjacent runs a[0..na) and b[0..nb) (b == a + na), na <= nb,
 * from the left through a copy of a.  On entry b[0] < a[0] and
 * a[na-1] > b[nb-1] (merge_at trimmed the rest), so b[0] goes first and
 * a's last item last. */
static int TM_NAME(merge_lo)(TM_STATE *ms, TM_ITEM *a, intptr_t na, TM_ITEM *b, intptr_t nb)
{
    int lt_;
    TM_ITEM *dest = a;
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
            intptr_t k = TM_NAME(gallop_right)(ms, *b, a, na, 0);
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
            k = TM_NAME(gallop_left)(ms, *a, b, nb, 0);
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
static int TM_NAME(merge_hi)(TM_STATE *ms, TM_ITEM *a, intptr_t na, TM_ITEM *b, intptr_t nb)
{
    int lt_;
    TM_ITEM *dest = b + nb - 1, *abase = a, *bbase = ms->tmp;
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
            intptr_t k = TM_NAME(gallop_right)(ms, *b, abase, na, na - 1);
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
            k = TM_NAME(gallop_left)(ms, *a, bbase, nb, nb - 1);
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
static int TM_NAME(merge_at)(TM_STATE *ms, int i)
{
    TM_ITEM *a = ms->base + ms->runs[i].base, *b = ms->base + ms->runs[i + 1].base;
    intptr_t na = ms->runs[i].len, nb = ms->runs[i + 1].len;
    ms->runs[i].len = na + nb;
    if (i == ms->nruns - 3)
        ms->runs[i + 1] = ms->runs[i + 2];
    ms->nruns--;
    /* a's items not above b[0] are in place already ... */
    intptr_t k = TM_NAME(gallop_right)(ms, b[0], a, na, 0);
    if (k < 0)
        return -1;
    a += k;
    na -= k;
    if (na == 0)
        return 0;
    /* ... and so are b's items not below a's last */
    nb = TM_NAME(gallop_left)(ms, a[na - 1], b, nb, nb - 1);
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? TM_NAME(merge_lo)(ms, a, na, b, nb) : TM_NAME(merge_hi)(ms, a, na, b, nb);
}

/* Merges until the stack's lengths satisfy the invariants again. */
static int TM_NAME(merge_collapse)(TM_STATE *ms)
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
        if (TM_NAME(merge_at)(ms, n) < 0)
            return -1;
    }
    return 0;
}

/* Merges everything left on the stack. */
static int TM_NAME(merge_force_collapse)(TM_STATE *ms)
{
    Run *p = ms->runs;
    while (ms->nruns > 1) {
        int n = ms->nruns - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len)
            n--;
        if (TM_NAME(merge_at)(ms, n) < 0)
            return -1;
    }
    return 0;
}

/* Sorts v[0..n) (n >= 2) stably with tmp[0..n/2+1) as merge space,
 * comparing keys with lt (unless TM_LT inlines the comparison).  0, or -1
 * with the exception of the failing comparison set; v is then some
 * permutation of its items. */
static int TM_NAME(timsort)(TM_ITEM *v, TM_ITEM *tmp, intptr_t n, LtFunc lt)
{
    TM_STATE ms;
    ms.lt = lt;
    ms.min_gallop = MIN_GALLOP;
    ms.base = v;
    ms.tmp = tmp;
    ms.nruns = 0;
    intptr_t minrun = min_run(n), lo = 0;
    while (lo < n) {
        int desc;
        intptr_t r = TM_NAME(count_run)(&ms, v + lo, n - lo, &desc);
        if (r < 0)
            return -1;
        if (desc)
            TM_NAME(reverse)(v + lo, r);
        if (r < minrun) {
            intptr_t force = n - lo < minrun ? n - lo : minrun;
            if (TM_NAME(binary_insertion)(&ms, v + lo, force, r) < 0)
                return -1;
            r = force;
        }
        ms.runs[ms.nruns].base = lo;
        ms.runs[ms.nruns].len = r;
        ms.nruns++;
        if (TM_NAME(merge_collapse)(&ms) < 0)
            return -1;
        lo += r;
    }
    return TM_NAME(merge_force_collapse)(&ms);
}

#undef IFLT
#undef MOVE
#undef TM_STATE
#undef TM_ITEM
#undef TM_KEY
#undef TM_LT
#undef TM_NAME
