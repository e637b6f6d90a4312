/* gen.h — generator objects: what calling a generator function or
 * evaluating a generator expression returns.  A generator owns a heap frame
 * and, once started, a C stack of its own (eval/coro.h) on which its body
 * runs until the next yield. */
#ifndef GARTER_GEN_H
#define GARTER_GEN_H

#include "eval/eval.h"

extern TypeObject Gen_Type;

#define GEN_CHECK(o) IS_TYPE(o, &Gen_Type)

/* NEW: a generator for a call of the generator function fn, with the
 * arguments bound (CPython's argument errors are raised here, not at the
 * first next()).  args BORROWED. */
Object *gen_from_call(FuncObject *fn, Object *const *args, size_t nargs, Object *kwnames);

/* Resumes g with value (BORROWED; None for next()).  Returns 1 with *out the
 * yielded value (NEW), 0 with *out the return value (NEW) once the body has
 * finished, -1 with an exception set.  As generator.send without the
 * StopIteration. */
int gen_send(Object *g, Object *value, Object **out);
/* NEW: generator.close(): None, or NULL with an exception set. */
Object *gen_close(Object *g);

/* BORROWED: the exception being handled as seen from the running code: the
 * innermost handler's, looking through the generators that are running
 * out to the code that resumed them (CPython's exc_info chain).  NULL if
 * none. */
Object *gen_topmost_handled(void);

/* The innermost running generator (per thread: the GIL swaps it). */
extern struct GenObject *gen_running;

int gen_init(void);
void gen_fini(void);

#endif
