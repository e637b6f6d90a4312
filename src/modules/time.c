/* time.c — the `time` module: clocks (time, perf_counter, monotonic,
 * process_time, thread_time and their _ns forms) and sleep.  struct_time,
 * gmtime, localtime and strftime are not provided yet. */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "modules/mods.h"
#include "objects/descr.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/gil.h"

/* Nanoseconds of clock id as an int64 (saturating). */
static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0)
        return 0;
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static Object *clock_seconds(const char *name, clockid_t id, size_t nargs, Object *kw)
{
    if (arg_noargs(name, nargs, kw) < 0)
        return NULL;
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0)
        return err_from_errno(&Exc_OSError, NULL);
    return float_from_double((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

static Object *clock_nanos(const char *name, clockid_t id, size_t nargs, Object *kw)
{
    if (arg_noargs(name, nargs, kw) < 0)
        return NULL;
    return int_from_i64(clock_ns(id));
}

#define CLOCK_FN(pyname, id) \
    static Object *t_##pyname(Object *self, Object *const *args, size_t nargs, Object *kw) \
    { (void)self; (void)args; return clock_seconds("time." #pyname, id, nargs, kw); } \
    static Object *t_##pyname##_ns(Object *self, Object *const *args, size_t nargs, Object *kw) \
    { (void)self; (void)args; return clock_nanos("time." #pyname "_ns", id, nargs, kw); }

CLOCK_FN(time, CLOCK_REALTIME)
CLOCK_FN(perf_counter, CLOCK_MONOTONIC)
CLOCK_FN(monotonic, CLOCK_MONOTONIC)
CLOCK_FN(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FN(thread_time, CLOCK_THREAD_CPUTIME_ID)

/* time.sleep(secs): a float or an int (via __index__), as CPython's
 * _PyTime_FromSecondsObject accepts.  The GIL is released around the wait;
 * a signal interrupting it runs its handler (which may raise). */
static Object *t_sleep(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (arg_one("time.sleep", nargs, kw) < 0)
        return NULL;
    double secs;
    Object *x = args[0];
    if (FLOAT_CHECK(x)) {
        secs = FLOAT_VALUE(x);
        if (isnan(secs))
            return err_set_string(&Exc_ValueError, "Invalid value NaN (not a number)");
        if (fabs(secs) >= 9223372036.0)
            return err_set_string(&Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    } else {
        Object *i = int_index(x);
        if (i == NULL)
            return NULL;
        int ovf;
        int64_t v = int_as_i64(i, &ovf);
        DECREF(i);
        if (ovf || v > 9223372036 || v < -9223372036)
            return err_set_string(&Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        secs = (double)v;
    }
    if (secs < 0)
        return err_set_string(&Exc_ValueError, "sleep length must be non-negative");
    /* wait until an absolute monotonic deadline so EINTR restarts lose no time */
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    double whole = floor(secs);
    deadline.tv_sec += (time_t)whole;
    deadline.tv_nsec += (long)((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    int rc;
    for (;;) {
        RT_BEGIN_ALLOW_THREADS
        rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        RT_END_ALLOW_THREADS
        if (rc != EINTR)
            break;
        if (rt_signals_run_pending() < 0)   /* a handler raised */
            return NULL;
    }
    if (rc != 0) {
        errno = rc;
        return err_from_errno(&Exc_OSError, NULL);
    }
    return NEWREF(NONE);
}

#define TDEF(name, doc) { #name, t_##name, 0, doc }
static MethodDef time_methods[] = {
    TDEF(time, "Return the current time in seconds since the Epoch."),
    TDEF(time_ns, "Return the current time in nanoseconds since the Epoch."),
    TDEF(perf_counter, "Performance counter for benchmarking."),
    TDEF(perf_counter_ns, "Performance counter for benchmarking as nanoseconds."),
    TDEF(monotonic, "Monotonic clock, cannot go backward."),
    TDEF(monotonic_ns, "Monotonic clock, cannot go backward, as nanoseconds."),
    TDEF(process_time, "Process time for profiling: sum of the kernel and user-space CPU time."),
    TDEF(process_time_ns, "Process time for profiling as nanoseconds."),
    TDEF(thread_time, "Thread time for profiling: sum of the kernel and user-space CPU time."),
    TDEF(thread_time_ns, "Thread time for profiling as nanoseconds."),
    TDEF(sleep, "Delay execution for a given number of seconds."),
    { NULL, NULL, 0, NULL },
};

Object *mod_time_create(void)
{
    Object *m = module_new("time");
    if (m == NULL)
        return NULL;
    module_set_builtin(m);
    if (module_add_object(m, "__doc__", str_from_cstr("This module provides various functions to manipulate time values.")) < 0 ||
        module_add_functions(m, time_methods) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
