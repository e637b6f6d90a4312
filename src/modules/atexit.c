/* atexit.c — the atexit module: register, unregister, _run_exitfuncs,
 * _clear, _ncallbacks.  Callbacks live in a C array owned by this file (as
 * CPython 3.11 keeps them in the interpreter state, not in the module), so
 * they survive the module being cleared at shutdown; the finalization
 * sequence (runtime/shutdown.c) runs them through mod_atexit_run().
 *
 * CPython's rules: handlers run last registered first; unregister leaves a
 * hole (the slot count, _ncallbacks(), does not shrink); a handler
 * registered while the handlers run is not called and is dropped with the
 * rest; an exception from a handler (SystemExit included) is printed as
 * "Exception ignored in atexit callback: <repr>" with its traceback and the
 * remaining handlers still run. */
#include <stdlib.h>
#include <string.h>

#include "runtime/shutdown.h"
#include "objects/descr.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"
#include "runtime/errors.h"

typedef struct Callback {
    Object *func;               /* NEW reference */
    Object **argv;              /* positional then keyword values, NEW refs */
    size_t nargs;               /* positional count */
    Object *kwnames;            /* tuple of str (NEW) or NULL */
} Callback;

static Callback **callbacks;    /* NULL entries: unregistered */
static size_t ncallbacks, capcallbacks;

/* Frees one callback (may run arbitrary __del__ code). */
static void callback_free(Callback *cb)
{
    if (cb == NULL)
        return;
    size_t n = cb->nargs + (cb->kwnames ? (size_t)TUPLE_SIZE(cb->kwnames) : 0);
    Object *func = cb->func;
    Object *kw = cb->kwnames;
    Object **argv = cb->argv;
    free(cb);
    for (size_t i = 0; i < n; i++)
        DECREF(argv[i]);
    free(argv);
    XDECREF(kw);
    DECREF(func);
}

/* CPython's atexit_cleanup: drops every callback.  The array is detached
 * first so a __del__ run by the frees can register anew safely. */
static void clear_all(void)
{
    Callback **old = callbacks;
    size_t n = ncallbacks;
    callbacks = NULL;
    ncallbacks = capcallbacks = 0;
    for (size_t i = 0; i < n; i++)
        callback_free(old[i]);
    free(old);
}

void mod_atexit_run(void)
{
    Object *saved = err_fetch();
    /* ncallbacks is re-read: a handler may register (not run now) or
     * unregister (its slot becomes NULL) while we iterate */
    for (size_t i = ncallbacks; i-- > 0;) {
        if (i >= ncallbacks)
            continue;
        Callback *cb = callbacks[i];
        if (cb == NULL)
            continue;
        Object *func = NEWREF(cb->func);
        size_t n = cb->nargs + (cb->kwnames ? (size_t)TUPLE_SIZE(cb->kwnames) : 0);
        /* the handler may unregister itself: keep its arguments alive */
        Object *small[8], **args = n <= 8 ? small : malloc(n * sizeof *args);
        Object *kw = cb->kwnames;
        if (args == NULL) {
            DECREF(func);
            continue;
        }
        for (size_t k = 0; k < n; k++)
            args[k] = NEWREF(cb->argv[k]);
        size_t nargs = cb->nargs;
        XINCREF(kw);
        Object *r = obj_call(func, args, nargs, kw);
        if (r)
            DECREF(r);
        else
            weakref_write_unraisable(func, "in atexit callback");
        for (size_t k = 0; k < n; k++)
            DECREF(args[k]);
        if (args != small)
            free(args);
        XDECREF(kw);
        DECREF(func);
    }
    clear_all();
    err_restore(saved);
}

void mod_atexit_fini(void)
{
    clear_all();
}

size_t mod_atexit_count(void)
{
    return ncallbacks;
}

/* ---- the module's functions --------------------------------------------- */

/* register(func, *args, **kwargs) -> func */
static Object *ax_register(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (nargs == 0)
        return err_format(&Exc_TypeError, "register() takes at least 1 argument (0 given)");
    Object *func = args[0];
    if (TYPE(func)->call == NULL && !TYPE_CHECK(func))
        return err_set_string(&Exc_TypeError, "the first argument must be callable");
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    size_t n = nargs - 1 + nkw;
    if (ncallbacks == capcallbacks) {
        size_t cap = capcallbacks ? capcallbacks * 2 : 32;
        Callback **nc = realloc(callbacks, cap * sizeof *nc);
        if (nc == NULL)
            return err_no_memory();
        callbacks = nc;
        capcallbacks = cap;
    }
    Callback *cb = malloc(sizeof *cb);
    Object **argv = malloc((n ? n : 1) * sizeof *argv);
    if (cb == NULL || argv == NULL) {
        free(cb);
        free(argv);
        return err_no_memory();
    }
    for (size_t i = 0; i < n; i++)
        argv[i] = NEWREF(args[1 + i]);
    cb->func = NEWREF(func);
    cb->argv = argv;
    cb->nargs = nargs - 1;
    cb->kwnames = nkw ? NEWREF(kwnames) : NULL;
    callbacks[ncallbacks++] = cb;
    return NEWREF(func);
}

/* unregister(func): removes every registration whose function == func. */
static Object *ax_unregister(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("atexit.unregister", nargs, kwnames) < 0)
        return NULL;
    Object *func = args[0];
    for (size_t i = 0; i < ncallbacks; i++) {
        Callback *cb = callbacks[i];
        if (cb == NULL)
            continue;
        Object *f = NEWREF(cb->func);
        int eq = obj_richcompare_bool(f, func, CMP_EQ);
        DECREF(f);
        if (eq < 0)
            return NULL;
        /* the comparison may have run code that changed the table */
        if (eq && i < ncallbacks && callbacks[i] == cb) {
            callbacks[i] = NULL;
            callback_free(cb);
        }
    }
    RETURN_NONE;
}

static Object *ax_run_exitfuncs(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_noargs("atexit._run_exitfuncs", nargs, kwnames) < 0)
        return NULL;
    mod_atexit_run();
    RETURN_NONE;
}

static Object *ax_clear(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_noargs("atexit._clear", nargs, kwnames) < 0)
        return NULL;
    clear_all();
    RETURN_NONE;
}

static Object *ax_ncallbacks(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_noargs("atexit._ncallbacks", nargs, kwnames) < 0)
        return NULL;
    return int_from_i64((int64_t)ncallbacks);
}

static MethodDef atexit_methods[] = {
    { "register", ax_register, 0,
      "register(func, *args, **kwargs) -> func\n\n"
      "Register a function to be executed upon normal program termination\n\n"
      "    func - function to be called at exit\n"
      "    args - optional arguments to pass to func\n"
      "    kwargs - optional keyword arguments to pass to func\n\n"
      "    func is returned to facilitate usage as a decorator." },
    { "_clear", ax_clear, 0, "_clear() -> None\n\nClear the list of previously registered exit functions." },
    { "unregister", ax_unregister, 0,
      "unregister(func) -> None\n\n"
      "Unregister an exit function which was previously registered using\n"
      "atexit.register\n\n"
      "    func - function to be unregistered" },
    { "_run_exitfuncs", ax_run_exitfuncs, 0, "_run_exitfuncs() -> None\n\nRun all registered exit functions." },
    { "_ncallbacks", ax_ncallbacks, 0, NULL },
    { NULL, NULL, 0, NULL },
};

Object *mod_atexit_create(void)
{
    Object *m = module_new("atexit");
    if (m == NULL)
        return NULL;
    module_set_builtin(m);
    if (module_add_object(m, "__doc__", str_from_cstr(
            "allow programmer to define multiple exit functions to be executed\n"
            "upon normal program termination.\n\n"
            "Two public functions, register and unregister, are defined.\n")) < 0 ||
        module_add_functions(m, atexit_methods) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
