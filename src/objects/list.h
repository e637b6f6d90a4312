/* list.h — the mutable sequence `list`, its iterators and sort.
 * {GCHead, header, size, items*, allocated}: 56 bytes with the GC head,
 * growing with CPython's over-allocation formula. */
#ifndef GARTER_LIST_H
#define GARTER_LIST_H

#include "objects/object.h"

typedef struct ListObject {
    VarObject ob;               /* ob.size = number of items in use */
    Object **items;             /* items[0..allocated) */
    intptr_t allocated;
} ListObject;

extern TypeObject List_Type;
extern TypeObject ListIter_Type;
extern TypeObject ListRevIter_Type;

#define LIST_CHECK(o)       TYPE_HAS(TYPE(o), TPF_LIST_SUB)
#define LIST_CHECK_EXACT(o) IS_TYPE(o, &List_Type)
#define LIST_ITEMS(o)       (((ListObject *)(o))->items)
#define LIST_SIZE(o)        (((VarObject *)(o))->size)
/* BORROWED item i (no bounds check). */
#define LIST_GET(o, i)      (LIST_ITEMS(o)[i])
/* Fill slot i of a list from list_new(n); STEALS v, no release of old. */
#define LIST_SET(o, i, v)   (LIST_ITEMS(o)[i] = (v))

/* NEW: a list of n NULL slots to be filled with LIST_SET (n == 0: empty). */
Object *list_new(intptr_t n);
/* Append v (not stolen).  0 or -1. */
int list_append(Object *l, Object *v);
/* Insert v (not stolen) before index i (clamped as list.insert).  0/-1. */
int list_insert(Object *l, intptr_t i, Object *v);
/* l.extend(iterable).  0/-1. */
int list_extend(Object *l, Object *iterable);
/* NEW: list(iterable). */
Object *list_from_iterable(Object *iterable);
/* NEW: a list holding items[0..n) (each gets a new reference). */
Object *list_from_array(Object *const *items, intptr_t n);
/* NEW: tuple(l). */
Object *list_as_tuple(Object *l);
/* BORROWED item i with IndexError "list index out of range". */
Object *list_getitem(Object *l, intptr_t i);
/* l[i] = v (v not stolen), IndexError "list assignment index out of range". */
int list_setitem(Object *l, intptr_t i, Object *v);
/* NEW: l[lo:hi] with clamping. */
Object *list_getslice(Object *l, intptr_t lo, intptr_t hi);
/* l[lo:hi] = v (v an iterable, or NULL to delete).  0/-1. */
int list_setslice(Object *l, intptr_t lo, intptr_t hi, Object *v);
/* Stable sort in place; key may be NULL/None.  0/-1. */
int list_sort(Object *l, Object *key, int reverse);
/* Reverse in place.  Never fails for a list. */
int list_reverse(Object *l);
/* Remove all items.  0/-1. */
int list_clear(Object *l);

/* Repr guard for containers that may contain themselves (as CPython's
 * Py_ReprEnter): 1 if o's repr is already in progress (print "[...]"),
 * 0 after marking it, -1 on MemoryError.  Call list_repr_leave(o) after a
 * 0 result. */
int list_repr_enter(Object *o);
void list_repr_leave(Object *o);

int list_init(void);
void list_fini(void);

#endif
