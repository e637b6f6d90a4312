/* descr.c — descriptors of built-in types and built-in functions:
 * method_descriptor, classmethod_descriptor, getset_descriptor and
 * builtin_function_or_method, plus the argument-count helpers whose messages
 * every built-in method shares.  Calls use the vector convention. */
#include "objects/descr.h"
#include "objects/bool.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/hash.h"
#include "mem/gc.h"
#include "mem/intern.h"
#include "runtime/errors.h"
#include "runtime/recursion.h"

/* ---- argument checks ---------------------------------------------------- */

static size_t nkw(Object *kwnames)
{
    return kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
}

int arg_nokw(const char *name, Object *kwnames)
{
    if (nkw(kwnames) == 0)
        return 0;
    err_format(&Exc_TypeError, "%s() takes no keyword arguments", name);
    return -1;
}

int arg_noargs(const char *name, size_t nargs, Object *kwnames)
{
    if (arg_nokw(name, kwnames) < 0)
        return -1;
    if (nargs == 0)
        return 0;
    err_format(&Exc_TypeError, "%s() takes no arguments (%zu given)", name, nargs);
    return -1;
}

int arg_one(const char *name, size_t nargs, Object *kwnames)
{
    if (arg_nokw(name, kwnames) < 0)
        return -1;
    if (nargs == 1)
        return 0;
    err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
    return -1;
}

int arg_range(const char *name, size_t nargs, size_t min, size_t max)
{
    if (nargs < min) {
        err_format(&Exc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                   min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        err_format(&Exc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                   min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* ---- shared pieces --------------------------------------------------------- */

static Object *new_descr(TypeObject *dt, TypeObject *owner, const char *name)
{
    Object *n = intern_cstr(name);
    if (n == NULL)
        return NULL;
    MethodDescrObject *d = (MethodDescrObject *)obj_alloc(dt);
    if (d == NULL) {
        DECREF(n);
        return NULL;
    }
    d->owner = owner;
    d->name = n;
    return (Object *)d;
}

/* method_descriptor and getset_descriptor share the first fields. */
static void descr_dealloc(Object *o)
{
    CLEAR(((MethodDescrObject *)o)->name);
    obj_free(o);
}

/* Checks that obj is an instance of the descriptor's owner. */
static int descr_check(MethodDescrObject *d, Object *obj)
{
    if (obj_type_check(obj, d->owner))
        return 0;
    err_format(&Exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
               d->name, d->owner->name, TYPE(obj)->name);
    return -1;
}

static Object *descr_get_name(Object *o, void *c)
{
    return NEWREF(((MethodDescrObject *)o)->name);
}

static Object *descr_get_qualname(Object *o, void *c)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    return str_from_format("%s.%U", d->owner->name, d->name);
}

static Object *descr_get_objclass(Object *o, void *c)
{
    return NEWREF((Object *)((MethodDescrObject *)o)->owner);
}

static Object *method_get_doc(Object *o, void *c)
{
    const char *doc = ((MethodDescrObject *)o)->def->doc;
    return doc ? str_from_cstr(doc) : NEWREF(NONE);
}

static Object *getset_get_doc(Object *o, void *c)
{
    const char *doc = ((GetSetDescrObject *)o)->def->doc;
    return doc ? str_from_cstr(doc) : NEWREF(NONE);
}

/* ---- method_descriptor ------------------------------------------------------ */

Object *descr_new_method(TypeObject *owner, MethodDef *def)
{
    Object *d = new_descr(&MethodDescr_Type, owner, def->name);
    if (d)
        ((MethodDescrObject *)d)->def = def;
    return d;
}

static Object *method_repr(Object *o)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    return str_from_format("<method '%U' of '%s' objects>", d->name, d->owner->name);
}

/* list.append(lst, x): the first argument is self. */
static Object *method_call(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    if (nargs < 1)
        return err_format(&Exc_TypeError, "unbound method %s.%U() needs an argument",
                          d->owner->name, d->name);
    if (descr_check(d, args[0]) < 0)
        return NULL;
    return d->def->fn(args[0], args + 1, nargs - 1, kw);
}

static Object *method_get(Object *o, Object *obj, Object *type)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    if (obj == NULL)
        return NEWREF(o);
    if (descr_check(d, obj) < 0)
        return NULL;
    return cfunc_new(d->def, obj, NULL);
}

static GetSetDef method_getset[] = {
    { "__name__", descr_get_name, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL },
    { "__doc__", method_get_doc, NULL, NULL },
    { NULL }
};

TypeObject MethodDescr_Type = {
    TYPE_HEAD_INIT,
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .dealloc = descr_dealloc,
    .repr = method_repr,
    .call = method_call,
    .descr_get = method_get,
    .getset = method_getset,
};

/* ---- classmethod_descriptor ------------------------------------------------- */

Object *descr_new_classmethod(TypeObject *owner, MethodDef *def)
{
    Object *d = new_descr(&ClassMethodDescr_Type, owner, def->name);
    if (d)
        ((MethodDescrObject *)d)->def = def;
    return d;
}

static Object *classmethod_get(Object *o, Object *obj, Object *type)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    if (type == NULL)
        type = (Object *)TYPE(obj);
    if (!TYPE_CHECK(type) || !type_is_subtype((TypeObject *)type, d->owner))
        return err_format(&Exc_TypeError,
                          "descriptor '%U' for type '%s' doesn't apply to type '%s'",
                          d->name, d->owner->name,
                          TYPE_CHECK(type) ? ((TypeObject *)type)->name : TYPE(type)->name);
    return cfunc_new(d->def, type, NULL);
}

/* dict.__dict__['fromkeys'](dict, ...): the first argument is the class. */
static Object *classmethod_call(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    MethodDescrObject *d = (MethodDescrObject *)o;
    if (nargs < 1)
        return err_format(&Exc_TypeError,
                          "descriptor '%U' of '%s' object needs an argument",
                          d->name, d->owner->name);
    if (!TYPE_CHECK(args[0]))
        return err_format(&Exc_TypeError,
                          "descriptor '%U' for type '%s' needs a type, not a '%s' as arg 2",
                          d->name, d->owner->name, TYPE(args[0])->name);
    if (!type_is_subtype((TypeObject *)args[0], d->owner))
        return err_format(&Exc_TypeError,
                          "descriptor '%U' requires a subtype of '%s' but received '%s'",
                          d->name, d->owner->name, ((TypeObject *)args[0])->name);
    return d->def->fn(args[0], args + 1, nargs - 1, kw);
}

TypeObject ClassMethodDescr_Type = {
    TYPE_HEAD_INIT,
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .dealloc = descr_dealloc,
    .repr = method_repr,
    .call = classmethod_call,
    .descr_get = classmethod_get,
    .getset = method_getset,
};

/* ---- getset_descriptor ---------------------------------------------------- */

Object *descr_new_getset(TypeObject *owner, GetSetDef *def)
{
    Object *d = new_descr(&GetSetDescr_Type, owner, def->name);
    if (d)
        ((GetSetDescrObject *)d)->def = def;
    return d;
}

static Object *getset_repr(Object *o)
{
    GetSetDescrObject *d = (GetSetDescrObject *)o;
    return str_from_format("<attribute '%U' of '%s' objects>", d->name, d->owner->name);
}

static Object *getset_get(Object *o, Object *obj, Object *type)
{
    GetSetDescrObject *d = (GetSetDescrObject *)o;
    if (obj == NULL)
        return NEWREF(o);
    if (descr_check((MethodDescrObject *)d, obj) < 0)
        return NULL;
    if (d->def->get == NULL)
        return err_format(&Exc_AttributeError, "attribute '%U' of '%s' objects is not readable",
                          d->name, d->owner->name);
    return d->def->get(obj, d->def->closure);
}

static int getset_set(Object *o, Object *obj, Object *value)
{
    GetSetDescrObject *d = (GetSetDescrObject *)o;
    if (descr_check((MethodDescrObject *)d, obj) < 0)
        return -1;
    if (d->def->set == NULL) {
        err_format(&Exc_AttributeError, "attribute '%U' of '%s' objects is not writable",
                   d->name, d->owner->name);
        return -1;
    }
    return d->def->set(obj, value, d->def->closure);
}

static GetSetDef getset_getset[] = {
    { "__name__", descr_get_name, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL },
    { "__doc__", getset_get_doc, NULL, NULL },
    { NULL }
};

TypeObject GetSetDescr_Type = {
    TYPE_HEAD_INIT,
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObject),
    .dealloc = descr_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getset = getset_getset,
};

/* ---- builtin_function_or_method ------------------------------------------- */

/* A one-argument call counts towards the recursion limit (" while calling
 * a Python object") as CPython 3.11's calls of METH_O builtins such as
 * repr() or len() do; its specialised calls of the other builtins (getattr,
 * isinstance, sorted ...) don't count, so neither do ours. */
static Object *cfunc_vectorcall(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    CFunctionObject *f = (CFunctionObject *)o;
    if (nargs != 1 || (kw && TUPLE_SIZE(kw)))
        return f->def->fn(f->self, args, nargs, kw);
    if (rt_enter_recursion(" while calling a Python object") < 0)
        return NULL;
    Object *r = f->def->fn(f->self, args, nargs, kw);
    rt_leave_recursion();
    return r;
}

Object *cfunc_new(MethodDef *def, Object *self, Object *module)
{
    CFunctionObject *f = (CFunctionObject *)obj_alloc(&CFunction_Type);
    if (f == NULL)
        return NULL;
    f->def = def;
    f->self = self ? NEWREF(self) : NULL;
    f->module = module ? NEWREF(module) : NULL;
    f->vectorcall = cfunc_vectorcall;
    gc_track((Object *)f);
    return (Object *)f;
}

static void cfunc_dealloc(Object *o)
{
    CFunctionObject *f = (CFunctionObject *)o;
    gc_untrack(o);
    CLEAR(f->self);
    CLEAR(f->module);
    obj_free(o);
}

static int cfunc_traverse(Object *o, visitproc visit, void *arg)
{
    CFunctionObject *f = (CFunctionObject *)o;
    if (f->self) {
        int r = visit(f->self, arg);
        if (r)
            return r;
    }
    if (f->module)
        return visit(f->module, arg);
    return 0;
}

static Object *cfunc_repr(Object *o)
{
    CFunctionObject *f = (CFunctionObject *)o;
    if (f->self == NULL)
        return str_from_format("<built-in function %s>", f->def->name);
    return str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                           TYPE(f->self)->name, (void *)f->self);
}

/* Bound methods are equal when bound to the same object with the same def. */
static Object *cfunc_richcompare(Object *a, Object *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !CFUNC_CHECK(b))
        RETURN_NOTIMPL;
    CFunctionObject *x = (CFunctionObject *)a, *y = (CFunctionObject *)b;
    int eq = x->def->fn == y->def->fn && x->self == y->self;
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static hash_t cfunc_hash(Object *o)
{
    CFunctionObject *f = (CFunctionObject *)o;
    hash_t h = hash_pointer((const void *)f->def->fn);
    hash_t s = f->self ? hash_pointer(f->self) : 0;
    h ^= s;
    return h == -1 ? -2 : h;
}

static Object *cfunc_get_name(Object *o, void *c)
{
    return str_from_cstr(((CFunctionObject *)o)->def->name);
}

static Object *cfunc_get_qualname(Object *o, void *c)
{
    CFunctionObject *f = (CFunctionObject *)o;
    if (f->self == NULL || f->module)
        return str_from_cstr(f->def->name);
    TypeObject *t = TYPE_CHECK(f->self) ? (TypeObject *)f->self : TYPE(f->self);
    return str_from_format("%s.%s", t->name, f->def->name);
}

static Object *cfunc_get_self(Object *o, void *c)
{
    CFunctionObject *f = (CFunctionObject *)o;
    Object *s = f->self ? f->self : f->module ? f->module : NONE;
    return NEWREF(s);
}

static Object *cfunc_get_module(Object *o, void *c)
{
    CFunctionObject *f = (CFunctionObject *)o;
    return NEWREF(f->module ? f->module : NONE);
}

static Object *cfunc_get_doc(Object *o, void *c)
{
    const char *doc = ((CFunctionObject *)o)->def->doc;
    return doc ? str_from_cstr(doc) : NEWREF(NONE);
}

static GetSetDef cfunc_getset[] = {
    { "__name__", cfunc_get_name, NULL, NULL },
    { "__qualname__", cfunc_get_qualname, NULL, NULL },
    { "__self__", cfunc_get_self, NULL, NULL },
    { "__module__", cfunc_get_module, NULL, NULL },
    { "__doc__", cfunc_get_doc, NULL, NULL },
    { NULL }
};

TypeObject CFunction_Type = {
    TYPE_HEAD_INIT,
    .name = "builtin_function_or_method",
    .basicsize = sizeof(CFunctionObject),
    .tpflags = TPF_GC,
    .dealloc = cfunc_dealloc,
    .repr = cfunc_repr,
    .richcompare = cfunc_richcompare,
    .hash = cfunc_hash,
    .call = cfunc_vectorcall,
    .traverse = cfunc_traverse,
    .getset = cfunc_getset,
};

int descr_init(void)
{
    TypeObject *types[] = { &MethodDescr_Type, &ClassMethodDescr_Type,
                            &GetSetDescr_Type, &CFunction_Type,
                            &WrapperDescr_Type, &MethodWrapper_Type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0)
            return -1;
    return 0;
}
