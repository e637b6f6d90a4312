/* gc.h — the cycle collector: the generation lists every tracked container
 * sits on, the allocation count and thresholds (gc.c), and the collection
 * itself (gc_collect.c), CPython's generational algorithm over the types'
 * traverse/clear slots.  Collections run only at the evaluator's safe
 * points (runtime/breaker.h) or when gc.collect() is called. */
#ifndef GARTER_GC_H
#define GARTER_GC_H

#include "objects/object.h"

#define GC_NGENS      3
#define GC_PERMANENT  3            /* index of the permanent generation */

typedef struct GCGeneration {
    GCHead head;                   /* sentinel of a circular doubly linked list */
    int threshold;
    int count;                     /* gen 0: allocations - deallocations;
                                      gen n>0: collections of gen n-1 */
} GCGeneration;

/* gens 0, 1, 2 and the permanent generation (gc.freeze()). */
extern GCGeneration gc_gens[GC_NGENS + 1];

/* During a collection `prev` carries flag bits below the pointer (or the
 * gc_refs count shifted past them), and `next` may carry UNREACHABLE. */
#define GC_PREV_COLLECTING  ((uintptr_t)1)
#define GC_PREV_SHIFT       2
#define GC_PREV_MASK        (~(uintptr_t)3)
#define GC_NEXT_UNREACHABLE ((uintptr_t)1)

/* gc.set_debug flags, CPython's values. */
enum {
    GC_DEBUG_STATS = 1, GC_DEBUG_COLLECTABLE = 2, GC_DEBUG_UNCOLLECTABLE = 4,
    GC_DEBUG_SAVEALL = 32,
    GC_DEBUG_LEAK = GC_DEBUG_COLLECTABLE | GC_DEBUG_UNCOLLECTABLE | GC_DEBUG_SAVEALL,
};

typedef struct GCStats { intptr_t collections, collected, uncollectable; } GCStats;

extern GCStats gc_stats[GC_NGENS];
extern int gc_enabled;             /* gc.enable()/disable(): automatic collections */
extern int gc_debug;               /* GC_DEBUG_* */
extern int gc_collecting;          /* a collection is running */
extern int gc_stress;              /* GARTER_GCSTRESS / -X gcstress */
/* Full-collection deferral (CPython): objects that survived a full
 * collection, and those promoted into gen 2 since. */
extern intptr_t gc_long_lived_total, gc_long_lived_pending;
/* gc.garbage and gc.callbacks: lists created by gc_init, BORROWED. */
extern Object *gc_garbage;
extern Object *gc_callbacks;

/* 1 if o carries a GCHead (a container that is not a static object). */
static inline int gc_is_gc(Object *o)
{
    return TYPE_HAS(TYPE(o), TPF_GC) && !(o->flags & OF_STATIC);
}

/* Start tracking a container (puts it on generation 0).  Its GCHead must be
 * untracked.  Constructors call this once the object is fully built. */
void gc_track(Object *o);
/* Stop tracking; harmless if not tracked (deallocs call it first). */
void gc_untrack(Object *o);
static inline int gc_is_tracked(Object *o) { return AS_GC(o)->next != 0; }
/* CPython's _PyObject_GC_MAY_BE_TRACKED: a container, except a tuple that
 * is not tracked (dicts stay untracked while this is 0 for all items). */
int gc_may_be_tracked(Object *o);

/* Allocation accounting, called by obj_alloc / obj_free for TPF_GC types;
 * past the threshold an automatic collection is requested at the next
 * safe point. */
void gc_note_alloc(void);
void gc_note_free(void);

int  gc_get_count(int gen);
int  gc_get_threshold(int gen);
void gc_set_threshold(int t0, int t1, int t2);
/* Number of objects on a generation's list (gen may be GC_PERMANENT). */
size_t gc_list_size(int gen);

/* gc.freeze(): move every tracked object to the permanent generation,
 * which collections ignore; gc.unfreeze() moves them back to gen 2. */
void gc_freeze(void);
void gc_unfreeze(void);
/* Calls fn(o, arg) for every object tracked in generation gen (0..2, or
 * -1 for all three); stops early and returns fn's result if non-zero.
 * fn must not track or untrack objects. */
int gc_foreach(int gen, int (*fn)(Object *o, void *arg), void *arg);

/* gc.collect(gen): collects generation gen and all younger ones, calling
 * gc.callbacks around it; returns the number of unreachable objects found
 * (collected + uncollectable), 0 if a collection is already running.
 * Never fails: errors in finalizers and callbacks are reported as
 * unraisable.  The current exception is preserved. */
intptr_t gc_collect(int gen);
/* The automatic collection (safe points): picks the oldest generation
 * over its threshold, with the full-collection deferral; under GC stress
 * always a full collection. */
void gc_collect_pending(void);

int  gc_init(void);
void gc_fini(void);

/* list helpers shared by gc.c and gc_collect.c */
static inline void gc_list_init(GCHead *h) { h->next = h->prev = (uintptr_t)h; }
static inline int gc_list_is_empty(GCHead *h) { return (GCHead *)h->next == h; }
void gc_list_merge(GCHead *from, GCHead *to);

#endif
