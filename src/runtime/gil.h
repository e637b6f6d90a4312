/* gil.h — the global interpreter lock.
 *
 * The GIL is CPython's "new GIL": a mutex and condition variable guarding a
 * locked flag.  A thread that wants it waits for the switch interval, then
 * sets a drop request in the eval breaker; the holder sees it at its next
 * safe point (loop back-edge or call), drops the GIL and waits until
 * another thread has actually taken it (forced switching).  Only the GIL
 * holder touches objects, so refcounts stay plain integers.
 *
 * The GIL is created lazily: until a second thread starts, release and
 * acquire are a flag test and the holder never has a rival.
 *
 * Drop requests and pending signals reach the running thread through the
 * eval breaker (runtime/breaker.h): BRK_GIL_DROP makes rt_handle_breaker
 * call rt_gil_yield(), BRK_INTERRUPT makes it call rt_signals_run_pending()
 * (only the main thread runs signal handlers). */
#ifndef GARTER_GIL_H
#define GARTER_GIL_H

#include "runtime/breaker.h"
#include "runtime/threadstate.h"

/* Async-signal-safe: marks a signal pending and wakes the breaker.  Called
 * from C signal handlers (runtime/signals.c, modules/signal.c). */
void rt_signal_arrived(void);
/* Runs the pending signal handlers now if this is the main thread (used by
 * blocking waits interrupted with EINTR).  0, or -1 with the exception a
 * handler raised. */
int rt_signals_run_pending(void);
/* The signal module installs its dispatcher here; without it a pending
 * SIGINT raises KeyboardInterrupt (rt_check_interrupt).  0/-1. */
extern int (*rt_signal_dispatch)(void);
/* 1 when the calling thread is the main thread. */
int rt_is_main_thread(void);

/* 1 once a second thread has been started. */
extern int rt_gil_enabled;
/* Creates the GIL held by the calling thread (idempotent).  Called before
 * the first thread is started. */
void rt_gil_enable(void);
/* Gives up the GIL around a blocking call.  Returns the caller's state for
 * rt_gil_acquire.  No object may be touched until then. */
ThreadState *rt_gil_release(void);
/* Takes the GIL back for ts (saved by rt_gil_release, or a new thread's).
 * After finalization began, any thread but the finalizing one blocks here
 * forever without touching the heap. */
void rt_gil_acquire(ThreadState *ts);
/* A thread's last act: frees its state (runtime/threadstate.c) and gives
 * up the GIL for good. */
void rt_gil_thread_exit(void);
/* Drops and retakes the GIL so a waiting thread runs (forced switch). */
void rt_gil_yield(void);
/* Interpreter exit: from now on rt_gil_release is a no-op and no other
 * thread will get the GIL again. */
void rt_gil_finalize(void);
/* sys.getswitchinterval / setswitchinterval, in seconds. */
double rt_gil_get_interval(void);
void rt_gil_set_interval(double secs);

#define RT_BEGIN_ALLOW_THREADS { ThreadState *rt_saved_ts_ = rt_gil_release();
#define RT_END_ALLOW_THREADS rt_gil_acquire(rt_saved_ts_); }

/* Interpreter exit: calls threading._shutdown() when threading was
 * imported (waits for the non-daemon threads), prints what it raises, then
 * stops other threads from ever running again (rt_gil_finalize). */
void rt_threads_shutdown(void);

/* Under AddressSanitizer, a process whose daemon threads are frozen at exit
 * ends here with _exit(rc): the objects those threads still reference live
 * in allocator pages the leak checker does not scan.  Otherwise returns. */
void rt_threads_exit_frozen(int rc);

#endif
