/* import.c — the import machinery: a registry of built-in modules by name
 * and the sys.modules cache in front of it.  A name not in the cache and
 * not registered is where finding a .py file on sys.path will go
 * (find_source_module); for now that step finds nothing. */
#include <string.h>

#include "runtime/import.h"
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

/* Raises ModuleNotFoundError(msg) with .name set, as CPython. */
static Object *not_found(Object *name, const char *parent)
{
    if (parent)
        err_format(&Exc_ModuleNotFoundError, "No module named '%U'; '%s' is not a package",
                   name, parent);
    else
        err_format(&Exc_ModuleNotFoundError, "No module named '%U'", name);
    Object *e = err_occurred();
    if (e && TYPE(e) == &Exc_ModuleNotFoundError)
        SETREF(((ImportErrorObject *)e)->name, NEWREF(name));
    return NULL;
}

/* The place where loading `name` from a .py file on sys.path will go:
 * NEW module, NULL with an exception, or NULL without one (not found). */
static Object *find_source_module(Object *name)
{
    (void)name;
    return NULL;
}

/* NEW: the module for exactly `name` (no dots handled here). */
static Object *import_one(Object *name)
{
    Object *m = dict_getitem_err(modules, name);
    if (m) {
        if (IS_NONE(m))
            return err_format(&Exc_ModuleNotFoundError,
                              "import of %U halted; None in sys.modules", name);
        return NEWREF(m);
    }
    if (err_occurred())
        return NULL;
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
    m = find_source_module(name);
    if (m || err_occurred())
        return m;
    return not_found(name, NULL);
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
    const char *dot = strchr(s, '.');
    if (dot == NULL) {
        Object *m = import_one(name);
        if (m && top)
            *top = NEWREF(m);
        return m;
    }
    Object *cur = NULL;
    const char *prev = s;
    for (;;) {
        size_t len = dot ? (size_t)(dot - s) : strlen(s);
        Object *prefix = str_from_utf8(s, len);
        if (prefix == NULL)
            goto fail;
        if (cur) {
            /* a parent without __path__ is no package */
            Object *d = MODULE_CHECK(cur) ? module_get_dict(cur) : NULL;
            if (d == NULL || dict_getitem_str(d, "__path__") == NULL) {
                char parent[256];
                size_t plen = (size_t)(prev - s) - 1;
                if (plen >= sizeof parent)
                    plen = sizeof parent - 1;
                memcpy(parent, s, plen);
                parent[plen] = 0;
                not_found(prefix, parent);
                DECREF(prefix);
                goto fail;
            }
        }
        Object *m = import_one(prefix);
        DECREF(prefix);
        if (m == NULL)
            goto fail;
        if (top && *top == NULL)
            *top = NEWREF(m);
        XDECREF(cur);
        cur = m;
        if (dot == NULL)
            return cur;
        prev = dot + 1;
        dot = strchr(prev, '.');
    }
fail:
    XDECREF(cur);
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

Object *rt_import_from(Object *module, Object *name)
{
    Object *v = obj_getattr(module, name);
    if (v || !err_matches_type(&Exc_AttributeError))
        return v;
    err_clear();
    Object *d = MODULE_CHECK(module) ? module_get_dict(module) : NULL;
    Object *mname = d ? dict_getitem_str(d, "__name__") : NULL;
    Object *file = d ? dict_getitem_str(d, "__file__") : NULL;
    if (mname == NULL || !STR_CHECK(mname))
        err_format(&Exc_ImportError, "cannot import name '%U' from '<unknown module name>' "
                   "(unknown location)", name);
    else if (file && STR_CHECK(file))
        err_format(&Exc_ImportError, "cannot import name '%U' from '%U' (%U)", name, mname, file);
    else
        err_format(&Exc_ImportError, "cannot import name '%U' from '%U' (unknown location)",
                   name, mname);
    Object *e = err_occurred();
    if (e && TYPE(e) == &Exc_ImportError && mname)
        SETREF(((ImportErrorObject *)e)->name, NEWREF(mname));
    return NULL;
}

int rt_import_star(Object *module, Object *into)
{
    Object *d = MODULE_CHECK(module) ? module_get_dict(module) : NULL;
    if (d == NULL) {
        err_set_string(&Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
        return -1;
    }
    Object *all = dict_getitem_str(d, "__all__");
    if (all) {
        Object *it = obj_iter(all);
        if (it == NULL)
            return -1;
        Object *k;
        while ((k = obj_next(it)) != NULL) {
            Object *v = STR_CHECK(k) ? rt_import_from(module, k) : NULL;
            if (!STR_CHECK(k))
                err_format(&Exc_TypeError, "Item in %U.__all__ must be str, not %s",
                           dict_getitem_str(d, "__name__"), TYPE(k)->name);
            int r = v ? dict_setitem(into, k, v) : -1;
            XDECREF(v);
            DECREF(k);
            if (r < 0)
                break;
        }
        DECREF(it);
        return err_occurred() ? -1 : 0;
    }
    intptr_t pos = 0;
    Object *k, *v;
    Object *keys = dict_keys(d);        /* d may change under a setitem on itself */
    if (keys == NULL)
        return -1;
    int r = 0;
    for (intptr_t i = 0; i < LIST_SIZE(keys) && r == 0; i++) {
        k = LIST_GET(keys, i);
        if (!STR_CHECK(k) || STR_UTF8(k)[0] == '_')
            continue;
        v = dict_getitem(d, k);
        if (v)
            r = dict_setitem(into, k, v);
    }
    (void)pos;
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
        rt_import_register("string", mod_string_create) < 0)
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
