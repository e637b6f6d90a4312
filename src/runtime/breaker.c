/* breaker.c — serving the eval breaker's requests at a safe point: pending
 * interrupts become KeyboardInterrupt, a pending automatic collection runs
 * (mem/gc.h).  The GIL hand-off will hook in here as well. */
#include "mem/gc.h"
#include "runtime/breaker.h"
#include "runtime/gil.h"
#include "runtime/signals.h"

_Atomic uint32_t rt_eval_breaker;

int rt_handle_breaker(void)
{
    uint32_t bits = atomic_load_explicit(&rt_eval_breaker, memory_order_relaxed);
    if (bits & BRK_GC) {
        rt_breaker_clear(BRK_GC);
        gc_collect_pending();
    }
    if (bits & BRK_GIL_DROP)
        rt_gil_yield();         /* let a waiting thread run (runtime/gil.c) */
    if (bits & BRK_INTERRUPT) {
        rt_breaker_clear(BRK_INTERRUPT);
        /* main thread only; signal-module handlers or KeyboardInterrupt */
        if (rt_signals_run_pending() < 0)
            return -1;
    }
    return 0;
}
