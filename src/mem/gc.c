/* gc.c — generation lists and allocation counts for container objects.
 * A tracked object's GCHead is linked into one generation's circular list;
 * an untracked one has next == 0.  The collector (gc_collect.c) builds on
 * these lists, the thresholds and the types' traverse/clear slots; this file
 * also asks for an automatic collection (via the eval breaker) when the
 * gen-0 count passes its threshold. */
#include <stdlib.h>
#include <string.h>

#include "mem/gc.h"
#include "objects/tuple.h"
#include "runtime/breaker.h"

GCGeneration gc_gens[GC_NGENS + 1];
int gc_enabled = 1;
int gc_collecting;
int gc_stress;

int gc_init(void)
{
    static const int thresholds[GC_NGENS + 1] = { 700, 10, 10, 0 };
    for (int i = 0; i <= GC_NGENS; i++) {
        gc_list_init(&gc_gens[i].head);
        gc_gens[i].threshold = thresholds[i];
        gc_gens[i].count = 0;
    }
    gc_enabled = 1;
    gc_collecting = 0;
    const char *stress = getenv("GARTER_GCSTRESS");
    if (stress && *stress && strcmp(stress, "0") != 0)
        gc_stress = 1;
    return 0;
}

void gc_fini(void)
{
    CLEAR(gc_garbage);
    CLEAR(gc_callbacks);
    /* Objects still tracked belong to someone who leaked them; the debug
     * accounting reports those.  Unlink them so a re-init starts clean. */
    for (int i = 0; i <= GC_NGENS; i++) {
        GCHead *h = &gc_gens[i].head;
        GCHead *g = (GCHead *)h->next;
        while (g && g != h) {
            GCHead *n = (GCHead *)g->next;
            g->next = g->prev = 0;
            g = n;
        }
        gc_list_init(h);
        gc_gens[i].count = 0;
    }
    rt_breaker_clear(BRK_GC);
}

void gc_track(Object *o)
{
    GCHead *g = AS_GC(o);
    GCHead *h = &gc_gens[0].head;
    GCHead *last = (GCHead *)(h->prev & GC_PREV_MASK);
    g->next = (uintptr_t)h;
    g->prev = (uintptr_t)last;
    last->next = (uintptr_t)g;
    h->prev = (uintptr_t)g;
}

/* prev may carry collector flag bits while a collection runs (a finalizer
 * or a weakref callback can free objects of the lists being processed);
 * the neighbours keep their own flag bits. */
void gc_untrack(Object *o)
{
    GCHead *g = AS_GC(o);
    if (g->next == 0)
        return;
    GCHead *prev = (GCHead *)(g->prev & GC_PREV_MASK);
    GCHead *next = (GCHead *)(g->next & ~GC_NEXT_UNREACHABLE);
    prev->next = (prev->next & GC_NEXT_UNREACHABLE) | (uintptr_t)next;
    next->prev = (next->prev & ~GC_PREV_MASK) | (uintptr_t)prev;
    g->next = g->prev = 0;
}

int gc_may_be_tracked(Object *o)
{
    if (!gc_is_gc(o))
        return 0;
    if (IS_TYPE(o, &Tuple_Type))
        return gc_is_tracked(o);
    return 1;
}

void gc_note_alloc(void)
{
    int c = ++gc_gens[0].count;
    if (!gc_enabled || gc_collecting)
        return;
    if (gc_stress || (gc_gens[0].threshold && c > gc_gens[0].threshold))
        rt_breaker_set(BRK_GC);
}

void gc_note_free(void) { if (gc_gens[0].count > 0) gc_gens[0].count--; }

int gc_get_count(int gen)
{
    return gen >= 0 && gen < GC_NGENS ? gc_gens[gen].count : 0;
}

int gc_get_threshold(int gen)
{
    return gen >= 0 && gen < GC_NGENS ? gc_gens[gen].threshold : 0;
}

void gc_set_threshold(int t0, int t1, int t2)
{
    gc_gens[0].threshold = t0;
    gc_gens[1].threshold = t1;
    gc_gens[2].threshold = t2;
}

size_t gc_list_size(int gen)
{
    if (gen < 0 || gen > GC_NGENS)
        return 0;
    GCHead *h = &gc_gens[gen].head;
    size_t n = 0;
    for (GCHead *g = (GCHead *)h->next; g && g != h; g = (GCHead *)g->next)
        n++;
    return n;
}

/* Appends list `from` to the end of list `to`, leaving `from` empty. */
void gc_list_merge(GCHead *from, GCHead *to)
{
    if (gc_list_is_empty(from))
        return;
    GCHead *first = (GCHead *)from->next;
    GCHead *last = (GCHead *)(from->prev & GC_PREV_MASK);
    GCHead *tail = (GCHead *)(to->prev & GC_PREV_MASK);
    tail->next = (uintptr_t)first;
    first->prev = (first->prev & ~GC_PREV_MASK) | (uintptr_t)tail;
    last->next = (uintptr_t)to;
    to->prev = (uintptr_t)last;
    gc_list_init(from);
}

void gc_freeze(void)
{
    for (int i = 0; i < GC_NGENS; i++) {
        gc_list_merge(&gc_gens[i].head, &gc_gens[GC_PERMANENT].head);
        gc_gens[i].count = 0;
    }
}

void gc_unfreeze(void)
{
    gc_list_merge(&gc_gens[GC_PERMANENT].head, &gc_gens[GC_NGENS - 1].head);
}

int gc_foreach(int gen, int (*fn)(Object *o, void *arg), void *arg)
{
    int lo = gen < 0 ? 0 : gen, hi = gen < 0 ? GC_NGENS - 1 : gen;
    if (gen > GC_PERMANENT)
        return 0;
    for (int i = lo; i <= hi; i++) {
        GCHead *h = &gc_gens[i].head;
        for (GCHead *g = (GCHead *)h->next; g != h; g = (GCHead *)g->next) {
            int r = fn(FROM_GC(g), arg);
            if (r)
                return r;
        }
    }
    return 0;
}
