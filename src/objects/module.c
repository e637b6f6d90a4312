/* module.c — the module type: a namespace dict reached through attribute
 * access.  Owns module creation, repr and the "module 'x' has no attribute"
 * error; import machinery lives in runtime/import.c. */
#include "objects/module.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"
#include "mem/gc.h"
#include "mem/intern.h"
#include "runtime/errors.h"

/* Fills the standard entries of a fresh module dict. */
static int module_init_dict(Object *dict, Object *name, Object *doc)
{
    if (dict_setitem_str(dict, "__name__", name) < 0 ||
        dict_setitem_str(dict, "__doc__", doc ? doc : NONE) < 0 ||
        dict_setitem_str(dict, "__package__", NONE) < 0 ||
        dict_setitem_str(dict, "__loader__", NONE) < 0 ||
        dict_setitem_str(dict, "__spec__", NONE) < 0)
        return -1;
    return 0;
}

static Object *module_alloc(TypeObject *t, Object *name, Object *doc)
{
    ModuleObject *m = (ModuleObject *)obj_alloc(t);
    if (m == NULL)
        return NULL;
    m->dict = dict_new();
    if (m->dict == NULL || module_init_dict(m->dict, name, doc) < 0) {
        DECREF((Object *)m);
        return NULL;
    }
    gc_track((Object *)m);
    return (Object *)m;
}

Object *module_new_obj(Object *name)
{
    return module_alloc(&Module_Type, name, NULL);
}

Object *module_new(const char *name)
{
    Object *n = intern_cstr(name);
    if (n == NULL)
        return NULL;
    Object *m = module_new_obj(n);
    DECREF(n);
    return m;
}

Object *module_get_dict(Object *m)
{
    return ((ModuleObject *)m)->dict;
}

Object *module_get_name(Object *m)
{
    Object *d = ((ModuleObject *)m)->dict;
    Object *n = d ? dict_getitem_str(d, "__name__") : NULL;
    if (n == NULL || !STR_CHECK(n))
        return err_set_string(&Exc_SystemError, "nameless module");
    return n;
}

void module_set_builtin(Object *m)
{
    ((ModuleObject *)m)->builtin = 1;
}

int module_add_object(Object *m, const char *name, Object *v)
{
    if (v == NULL)
        return -1;
    int r = dict_setitem_str(((ModuleObject *)m)->dict, name, v);
    DECREF(v);
    return r;
}

int module_add_functions(Object *m, MethodDef *defs)
{
    Object *name = module_get_name(m);
    if (name == NULL)
        return -1;
    for (MethodDef *d = defs; d->name; d++)
        if (module_add_object(m, d->name, cfunc_new(d, NULL, name)) < 0)
            return -1;
    return 0;
}

/* ---- slots ------------------------------------------------------------ */

static void module_dealloc(Object *o)
{
    gc_untrack(o);
    weakref_clear_refs(o);
    CLEAR(((ModuleObject *)o)->dict);
    obj_free(o);
}

static int module_traverse(Object *o, visitproc visit, void *arg)
{
    Object *d = ((ModuleObject *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static int module_clear(Object *o)
{
    CLEAR(((ModuleObject *)o)->dict);
    return 0;
}

/* <module 'sys' (built-in)>, <module 'x' from 'path'>, <module 'x'>. */
static Object *module_repr(Object *o)
{
    ModuleObject *m = (ModuleObject *)o;
    Object *name = m->dict ? dict_getitem_str(m->dict, "__name__") : NULL;
    Object *nrepr = name ? obj_repr(name) : str_from_cstr("'?'");
    if (nrepr == NULL)
        return NULL;
    Object *file = m->dict ? dict_getitem_str(m->dict, "__file__") : NULL;
    Object *r;
    if (m->builtin)
        r = str_from_format("<module %U (built-in)>", nrepr);
    else if (file && STR_CHECK(file))
        r = str_from_format("<module %U from %R>", nrepr, file);
    else
        r = str_from_format("<module %U>", nrepr);
    DECREF(nrepr);
    return r;
}

/* Generic lookup, then the module's own __getattr__ (PEP 562), then
 * CPython's "module 'x' has no attribute 'y'". */
static Object *module_getattro(Object *o, Object *name)
{
    Object *r = obj_generic_getattr(o, name);
    if (r || !err_matches_type(&Exc_AttributeError))
        return r;
    ModuleObject *m = (ModuleObject *)o;
    Object *getattr = m->dict ? dict_getitem_str(m->dict, "__getattr__") : NULL;
    if (getattr) {
        err_clear();
        INCREF(getattr);
        r = obj_call(getattr, &name, 1, NULL);
        DECREF(getattr);
        return r;
    }
    Object *mname = m->dict ? dict_getitem_str(m->dict, "__name__") : NULL;
    err_clear();
    if (mname && STR_CHECK(mname))
        err_format(&Exc_AttributeError, "module '%U' has no attribute '%U'", mname, name);
    else
        err_format(&Exc_AttributeError, "module has no attribute '%U'", name);
    Object *e = err_occurred();
    if (e && TYPE(e) == &Exc_AttributeError) {
        AttributeErrorObject *ae = (AttributeErrorObject *)e;
        SETREF(ae->name, NEWREF(name));
        SETREF(ae->obj, NEWREF(o));
    }
    return NULL;
}

/* module(name, doc=None) */
static Object *module_tp_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const kwlist[] = { "name", "doc" };
    Object *a[2];
    if (str_parse_args("module", args, nargs, kw, kwlist, 2, 1, 2, a) < 0)
        return NULL;
    if (!STR_CHECK(a[0]))
        return err_format(&Exc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                          TYPE(a[0])->name);
    return module_alloc(t, a[0], a[1]);
}

/* The work is done by module_tp_new; object.__init__ would refuse the
 * arguments. */
static int module_tp_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return 0;
}

static Object *module_get_dict_attr(Object *o, void *c)
{
    Object *d = ((ModuleObject *)o)->dict;
    return NEWREF(d ? d : NONE);
}

/* dir(module): the module's own __dir__() (PEP 562) or the keys of its
 * namespace, sorted by the caller. */
static Object *module_dir(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("__dir__", nargs, kw) < 0)
        return NULL;
    Object *d = ((ModuleObject *)self)->dict;
    Object *dir = d ? dict_getitem_str(d, "__dir__") : NULL;
    if (dir) {
        INCREF(dir);
        Object *r = obj_call(dir, NULL, 0, NULL);
        DECREF(dir);
        return r;
    }
    return d ? dict_keys(d) : list_new(0);
}

static MethodDef module_methods[] = {
    { "__dir__", module_dir, 0, "Implement dir(self)." },
    { NULL }
};

static GetSetDef module_getset[] = {
    { "__dict__", module_get_dict_attr, NULL, NULL },
    { NULL }
};

TypeObject Module_Type = {
    TYPE_HEAD_INIT,
    .name = "module",
    .basicsize = sizeof(ModuleObject),
    .tpflags = TPF_GC | TPF_BASETYPE,
    .doc = "Create a module object.\n\n"
           "The name must be a string; the optional doc argument can have any type.",
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattro,
    .setattr = obj_generic_setattr,
    .traverse = module_traverse,
    .clear = module_clear,
    .new_ = module_tp_new,
    .init = module_tp_init,
    .methods = module_methods,
    .getset = module_getset,
    .dictoffset = offsetof(ModuleObject, dict),
    .weaklistoffset = 1,        /* modules accept weak references, as CPython's */
};

int module_init(void)
{
    return type_ready(&Module_Type);
}
