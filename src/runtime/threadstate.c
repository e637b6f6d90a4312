/* threadstate.c — thread states: the main thread's static one, the ones
 * _thread creates for new threads (each with its own frame arena), and
 * saving/restoring the evaluator's per-thread globals when the GIL changes
 * hands (runtime/gil.c).  Also the RecursionError helper. */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "eval/gen.h"
#include "eval/node.h"
#include "runtime/errors.h"
#include "runtime/recursion.h"
#include "runtime/threadstate.h"

static ThreadState ts_main = { .recursion_limit = 1000 };
ThreadState *ts_current = &ts_main;
ThreadState *ts_main_state = &ts_main;

#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/lsan_interface.h>
/* Frames in a thread's arena hold references: a daemon thread frozen at
 * exit keeps them reachable for the leak checker. */
#define ARENA_ROOT(p, n) __lsan_register_root_region(p, n)
#define ARENA_UNROOT(p, n) __lsan_unregister_root_region(p, n)
#else
#define ARENA_ROOT(p, n) ((void)0)
#define ARENA_UNROOT(p, n) ((void)0)
#endif

#define THREAD_ARENA_BYTES ((size_t)16 << 20)   /* reserved, touched on use */

static int nthreads;            /* states besides the main one */

int rt_recursion_error(const char *where)
{
    /* Leave room for the error path itself (creating the exception may
     * recurse a little), then restore the depth. */
    int limit = ts_current->recursion_limit;
    ts_current->recursion_limit = limit + 50;
    err_format(&Exc_RecursionError, "maximum recursion depth exceeded%s",
               where ? where : "");
    ts_current->recursion_limit = limit;
    ts_current->recursion_depth--;
    return -1;
}

ThreadState *rt_ts_new(void)
{
    ThreadState *ts = calloc(1, sizeof *ts);
    if (!ts) { err_no_memory(); return NULL; }
    void *p = mmap(NULL, THREAD_ARENA_BYTES, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) { free(ts); err_no_memory(); return NULL; }
    ts->arena_base = ts->arena_top = p;
    ts->arena_end = ts->arena_base + THREAD_ARENA_BYTES;
    ts->arena_map = p;
    ts->arena_bytes = THREAD_ARENA_BYTES;
    ARENA_ROOT(p, THREAD_ARENA_BYTES);
    ts->recursion_limit = ts_current->recursion_limit;
    ts->next = ts_main.next;
    ts->prev = &ts_main;
    if (ts_main.next) ts_main.next->prev = ts;
    ts_main.next = ts;
    nthreads++;
    return ts;
}

void rt_ts_clear(ThreadState *ts)
{
    CLEAR(ts->curexc);
    CLEAR(ts->handled);
    CLEAR(ts->sentinel);
}

void rt_ts_free(ThreadState *ts)
{
    if (!ts || ts == &ts_main) return;
    if (ts->prev) ts->prev->next = ts->next;
    if (ts->next) ts->next->prev = ts->prev;
    nthreads--;
    if (ts->arena_map) {
        ARENA_UNROOT(ts->arena_map, ts->arena_bytes);
        munmap(ts->arena_map, ts->arena_bytes);
    }
    free(ts);
}

int rt_ts_count(void) { return nthreads; }

void rt_ts_save(ThreadState *ts)
{
    ts->arena_base = eval_arena.base;
    ts->arena_top = eval_arena.top;
    ts->arena_end = eval_arena.end;
    ts->stack_base = eval_stack_base;
    ts->stack_limit = eval_stack_limit;
    ts->gen_running = gen_running;
}

void rt_ts_restore(ThreadState *ts)
{
    ts_current = ts;
    eval_arena.base = ts->arena_base;
    eval_arena.top = ts->arena_top;
    eval_arena.end = ts->arena_end;
    eval_stack_base = ts->stack_base;
    eval_stack_limit = ts->stack_limit;
    gen_running = ts->gen_running;
}
