/* tuple.h — the immutable sequence `tuple` and its iterator.
 * Items are stored inline after the VarObject header; the empty tuple is a
 * singleton and sizes 1..19 are recycled through per-size free lists. */
#ifndef GARTER_TUPLE_H
#define GARTER_TUPLE_H

#include "objects/object.h"

typedef struct TupleObject {
    VarObject ob;               /* ob.size = number of items */
    Object *items[];
} TupleObject;

extern TypeObject Tuple_Type;
extern TypeObject TupleIter_Type;

#define TUPLE_CHECK(o)       TYPE_HAS(TYPE(o), TPF_TUPLE_SUB)
#define TUPLE_CHECK_EXACT(o) IS_TYPE(o, &Tuple_Type)
#define TUPLE_ITEMS(o)       (((TupleObject *)(o))->items)
#define TUPLE_SIZE(o)        (((VarObject *)(o))->size)
/* BORROWED item i (no bounds check). */
#define TUPLE_GET(o, i)      (TUPLE_ITEMS(o)[i])
/* Fill slot i of a fresh tuple; STEALS v, does not release an old value. */
#define TUPLE_SET(o, i, v)   (TUPLE_ITEMS(o)[i] = (v))

/* NEW: a tuple of n slots, all NULL until filled with TUPLE_SET (n == 0
 * returns the empty singleton).  The tuple is GC-tracked. */
Object *tuple_new(intptr_t n);
/* NEW: a tuple of the n Object * varargs.  Steals nothing. */
Object *tuple_pack(intptr_t n, ...);
/* NEW: a tuple holding items[0..n).  Steals nothing. */
Object *tuple_from_array(Object *const *items, intptr_t n);
/* NEW: tuple(iterable); returns `it` itself (new ref) for an exact tuple. */
Object *tuple_from_iterable(Object *it);
/* NEW: t[lo:hi] with lo/hi clamped to [0, len]. */
Object *tuple_getslice(Object *t, intptr_t lo, intptr_t hi);
/* BORROWED item i with IndexError "tuple index out of range". */
Object *tuple_getitem(Object *t, intptr_t i);
/* Resize a tuple whose only reference is *pt (just built, refcnt 1).
 * On failure *pt is released and set to NULL and -1 is returned. */
int tuple_resize(Object **pt, intptr_t newsize);
/* BORROWED: the empty tuple singleton. */
Object *tuple_empty(void);

int tuple_init(void);
void tuple_fini(void);

#endif
