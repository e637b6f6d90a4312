/* gen_obj.h — the generator object's layout, private to the generator
 * type (eval/gen.c) and the resumable statement executors that run simple
 * generator bodies without a stack of their own (eval/gen_flat.c). */
#ifndef GARTER_GEN_OBJ_H
#define GARTER_GEN_OBJ_H

#include <stdint.h>

#include "eval/coro.h"
#include "eval/gen.h"
#include "eval/node.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

typedef struct GenObject {
    Object ob;
    Frame *frame;               /* owned heap frame; NULL once finished */
    CodeObject *code;           /* NEW */
    Object *func;               /* NEW: the generator function, NULL for genexps */
    Object *globals, *builtins; /* NEW; the frame borrows them */
    Object *name, *qualname;    /* NEW str */
    Unit *unit;                 /* referenced: nested code lives in the unit */
    int state;                  /* GEN_* */
    int body_done;              /* the body ran to its end (or raised) */
    int body_error;             /* ... and raised */
    int lineno;                 /* line of the yield it is suspended at */
    Object *transfer;           /* NEW: value sent in, yielded or returned out;
                                   NULL on the way in: throw the set exception */
    Object *yieldfrom;          /* BORROWED delegate while in `yield from` */
    Object *handled;            /* the body's handled exception while suspended */
    CoroStack *stack;
    CoroCtx ctx, caller;
    struct GenObject *prev;     /* generator running when this one was resumed */
    /* the resumer's state while this one runs */
    Object *c_handled;
    Frame *c_frame;
    char *c_stack_base;
    size_t c_stack_limit;
    EvalArena arena;            /* own arena while suspended, resumer's while running */
    void *asan_fake, *asan_caller_fake;
    const void *asan_caller_bottom;
    size_t asan_caller_size;
    /* resumable bodies (CO_FLAT, eval/gen_flat.c): the state of the
     * statements a yield unwound through, innermost pushed first */
    int flat;                   /* runs on the resumer's stack, no CoroStack */
    int resuming;               /* descending back to the yield it left at */
    int ni, capi, no, capo;
    int64_t *ri;                /* block indexes, branches, loop counters */
    Object **ro;                /* NEW: iterators of suspended for loops */
} GenObject;

/* Resumable executors: push the state of a statement a yield is leaving
 * (0, or -1 with MemoryError set). */
int gen_flat_push_int(GenObject *g, int64_t v);
int gen_flat_push_obj(GenObject *g, Object *o);   /* STEALS o (may be NULL), even on failure */
/* yield from: the delegate of Yield-from node n (NEW), or NULL.  Then
 * next(it) / it.send(v), and the exception set passed on to it as PEP 380
 * says: 1 yielded / 0 returned (*y NEW) / -1. */
Object *gen_delegate_of(ENode *n, Frame *f);
int gen_delegate_send(Object *it, Object *v, Object **y);
int gen_delegate_throw(Object *it, Object **y);
/* Drops the state left by a body that will not resume. */
void gen_flat_clear(GenObject *g);

#endif
