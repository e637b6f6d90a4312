/* method.c — bound methods: a function fetched through an instance
 * (C().f) becomes a `method` holding the function and the instance; calling
 * it calls the function with the instance prepended.  Method calls written
 * o.f(x) skip this object altogether (eval_call.c). */
#include <stdlib.h>

#include "objects/class.h"
#include "objects/bool.h"
#include "objects/hash.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "eval/eval.h"
#include "mem/gc.h"
#include "runtime/errors.h"

Object *method_new(Object *func, Object *self)
{
    MethodObject *m = (MethodObject *)obj_alloc(&Method_Type);
    if (m == NULL)
        return NULL;
    m->func = NEWREF(func);
    m->self = NEWREF(self);
    gc_track((Object *)m);
    return (Object *)m;
}

static Object *method_call(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    MethodObject *m = (MethodObject *)o;
    size_t nkw = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    Object *small[8], **v = small;
    if (nargs + nkw + 1 > 8 && (v = malloc(sizeof(Object *) * (nargs + nkw + 1))) == NULL)
        return err_no_memory();
    v[0] = m->self;
    for (size_t i = 0; i < nargs + nkw; i++)
        v[i + 1] = args[i];
    Object *r = FUNC_CHECK(m->func) ? eval_call_function(m->func, v, nargs + 1, kw)
                                    : obj_call(m->func, v, nargs + 1, kw);
    if (v != small)
        free(v);
    return r;
}

static void method_dealloc(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    gc_untrack(o);
    CLEAR(m->func);
    CLEAR(m->self);
    obj_free(o);
}

static int method_traverse(Object *o, visitproc visit, void *arg)
{
    MethodObject *m = (MethodObject *)o;
    int r = visit(m->func, arg);
    return r ? r : visit(m->self, arg);
}

static int method_clear(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    CLEAR(m->func);
    CLEAR(m->self);
    return 0;
}

/* <bound method C.f of <__main__.C object at 0x...>> */
static Object *method_repr(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    Object *name = obj_getattr_cstr(m->func, "__qualname__");
    if (name == NULL) {
        err_clear();
        name = obj_getattr_cstr(m->func, "__name__");
        if (name == NULL)
            err_clear();
    }
    Object *r = str_from_format("<bound method %s of %R>",
                                name && STR_CHECK(name) ? STR_UTF8(name) : "?", m->self);
    XDECREF(name);
    return r;
}

static Object *method_richcompare(Object *a, Object *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !METHOD_CHECK(b))
        RETURN_NOTIMPL;
    MethodObject *x = (MethodObject *)a, *y = (MethodObject *)b;
    int eq = x->self == y->self;
    if (eq) {
        eq = obj_richcompare_bool(x->func, y->func, CMP_EQ);
        if (eq < 0)
            return NULL;
    }
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static hash_t method_hash(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    hash_t a = hash_pointer(m->self), b = obj_hash(m->func);
    if (b == -1)
        return -1;
    hash_t h = a ^ b;
    return h == -1 ? -2 : h;
}

/* Unknown attributes come from the function (m.__name__, m.__doc__). */
static Object *method_getattro(Object *o, Object *name)
{
    Object *descr = type_lookup(&Method_Type, name);
    if (descr) {
        descrgetfunc f = TYPE(descr)->descr_get;
        return f ? f(descr, o, (Object *)&Method_Type) : NEWREF(descr);
    }
    return obj_getattr(((MethodObject *)o)->func, name);
}

static Object *method_get_func(Object *o, void *c) { return NEWREF(((MethodObject *)o)->func); }
static Object *method_get_self(Object *o, void *c) { return NEWREF(((MethodObject *)o)->self); }
/* m.__doc__ is the function's docstring, not the method type's (as CPython). */
static Object *method_get_doc(Object *o, void *c) { return obj_getattr_cstr(((MethodObject *)o)->func, "__doc__"); }

static GetSetDef method_getset[] = {
    { "__func__", method_get_func, NULL, "the function (or other callable) implementing a method", NULL },
    { "__self__", method_get_self, NULL, "the instance to which a method is bound", NULL },
    { "__doc__", method_get_doc, NULL, NULL, NULL },
    { NULL }
};

TypeObject Method_Type = {
    TYPE_HEAD_INIT,
    .name = "method",
    .basicsize = sizeof(MethodObject),
    .tpflags = TPF_GC,
    .doc = "Create a bound instance method object.",
    .dealloc = method_dealloc,
    .repr = method_repr,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .getattr = method_getattro,
    .call = method_call,
    .traverse = method_traverse,
    .clear = method_clear,
    .getset = method_getset,
};
