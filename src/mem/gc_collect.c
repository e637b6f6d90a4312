/* gc_collect.c — the cycle collector proper, CPython 3.11's algorithm:
 * copy every refcount into gc_refs, subtract the references found by
 * traverse inside the generation, treat what is still positive as reachable
 * from outside and propagate reachability (move_unreachable); the rest is
 * garbage.  Then, in CPython's order: clear weak references to the garbage
 * (callbacks only for weakrefs that survive), run finalizers once (PEP 442),
 * look again for objects the finalizers resurrected, and break the
 * remaining cycles with the types' clear slots.  Also the statistics,
 * gc.callbacks, DEBUG_* output and gc.garbage.  Runs only from gc.collect()
 * and from the evaluator's safe points, never inside a collection. */
#include <stdio.h>
#include <time.h>

#include "mem/gc.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/errors.h"

GCStats gc_stats[GC_NGENS];
int gc_debug;
intptr_t gc_long_lived_total, gc_long_lived_pending;
Object *gc_garbage;
Object *gc_callbacks;

/* ---- GCHead helpers while collecting ---------------------------------------- */

#define GC_NEXT(g) ((GCHead *)((g)->next))
#define GC_PREV(g) ((GCHead *)((g)->prev & GC_PREV_MASK))

static inline void set_prev(GCHead *g, GCHead *p)
{
    g->prev = (g->prev & ~GC_PREV_MASK) | (uintptr_t)p;
}
static inline intptr_t get_refs(GCHead *g) { return (intptr_t)(g->prev >> GC_PREV_SHIFT); }
static inline void set_refs(GCHead *g, intptr_t r)
{
    g->prev = (g->prev & ~GC_PREV_MASK) | ((uintptr_t)r << GC_PREV_SHIFT);
}
static inline void reset_refs(GCHead *g, intptr_t r)
{
    g->prev = GC_PREV_COLLECTING | ((uintptr_t)r << GC_PREV_SHIFT);
}
static inline void decref_refs(GCHead *g) { g->prev -= (uintptr_t)1 << GC_PREV_SHIFT; }
static inline int is_collecting(GCHead *g) { return (g->prev & GC_PREV_COLLECTING) != 0; }
static inline void clear_collecting(GCHead *g) { g->prev &= ~GC_PREV_COLLECTING; }

static void gl_append(GCHead *g, GCHead *list)
{
    GCHead *last = (GCHead *)list->prev;
    set_prev(g, last);
    last->next = (uintptr_t)g;
    g->next = (uintptr_t)list;
    list->prev = (uintptr_t)g;
}

static void list_move(GCHead *g, GCHead *list)
{
    GCHead *prev = GC_PREV(g), *next = GC_NEXT(g);
    prev->next = (uintptr_t)next;
    set_prev(next, prev);
    gl_append(g, list);
}

static intptr_t list_size(GCHead *list)
{
    intptr_t n = 0;
    for (GCHead *g = GC_NEXT(list); g != list; g = GC_NEXT(g))
        n++;
    return n;
}

/* ---- finding the unreachable ------------------------------------------------ */

/* gc_refs = refcount for every object of the list; marks them COLLECTING.
 * A count of 0 means a dealloc is under way (a finalizer or weakref callback
 * running from it): such an object is treated as referenced from outside. */
static void update_refs(GCHead *list)
{
    for (GCHead *g = GC_NEXT(list); g != list; g = GC_NEXT(g)) {
        uint32_t rc = REFCNT(FROM_GC(g));
        reset_refs(g, rc ? (intptr_t)rc : 1);
    }
}

static int visit_decref(Object *o, void *arg)
{
    (void)arg;
    if (gc_is_gc(o)) {
        GCHead *g = AS_GC(o);
        if (is_collecting(g) && get_refs(g) > 0)
            decref_refs(g);
    }
    return 0;
}

/* Subtracts the references from inside the list: what remains counts
 * references from outside. */
static void subtract_refs(GCHead *list)
{
    for (GCHead *g = GC_NEXT(list); g != list; g = GC_NEXT(g)) {
        Object *o = FROM_GC(g);
        traverseproc tr = TYPE(o)->traverse;
        if (tr)
            tr(o, visit_decref, NULL);
    }
}

static int visit_reachable(Object *o, void *arg)
{
    GCHead *reachable = arg;
    if (!gc_is_gc(o))
        return 0;
    GCHead *g = AS_GC(o);
    if (!is_collecting(g))
        return 0;           /* another generation, or already scanned */
    if (g->next & GC_NEXT_UNREACHABLE) {
        /* tentatively unreachable but reached after all: back to young */
        GCHead *prev = GC_PREV(g);
        GCHead *next = (GCHead *)(g->next & ~GC_NEXT_UNREACHABLE);
        prev->next = g->next;               /* keeps the UNREACHABLE bit */
        set_prev(next, prev);
        gl_append(g, reachable);
        set_refs(g, 1);
    } else if (get_refs(g) == 0) {
        set_refs(g, 1);                     /* young, not scanned yet */
    }
    return 0;
}

static int tuple_untrackable(Object *o);

/* CPython's move_unreachable: objects with gc_refs > 0 are reachable and
 * make everything they reach reachable; the others move to `unreachable`
 * (next tagged UNREACHABLE) until something reachable refers to them.
 * With `untrack` set it also does CPython's untrack_tuples on the way:
 * a reachable tuple of untracked items leaves the list as soon as it is
 * scanned, in the order the separate pass would have seen it, which saves
 * that pass over every survivor.  Returns the number of survivors. */
static intptr_t move_unreachable(GCHead *young, GCHead *unreachable, int untrack)
{
    GCHead *prev = young;
    GCHead *g = GC_NEXT(young);
    intptr_t kept = 0;
    while (g != young) {
        if (get_refs(g)) {
            Object *o = FROM_GC(g);
            traverseproc tr = TYPE(o)->traverse;
            if (tr)
                tr(o, visit_reachable, young);
            if (untrack && IS_TYPE(o, &Tuple_Type) && tuple_untrackable(o)) {
                /* unlink by hand: the unscanned objects' prev fields hold
                 * gc_refs, which gc_untrack would overwrite */
                prev->next = g->next;
                g->next = g->prev = 0;
            } else {
                set_prev(g, prev);
                clear_collecting(g);
                prev = g;
                kept++;
            }
        } else {
            prev->next = g->next;
            GCHead *last = GC_PREV(unreachable);
            last->next = GC_NEXT_UNREACHABLE | (uintptr_t)g;
            set_prev(g, last);
            g->next = GC_NEXT_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->prev = (uintptr_t)g;
        }
        g = GC_NEXT(prev);
    }
    young->prev = (uintptr_t)prev;
    unreachable->next &= ~GC_NEXT_UNREACHABLE;
    return kept;
}

static intptr_t deduce_unreachable(GCHead *base, GCHead *unreachable, int untrack)
{
    update_refs(base);
    subtract_refs(base);
    gc_list_init(unreachable);
    return move_unreachable(base, unreachable, untrack);
}

/* Removes the UNREACHABLE tags so the list is an ordinary one again. */
static void clear_unreachable_mask(GCHead *unreachable)
{
    for (GCHead *g = GC_NEXT(unreachable); g != unreachable; ) {
        g->next &= ~GC_NEXT_UNREACHABLE;
        g = GC_NEXT(g);
    }
}

/* ---- untracking atoms-only tuples and dicts ---------------------------------- */

/* CPython's _PyTuple_MaybeUntrack test: 1 if no item may be tracked. */
static int tuple_untrackable(Object *o)
{
    for (intptr_t i = 0; i < TUPLE_SIZE(o); i++) {
        Object *x = TUPLE_ITEMS(o)[i];
        if (!x || gc_may_be_tracked(x))
            return 0;       /* NULL: a tuple still being filled */
    }
    return 1;
}

/* Returns 1 if it untracked the dict. */
static int maybe_untrack_dict(Object *o)
{
    intptr_t pos = 0;
    Object *k, *v;
    while (dict_next(o, &pos, &k, &v))
        if (gc_may_be_tracked(k) || gc_may_be_tracked(v))
            return 0;
    gc_untrack(o);
    return 1;
}

/* Untracks the atoms-only dicts; returns how many. */
static intptr_t untrack_dicts(GCHead *list)
{
    intptr_t n = 0;
    for (GCHead *g = GC_NEXT(list), *next; g != list; g = next) {
        next = GC_NEXT(g);
        Object *o = FROM_GC(g);
        if (IS_TYPE(o, &Dict_Type))
            n += maybe_untrack_dict(o);
    }
    return n;
}

/* ---- weak references, finalizers, resurrection, clearing -------------------- */

static void report_unraisable(Object *obj, const char *msg)
{
    if (err_occurred())
        weakref_write_unraisable(obj, msg);
}

/* CPython's handle_weakrefs: every weakref to a garbage object is cleared
 * before any callback runs; a callback runs only if its weakref itself is
 * not garbage.  Returns the number of such weakrefs freed by their call;
 * *ran is set when a callback ran. */
static intptr_t handle_weakrefs(GCHead *unreachable, GCHead *old, int *ran)
{
    GCHead wrcb;
    gc_list_init(&wrcb);
    for (GCHead *g = GC_NEXT(unreachable); g != unreachable; g = GC_NEXT(g)) {
        Object *o = FROM_GC(g);
        if (WEAKREF_ANY(o))
            weakref_clear_one((WeakrefObject *)o);
        WeakrefObject *wr;
        while ((wr = weakref_first(o)) != NULL) {
            weakref_clear_one(wr);
            if (wr->callback == NULL)
                continue;
            GCHead *wg = AS_GC((Object *)wr);
            if (wg->next == 0 || is_collecting(wg))
                continue;   /* garbage itself (or untracked): no callback */
            INCREF((Object *)wr);
            list_move(wg, &wrcb);
        }
    }
    intptr_t freed = 0;
    if (!gc_list_is_empty(&wrcb))
        *ran = 1;
    while (!gc_list_is_empty(&wrcb)) {
        GCHead *g = GC_NEXT(&wrcb);
        WeakrefObject *wr = (WeakrefObject *)FROM_GC(g);
        Object *cb = wr->callback;
        INCREF(cb);
        Object *r = obj_call(cb, (Object **)&wr, 1, NULL);
        if (r)
            DECREF(r);
        else
            report_unraisable(cb, NULL);
        DECREF(cb);
        DECREF((Object *)wr);
        if (GC_NEXT(&wrcb) == g)
            list_move(g, old);      /* still alive */
        else
            freed++;
    }
    return freed;
}

/* Runs each object's finalizer once (OF_FINALIZED).  Finalizers may free or
 * resurrect anything, so the head is always taken afresh.  *ran is set
 * when a finalizer ran. */
static void finalize_garbage(GCHead *collectable, int *ran)
{
    GCHead seen;
    gc_list_init(&seen);
    while (!gc_list_is_empty(collectable)) {
        GCHead *g = GC_NEXT(collectable);
        Object *o = FROM_GC(g);
        list_move(g, &seen);
        destructor fin = TYPE(o)->finalize;
        if (fin && !(o->flags & OF_FINALIZED)) {
            *ran = 1;
            INCREF(o);
            fin(o);
            o->flags |= OF_FINALIZED;
            report_unraisable(NULL, NULL);
            DECREF(o);
        }
    }
    gc_list_merge(&seen, collectable);
}

static void clear_collecting_list(GCHead *list)
{
    for (GCHead *g = GC_NEXT(list); g != list; g = GC_NEXT(g))
        clear_collecting(g);
}

/* Objects a finalizer made reachable again stay (moved to old), along with
 * everything they reach; the rest goes to still_unreachable.  When no
 * finalizer or weakref callback ran, no code could have touched the
 * garbage (nothing outside holds a strong reference to it, its weakrefs
 * are cleared and it is on no generation list), so the second pass would
 * find every object unreachable again, in the same order: it is skipped. */
static void handle_resurrected(GCHead *unreachable, GCHead *still, GCHead *old, int ran)
{
    if (!ran) {
        gc_list_init(still);
        gc_list_merge(unreachable, still);
        return;
    }
    clear_collecting_list(unreachable);
    deduce_unreachable(unreachable, still, 0);
    clear_unreachable_mask(still);
    gc_list_merge(unreachable, old);
}

static void delete_garbage(GCHead *collectable, GCHead *old)
{
    while (!gc_list_is_empty(collectable)) {
        GCHead *g = GC_NEXT(collectable);
        Object *o = FROM_GC(g);
        if (gc_debug & GC_DEBUG_SAVEALL) {
            if (gc_garbage == NULL)
                gc_garbage = list_new(0);
            if (gc_garbage == NULL || list_append(gc_garbage, o) < 0)
                err_clear();
        } else {
            inquiry clear = TYPE(o)->clear;
            if (clear) {
                INCREF(o);
                clear(o);
                report_unraisable(NULL, NULL);
                DECREF(o);
            }
        }
        if (GC_NEXT(collectable) == g) {
            clear_collecting(g);    /* still alive: it may die later */
            list_move(g, old);
        }
    }
}

/* Instance dicts that die with their instance.  CPython 3.11 keeps an
 * instance's attributes inline until someone asks for __dict__, so its
 * count of unreachable objects has no dict per instance; garter's
 * instances always have a dict object, which is left out of the count
 * when only the instance refers to it. */
static inline int owns_dict(Object *o)
{
    TypeObject *t = TYPE(o);
    if (!TYPE_HAS(t, TPF_HEAPTYPE) || t->dictoffset <= 0)
        return 0;
    Object *d = *(Object **)((char *)o + t->dictoffset);
    return d && IS_TYPE(d, &Dict_Type) && REFCNT(d) == 1 && gc_is_tracked(d) &&
           is_collecting(AS_GC(d));
}

static intptr_t owned_dicts(GCHead *list)
{
    intptr_t n = 0;
    for (GCHead *g = GC_NEXT(list); g != list; g = GC_NEXT(g))
        n += owns_dict(FROM_GC(g));
    return n;
}

/* What one pass over the fresh unreachable list learns, so the later
 * passes run only when they have work: each pass is a pointer chase over
 * the whole garbage list, which costs as much as the work it finds. */
typedef struct Scan {
    intptr_t n;         /* objects on the list */
    intptr_t owned;     /* instance dicts owned by an instance on it */
    int weak;           /* a weakref, or an object with weakrefs */
    int fin;            /* an object whose finalizer has yet to run */
} Scan;

/* Removes the UNREACHABLE tags (as clear_unreachable_mask) and fills *sc.
 * No code runs during the pass, so the weakref-subtype check is done once
 * per run of objects of one type. */
static void scan_unreachable(GCHead *unreachable, Scan *sc)
{
    TypeObject *plain = NULL;       /* last type seen not to be a weakref */
    sc->n = sc->owned = 0;
    sc->weak = sc->fin = 0;
    for (GCHead *g = GC_NEXT(unreachable); g != unreachable; ) {
        g->next &= ~GC_NEXT_UNREACHABLE;
        Object *o = FROM_GC(g);
        TypeObject *t = TYPE(o);
        sc->n++;
        sc->owned += owns_dict(o);
        if (t->finalize && !(o->flags & OF_FINALIZED))
            sc->fin = 1;
        if (o->flags & OF_WEAKREFD)
            sc->weak = 1;
        else if (t != plain) {
            if (WEAKREF_ANY(o))
                sc->weak = 1;
            else
                plain = t;
        }
        g = GC_NEXT(g);
    }
}

/* ---- one collection ---------------------------------------------------------- */

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void show_stats(void)
{
    fprintf(stderr, "gc: objects in each generation: %zu %zu %zu\n"
            "gc: objects in permanent generation: %zu\n",
            gc_list_size(0), gc_list_size(1), gc_list_size(2), gc_list_size(GC_PERMANENT));
}

static void debug_cycle(const char *msg, Object *o)
{
    fprintf(stderr, "gc: %s <%s %p>\n", msg, TYPE(o)->name, (void *)o);
}

/* CPython's gc_collect_main; *collected / *uncollectable get the counts. */
static intptr_t collect_main(int gen, intptr_t *collected, intptr_t *uncollectable)
{
    double t0 = 0;
    fflush(stdout);
    if (gc_debug & GC_DEBUG_STATS) {
        fprintf(stderr, "gc: collecting generation %d...\n", gen);
        show_stats();
        t0 = now_seconds();
    }
    if (gen + 1 < GC_NGENS)
        gc_gens[gen + 1].count++;
    for (int i = 0; i <= gen; i++)
        gc_gens[i].count = 0;
    for (int i = 0; i < gen; i++)
        gc_list_merge(&gc_gens[i].head, &gc_gens[gen].head);

    GCHead *young = &gc_gens[gen].head;
    GCHead *old = gen < GC_NGENS - 1 ? &gc_gens[gen + 1].head : young;
    GCHead unreachable;
    intptr_t kept = deduce_unreachable(young, &unreachable, 1);
    if (young != old) {
        if (gen == GC_NGENS - 2)
            gc_long_lived_pending += kept;
        gc_list_merge(young, old);
    } else {
        kept -= untrack_dicts(young);
        gc_long_lived_pending = 0;
        gc_long_lived_total = kept;
    }
    Scan sc;
    scan_unreachable(&unreachable, &sc);

    if (gc_debug & GC_DEBUG_COLLECTABLE)
        for (GCHead *g = GC_NEXT(&unreachable); g != &unreachable; g = GC_NEXT(g))
            debug_cycle("collectable", FROM_GC(g));

    int ran = 0;                    /* Python code ran: resurrection possible */
    intptr_t m = sc.weak ? handle_weakrefs(&unreachable, old, &ran) : 0;
    if (sc.fin)
        finalize_garbage(&unreachable, &ran);
    GCHead final;
    handle_resurrected(&unreachable, &final, old, ran);
    /* Without code run, clearing weakrefs changed no count or list. */
    m += ran ? list_size(&final) - owned_dicts(&final) : sc.n - sc.owned;
    delete_garbage(&final, old);

    intptr_t n = 0;                 /* no legacy finalizers: none uncollectable */
    if (gc_debug & GC_DEBUG_STATS)
        fprintf(stderr, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n",
                (n + m), n, now_seconds() - t0);
    if (err_occurred())
        weakref_write_unraisable(NULL, "in garbage collection");
    *collected = m;
    *uncollectable = n;
    gc_stats[gen].collections++;
    gc_stats[gen].collected += m;
    gc_stats[gen].uncollectable += n;
    return n + m;
}

/* Calls every gc.callbacks entry with (phase, info). */
static void invoke_callbacks(const char *phase, int gen, intptr_t collected, intptr_t uncollectable)
{
    if (gc_callbacks == NULL || LIST_SIZE(gc_callbacks) == 0)
        return;
    Object *info = dict_new(), *v = NULL;
    if (info == NULL)
        goto fail;
    if ((v = int_from_i64(gen)) == NULL || dict_setitem_str(info, "generation", v) < 0)
        goto fail;
    SETREF(v, int_from_i64(collected));
    if (v == NULL || dict_setitem_str(info, "collected", v) < 0)
        goto fail;
    SETREF(v, int_from_i64(uncollectable));
    if (v == NULL || dict_setitem_str(info, "uncollectable", v) < 0)
        goto fail;
    CLEAR(v);
    Object *ph = str_from_cstr(phase);
    if (ph == NULL)
        goto fail;
    for (intptr_t i = 0; i < LIST_SIZE(gc_callbacks); i++) {
        Object *cb = NEWREF(LIST_ITEMS(gc_callbacks)[i]);
        Object *args[2] = { ph, info };
        Object *r = obj_call(cb, args, 2, NULL);
        if (r)
            DECREF(r);
        else
            weakref_write_unraisable(cb, NULL);
        DECREF(cb);
    }
    DECREF(ph);
    DECREF(info);
    return;
fail:
    XDECREF(v);
    XDECREF(info);
    weakref_write_unraisable(NULL, NULL);
}

/* Collection with callbacks; the caller has set gc_collecting. */
static intptr_t collect_with_callbacks(int gen)
{
    intptr_t collected = 0, uncollectable = 0;
    invoke_callbacks("start", gen, 0, 0);
    intptr_t r = collect_main(gen, &collected, &uncollectable);
    invoke_callbacks("stop", gen, collected, uncollectable);
    return r;
}

intptr_t gc_collect(int gen)
{
    if (gc_collecting)
        return 0;
    Object *saved = err_fetch();
    gc_collecting = 1;
    intptr_t r = collect_with_callbacks(gen);
    gc_collecting = 0;
    err_restore(saved);
    return r;
}

void gc_collect_pending(void)
{
    if (gc_collecting || !gc_enabled)
        return;
    /* Under stress every pending allocation triggers at least a young
     * collection (as if threshold 0 were 0); the older generations follow
     * their usual thresholds and the full-collection deferral, so survivors
     * still reach full collections while the stress run stays linear. */
    int gen = -1;
    for (int i = GC_NGENS - 1; i >= 0; i--) {
        intptr_t threshold = (gc_stress && i == 0) ? 0 : gc_gens[i].threshold;
        if (gc_gens[i].count > threshold) {
            if (i == GC_NGENS - 1 && gc_long_lived_pending < gc_long_lived_total / 4)
                continue;
            gen = i;
            break;
        }
    }
    if (gen < 0 || (!gc_stress && gc_gens[0].threshold == 0))
        return;
    gc_collect(gen);
}
