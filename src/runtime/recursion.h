/* recursion.h — the C-recursion guard used by repr, comparisons, calls and
 * the evaluator: RecursionError once ts->recursion_limit is exceeded. */
#ifndef GARTER_RECURSION_H
#define GARTER_RECURSION_H

#include "runtime/threadstate.h"

/* Raises RecursionError "maximum recursion depth exceeded<where>" and
 * undoes the increment.  Returns -1.  (runtime/threadstate.c) */
int rt_recursion_error(const char *where);

/* 0 on success (depth incremented), -1 with RecursionError set.  `where`
 * is appended to the message, e.g. " while getting the repr of an object". */
static inline int rt_enter_recursion(const char *where)
{
    if (++ts_current->recursion_depth > ts_current->recursion_limit)
        return rt_recursion_error(where);
    return 0;
}

static inline void rt_leave_recursion(void) { ts_current->recursion_depth--; }

/* The C-stack guard of the evaluator (eval/func.c; generators point it at
 * their own stack).  1 when the C stack in use is nearly exhausted: C code
 * that recurses without counting depth, as CPython's does (tuple hashing),
 * checks this so that a very deep structure raises instead of crashing. */
extern char *eval_stack_base;
extern size_t eval_stack_limit;
static inline int rt_c_stack_low(void)
{
    char probe;
    return eval_stack_base && (size_t)(eval_stack_base - &probe) > eval_stack_limit;
}

#endif
