/* iter.h — generic iterators: the sequence iterator (for types with only
 * __getitem__), the callable iterator iter(f, sentinel), and reversed(). */
#ifndef GARTER_ITER_H
#define GARTER_ITER_H

#include "objects/object.h"

extern TypeObject SeqIter_Type, CallIter_Type, Reversed_Type;

/* NEW: an iterator calling seq[0], seq[1], ... until IndexError/StopIteration. */
Object *iter_seqiter_new(Object *seq);
/* NEW: iter(callable, sentinel). */
Object *iter_calliter_new(Object *callable, Object *sentinel);
/* NEW: reversed(seq): seq.__reversed__() if defined, otherwise an iterator
 * over len(seq)-1 .. 0 through __getitem__; TypeError
 * "'int' object is not reversible". */
Object *iter_reversed(Object *seq);

int iter_init(void);

#endif
