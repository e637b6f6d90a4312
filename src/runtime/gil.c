/* gil.c — the global interpreter lock (CPython's "new GIL" with forced
 * switching), pending-signal bookkeeping for the main thread, and the
 * thread side of interpreter exit.  See gil.h. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "modules/mods.h"
#include "objects/dict.h"
#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/import.h"
#include "runtime/signals.h"
#include "runtime/traceback.h"

int rt_gil_enabled;
int (*rt_signal_dispatch)(void);

static int signals_pending;     /* atomic: a handler ran since the last poll */

static struct {
    pthread_mutex_t mutex;      /* guards locked, switch_number, finalizing */
    pthread_cond_t cond;        /* signalled when locked drops to 0 */
    int locked;
    unsigned long switch_number;
    pthread_mutex_t switch_mutex;   /* guards last_holder; forced switching */
    pthread_cond_t switch_cond;     /* signalled when a thread took the GIL */
    ThreadState *last_holder;
    ThreadState *finalizer;     /* non-NULL: interpreter exit began */
    long interval_us;           /* switch interval, microseconds */
} gil = {
    .mutex = PTHREAD_MUTEX_INITIALIZER,
    .switch_mutex = PTHREAD_MUTEX_INITIALIZER,
    .interval_us = 5000,
};

/* ---- signals ------------------------------------------------------------ */

void rt_signal_arrived(void)
{
    __atomic_store_n(&signals_pending, 1, __ATOMIC_RELAXED);
    rt_breaker_set(BRK_INTERRUPT);
}

int rt_is_main_thread(void) { return ts_current == ts_main_state; }

/* In a thread other than the main one this leaves everything pending: the
 * main thread re-arms the breaker when it next takes the GIL. */
int rt_signals_run_pending(void)
{
    if (!rt_is_main_thread())
        return 0;
    int mine = __atomic_exchange_n(&signals_pending, 0, __ATOMIC_RELAXED);
    if (!mine && !rt_pending_interrupt)
        return 0;
    if (rt_signal_dispatch)
        return rt_signal_dispatch();
    return rt_check_interrupt();
}

/* ---- the lock ----------------------------------------------------------- */

/* The thread's state is gone from the interpreter's point of view: block
 * forever without touching the heap (daemon threads at exit). */
static void hang(void)
{
    for (;;)
        pause();
}

static void deadline_after(struct timespec *t, long us)
{
    clock_gettime(CLOCK_MONOTONIC, t);
    t->tv_sec += us / 1000000;
    t->tv_nsec += (us % 1000000) * 1000;
    if (t->tv_nsec >= 1000000000L) {
        t->tv_sec++;
        t->tv_nsec -= 1000000000L;
    }
}

static void take_gil(ThreadState *ts)
{
    pthread_mutex_lock(&gil.mutex);
    while (gil.locked || (gil.finalizer && gil.finalizer != ts)) {
        if (gil.finalizer && gil.finalizer != ts) {
            pthread_mutex_unlock(&gil.mutex);
            hang();
        }
        unsigned long saved = gil.switch_number;
        struct timespec dl;
        long us = __atomic_load_n(&gil.interval_us, __ATOMIC_RELAXED);
        deadline_after(&dl, us > 0 ? us : 1);
        int rc = pthread_cond_timedwait(&gil.cond, &gil.mutex, &dl);
        /* Nobody switched during a whole interval: ask the holder to drop. */
        if (rc == ETIMEDOUT && gil.locked && gil.switch_number == saved)
            rt_breaker_set(BRK_GIL_DROP);
    }
    gil.locked = 1;
    pthread_mutex_lock(&gil.switch_mutex);
    if (gil.last_holder != ts) {
        gil.last_holder = ts;
        gil.switch_number++;
    }
    pthread_cond_signal(&gil.switch_cond);
    pthread_mutex_unlock(&gil.switch_mutex);
    rt_breaker_clear(BRK_GIL_DROP);
    pthread_mutex_unlock(&gil.mutex);
    rt_ts_restore(ts);
    if (ts == ts_main_state &&
        (__atomic_load_n(&signals_pending, __ATOMIC_RELAXED) || rt_pending_interrupt))
        rt_breaker_set(BRK_INTERRUPT);
}

/* forced: a drop request made us drop, so wait until another thread really
 * took the GIL before competing for it again. */
static void drop_gil(ThreadState *ts, int forced)
{
    pthread_mutex_lock(&gil.mutex);
    gil.locked = 0;
    pthread_cond_signal(&gil.cond);
    pthread_mutex_unlock(&gil.mutex);
    if (!forced)
        return;
    pthread_mutex_lock(&gil.switch_mutex);
    for (int rounds = 0; gil.last_holder == ts && rounds < 20; rounds++) {
        struct timespec dl;
        deadline_after(&dl, 5000);
        pthread_cond_timedwait(&gil.switch_cond, &gil.switch_mutex, &dl);
    }
    pthread_mutex_unlock(&gil.switch_mutex);
}

void rt_gil_enable(void)
{
    if (rt_gil_enabled)
        return;
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(&gil.cond, &a);
    pthread_cond_init(&gil.switch_cond, &a);
    pthread_condattr_destroy(&a);
    pthread_mutex_lock(&gil.mutex);
    gil.locked = 1;
    gil.last_holder = ts_current;
    pthread_mutex_unlock(&gil.mutex);
    rt_gil_enabled = 1;
}

ThreadState *rt_gil_release(void)
{
    ThreadState *ts = ts_current;
    if (!rt_gil_enabled || __atomic_load_n(&gil.finalizer, __ATOMIC_ACQUIRE))
        return ts;
    rt_ts_save(ts);
    drop_gil(ts, 0);
    return ts;
}

void rt_gil_acquire(ThreadState *ts)
{
    if (!rt_gil_enabled)
        return;
    if (__atomic_load_n(&gil.finalizer, __ATOMIC_ACQUIRE) == ts)   /* release was a no-op */
        return;
    int saved = errno;
    take_gil(ts);
    errno = saved;
}

void rt_gil_thread_exit(void)
{
    ThreadState *ts = ts_current;
    pthread_mutex_lock(&gil.switch_mutex);
    if (gil.last_holder == ts)
        gil.last_holder = NULL;
    pthread_mutex_unlock(&gil.switch_mutex);
    rt_ts_free(ts);
    ts_current = NULL;
    drop_gil(NULL, 0);
}

void rt_gil_yield(void)
{
    ThreadState *ts = ts_current;
    if (!rt_gil_enabled || __atomic_load_n(&gil.finalizer, __ATOMIC_ACQUIRE)) {
        rt_breaker_clear(BRK_GIL_DROP);
        return;
    }
    rt_ts_save(ts);
    drop_gil(ts, 1);
    take_gil(ts);
}

void rt_gil_finalize(void)
{
    if (!rt_gil_enabled)
        return;
    pthread_mutex_lock(&gil.mutex);
    __atomic_store_n(&gil.finalizer, ts_current, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&gil.mutex);
}

double rt_gil_get_interval(void)
{
    return (double)__atomic_load_n(&gil.interval_us, __ATOMIC_RELAXED) / 1e6;
}

void rt_gil_set_interval(double secs)
{
    long us = (long)(secs * 1e6);    /* 1e-9 reads back as 0.0, as CPython */
    __atomic_store_n(&gil.interval_us, us, __ATOMIC_RELAXED);
}

/* ---- exit --------------------------------------------------------------- */

void rt_threads_shutdown(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    Object *modules = rt_modules_dict();
    Object *th = modules ? dict_getitem_str(modules, "threading") : NULL;
    if (th) {
        INCREF(th);
        Object *save = err_fetch();
        Object *fn = obj_getattr_cstr(th, "_shutdown");
        Object *r = fn ? obj_call(fn, NULL, 0, NULL) : NULL;
        XDECREF(fn);
        if (r) {
            DECREF(r);
        } else {
            Object *exc = err_fetch();
            if (exc) {
                fflush(stdout);
                fprintf(stderr, "Exception ignored in: <module 'threading'>\n");
                tb_print_exception(exc, stderr);
                DECREF(exc);
            }
        }
        err_restore(save);
        DECREF(th);
    }
    CLEAR(ts_current->sentinel);        /* the main thread's, from threading */
    rt_gil_finalize();
    mod_signal_fini();
}

void rt_threads_exit_frozen(int rc)
{
#ifdef __SANITIZE_ADDRESS__
    if (rt_ts_count()) {
        fflush(NULL);
        _exit(rc);
    }
#else
    (void)rc;
#endif
}
