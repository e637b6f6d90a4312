/* coro.h — C-stack coroutines, the mechanism under generators.  The
 * evaluator is a recursive C tree walker, so a generator suspended in the
 * middle of a statement keeps its C frames: each started generator runs on
 * a stack of its own and `yield` is a context switch back to whoever
 * resumed it.  Stacks are mmap'd with a guard page below them, carry a small
 * frame/argument arena of their own (eval/frame.c) above the stack top, and
 * are pooled for reuse.
 *
 * The switch is a few instructions of assembly on x86-64 and aarch64 (the
 * callee-saved registers and the stack pointer); other targets, or a build
 * with -DGARTER_CORO_UCONTEXT, use ucontext.  Nothing here knows about
 * generators, frames or objects. */
#ifndef GARTER_CORO_H
#define GARTER_CORO_H

#include <stddef.h>

#if defined(__SANITIZE_ADDRESS__)
#define CORO_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CORO_ASAN 1
#endif
#endif

#if !defined(GARTER_CORO_UCONTEXT) && !defined(__x86_64__) && !defined(__aarch64__)
#define GARTER_CORO_UCONTEXT 1
#endif

#ifdef GARTER_CORO_UCONTEXT
#include <ucontext.h>
typedef struct CoroCtx { ucontext_t uc; } CoroCtx;
#else
typedef struct CoroCtx { void *sp; } CoroCtx;
#endif

/* One coroutine stack: [guard page][C stack lo..hi][arena..arena_end]. */
typedef struct CoroStack {
    char *map;                  /* mapping base (the guard page) */
    size_t mapsize;
    char *lo, *hi;              /* usable C stack; it grows down from hi */
    char *arena, *arena_end;    /* frames and argument vectors (frame.c) */
    struct CoroStack *next;     /* free-pool link */
} CoroStack;

/* Bytes of C stack per coroutine (virtual: pages are touched on use) and
 * of its arena.  A Python call costs the walker 0.6-0.9 KiB of C stack, so
 * 2 MiB holds twice a recursion limit's worth of calls. */
#ifdef CORO_ASAN
#define CORO_STACK_BYTES ((size_t)8 << 20)
#else
#define CORO_STACK_BYTES ((size_t)2 << 20)
#endif
#define CORO_ARENA_BYTES ((size_t)64 << 10)

/* A stack from the pool or a fresh mapping; NULL when out of memory
 * (nothing raised: the caller raises MemoryError). */
CoroStack *coro_stack_get(void);
/* Returns a stack to the pool (or unmaps it when the pool is full).  No
 * coroutine may be suspended on it any more. */
void coro_stack_put(CoroStack *s);
/* Drops the pooled stacks (at shutdown). */
void coro_fini(void);

/* A one-off stack with at least `bytes` of C stack below no
 * arena, never pooled: the interpreter's main stack (main.c) runs on one
 * so that deep recursion is not bound by the stack rlimit.  Address space
 * only (MAP_NORESERVE): pages are touched as the stack grows.  NULL when
 * the mapping fails. */
CoroStack *coro_stack_new_sized(size_t bytes);
/* Unmaps a stack from coro_stack_new_sized; nothing may run on it. */
void coro_stack_free(CoroStack *s);
/* 0 when the kernel charges every mapping in full (vm.overcommit_memory=2),
 * so that large reserved stacks would use up its commit limit. */
int coro_big_stacks_ok(void);

/* Prepares ctx so that the first coro_switch to it calls entry(arg) on
 * stack s.  entry must never return: it ends with a last switch away. */
void coro_ctx_init(CoroCtx *ctx, CoroStack *s, void (*entry)(void *), void *arg);
/* Saves the running context in from and continues to; returns when some
 * later switch comes back to from. */
void coro_switch(CoroCtx *from, CoroCtx *to);

/* AddressSanitizer's fiber annotations; no-ops in other builds.
 * coro_asan_start before every switch with the destination stack's bounds
 * (save NULL on a coroutine's last switch), coro_asan_finish right after a
 * switch returns, which also yields the bounds of the stack we came from. */
#ifdef CORO_ASAN
void coro_asan_start(void **save, const void *bottom, size_t size);
void coro_asan_finish(void *save, const void **bottom, size_t *size);
#else
static inline void coro_asan_start(void **save, const void *bottom, size_t size)
{ (void)save; (void)bottom; (void)size; }
static inline void coro_asan_finish(void *save, const void **bottom, size_t *size)
{ (void)save; (void)bottom; (void)size; }
#endif

#endif
