/* _weakref.c — the `_weakref` module lib/weakref.py builds on: ref, proxy,
 * getweakrefcount, getweakrefs and the reference types
 * (objects/weakref.c has the types themselves). */
#include "modules/mods.h"
#include "objects/descr.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/errors.h"

static Object *wr_getweakrefcount(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("getweakrefcount", nargs, kw) < 0)
        return NULL;
    return int_from_i64(weakref_count(args[0]));
}

static Object *wr_getweakrefs(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("getweakrefs", nargs, kw) < 0)
        return NULL;
    intptr_t n = weakref_count(args[0]);
    Object *l = list_new(0);
    if (l == NULL)
        return NULL;
    WeakrefObject *w = weakref_first(args[0]);
    for (intptr_t i = 0; i < n && w; i++, w = w->wr_next)
        if (list_append(l, (Object *)w) < 0) {
            DECREF(l);
            return NULL;
        }
    return l;
}

static Object *wr_proxy(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("proxy", kw) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2)
        return err_format(&Exc_TypeError, "proxy expected %s 1 argument%s, got %zu",
                          nargs < 1 ? "at least" : "at most", nargs < 1 ? "" : "s", nargs);
    return weakref_new_proxy(args[0], nargs > 1 ? args[1] : NULL);
}

static MethodDef wr_methods[] = {
    { "getweakrefcount", wr_getweakrefcount, 0, "Return the number of weak references to 'object'." },
    { "getweakrefs", wr_getweakrefs, 0, "Return a list of all weak reference objects pointing to 'object'." },
    { "proxy", wr_proxy, 0, "Create a proxy object that weakly references 'object'." },
    { NULL, NULL, 0, NULL },
};

Object *mod_weakref_create(void)
{
    Object *m = module_new("_weakref");
    if (m == NULL)
        return NULL;
    module_set_builtin(m);
    if (module_add_object(m, "__doc__", str_from_cstr("Weak-reference support module.")) < 0 ||
        module_add_functions(m, wr_methods) < 0 ||
        module_add_object(m, "ref", NEWREF((Object *)&Weakref_Type)) < 0 ||
        module_add_object(m, "ReferenceType", NEWREF((Object *)&Weakref_Type)) < 0 ||
        module_add_object(m, "ProxyType", NEWREF((Object *)&WeakProxy_Type)) < 0 ||
        module_add_object(m, "CallableProxyType", NEWREF((Object *)&WeakCallableProxy_Type)) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
