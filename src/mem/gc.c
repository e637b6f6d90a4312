/* gc.c — generation lists and allocation counts for container objects.
 * A tracked object's GCHead is linked into one generation's circular list;
 * an untracked one has next == 0.  The collector (gc_collect) builds on these
 * lists, the thresholds and the types' traverse/clear slots. */
#include "mem/gc.h"

GCGeneration gc_gens[GC_NGENS + 1];

static void list_init(GCHead *h)
{
    h->next = h->prev = (uintptr_t)h;
}

int gc_init(void)
{
    static const int thresholds[GC_NGENS + 1] = { 700, 10, 10, 0 };
    for (int i = 0; i <= GC_NGENS; i++) {
        list_init(&gc_gens[i].head);
        gc_gens[i].threshold = thresholds[i];
        gc_gens[i].count = 0;
    }
    return 0;
}

void gc_fini(void)
{
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
        list_init(h);
        gc_gens[i].count = 0;
    }
}

void gc_track(Object *o)
{
    GCHead *g = AS_GC(o);
    GCHead *h = &gc_gens[0].head;
    GCHead *last = (GCHead *)h->prev;
    g->next = (uintptr_t)h;
    g->prev = (uintptr_t)last;
    last->next = (uintptr_t)g;
    h->prev = (uintptr_t)g;
}

void gc_untrack(Object *o)
{
    GCHead *g = AS_GC(o);
    if (g->next == 0)
        return;
    GCHead *prev = (GCHead *)g->prev;
    GCHead *next = (GCHead *)g->next;
    prev->next = (uintptr_t)next;
    next->prev = (uintptr_t)prev;
    g->next = g->prev = 0;
}

void gc_note_alloc(void) { gc_gens[0].count++; }
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
static void list_merge(GCHead *from, GCHead *to)
{
    if ((GCHead *)from->next == from)
        return;
    GCHead *first = (GCHead *)from->next, *last = (GCHead *)from->prev;
    GCHead *tail = (GCHead *)to->prev;
    tail->next = (uintptr_t)first;
    first->prev = (uintptr_t)tail;
    last->next = (uintptr_t)to;
    to->prev = (uintptr_t)last;
    list_init(from);
}

void gc_freeze(void)
{
    for (int i = 0; i < GC_NGENS; i++) {
        list_merge(&gc_gens[i].head, &gc_gens[GC_PERMANENT].head);
        gc_gens[i].count = 0;
    }
}

void gc_unfreeze(void)
{
    list_merge(&gc_gens[GC_PERMANENT].head, &gc_gens[GC_NGENS - 1].head);
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
