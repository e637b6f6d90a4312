/* range.h — the lazy arithmetic sequence `range` and its iterators. */
#ifndef GARTER_RANGE_H
#define GARTER_RANGE_H

#include "objects/object.h"

typedef struct RangeObject {
    Object ob;
    Object *start, *stop, *step;    /* int objects, step != 0 */
    Object *length;                 /* int object */
} RangeObject;

extern TypeObject Range_Type, RangeIter_Type, LongRangeIter_Type;

#define RANGE_CHECK(o) IS_TYPE(o, &Range_Type)

/* NEW: range(start, stop, step) from int objects (step NULL means 1);
 * ValueError when step is zero.  Steals nothing. */
Object *range_new(Object *start, Object *stop, Object *step);

int range_init(void);

#endif
