/* threadstate.h — per-thread interpreter state: the current exception,
 * recursion depth, the frame stack.  One ThreadState per OS thread; the one
 * holding the GIL is ts_current. */
#ifndef GARTER_THREADSTATE_H
#define GARTER_THREADSTATE_H

#include "objects/object.h"

typedef struct ThreadState {
    Object *curexc;             /* normalized exception instance being raised */
    Object *handled;            /* exception being handled (sys.exc_info) */
    int recursion_depth;
    int recursion_limit;
    struct Frame *frame;        /* innermost executing frame (eval/) */
    struct ThreadState *next;
} ThreadState;

extern ThreadState *ts_current;

#endif
