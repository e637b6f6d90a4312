/* gc.h — bookkeeping for container objects: the generation lists every
 * tracked object sits on, the allocation count and the thresholds.  The
 * collector itself (traverse/clear driven) is built on these lists. */
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

/* Start tracking a container (puts it on generation 0).  Its GCHead must be
 * untracked.  Constructors call this once the object is fully built. */
void gc_track(Object *o);
/* Stop tracking; harmless if not tracked (deallocs call it first). */
void gc_untrack(Object *o);
static inline int gc_is_tracked(Object *o) { return AS_GC(o)->next != 0; }

/* Allocation accounting, called by obj_alloc / obj_free for TPF_GC types. */
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

int  gc_init(void);
void gc_fini(void);

#endif
