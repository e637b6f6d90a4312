/* sys_hooks.c — the sys module's hooks: displayhook (the REPL's echo of an
 * expression's value), excepthook (the report of an uncaught exception),
 * both also kept as sys.__displayhook__ / sys.__excepthook__, so user code
 * may replace them and restore them as in CPython; sys.builtin_module_names;
 * and rt_print_uncaught, the PyErr_Print path through sys.excepthook. */
#include <stdio.h>
#include <string.h>

#include "modules/builtins.h"
#include "modules/sys_hooks.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/file.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/import.h"
#include "runtime/shutdown.h"
#include "runtime/traceback.h"

/* NEW: sys.<name> or NULL (no exception) when missing. */
static Object *hooks_sys_get(const char *name)
{
    Object *mods = rt_modules_dict();
    Object *sys = mods ? dict_getitem_str(mods, "sys") : NULL;
    Object *d = sys && MODULE_CHECK(sys) ? module_get_dict(sys) : NULL;
    Object *v = d ? dict_getitem_str(d, name) : NULL;
    return v ? NEWREF(v) : NULL;
}

/* Writes s (BORROWED str) with sys.stdout.write; 0/-1. */
static int write_stdout(Object *s)
{
    Object *out = hooks_sys_get("stdout");
    if (out == NULL || out == NONE) {
        XDECREF(out);
        err_set_string(&Exc_RuntimeError, "lost sys.stdout");
        return -1;
    }
    Object *r = NULL, *w = obj_getattr_cstr(out, "write");
    DECREF(out);
    if (w) {
        r = obj_call(w, &s, 1, NULL);
        DECREF(w);
    }
    if (r == NULL)
        return -1;
    DECREF(r);
    return 0;
}

/* sys.displayhook(value): None prints nothing; otherwise builtins._ is
 * set to None, repr(value) and a newline go to sys.stdout, then
 * builtins._ = value (CPython's sys_displayhook). */
static Object *sys_displayhook(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (arg_one("displayhook", nargs, kw) < 0)
        return NULL;
    Object *v = args[0];
    if (v == NONE)
        RETURN_NONE;
    Object *b = mod_builtins_dict();
    if (b && dict_setitem_str(b, "_", NONE) < 0)
        return NULL;
    Object *r = obj_repr(v);
    if (r == NULL)
        return NULL;
    int rc = write_stdout(r);
    DECREF(r);
    if (rc == 0) {
        Object *nl = str_from_cstr("\n");
        rc = nl ? write_stdout(nl) : -1;
        XDECREF(nl);
    }
    if (rc < 0 || (b && dict_setitem_str(b, "_", v) < 0))
        return NULL;
    RETURN_NONE;
}

/* Flushes sys.stdout so a report on stderr comes after what was printed. */
static void flush_stdout(void)
{
    Object *out = hooks_sys_get("stdout");
    if (out && file_check(out) && file_flush(out) < 0)
        err_clear();
    XDECREF(out);
    fflush(stdout);
}

/* sys.excepthook(type, value, traceback): prints value with its traceback
 * to stderr (CPython's PyErr_Display). */
static Object *sys_excepthook(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (arg_nokw("excepthook", kw) < 0)
        return NULL;
    if (nargs != 3)
        return err_format(&Exc_TypeError, "excepthook expected 3 arguments, got %zu", nargs);
    Object *v = args[1];
    flush_stdout();
    if (!EXC_CHECK(v)) {
        fprintf(stderr, "TypeError: print_exception(): Exception expected for value, %s found\n",
                TYPE(v)->name);
        fflush(stderr);
        RETURN_NONE;
    }
    tb_print_exception(v, stderr);
    fflush(stderr);
    RETURN_NONE;
}

static MethodDef hook_defs[] = {
    { "displayhook", sys_displayhook, 0,
      "Print an object to sys.stdout and also save it in builtins._" },
    { "excepthook", sys_excepthook, 0,
      "Handle an exception by displaying it with a traceback on sys.stderr." },
    { NULL }
};

/* NEW: sorted tuple of the names of the modules built into garter. */
static Object *builtin_names(void)
{
    Object *l = list_new(0);
    if (l == NULL)
        return NULL;
    int has_builtins = 0;
    for (size_t i = 0;; i++) {
        const char *n = rt_import_builtin_name(i);
        if (n == NULL)
            break;
        has_builtins |= !strcmp(n, "builtins");
        Object *s = str_from_cstr(n);
        if (s == NULL || list_append(l, s) < 0) {
            XDECREF(s);
            DECREF(l);
            return NULL;
        }
        DECREF(s);
    }
    Object *s = has_builtins ? NULL : str_from_cstr("builtins");
    if ((!has_builtins && (s == NULL || list_append(l, s) < 0)) || list_sort(l, NULL, 0) < 0) {
        XDECREF(s);
        DECREF(l);
        return NULL;
    }
    XDECREF(s);
    Object *t = tuple_new(LIST_SIZE(l));
    if (t)
        for (intptr_t i = 0; i < LIST_SIZE(l); i++)
            TUPLE_SET(t, i, NEWREF(LIST_GET(l, i)));
    DECREF(l);
    return t;
}

int mod_sys_hooks_add(Object *m)
{
    Object *modname = str_from_cstr("sys");
    if (modname == NULL)
        return -1;
    for (MethodDef *d = hook_defs; d->name; d++) {
        Object *f = cfunc_new(d, NULL, modname);
        char orig[64];
        snprintf(orig, sizeof orig, "__%s__", d->name);
        if (f == NULL || module_add_object(m, d->name, NEWREF(f)) < 0
            || module_add_object(m, orig, NEWREF(f)) < 0) {
            XDECREF(f);
            DECREF(modname);
            return -1;
        }
        DECREF(f);
    }
    DECREF(modname);
    return module_add_object(m, "builtin_module_names", builtin_names());
}

/* Prints exc as the hook would when the hook itself is not usable. */
static void print_plain(Object *exc)
{
    flush_stdout();
    tb_print_exception(exc, stderr);
    fflush(stderr);
}

void rt_print_uncaught(Object *exc)
{
    rt_set_last_exception(exc);
    Object *hook = hooks_sys_get("excepthook");
    if (hook == NULL) {
        flush_stdout();
        fputs("sys.excepthook is missing\n", stderr);
        print_plain(exc);
        return;
    }
    Object *tb = exc_get_traceback(exc);
    Object *args[3] = { (Object *)TYPE(exc), exc, tb ? tb : NONE };
    Object *r = obj_call(hook, args, 3, NULL);
    DECREF(hook);
    if (r) {
        DECREF(r);
        fflush(stderr);
        return;
    }
    Object *exc2 = err_fetch();
    flush_stdout();
    fputs("Error in sys.excepthook:\n", stderr);
    if (exc2)
        tb_print_exception(exc2, stderr);
    fputs("\nOriginal exception was:\n", stderr);
    tb_print_exception(exc, stderr);
    fflush(stderr);
    XDECREF(exc2);
}
