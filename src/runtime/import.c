/* import.c — the import machinery's front half: the registry of built-in
 * modules, the sys.modules cache, dotted names (`a.b.c` imports a, a.b,
 * a.b.c and binds each child as an attribute of its parent), relative
 * names resolved against __package__/__name__, and the from-import and
 * import-* steps.  Finding and running .py files is import_source.c.
 * Messages and the order of the steps follow CPython 3.11's importlib. */
#include <string.h>

#include "runtime/import.h"
#include "runtime/shutdown.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "mem/alloc.h"
#include "modules/bltin.h"
#include "modules/mods.h"
#include "runtime/errors.h"

typedef struct Registered {
    const char *name;
    ModuleCreateFn create;
} Registered;

static Registered *registry;
static size_t nregistry, capregistry;
static Object *modules;             /* sys.modules */

const char *rt_import_builtin_name(size_t i)
{
    return i < nregistry ? registry[i].name : NULL;
}

int rt_import_register(const char *name, ModuleCreateFn create)
{
    for (size_t i = 0; i < nregistry; i++)
        if (!strcmp(registry[i].name, name)) {
            registry[i].create = create;
            return 0;
        }
    if (nregistry == capregistry) {
        size_t cap = capregistry ? capregistry * 2 : 16;
        Registered *r = mem_realloc(registry, cap * sizeof *r);
        if (r == NULL) {
            err_no_memory();
            return -1;
        }
        registry = r;
        capregistry = cap;
    }
    registry[nregistry].name = name;
    registry[nregistry].create = create;
    nregistry++;
    return 0;
}

Object *rt_modules_dict(void)
{
    return modules;
}

/* Sets e.name on the ImportError being raised (BORROWED name). */
static void set_exc_name(Object *name)
{
    Object *e = err_occurred();
    if (e && name && type_is_subtype(TYPE(e), &Exc_ImportError))
        SETREF(((ImportErrorObject *)e)->name, NEWREF(name));
}

/* Raises ModuleNotFoundError(msg) with .name set, as CPython. */
static Object *not_found(Object *name, Object *parent)
{
    if (parent)
        err_format(&Exc_ModuleNotFoundError, "No module named %R; %R is not a package",
                   name, parent);
    else
        err_format(&Exc_ModuleNotFoundError, "No module named %R", name);
    set_exc_name(name);
    return NULL;
}

/* BORROWED: the value of attribute `attr` in a module's dict, or NULL. */
static Object *mod_attr(Object *m, const char *attr)
{
    Object *d = MODULE_CHECK(m) ? module_get_dict(m) : NULL;
    return d ? dict_getitem_str(d, attr) : NULL;
}

/* NEW: exactly `name` (its parents are imported already; parent is the
 * module of the enclosing package, BORROWED, or NULL for a top-level
 * name; last is the name's last component).  Looks in sys.modules, then
 * the registry (top-level names only), then the folders of sys.path or the
 * parent's __path__. */
static Object *import_one(Object *name, Object *parent, Object *parentname, const char *last)
{
    Object *m = dict_getitem_err(modules, name);
    if (m) {
        if (IS_NONE(m)) {
            err_format(&Exc_ModuleNotFoundError, "import of %U halted; None in sys.modules", name);
            set_exc_name(name);
            return NULL;
        }
        return NEWREF(m);
    }
    if (err_occurred())
        return NULL;
    if (rt_finalize_no_imports())       /* CPython's finder: sys.meta_path is None */
        return err_set_string(&Exc_ImportError, "sys.meta_path is None, Python is likely shutting down");
    Object *paths;
    if (parent == NULL) {
        for (size_t i = nregistry; i-- > 0;)
            if (str_eq_cstr(name, registry[i].name)) {
                m = registry[i].create();
                if (m == NULL)
                    return NULL;
                if (dict_setitem(modules, name, m) < 0) {
                    DECREF(m);
                    return NULL;
                }
                return m;
            }
        paths = bltin_sys_get("path");
        if (paths && !LIST_CHECK(paths))
            paths = NULL;
    } else {
        paths = mod_attr(parent, "__path__");
        if (paths == NULL || !LIST_CHECK(paths))
            return not_found(name, parentname);
    }
    Object *file = NULL, *pkgdirs = NULL;
    int found = paths ? rt_import_find_source(name, paths, &file, &pkgdirs) : 0;
    if (found < 0)
        return NULL;
    if (found == 0)
        return not_found(name, NULL);
    m = rt_import_load_source(name, file, pkgdirs);
    XDECREF(file);
    XDECREF(pkgdirs);
    if (m && parent) {
        /* bind the submodule on its parent: pkg.sub */
        Object *k = str_from_cstr(last);
        if (k == NULL || obj_setattr(parent, k, m) < 0)
            CLEAR(m);
        XDECREF(k);
    }
    return m;
}

static int check_name(Object *name)
{
    if (!STR_CHECK(name)) {
        err_set_string(&Exc_TypeError, "module name must be a string");
        return -1;
    }
    if (STR_NBYTES(name) == 0) {
        err_set_string(&Exc_ValueError, "Empty module name");
        return -1;
    }
    if (modules == NULL && rt_import_init() < 0)
        return -1;
    return 0;
}

/* NEW: `a.b.c` by importing a, a.b, a.b.c in turn; *top gets a NEW
 * reference to the first module when top is not NULL. */
static Object *import_dotted(Object *name, Object **top)
{
    const char *s = STR_UTF8(name);
    /* the whole name already imported: done (CPython's fast path) */
    if (top == NULL) {
        Object *m = dict_getitem_err(modules, name);
        if (m && !IS_NONE(m))
            return NEWREF(m);
        if (err_occurred())
            return NULL;
    }
    Object *cur = NULL, *curname = NULL;
    const char *start = s;
    for (;;) {
        const char *dot = strchr(start, '.');
        size_t len = dot ? (size_t)(dot - s) : strlen(s);
        Object *prefix = str_from_utf8(s, len);
        if (prefix == NULL)
            goto fail;
        size_t lastlen = dot ? (size_t)(dot - start) : strlen(start);
        char lastbuf[256];
        char *last = lastlen < sizeof lastbuf ? lastbuf : mem_malloc(lastlen + 1);
        if (last == NULL) {
            DECREF(prefix);
            err_no_memory();
            goto fail;
        }
        memcpy(last, start, lastlen);
        last[lastlen] = 0;
        Object *m = import_one(prefix, cur, curname, last);
        if (last != lastbuf)
            mem_free(last);
        if (m == NULL) {
            DECREF(prefix);
            goto fail;
        }
        if (top && *top == NULL)
            *top = NEWREF(m);
        XDECREF(cur);
        XDECREF(curname);
        cur = m;
        curname = prefix;
        if (dot == NULL) {
            DECREF(curname);
            return cur;
        }
        start = dot + 1;
    }
fail:
    XDECREF(cur);
    XDECREF(curname);
    if (top)
        CLEAR(*top);
    return NULL;
}

Object *rt_import(Object *name)
{
    if (check_name(name) < 0)
        return NULL;
    return import_dotted(name, NULL);
}

Object *rt_import_cstr(const char *name)
{
    Object *n = str_from_cstr(name);
    if (n == NULL)
        return NULL;
    Object *m = rt_import(n);
    DECREF(n);
    return m;
}

Object *rt_import_name(Object *name, int fromlist_empty)
{
    if (check_name(name) < 0)
        return NULL;
    if (!fromlist_empty)
        return import_dotted(name, NULL);
    Object *top = NULL;
    Object *m = import_dotted(name, &top);
    if (m == NULL)
        return NULL;
    DECREF(m);
    return top;
}

/* NEW: the package a relative import starts from, as importlib's
 * _calc___package__: __package__ if set, else __name__ (minus its last
 * component unless the globals are a package's, i.e. have __path__).
 * Returns '' when there is none. */
static Object *calc_package(Object *globals)
{
    Object *pkg = globals ? dict_getitem_str(globals, "__package__") : NULL;
    if (pkg && !IS_NONE(pkg)) {
        if (!STR_CHECK(pkg))
            return err_set_string(&Exc_TypeError, "package must be a string");
        return NEWREF(pkg);
    }
    Object *name = globals ? dict_getitem_str(globals, "__name__") : NULL;
    if (name == NULL)
        return err_set_string(&Exc_KeyError, "'__name__' not in globals");
    if (!STR_CHECK(name))
        return err_set_string(&Exc_TypeError, "__name__ must be a string");
    if (dict_getitem_str(globals, "__path__"))
        return NEWREF(name);
    const char *s = STR_UTF8(name);
    const char *dot = strrchr(s, '.');
    return str_from_utf8(s, dot ? (size_t)(dot - s) : 0);
}

/* NEW: the absolute name of a relative import (importlib's _resolve_name). */
static Object *resolve_relative(Object *name, Object *globals, int level)
{
    Object *pkg = calc_package(globals);
    if (pkg == NULL)
        return NULL;
    if (STR_NBYTES(pkg) == 0) {
        DECREF(pkg);
        return err_set_string(&Exc_ImportError,
                              "attempted relative import with no known parent package");
    }
    /* drop level - 1 trailing components */
    const char *s = STR_UTF8(pkg);
    size_t len = (size_t)STR_NBYTES(pkg);
    for (int i = 1; i < level; i++) {
        while (len > 0 && s[len - 1] != '.')
            len--;
        if (len == 0) {
            DECREF(pkg);
            return err_set_string(&Exc_ImportError,
                                  "attempted relative import beyond top-level package");
        }
        len--;
    }
    Object *base = str_from_utf8(s, len);
    DECREF(pkg);
    if (base == NULL || name == NULL || STR_NBYTES(name) == 0)
        return base;
    Object *r = str_from_format("%U.%U", base, name);
    DECREF(base);
    return r;
}

Object *rt_import_level(Object *name, Object *globals, int level, int fromlist_empty)
{
    if (level < 0)
        return err_set_string(&Exc_ValueError, "level must be >= 0");
    if (level == 0) {
        if (name == NULL)
            return err_set_string(&Exc_ValueError, "Empty module name");
        return rt_import_name(name, fromlist_empty);
    }
    if (name && !STR_CHECK(name))
        return err_set_string(&Exc_TypeError, "module name must be a string");
    if (modules == NULL && rt_import_init() < 0)
        return NULL;
    Object *abs = resolve_relative(name, globals, level);
    if (abs == NULL)
        return NULL;
    Object *m = import_dotted(abs, NULL);
    if (m && fromlist_empty && name && STR_NBYTES(name) > 0) {
        /* __import__('a.b', level=1) without a fromlist: the module that
         * `a` names relative to the package */
        const char *n = STR_UTF8(name), *dot = strchr(n, '.');
        size_t cut = dot ? strlen(dot) : 0;
        Object *want = str_from_utf8(STR_UTF8(abs), (size_t)STR_NBYTES(abs) - cut);
        Object *top = want ? dict_getitem_err(modules, want) : NULL;
        XDECREF(want);
        if (top)
            SETREF(m, NEWREF(top));
    }
    DECREF(abs);
    return m;
}

/* 1 if o has attribute name (errors other than AttributeError: -1). */
static int has_attr(Object *o, Object *name)
{
    Object *v = obj_getattr(o, name);
    if (v) {
        DECREF(v);
        return 1;
    }
    if (!err_matches_type(&Exc_AttributeError))
        return -1;
    err_clear();
    return 0;
}

/* Imports module.__name__ + '.' + name unless it is already an attribute;
 * a submodule that does not exist is not an error (importlib's
 * _handle_fromlist).  0/-1. */
static int fromlist_one(Object *module, Object *name)
{
    int h = has_attr(module, name);
    if (h != 0)
        return h < 0 ? -1 : 0;
    Object *mname = mod_attr(module, "__name__");
    if (mname == NULL || !STR_CHECK(mname))
        return 0;
    Object *full = str_from_format("%U.%U", mname, name);
    if (full == NULL)
        return -1;
    Object *sub = import_dotted(full, NULL);
    if (sub == NULL) {
        Object *e = err_occurred();
        int swallow = 0;
        if (e && TYPE(e) == &Exc_ModuleNotFoundError) {
            Object *en = ((ImportErrorObject *)e)->name;
            Object *cached = dict_getitem(modules, full);
            swallow = en && STR_CHECK(en) && str_eq(en, full) && !(cached && IS_NONE(cached));
        }
        DECREF(full);
        if (!swallow)
            return -1;
        err_clear();
        return 0;
    }
    DECREF(sub);
    DECREF(full);
    return 0;
}

int rt_import_fromlist(Object *module, Object *const *names, int n)
{
    if (mod_attr(module, "__path__") == NULL)
        return 0;               /* not a package: nothing to import */
    for (int i = 0; i < n; i++)
        if (fromlist_one(module, names[i]) < 0)
            return -1;
    return 0;
}

Object *rt_import_from(Object *module, Object *name)
{
    Object *v = obj_getattr(module, name);
    if (v || !err_matches_type(&Exc_AttributeError))
        return v;
    err_clear();
    Object *mname = mod_attr(module, "__name__");
    if (mname && STR_CHECK(mname) && modules) {
        /* a submodule still importing (circular) is in sys.modules only */
        Object *full = str_from_format("%U.%U", mname, name);
        if (full == NULL)
            return NULL;
        Object *sub = dict_getitem(modules, full);
        DECREF(full);
        if (sub)
            return NEWREF(sub);
    }
    Object *file = mod_attr(module, "__file__");
    if (mname == NULL || !STR_CHECK(mname))
        err_format(&Exc_ImportError, "cannot import name %R from '<unknown module name>' "
                   "(unknown location)", name);
    else if (file == NULL || !STR_CHECK(file))
        err_format(&Exc_ImportError, "cannot import name %R from %R (unknown location)",
                   name, mname);
    else if (rt_import_is_initializing(module))
        err_format(&Exc_ImportError, "cannot import name %R from partially initialized module "
                   "%R (most likely due to a circular import) (%U)", name, mname, file);
    else
        err_format(&Exc_ImportError, "cannot import name %R from %R (%U)", name, mname, file);
    Object *e = err_occurred();
    if (e && TYPE(e) == &Exc_ImportError) {
        if (mname && STR_CHECK(mname))
            SETREF(((ImportErrorObject *)e)->name, NEWREF(mname));
        if (file && STR_CHECK(file))
            SETREF(((ImportErrorObject *)e)->path, NEWREF(file));
    }
    return NULL;
}

/* import * with __all__: every listed name, importing submodules first. */
static int star_all(Object *module, Object *all, Object *into, Object *d)
{
    Object *seq = tuple_from_iterable(all);
    if (seq == NULL)
        return -1;
    int r = 0;
    int pkg = dict_getitem_str(d, "__path__") != NULL;
    for (intptr_t i = 0; i < TUPLE_SIZE(seq) && r == 0; i++) {
        Object *k = TUPLE_GET(seq, i);
        if (!STR_CHECK(k)) {
            Object *mn = dict_getitem_str(d, "__name__");
            err_format(&Exc_TypeError, "Item in %U.__all__ must be str, not %T",
                       mn && STR_CHECK(mn) ? mn : k, k);
            r = -1;
            break;
        }
        if (pkg && fromlist_one(module, k) < 0) {
            r = -1;
            break;
        }
        Object *v = obj_getattr(module, k);
        r = v ? dict_setitem(into, k, v) : -1;
        XDECREF(v);
    }
    DECREF(seq);
    return r;
}

int rt_import_star(Object *module, Object *into)
{
    Object *d = MODULE_CHECK(module) ? module_get_dict(module) : NULL;
    if (d == NULL) {
        err_set_string(&Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
        return -1;
    }
    Object *all = dict_getitem_str(d, "__all__");
    if (all)
        return star_all(module, all, into, d);
    Object *keys = dict_keys(d);        /* d may change under a setitem on itself */
    if (keys == NULL)
        return -1;
    int r = 0;
    for (intptr_t i = 0; i < LIST_SIZE(keys) && r == 0; i++) {
        Object *k = LIST_GET(keys, i);
        if (!STR_CHECK(k) || STR_UTF8(k)[0] == '_')
            continue;
        Object *v = dict_getitem(d, k);
        if (v)
            r = dict_setitem(into, k, v);
    }
    DECREF(keys);
    return r;
}

int rt_import_init(void)
{
    if (modules)
        return 0;
    modules = dict_new();
    if (modules == NULL)
        return -1;
    if (rt_import_register("sys", mod_sys_create) < 0 ||
        rt_import_register("math", mod_math_create) < 0 ||
        rt_import_register("time", mod_time_create) < 0 ||
        rt_import_register("random", mod_random_create) < 0 ||
        rt_import_register("string", mod_string_create) < 0 ||
        rt_import_register("_os", mod_os_create) < 0 ||
        rt_import_register("_thread", mod_thread_create) < 0 ||
        rt_import_register("signal", mod_signal_create) < 0 ||
        rt_import_register("gc", mod_gc_create) < 0 ||
        rt_import_register("_weakref", mod_weakref_create) < 0 ||
        rt_import_register("atexit", mod_atexit_create) < 0 ||
        rt_import_register("_sre", mod_sre_create) < 0)
        return -1;
    return 0;
}

void rt_import_fini(void)
{
    if (modules) {
        dict_clear(modules);
        CLEAR(modules);
    }
    mem_free(registry);
    registry = NULL;
    nregistry = capregistry = 0;
}
