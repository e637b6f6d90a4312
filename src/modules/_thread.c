/* _thread.c — the `_thread` module: starting OS threads that run Python
 * callables (each with its own thread state, frame arena and C stack),
 * lock and RLock objects built on POSIX semaphores that release the GIL
 * while they block, and the small helpers lib/threading.py builds on
 * (get_ident, _count, _set_sentinel, stack_size, _print_exception). */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "modules/mods.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "eval/coro.h"
#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/signals.h"
#include "runtime/traceback.h"

#define TIMEOUT_MAX 9223372036.0            /* CPython's PY_TIMEOUT_MAX in s */
#define DEFAULT_STACK ((size_t)8 << 20)     /* when a large stack is refused */
/* A thread's stack unless threading.stack_size() says otherwise: as large
 * as the main one (main.c), so deep recursion reaches the recursion limit
 * in a thread too.  Address space: glibc maps it and pages are touched
 * only as the thread goes deep. */
#define LARGE_STACK ((size_t)1 << 30)
#define THREAD_STACK_MIN 32768

size_t eval_stack_guard_limit(size_t avail);    /* eval/func.c */

static size_t stack_size_req;               /* 0: DEFAULT_STACK */
static int nrunning;                        /* threads started and not done */

/* ---- waiting on a semaphore ---------------------------------------------- */

/* Waits for s with the GIL released.  timeout < 0 waits forever.  Signals
 * interrupting the wait run their handlers (main thread).  1 acquired,
 * 0 timed out, -1 with an exception set. */
static int sem_acquire_timed(sem_t *s, double timeout)
{
    if (sem_trywait(s) == 0)
        return 1;
    if (timeout == 0)
        return 0;
    struct timespec dl;
    if (timeout > 0) {
        clock_gettime(CLOCK_REALTIME, &dl);
        double whole = floor(timeout);
        dl.tv_sec += (time_t)whole;
        dl.tv_nsec += (long)((timeout - whole) * 1e9);
        if (dl.tv_nsec >= 1000000000L) {
            dl.tv_sec++;
            dl.tv_nsec -= 1000000000L;
        }
    }
    for (;;) {
        int r, e;
        RT_BEGIN_ALLOW_THREADS
        r = timeout < 0 ? sem_wait(s) : sem_timedwait(s, &dl);
        e = errno;
        RT_END_ALLOW_THREADS
        if (r == 0)
            return 1;
        if (e == ETIMEDOUT)
            return 0;
        if (e == EINTR) {
            if (rt_signals_run_pending() < 0)
                return -1;
            continue;
        }
        errno = e;
        err_from_errno(&Exc_OSError, NULL);
        return -1;
    }
}

/* Parses acquire(blocking=True, timeout=-1) with CPython's errors into a
 * timeout in seconds (-1: forever, 0: don't block).  0/-1. */
static int acquire_args(Object *const *args, size_t nargs, Object *kwnames, double *out)
{
    Object *vals[2] = { NULL, NULL };
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw > 2) {
        err_format(&Exc_TypeError, "acquire() takes at most 2 arguments (%zu given)", nargs + nkw);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        vals[i] = args[i];
    for (size_t i = 0; i < nkw; i++) {
        Object *k = TUPLE_GET(kwnames, i);
        int slot = !strcmp(STR_UTF8(k), "blocking") ? 0 : !strcmp(STR_UTF8(k), "timeout") ? 1 : -1;
        if (slot < 0) {
            err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for acquire()", k);
            return -1;
        }
        if (vals[slot]) {
            err_format(&Exc_TypeError, "argument for acquire() given by name ('%s') and position (%d)",
                       slot ? "timeout" : "blocking", slot + 1);
            return -1;
        }
        vals[slot] = args[nargs + i];
    }
    int blocking = 1;
    if (vals[0] && (blocking = obj_is_true(vals[0])) < 0)
        return -1;
    double timeout = -1;
    if (vals[1]) {
        Object *x = vals[1];
        if (FLOAT_CHECK(x)) {
            timeout = FLOAT_VALUE(x);
            if (isnan(timeout)) {
                err_set_string(&Exc_ValueError, "Invalid value NaN (not a number)");
                return -1;
            }
            if (fabs(timeout) >= 9223372036854775808.0) {
                err_set_string(&Exc_OverflowError, "timestamp out of range for platform time_t");
                return -1;
            }
        } else {
            Object *i = int_index(x);
            if (!i)
                return -1;
            int ovf;
            int64_t v = int_as_i64(i, &ovf);
            DECREF(i);
            if (ovf || v > 9223372036 || v < -9223372036) {
                err_set_string(&Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
                return -1;
            }
            timeout = (double)v;
        }
        if (!blocking && timeout != -1) {
            err_set_string(&Exc_ValueError, "can't specify a timeout for a non-blocking call");
            return -1;
        }
        if (timeout < 0 && timeout != -1) {
            err_set_string(&Exc_ValueError, "timeout value must be positive");
            return -1;
        }
        if (timeout > TIMEOUT_MAX) {
            err_set_string(&Exc_OverflowError, "timeout value is too large");
            return -1;
        }
    }
    if (!blocking)
        timeout = 0;
    else if (timeout == -1)
        timeout = -1;
    *out = timeout;
    return 0;
}

/* ---- _thread.lock ----------------------------------------------------------- */

typedef struct LockObject {
    Object ob;
    sem_t sem;
    int locked;
} LockObject;

extern TypeObject Lock_Type;
#define LOCK(o) ((LockObject *)(o))

/* NEW: an unlocked lock. */
static Object *lock_new_obj(void)
{
    Object *o = obj_alloc(&Lock_Type);
    if (!o)
        return NULL;
    if (sem_init(&LOCK(o)->sem, 0, 1) != 0) {
        obj_free(o);
        return err_from_errno(&Exc_OSError, NULL);
    }
    LOCK(o)->locked = 0;
    return o;
}

static void lock_dealloc(Object *o)
{
    sem_destroy(&LOCK(o)->sem);
    obj_free(o);
}

static Object *lock_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("lock", nargs, kw) < 0)
        return NULL;
    return lock_new_obj();
}

static Object *lock_repr(Object *o)
{
    return str_from_format("<%s _thread.lock object at %p>",
                           LOCK(o)->locked ? "locked" : "unlocked", (void *)o);
}

static Object *lock_acquire(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    double timeout;
    if (acquire_args(args, nargs, kw, &timeout) < 0)
        return NULL;
    int r = sem_acquire_timed(&LOCK(self)->sem, timeout);
    if (r < 0)
        return NULL;
    if (r)
        LOCK(self)->locked = 1;
    return bool_from(r);
}

static Object *lock_release(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("release", nargs, kw) < 0)
        return NULL;
    if (!LOCK(self)->locked)
        return err_set_string(&Exc_RuntimeError, "release unlocked lock");
    LOCK(self)->locked = 0;
    sem_post(&LOCK(self)->sem);
    return NEWREF(NONE);
}

static Object *lock_exit(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!LOCK(self)->locked)
        return err_set_string(&Exc_RuntimeError, "release unlocked lock");
    LOCK(self)->locked = 0;
    sem_post(&LOCK(self)->sem);
    return NEWREF(NONE);
}

static Object *lock_locked(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("locked", nargs, kw) < 0)
        return NULL;
    return bool_from(LOCK(self)->locked);
}

static MethodDef lock_methods[] = {
    { "acquire", lock_acquire, 0, "Lock the lock." },
    { "acquire_lock", lock_acquire, 0, "Lock the lock." },
    { "__enter__", lock_acquire, 0, "Lock the lock." },
    { "release", lock_release, 0, "Release the lock." },
    { "release_lock", lock_release, 0, "Release the lock." },
    { "__exit__", lock_exit, 0, "Release the lock." },
    { "locked", lock_locked, 0, "Test whether the lock is currently locked." },
    { "locked_lock", lock_locked, 0, "Test whether the lock is currently locked." },
    { NULL, NULL, 0, NULL },
};

TypeObject Lock_Type = {
    TYPE_HEAD_INIT,
    .name = "_thread.lock",
    .basicsize = sizeof(LockObject),
    .doc = "A lock object is a synchronization primitive.",
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .new_ = lock_new,
    .methods = lock_methods,
};

/* ---- _thread.RLock ---------------------------------------------------------- */

typedef struct RLockObject {
    Object ob;
    sem_t sem;
    unsigned long owner;
    unsigned long count;
} RLockObject;

extern TypeObject RLock_Type;
#define RLOCK(o) ((RLockObject *)(o))

static unsigned long my_ident(void) { return (unsigned long)pthread_self(); }

static Object *rlock_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    Object *o = obj_alloc(t);
    if (!o)
        return NULL;
    if (sem_init(&RLOCK(o)->sem, 0, 1) != 0) {
        obj_free(o);
        return err_from_errno(&Exc_OSError, NULL);
    }
    return o;
}

static void rlock_dealloc(Object *o)
{
    sem_destroy(&RLOCK(o)->sem);
    obj_free(o);
}

static Object *rlock_repr(Object *o)
{
    RLockObject *r = RLOCK(o);
    return str_from_format("<%s _thread.RLock object owner=%lu count=%lu at %p>",
                           r->count ? "locked" : "unlocked", r->owner, r->count, (void *)o);
}

static Object *rlock_acquire(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    RLockObject *r = RLOCK(self);
    double timeout;
    if (acquire_args(args, nargs, kw, &timeout) < 0)
        return NULL;
    unsigned long me = my_ident();
    if (r->count > 0 && r->owner == me) {
        if (r->count == ~0UL)
            return err_set_string(&Exc_OverflowError, "Internal lock count overflowed");
        r->count++;
        RETURN_TRUE;
    }
    int ok = sem_acquire_timed(&r->sem, timeout);
    if (ok < 0)
        return NULL;
    if (ok) {
        r->owner = me;
        r->count = 1;
    }
    return bool_from(ok);
}

static Object *rlock_release(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    RLockObject *r = RLOCK(self);
    if (r->count == 0 || r->owner != my_ident())
        return err_set_string(&Exc_RuntimeError, "cannot release un-acquired lock");
    if (--r->count == 0) {
        r->owner = 0;
        sem_post(&r->sem);
    }
    return NEWREF(NONE);
}

/* _release_save(): releases completely, returns (count, owner) for
 * _acquire_restore (threading.Condition.wait). */
static Object *rlock_release_save(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    RLockObject *r = RLOCK(self);
    if (r->count == 0)
        return err_set_string(&Exc_RuntimeError, "cannot release un-acquired lock");
    Object *c = int_from_u64(r->count), *o = c ? int_from_u64(r->owner) : NULL;
    Object *t = o ? tuple_pack(2, c, o) : NULL;
    XDECREF(c);
    XDECREF(o);
    if (!t)
        return NULL;
    r->count = 0;
    r->owner = 0;
    sem_post(&r->sem);
    return t;
}

static Object *rlock_acquire_restore(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    RLockObject *r = RLOCK(self);
    if (arg_one("_acquire_restore", nargs, kw) < 0)
        return NULL;
    Object *st = args[0];
    if (!TUPLE_CHECK(st) || TUPLE_SIZE(st) != 2 || !INT_CHECK(TUPLE_GET(st, 0)) ||
        !INT_CHECK(TUPLE_GET(st, 1)))
        return err_set_string(&Exc_TypeError, "_acquire_restore() argument must be a (count, owner) tuple");
    int ovf;
    int64_t count = int_as_i64(TUPLE_GET(st, 0), &ovf);
    int64_t owner = int_as_i64(TUPLE_GET(st, 1), &ovf);
    int ok = sem_acquire_timed(&r->sem, -1);
    if (ok <= 0)
        return ok < 0 ? NULL : err_set_string(&Exc_RuntimeError, "couldn't acquire lock");
    r->owner = (unsigned long)owner;
    r->count = (unsigned long)count;
    return NEWREF(NONE);
}

static Object *rlock_is_owned(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    RLockObject *r = RLOCK(self);
    return bool_from(r->count > 0 && r->owner == my_ident());
}

static Object *rlock_recursion_count(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    RLockObject *r = RLOCK(self);
    return int_from_u64(r->owner == my_ident() ? r->count : 0);
}

static MethodDef rlock_methods[] = {
    { "acquire", rlock_acquire, 0, "Lock the lock." },
    { "__enter__", rlock_acquire, 0, "Lock the lock." },
    { "release", rlock_release, 0, "Release the lock." },
    { "__exit__", rlock_release, 0, "Release the lock." },
    { "_release_save", rlock_release_save, 0, "For internal use by `threading.Condition`." },
    { "_acquire_restore", rlock_acquire_restore, 0, "For internal use by `threading.Condition`." },
    { "_is_owned", rlock_is_owned, 0, "For internal use by `threading.Condition`." },
    { "_recursion_count", rlock_recursion_count, 0, "For internal use by reentrancy checks." },
    { NULL, NULL, 0, NULL },
};

TypeObject RLock_Type = {
    TYPE_HEAD_INIT,
    .name = "_thread.RLock",
    .basicsize = sizeof(RLockObject),
    .tpflags = TPF_BASETYPE,
    .dealloc = rlock_dealloc,
    .repr = rlock_repr,
    .new_ = rlock_new,
    .methods = rlock_methods,
};

/* ---- threads ---------------------------------------------------------------- */

typedef struct Boot {
    Object *func, *args, *kwargs;       /* owned */
    ThreadState *ts;
} Boot;

/* Prints an exception that ended a thread started by start_new_thread, as
 * CPython's unraisable hook does. */
static void report_thread_exc(Object *func)
{
    Object *exc = err_fetch();
    if (!exc)
        return;
    if (type_is_subtype(TYPE(exc), &Exc_SystemExit)) {
        DECREF(exc);
        return;
    }
    Object *r = obj_repr(func);
    fprintf(stderr, "Exception ignored in thread started by: %s\n", r ? STR_UTF8(r) : "?");
    if (!r)
        err_clear();
    XDECREF(r);
    tb_print_exception(exc, stderr);
    fflush(stderr);
    DECREF(exc);
}

/* NEW: func(*args, **kwargs) (all BORROWED; kwargs NULL or a dict). */
static Object *call_with(Object *func, Object *args, Object *kwargs)
{
    intptr_t n = TUPLE_SIZE(args), nk = kwargs ? dict_size(kwargs) : 0;
    if (nk == 0)
        return obj_call(func, TUPLE_ITEMS(args), (size_t)n, NULL);
    Object **v = malloc(sizeof(Object *) * (size_t)(n + nk));
    Object *names = tuple_new(nk);
    if (!v || !names) {
        free(v);
        XDECREF(names);
        return err_no_memory();
    }
    for (intptr_t i = 0; i < n; i++)
        v[i] = TUPLE_GET(args, i);
    intptr_t pos = 0, j = 0;
    Object *k, *val;
    while (j < nk && dict_next(kwargs, &pos, &k, &val)) {
        if (!STR_CHECK(k)) {
            free(v);
            DECREF(names);
            return err_set_string(&Exc_TypeError, "keywords must be strings");
        }
        TUPLE_SET(names, j, NEWREF(k));
        v[n + j++] = val;
    }
    Object *r = obj_call(func, v, (size_t)n, names);
    free(v);
    DECREF(names);
    return r;
}

/* A new thread's life: block the async signals (the main thread handles
 * them), take the GIL, run the callable, report its exception, release
 * the sentinel lock, give up the thread state and the GIL. */
static void *thread_main(void *p)
{
    Boot *b = p;
    ThreadState *ts = b->ts;
    sigset_t set;
    sigemptyset(&set);
    int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGCHLD };
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        sigaddset(&set, sigs[i]);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    char base;
    ts->stack_base = &base;
    /* the guard goes by the stack this thread really has */
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *lo;
        size_t size;
        if (pthread_attr_getstack(&attr, &lo, &size) == 0 && (char *)lo < &base &&
            (size_t)(&base - (char *)lo) <= size)
            ts->stack_limit = eval_stack_guard_limit((size_t)(&base - (char *)lo));
        pthread_attr_destroy(&attr);
    }
    rt_gil_acquire(ts);
    Object *r = call_with(b->func, b->args, b->kwargs);
    if (r)
        DECREF(r);
    else
        report_thread_exc(b->func);
    CLEAR(b->func);
    CLEAR(b->args);
    CLEAR(b->kwargs);
    Object *sentinel = ts->sentinel;
    ts->sentinel = NULL;
    if (sentinel) {
        if (LOCK(sentinel)->locked) {
            LOCK(sentinel)->locked = 0;
            sem_post(&LOCK(sentinel)->sem);
        }
        DECREF(sentinel);
    }
    rt_ts_clear(ts);
    nrunning--;
    free(b);
    rt_gil_thread_exit();
    return NULL;
}

static Object *t_start_new_thread(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("start_new_thread", kw) < 0 || arg_range("start_new_thread", nargs, 2, 3) < 0)
        return NULL;
    Object *func = args[0], *fargs = args[1], *fkw = nargs > 2 ? args[2] : NULL;
    if (!TYPE(func)->call && !TYPE_CHECK(func))
        return err_set_string(&Exc_TypeError, "first arg must be callable");
    if (!TUPLE_CHECK(fargs))
        return err_set_string(&Exc_TypeError, "2nd arg must be a tuple");
    if (fkw && !TYPE_HAS(TYPE(fkw), TPF_DICT_SUB))
        return err_set_string(&Exc_TypeError, "optional 3rd arg must be a dictionary");
    Boot *b = calloc(1, sizeof *b);
    if (!b)
        return err_no_memory();
    ThreadState *ts = rt_ts_new();
    if (!ts) {
        free(b);
        return NULL;
    }
    size_t stack = stack_size_req;
    if (!stack)
        stack = coro_big_stacks_ok() ? LARGE_STACK : DEFAULT_STACK;
#ifdef __SANITIZE_ADDRESS__
    if (stack < LARGE_STACK)
        stack *= 2;
#endif
    ts->stack_limit = eval_stack_guard_limit(stack);     /* thread_main refines it */
    b->ts = ts;
    b->func = NEWREF(func);
    b->args = NEWREF(fargs);
    b->kwargs = fkw ? NEWREF(fkw) : NULL;
    rt_gil_enable();
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, stack);
    pthread_t tid;
    nrunning++;
    int rc = pthread_create(&tid, &attr, thread_main, b);
    if (rc != 0 && stack == LARGE_STACK && !stack_size_req) {
        /* the large mapping was refused: the stack threads used to get */
        stack = DEFAULT_STACK;
#ifdef __SANITIZE_ADDRESS__
        stack *= 2;
#endif
        ts->stack_limit = eval_stack_guard_limit(stack);
        pthread_attr_setstacksize(&attr, stack);
        rc = pthread_create(&tid, &attr, thread_main, b);
    }
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        nrunning--;
        DECREF(b->func);
        DECREF(b->args);
        XDECREF(b->kwargs);
        free(b);
        rt_ts_free(ts);
        return err_set_string(&Exc_RuntimeError, "can't start new thread");
    }
    ts->ident = (unsigned long)tid;
    return int_from_u64((uint64_t)(unsigned long)tid);
}

static Object *t_allocate_lock(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("allocate_lock", nargs, kw) < 0)
        return NULL;
    return lock_new_obj();
}

static Object *t_get_ident(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("get_ident", nargs, kw) < 0)
        return NULL;
    return int_from_u64((uint64_t)my_ident());
}

static Object *t_get_native_id(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("get_native_id", nargs, kw) < 0)
        return NULL;
    return int_from_i64((int64_t)syscall(SYS_gettid));
}

static Object *t_exit(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("exit", nargs, kw) < 0)
        return NULL;
    return err_raise((Object *)&Exc_SystemExit);
}

static Object *t_count(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("_count", nargs, kw) < 0)
        return NULL;
    return int_from_i64(nrunning);
}

static Object *t_stack_size(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("stack_size", kw) < 0 || arg_range("stack_size", nargs, 0, 1) < 0)
        return NULL;
    size_t old = stack_size_req;
    if (nargs) {
        Object *i = int_index(args[0]);
        if (!i)
            return NULL;
        int ovf;
        int64_t v = int_as_i64(i, &ovf);
        DECREF(i);
        if (ovf)
            return err_set_string(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
        if (v < 0)
            return err_set_string(&Exc_ValueError, "size must be 0 or a positive value");
        if (v != 0 && v < THREAD_STACK_MIN)
            return err_format(&Exc_ValueError, "size not valid: %lld bytes", (long long)v);
        stack_size_req = (size_t)v;
    }
    return int_from_u64(old);
}

/* _set_sentinel(): a lock the caller acquires; it is released when the
 * calling thread's state goes away (Thread.join waits on it). */
static Object *t_set_sentinel(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("_set_sentinel", nargs, kw) < 0)
        return NULL;
    Object *l = lock_new_obj();
    if (!l)
        return NULL;
    SETREF(ts_current->sentinel, NEWREF(l));
    return l;
}

/* _print_exception(exc): the traceback report of an uncaught exception on
 * stderr, for threading.excepthook. */
static Object *t_print_exception(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("_print_exception", nargs, kw) < 0)
        return NULL;
    if (!TYPE_HAS(TYPE(args[0]), TPF_EXC_SUB))
        return err_set_string(&Exc_TypeError, "_print_exception() argument must be an exception");
    tb_print_exception(args[0], stderr);
    fflush(stderr);
    return NEWREF(NONE);
}

static Object *t_interrupt_main(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_range("interrupt_main", nargs, 0, 1) < 0)
        return NULL;
    rt_pending_interrupt = 1;
    rt_signal_arrived();
    return NEWREF(NONE);
}

static MethodDef thread_methods[] = {
    { "start_new_thread", t_start_new_thread, 0, "Start a new thread and return its identifier." },
    { "start_new", t_start_new_thread, 0, "An obsolete synonym of start_new_thread()." },
    { "allocate_lock", t_allocate_lock, 0, "Create a new lock object." },
    { "allocate", t_allocate_lock, 0, "An obsolete synonym of allocate_lock()." },
    { "get_ident", t_get_ident, 0, "Return a non-zero integer that uniquely identifies the current thread." },
    { "get_native_id", t_get_native_id, 0, "Return the native thread ID of the current thread." },
    { "exit", t_exit, 0, "Raise SystemExit, ending the thread silently." },
    { "exit_thread", t_exit, 0, "An obsolete synonym of exit()." },
    { "_count", t_count, 0, "Return the number of currently running threads started by _thread." },
    { "stack_size", t_stack_size, 0, "Return the thread stack size used when creating new threads." },
    { "_set_sentinel", t_set_sentinel, 0, "Set a sentinel lock released when the thread state goes away." },
    { "_print_exception", t_print_exception, 0, "Print an exception and its traceback to stderr." },
    { "interrupt_main", t_interrupt_main, 0, "Simulate the arrival of SIGINT in the main thread." },
    { NULL, NULL, 0, NULL },
};

Object *mod_thread_create(void)
{
    if ((!(Lock_Type.tpflags & TPF_READY) && type_ready(&Lock_Type) < 0) ||
        (!(RLock_Type.tpflags & TPF_READY) && type_ready(&RLock_Type) < 0))
        return NULL;
    Object *m = module_new("_thread");
    if (!m)
        return NULL;
    module_set_builtin(m);
    if (module_add_object(m, "__doc__", str_from_cstr("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.")) < 0 ||
        module_add_functions(m, thread_methods) < 0 ||
        module_add_object(m, "LockType", NEWREF((Object *)&Lock_Type)) < 0 ||
        module_add_object(m, "RLock", NEWREF((Object *)&RLock_Type)) < 0 ||
        module_add_object(m, "error", NEWREF((Object *)&Exc_RuntimeError)) < 0 ||
        module_add_object(m, "TIMEOUT_MAX", float_from_double(TIMEOUT_MAX)) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
