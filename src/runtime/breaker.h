/* breaker.h — the eval breaker: one word the evaluator tests at its safe
 * points (loop back-edges, function entry).  Each bit is a request that
 * needs the evaluator's attention: a pending SIGINT, a pending automatic
 * garbage collection, and (for threads) a request to drop the GIL.  The hot
 * path loads one word; only when it is non-zero does rt_handle_breaker run.
 * Bits may be set from a signal handler or another thread, hence atomics. */
#ifndef GARTER_BREAKER_H
#define GARTER_BREAKER_H

#include <stdatomic.h>
#include <stdint.h>

enum {
    BRK_INTERRUPT = 1u << 0,    /* SIGINT arrived: raise KeyboardInterrupt */
    BRK_GC        = 1u << 1,    /* the gen-0 count passed its threshold */
    BRK_GIL_DROP  = 1u << 2,    /* another thread asks for the GIL */
};

extern _Atomic uint32_t rt_eval_breaker;

static inline void rt_breaker_set(uint32_t bits)
{
    atomic_fetch_or_explicit(&rt_eval_breaker, bits, memory_order_relaxed);
}

static inline void rt_breaker_clear(uint32_t bits)
{
    atomic_fetch_and_explicit(&rt_eval_breaker, ~bits, memory_order_relaxed);
}

/* Serves every pending request; 0, or -1 with an exception set
 * (KeyboardInterrupt).  Called only at safe points, where no C code up the
 * stack holds a half-built object the collector could see. */
int rt_handle_breaker(void);

/* The safe-point test: `if (RT_SAFE_POINT() < 0) goto error;` */
#define RT_SAFE_POINT() \
    (__builtin_expect(atomic_load_explicit(&rt_eval_breaker, memory_order_relaxed) != 0, 0) \
     ? rt_handle_breaker() : 0)

#endif
