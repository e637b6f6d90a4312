/* shutdown.c — the finalization sequence: what runs between the end of the
 * main program and rt_fini, in the order of CPython 3.11's Py_FinalizeEx:
 *
 *   1. threading._shutdown() when threading was imported (runtime/gil.c)
 *   2. the atexit handlers, last registered first (modules/atexit.c)
 *   3. flush sys.stdout and sys.stderr (a failure makes the status 120)
 *   4. a collection, when gc is enabled (PyGC_Collect)
 *   5. finalize_modules: builtins._ and the sys hooks that hide user values
 *      (argv, path, last_value, ...) become None and sys.stdout/stderr/stdin
 *      are restored from sys.__stdout__...; every module in sys.modules is
 *      replaced by None (dict order) and remembered through a weak
 *      reference; sys.modules is emptied; builtins gets back its contents
 *      from before the program (rt_finalize_prepare); a full collection; the modules
 *      still alive get their namespaces cleared, last imported first, the
 *      way _PyModule_ClearDict does (names with one leading underscore set
 *      to None first, then every other name but __builtins__); sys and
 *      builtins are cleared last; a final collection
 *   6. flush sys.stdout and sys.stderr again
 *
 * so __del__ methods of globals, of objects in cycles, of objects kept by
 * the last uncaught traceback and generators suspended in try/finally all
 * run while print() still works, and the debug build ends with nothing
 * alive. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem/gc.h"
#include "modules/bltin.h"
#include "modules/builtins.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/file.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/import.h"
#include "runtime/shutdown.h"

static int finalizing, modules_gone, no_imports;
static Object *builtins_copy;       /* NEW: rt_finalize_prepare's snapshot */

int rt_finalize_prepare(void)
{
    Object *b = mod_builtins_dict();
    if (b == NULL)
        return 0;
    Object *copy = dict_copy(b);
    if (copy == NULL)
        return -1;
    SETREF(builtins_copy, copy);
    return 0;
}

int rt_is_finalizing(void) { return finalizing; }
int rt_finalize_modules_gone(void) { return modules_gone; }
int rt_finalize_no_imports(void) { return no_imports; }

void rt_set_last_exception(Object *exc)
{
    Object *modules = rt_modules_dict();
    Object *sys = modules ? dict_getitem_str(modules, "sys") : NULL;
    Object *d = sys && MODULE_CHECK(sys) ? module_get_dict(sys) : NULL;
    if (d == NULL || exc == NULL)
        return;
    Object *saved = err_fetch();
    Object *tb = exc_get_traceback(exc);
    if (dict_setitem_str(d, "last_type", (Object *)TYPE(exc)) < 0 ||
        dict_setitem_str(d, "last_value", exc) < 0 ||
        dict_setitem_str(d, "last_traceback", tb ? tb : NONE) < 0)
        err_clear();
    err_restore(saved);
}

/* Reports an error that cannot propagate during finalization. */
static void unraisable(void)
{
    if (err_occurred())
        weakref_write_unraisable(NULL, NULL);
}

/* A full collection that ignores gc.disable() and does not call
 * gc.callbacks (CPython's _PyGC_CollectNoFail). */
static void collect_no_fail(void)
{
    Object *cbs = gc_callbacks;
    gc_callbacks = NULL;
    gc_collect(GC_NGENS - 1);
    gc_callbacks = cbs;
}

/* CPython's finalize_modules_delete_special: the places where user values
 * hide and would otherwise die only with sys and builtins, last of all. */
static void delete_special(Object *sysdict, Object *bdict)
{
    static const char *const sys_deletes[] = {
        "path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
        "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__", NULL,
    };
    static const char *const sys_files[] = {
        "stdin", "__stdin__", "stdout", "__stdout__", "stderr", "__stderr__", NULL,
    };
    if (bdict && dict_setitem_str(bdict, "_", NONE) < 0)
        unraisable();
    no_imports = 1;
    if (sysdict == NULL)
        return;
    for (const char *const *p = sys_deletes; *p; p++)
        if (dict_setitem_str(sysdict, *p, NONE) < 0)
            unraisable();
    for (const char *const *p = sys_files; *p; p += 2) {
        Object *v = dict_getitem_str(sysdict, p[1]);
        if (dict_setitem_str(sysdict, p[0], v ? v : NONE) < 0)
            unraisable();
    }
}

/* NEW list of (name, weakref to module): every module in sys.modules, in
 * import order, each entry replaced by None (CPython's
 * finalize_remove_modules).  A module that only sys.modules held dies
 * here; its namespace dies with it unless a cycle keeps it. */
static Object *remove_modules(Object *modules, Object ***dicts)
{
    Object *weaklist = list_new(0);
    Object *items = dict_items(modules);
    if (weaklist == NULL || items == NULL) {
        unraisable();
        XDECREF(items);
        return weaklist;
    }
    intptr_t n = LIST_SIZE(items);
    *dicts = calloc((size_t)n + 1, sizeof **dicts);
    for (intptr_t i = 0; i < n; i++) {
        Object *pair = LIST_GET(items, i);
        Object *name = TUPLE_GET(pair, 0), *mod = TUPLE_GET(pair, 1);
        if (!MODULE_CHECK(mod))
            continue;
        Object *wr = weakref_new_ref(mod, NULL);
        Object *tup = wr ? tuple_pack(2, name, wr) : NULL;
        if (*dicts && tup)
            (*dicts)[LIST_SIZE(weaklist)] = module_get_dict(mod);   /* not owned */
        if (tup == NULL || list_append(weaklist, tup) < 0)
            unraisable();
        XDECREF(tup);
        XDECREF(wr);
        if (dict_setitem(modules, name, NONE) < 0)
            unraisable();
    }
    DECREF(items);      /* the last strong references to the modules */
    return weaklist;
}

/* CPython's _PyModule_ClearDict: names with a single leading underscore
 * become None first, then all others except __builtins__ (kept so that
 * destructors of objects defined in the module still find builtins). */
static void clear_module_dict(Object *d)
{
    for (int pass = 0; pass < 2; pass++) {
        Object *keys = dict_keys(d);
        if (keys == NULL) {
            unraisable();
            return;
        }
        intptr_t n = LIST_SIZE(keys);
        for (intptr_t i = 0; i < n; i++) {
            Object *k = LIST_GET(keys, i);
            if (!STR_CHECK(k))
                continue;
            Object *v = dict_getitem(d, k);
            if (v == NULL || v == NONE)
                continue;
            const char *s = STR_UTF8(k);
            int single = s[0] == '_' && s[1] != '_';
            if (pass == 0 ? !single : !strcmp(s, "__builtins__"))
                continue;
            if (dict_setitem(d, k, NONE) < 0)
                unraisable();
        }
        DECREF(keys);
    }
}

/* Marks which of the recorded namespace dicts are still tracked objects
 * (a dict's address alone could have been reused: the caller checks its
 * __name__ too). */
typedef struct DictProbe { Object **dicts; intptr_t n; char *alive; } DictProbe;

static int probe_dict(Object *o, void *arg)
{
    DictProbe *p = arg;
    if (!DICT_CHECK_EXACT(o))
        return 0;
    for (intptr_t i = 0; i < p->n; i++)
        if (p->dicts[i] == o)
            p->alive[i] = 1;
    return 0;
}

/* 1 if d (alive) is still the namespace of the module called name. */
static int same_namespace(Object *d, Object *name)
{
    Object *v = dict_getitem_str(d, "__name__");
    return v && STR_CHECK(v) && STR_CHECK(name) && !strcmp(STR_UTF8(v), STR_UTF8(name));
}

/* The modules that outlived the collection (kept by C state or by a live
 * reference somewhere) are wiped, last imported first; sys and builtins
 * are skipped: they go last.  A namespace that outlived its module is
 * wiped as well: garter's collector cannot see the references a
 * suspended generator's C stack holds, so a cycle through such a
 * generator and a module's globals survives the collection that would
 * have freed it in CPython. */
static void clear_weaklist(Object *weaklist, Object **dicts, Object *sysdict, Object *bdict)
{
    DictProbe probe = { dicts, LIST_SIZE(weaklist), NULL };
    if (dicts && (probe.alive = calloc((size_t)probe.n + 1, 1)) != NULL)
        gc_foreach(-1, probe_dict, &probe);
    for (intptr_t i = LIST_SIZE(weaklist) - 1; i >= 0; i--) {
        if (i >= LIST_SIZE(weaklist))
            continue;
        Object *tup = LIST_GET(weaklist, i);
        Object *mod = weakref_get(TUPLE_GET(tup, 1));
        Object *d = NULL;
        if (mod != NONE && MODULE_CHECK(mod))
            d = module_get_dict(mod);
        else if (i < probe.n && probe.alive && probe.alive[i] &&
                 same_namespace(dicts[i], TUPLE_GET(tup, 0)))
            d = dicts[i];
        if (d == NULL || d == sysdict || d == bdict)
            continue;
        INCREF(mod);
        INCREF(d);
        clear_module_dict(d);
        DECREF(d);
        DECREF(mod);
    }
    free(probe.alive);
}

/* CPython's finalize_restore_builtins: builtins gets back the contents it
 * had before the program ran, dropping what the program stored there. */
static void restore_builtins(Object *bdict)
{
    Object *copy = builtins_copy;
    builtins_copy = NULL;
    if (bdict == NULL || copy == NULL) {
        XDECREF(copy);
        return;
    }
    Object *old = dict_copy(bdict);     /* the dropped values die after the update */
    if (old == NULL)
        unraisable();
    dict_clear(bdict);
    if (dict_update(bdict, copy) < 0)
        err_clear();
    XDECREF(old);
    DECREF(copy);
}

/* The CPython 3.11 finalize_modules sequence (see the file comment). */
static void finalize_modules(void)
{
    Object *modules = rt_modules_dict();
    if (modules == NULL)
        return;
    INCREF(modules);
    Object *bdict = mod_builtins_dict();
    XINCREF(bdict);
    Object *sys = dict_getitem_str(modules, "sys");
    Object *sysdict = sys && MODULE_CHECK(sys) ? module_get_dict(sys) : NULL;
    XINCREF(sysdict);

    delete_special(sysdict, bdict);
    Object **dicts = NULL;
    modules_gone = 1;           /* as soon as the first entry becomes None */
    Object *weaklist = remove_modules(modules, &dicts);
    dict_clear(modules);
    restore_builtins(bdict);
    collect_no_fail();
    if (weaklist) {
        clear_weaklist(weaklist, dicts, sysdict, bdict);
        DECREF(weaklist);
    }
    free(dicts);
    if (file_flush_std() < 0)
        err_clear();
    if (sysdict)
        clear_module_dict(sysdict);
    if (bdict)
        clear_module_dict(bdict);
    /* a module imported by a destructor just now */
    dict_clear(modules);
    collect_no_fail();

    XDECREF(sysdict);
    XDECREF(bdict);
    DECREF(modules);
}

int rt_finalize(int status)
{
    if (finalizing)
        return status;
    Object *pending = err_fetch();      /* nothing should be pending; report it */
    if (pending) {
        err_restore(pending);
        unraisable();
    }
    rt_threads_shutdown();
    mod_atexit_run();
    finalizing = 1;
    if (file_flush_std() < 0)
        status = 120;
    if (gc_enabled)
        gc_collect(GC_NGENS - 1);
    /* CPython's later collections (_PyGC_CollectNoFail) call no gc.callbacks:
     * theirs would run on half-cleared modules and outlive the int cache */
    if (gc_callbacks && LIST_SIZE(gc_callbacks) > 0 && list_clear(gc_callbacks) < 0)
        err_clear();
    finalize_modules();
    if (gc_garbage && LIST_SIZE(gc_garbage) > 0) {
        /* gc.DEBUG_SAVEALL kept the collected cycles in gc.garbage, where
         * nothing can reach them any more: let them go this time */
        gc_debug &= ~GC_DEBUG_SAVEALL;
        if (list_clear(gc_garbage) < 0)
            err_clear();
        gc_collect(GC_NGENS - 1);
    }
    mod_atexit_fini();          /* handlers registered by destructors just now */
    CLEAR(builtins_copy);
    if (file_flush_std() < 0)
        status = 120;
    fflush(stdout);
    fflush(stderr);
    return status;
}
