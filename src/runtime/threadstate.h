/* threadstate.h — per-thread interpreter state: the current exception,
 * recursion depth, the frame stack, and (while the thread does not hold
 * the GIL) the evaluator's per-thread globals.  One ThreadState per OS
 * thread running Python code; the one holding the GIL is ts_current.
 *
 * The evaluator keeps its hottest per-thread values (the frame arena, the
 * C-stack guard, the running-generator chain) in plain globals for speed.
 * They belong to the GIL holder: the GIL (runtime/gil.c) saves them into
 * the outgoing thread's state and restores the incoming one's, as CPython
 * swaps its thread-state pointer. */
#ifndef GARTER_THREADSTATE_H
#define GARTER_THREADSTATE_H

#include <stddef.h>

#include "objects/object.h"

typedef struct ThreadState {
    Object *curexc;             /* normalized exception instance being raised */
    Object *handled;            /* exception being handled (sys.exc_info) */
    int recursion_depth;
    int recursion_limit;
    struct Frame *frame;        /* innermost executing frame (eval/) */
    struct ThreadState *next;   /* all thread states (runtime/threadstate.c) */
    struct ThreadState *prev;
    /* saved evaluator globals while another thread holds the GIL */
    char *arena_base, *arena_top, *arena_end;   /* eval_arena */
    char *stack_base;                           /* eval_stack_base */
    size_t stack_limit;                         /* eval_stack_limit */
    void *gen_running;                          /* eval/gen.c's chain */
    unsigned long ident;        /* threading.get_ident() of its thread */
    char *arena_map;            /* the arena mapping ts owns (NULL: none);
                                   arena_base may name a generator's arena */
    size_t arena_bytes;
    Object *sentinel;           /* _thread._set_sentinel lock, released at exit */
} ThreadState;

extern ThreadState *ts_current;
/* The main thread's state (static; never freed). */
extern ThreadState *ts_main_state;

/* NEW thread state for a thread about to start: own frame arena, the
 * recursion limit of the creating thread, linked into the list.  Called
 * with the GIL held; NULL with MemoryError set. */
ThreadState *rt_ts_new(void);
/* Unlinks and frees ts (its arena too).  GIL held; ts must hold no
 * references any more (rt_ts_clear first). */
void rt_ts_free(ThreadState *ts);
/* Drops the references ts holds (exception, handled exception). */
void rt_ts_clear(ThreadState *ts);
/* Copies the evaluator's per-thread globals into ts / back from ts. */
void rt_ts_save(ThreadState *ts);
void rt_ts_restore(ThreadState *ts);
/* Number of thread states besides the main one. */
int rt_ts_count(void);

#endif
