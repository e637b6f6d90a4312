/* iterobjects.h — the lazy iterator types the builtins return: enumerate,
 * zip (strict=), map and filter.  (reversed, the sequence iterator and the
 * callable iterator live in iter.h.) */
#ifndef GARTER_ITEROBJECTS_H
#define GARTER_ITEROBJECTS_H

#include "objects/object.h"

extern TypeObject Enumerate_Type, Zip_Type, Map_Type, Filter_Type;

/* NEW: enumerate(iterable, start); start is an int (BORROWED) or NULL for 0. */
Object *iterobj_enumerate(Object *iterable, Object *start);
/* NEW: zip(*iterables, strict=strict). */
Object *iterobj_zip(Object *const *iterables, size_t n, int strict);
/* NEW: map(func, *iterables); n >= 1. */
Object *iterobj_map(Object *func, Object *const *iterables, size_t n);
/* NEW: filter(func or None, iterable). */
Object *iterobj_filter(Object *func, Object *iterable);

int iterobj_init(void);

#endif
