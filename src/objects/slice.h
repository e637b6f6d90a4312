/* slice.h — slice objects and the index arithmetic every sequence uses. */
#ifndef GARTER_SLICE_H
#define GARTER_SLICE_H

#include "objects/object.h"

typedef struct SliceObject {
    Object ob;
    Object *start, *stop, *step;    /* never NULL: None when omitted */
} SliceObject;

extern TypeObject Slice_Type;

#define SLICE_CHECK(o) IS_TYPE(o, &Slice_Type)

/* NEW: slice(start, stop, step); NULL arguments mean None.  Steals nothing. */
Object *slice_new(Object *start, Object *stop, Object *step);
/* Convert the slice's fields to C integers (clamped to +-INTPTR_MAX, None
 * giving the extremes), as PySlice_Unpack.  ValueError "slice step cannot be
 * zero"; TypeError for non-integers.  0/-1. */
int slice_unpack(Object *slice, intptr_t *start, intptr_t *stop, intptr_t *step);
/* Clamp unpacked bounds to a sequence of `length`; returns the slice length. */
intptr_t slice_adjust_indices(intptr_t length, intptr_t *start, intptr_t *stop,
                              intptr_t step);
/* unpack + adjust in one go.  0/-1. */
int slice_indices(Object *slice, intptr_t length, intptr_t *start,
                  intptr_t *stop, intptr_t *step, intptr_t *slicelength);

/* Sequence subscripts: if key has __index__, store its value in *out and
 * return 1; return 0 (nothing raised) when it has none; -1 with IndexError
 * "cannot fit 'int' into an index-sized integer" on overflow. */
int slice_key_index(Object *key, intptr_t *out);
/* Integer conversion for counts (repeat, pop index): as slice_key_index but
 * raising `overflow_exc` ("cannot fit 'int' into an index-sized integer"),
 * and TypeError "'T' object cannot be interpreted as an integer" for
 * non-integers.  0/-1. */
int slice_as_ssize(Object *o, TypeObject *overflow_exc, intptr_t *out);

/* The optional start/stop (args[1], args[2]) of seq.index(x, start, stop),
 * clamped as slice bounds: *start >= 0, *stop >= 0 (may exceed len).  0/-1. */
int slice_search_bounds(Object *const *args, size_t nargs, intptr_t len,
                        intptr_t *start, intptr_t *stop);

int slice_init(void);
void slice_fini(void);

#endif
