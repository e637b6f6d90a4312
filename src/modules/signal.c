/* signal.c — the `signal` module: Python-level handlers for SIGINT,
 * SIGTERM and the other asynchronous signals.  The C handler only marks
 * the signal tripped and wakes the eval breaker (runtime/gil.h); the main
 * thread runs the Python handler at its next safe point, as CPython does.
 * SIGINT keeps the runtime's own C handler (runtime/signals.c) whose flag
 * this module's dispatcher reads. */
#include <errno.h>
#include <signal.h>
#include <string.h>

#include "modules/mods.h"
#include "objects/descr.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/signals.h"

#ifndef NSIG
#define NSIG 65
#endif

static Object *handlers[NSIG];          /* NEW refs; NULL: never set */
static volatile sig_atomic_t tripped[NSIG];
static Object *sig_dfl, *sig_ign, *default_int;     /* NEW refs */

/* The C handler of every signal with a Python handler except SIGINT. */
static void trip(int sig)
{
    tripped[sig] = 1;
    rt_signal_arrived();
}

/* NEW: the frame argument of a handler (None: no frame objects yet). */
static Object *handler_frame(void) { return NEWREF(NONE); }

/* Calls the Python handler of sig.  0/-1. */
static int call_handler(int sig)
{
    Object *h = handlers[sig];
    if (!h || h == sig_dfl || h == sig_ign)
        return 0;
    if (h == default_int)
    {
        err_raise((Object *)&Exc_KeyboardInterrupt);
        return -1;
    }
    INCREF(h);
    Object *args[2] = { int_from_i64(sig), handler_frame() };
    Object *r = args[0] ? obj_call(h, args, 2, NULL) : NULL;
    XDECREF(args[0]);
    DECREF(args[1]);
    DECREF(h);
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

/* rt_signal_dispatch: runs the handlers of every tripped signal (main
 * thread, GIL held).  Stops at the first that raises. */
static int dispatch(void)
{
    if (rt_pending_interrupt) {
        rt_clear_interrupt();
        if (call_handler(SIGINT) < 0)
            return -1;
    }
    for (int s = 1; s < NSIG; s++) {
        if (!tripped[s])
            continue;
        tripped[s] = 0;
        if (call_handler(s) < 0)
            return -1;
    }
    return 0;
}

static int check_signum(Object *o, int *out)
{
    Object *i = int_index(o);
    if (!i)
        return -1;
    int ovf;
    int64_t v = int_as_i64(i, &ovf);
    DECREF(i);
    if (ovf || v < 1 || v >= NSIG) {
        err_set_string(&Exc_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static Object *s_signal(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("signal", kw) < 0 || arg_range("signal", nargs, 2, 2) < 0)
        return NULL;
    int sig;
    if (check_signum(args[0], &sig) < 0)
        return NULL;
    if (!rt_is_main_thread())
        return err_set_string(&Exc_ValueError, "signal only works in main thread of the main interpreter");
    Object *h = args[1];
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    int is_int = INT_CHECK(h);
    int64_t hv = 0;
    if (is_int) {
        int ovf;
        hv = int_as_i64(h, &ovf);
        if (ovf || (hv != (int64_t)(intptr_t)SIG_DFL && hv != (int64_t)(intptr_t)SIG_IGN))
            return err_set_string(&Exc_TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        h = hv == (int64_t)(intptr_t)SIG_IGN ? sig_ign : sig_dfl;
        sa.sa_handler = hv == (int64_t)(intptr_t)SIG_IGN ? SIG_IGN : SIG_DFL;
    } else if (!TYPE(h)->call && !TYPE_CHECK(h)) {
        return err_set_string(&Exc_TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    } else if (sig == SIGINT) {
        if (rt_signals_install() < 0)
            return err_from_errno(&Exc_OSError, NULL);
        goto installed;
    } else {
        sa.sa_handler = trip;
    }
    if (sig == SIGKILL || sig == SIGSTOP || sigaction(sig, &sa, NULL) < 0) {
        errno = EINVAL;
        return err_from_errno(&Exc_OSError, NULL);
    }
installed:;
    Object *old = handlers[sig] ? handlers[sig] : NEWREF(NONE);
    handlers[sig] = NEWREF(h);
    return old;
}

static Object *s_getsignal(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("getsignal", nargs, kw) < 0)
        return NULL;
    int sig;
    if (check_signum(args[0], &sig) < 0)
        return NULL;
    return NEWREF(handlers[sig] ? handlers[sig] : NONE);
}

static Object *s_default_int_handler(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return err_raise((Object *)&Exc_KeyboardInterrupt);
}

static Object *s_raise_signal(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("raise_signal", nargs, kw) < 0)
        return NULL;
    int sig;
    if (check_signum(args[0], &sig) < 0)
        return NULL;
    if (raise(sig) != 0)
        return err_from_errno(&Exc_OSError, NULL);
    if (rt_signals_run_pending() < 0)
        return NULL;
    return NEWREF(NONE);
}

static MethodDef signal_methods[] = {
    { "signal", s_signal, 0, "Set the action for the given signal." },
    { "getsignal", s_getsignal, 0, "Return the current action for the given signal." },
    { "raise_signal", s_raise_signal, 0, "Send a signal to the executing process." },
    { NULL, NULL, 0, NULL },
};

static MethodDef default_int_def =
    { "default_int_handler", s_default_int_handler, 0, "The default handler for SIGINT installed by Python." };

Object *mod_signal_create(void)
{
    Object *m = module_new("signal");
    if (!m)
        return NULL;
    module_set_builtin(m);
    Object *name = module_get_name(m);
    if (!sig_dfl) {
        sig_dfl = int_from_i64((int64_t)(intptr_t)SIG_DFL);
        sig_ign = int_from_i64((int64_t)(intptr_t)SIG_IGN);
        default_int = cfunc_new(&default_int_def, NULL, name);
        if (!sig_dfl || !sig_ign || !default_int) {
            DECREF(m);
            return NULL;
        }
        for (int s = 1; s < NSIG; s++) {
            struct sigaction cur;
            if (sigaction(s, NULL, &cur) < 0)
                continue;
            if (cur.sa_handler == SIG_IGN)
                handlers[s] = NEWREF(sig_ign);
            else if (cur.sa_handler == SIG_DFL)
                handlers[s] = NEWREF(sig_dfl);
        }
        CLEAR(handlers[SIGINT]);
        handlers[SIGINT] = NEWREF(default_int);
        rt_signal_dispatch = dispatch;
    }
    static const struct { const char *n; int v; } consts[] = {
        { "SIGHUP", SIGHUP }, { "SIGINT", SIGINT }, { "SIGQUIT", SIGQUIT },
        { "SIGILL", SIGILL }, { "SIGTRAP", SIGTRAP }, { "SIGABRT", SIGABRT },
        { "SIGBUS", SIGBUS }, { "SIGFPE", SIGFPE }, { "SIGKILL", SIGKILL },
        { "SIGUSR1", SIGUSR1 }, { "SIGSEGV", SIGSEGV }, { "SIGUSR2", SIGUSR2 },
        { "SIGPIPE", SIGPIPE }, { "SIGALRM", SIGALRM }, { "SIGTERM", SIGTERM },
        { "SIGCHLD", SIGCHLD }, { "SIGCONT", SIGCONT }, { "SIGSTOP", SIGSTOP },
        { "SIGTSTP", SIGTSTP }, { "SIGWINCH", SIGWINCH }, { "NSIG", NSIG },
    };
    if (module_add_object(m, "__doc__", str_from_cstr("This module provides mechanisms to use signal handlers in Python.")) < 0 ||
        module_add_functions(m, signal_methods) < 0 ||
        module_add_object(m, "default_int_handler", NEWREF(default_int)) < 0 ||
        module_add_object(m, "SIG_DFL", NEWREF(sig_dfl)) < 0 ||
        module_add_object(m, "SIG_IGN", NEWREF(sig_ign)) < 0)
        goto fail;
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (module_add_object(m, consts[i].n, int_from_i64(consts[i].v)) < 0)
            goto fail;
    return m;
fail:
    DECREF(m);
    return NULL;
}

/* Drops the handler table (interpreter exit). */
void mod_signal_fini(void)
{
    for (int s = 0; s < NSIG; s++)
        CLEAR(handlers[s]);
    CLEAR(sig_dfl);
    CLEAR(sig_ign);
    CLEAR(default_int);
    rt_signal_dispatch = NULL;
}
