/* descrobjects.c — the descriptor types written for classes: property
 * (getter/setter/deleter), staticmethod, classmethod and super (explicit
 * and zero-argument, which reads the calling frame's first argument and
 * its __class__ cell). */
#include "objects/class.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "eval/eval.h"
#include "mem/gc.h"
#include "mem/intern.h"
#include "runtime/errors.h"

#define VISIT(x) do { if (x) { int r_ = visit((Object *)(x), arg); if (r_) return r_; } } while (0)

/* ---- property ------------------------------------------------------------------------ */

typedef struct PropertyObject {
    Object ob;
    Object *fget, *fset, *fdel, *doc, *name;
} PropertyObject;

#define PROP(o) ((PropertyObject *)(o))

static Object *none_to_null(Object *o) { return o && !IS_NONE(o) ? NEWREF(o) : NULL; }

static Object *property_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    Object *o = obj_alloc(t);
    if (o)
        gc_track(o);
    return o;
}

static int property_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const kwlist[] = { "fget", "fset", "fdel", "doc" };
    Object *v[4] = { NULL, NULL, NULL, NULL };
    if (str_parse_args("property", args, nargs, kw, kwlist, 4, 0, 4, v) < 0)
        return -1;
    PropertyObject *p = PROP(self);
    SETREF(p->fget, none_to_null(v[0]));
    SETREF(p->fset, none_to_null(v[1]));
    SETREF(p->fdel, none_to_null(v[2]));
    Object *doc = none_to_null(v[3]);
    if (doc == NULL && p->fget) {
        doc = obj_getattr_cstr(p->fget, "__doc__");
        if (doc == NULL)
            err_clear();
        else if (IS_NONE(doc))
            CLEAR(doc);
    }
    SETREF(p->doc, doc);
    return 0;
}

/* AttributeError "property 'x' of 'C' object has no setter" */
static void property_error(Object *self, Object *obj, const char *what)
{
    Object *n = PROP(self)->name;
    if (n)
        err_format(&Exc_AttributeError, "property %R of '%s' object has no %s", n,
                   TYPE(obj)->name, what);
    else
        err_format(&Exc_AttributeError, "property of '%s' object has no %s", TYPE(obj)->name, what);
}

static Object *property_get(Object *self, Object *obj, Object *type)
{
    if (obj == NULL)
        return NEWREF(self);
    Object *f = PROP(self)->fget;
    if (f == NULL) {
        property_error(self, obj, "getter");
        return NULL;
    }
    return obj_call(f, &obj, 1, NULL);
}

static int property_set(Object *self, Object *obj, Object *value)
{
    Object *f = value ? PROP(self)->fset : PROP(self)->fdel;
    if (f == NULL) {
        property_error(self, obj, value ? "setter" : "deleter");
        return -1;
    }
    Object *args[2] = { obj, value };
    Object *r = obj_call(f, args, value ? 2 : 1, NULL);
    if (r == NULL)
        return -1;
    DECREF(r);
    return 0;
}

/* A copy of the property with one accessor replaced (which: 0 get, 1 set,
 * 2 del). */
static Object *property_copy(Object *self, Object *f, int which)
{
    PropertyObject *p = PROP(self);
    Object *v[4] = { p->fget ? p->fget : NONE, p->fset ? p->fset : NONE,
                     p->fdel ? p->fdel : NONE, NONE };
    v[which] = f;
    /* a doc taken from the old getter follows the new one */
    if (p->doc && !(which == 0 && p->fget)) v[3] = p->doc;
    Object *r = obj_call((Object *)TYPE(self), v, 4, NULL);
    if (r && IS_TYPE(r, &Property_Type) && p->name)
        PROP(r)->name = NEWREF(p->name);
    return r;
}

static Object *property_getter(Object *self, Object *const *a, size_t n, Object *kw)
{
    if (arg_one("getter", n, kw) < 0) return NULL;
    return property_copy(self, a[0], 0);
}
static Object *property_setter(Object *self, Object *const *a, size_t n, Object *kw)
{
    if (arg_one("setter", n, kw) < 0) return NULL;
    return property_copy(self, a[0], 1);
}
static Object *property_deleter(Object *self, Object *const *a, size_t n, Object *kw)
{
    if (arg_one("deleter", n, kw) < 0) return NULL;
    return property_copy(self, a[0], 2);
}
static Object *property_set_name(Object *self, Object *const *a, size_t n, Object *kw)
{
    if (n != 2)
        return err_format(&Exc_TypeError, "__set_name__() takes 2 positional arguments but %zu were given", n);
    SETREF(PROP(self)->name, NEWREF(a[1]));
    RETURN_NONE;
}

static MethodDef property_methods[] = {
    { "getter", property_getter, 0, "Descriptor to obtain a copy of the property with a different getter." },
    { "setter", property_setter, 0, "Descriptor to obtain a copy of the property with a different setter." },
    { "deleter", property_deleter, 0, "Descriptor to obtain a copy of the property with a different deleter." },
    { "__set_name__", property_set_name, 0, "Method to set name of a property." },
    { NULL }
};

static Object *p_or_none(Object *o) { return NEWREF(o ? o : NONE); }
static Object *prop_fget(Object *o, void *c) { return p_or_none(PROP(o)->fget); }
static Object *prop_fset(Object *o, void *c) { return p_or_none(PROP(o)->fset); }
static Object *prop_fdel(Object *o, void *c) { return p_or_none(PROP(o)->fdel); }
static Object *prop_doc(Object *o, void *c) { return p_or_none(PROP(o)->doc); }
static int prop_set_doc(Object *o, Object *v, void *c)
{
    SETREF(PROP(o)->doc, none_to_null(v));
    return 0;
}

static GetSetDef property_getset[] = {
    { "fget", prop_fget, NULL, NULL, NULL },
    { "fset", prop_fset, NULL, NULL, NULL },
    { "fdel", prop_fdel, NULL, NULL, NULL },
    { "__doc__", prop_doc, prop_set_doc, NULL, NULL },
    { NULL }
};

static int property_traverse(Object *o, visitproc visit, void *arg)
{
    PropertyObject *p = PROP(o);
    VISIT(p->fget); VISIT(p->fset); VISIT(p->fdel); VISIT(p->doc); VISIT(p->name);
    return 0;
}

static int property_clear(Object *o)
{
    PropertyObject *p = PROP(o);
    CLEAR(p->fget); CLEAR(p->fset); CLEAR(p->fdel); CLEAR(p->doc); CLEAR(p->name);
    return 0;
}

static void property_dealloc(Object *o)
{
    gc_untrack(o);
    property_clear(o);
    obj_free(o);
}

TypeObject Property_Type = {
    TYPE_HEAD_INIT,
    .name = "property",
    .basicsize = sizeof(PropertyObject),
    .tpflags = TPF_GC | TPF_BASETYPE,
    .doc = "Property attribute.",
    .dealloc = property_dealloc,
    .descr_get = property_get,
    .descr_set = property_set,
    .traverse = property_traverse,
    .clear = property_clear,
    .new_ = property_new,
    .init = property_init,
    .methods = property_methods,
    .getset = property_getset,
};

/* ---- staticmethod and classmethod ----------------------------------------------------- */

typedef struct WrapObject {
    Object ob;
    Object *func;
} WrapObject;

#define WRAP(o) ((WrapObject *)(o))

static Object *wrap_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    Object *o = obj_alloc(t);
    if (o)
        gc_track(o);
    return o;
}

static int wrap_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    const char *name = TYPE_HAS(TYPE(self), TPF_HEAPTYPE) ? TYPE(self)->name
                       : obj_type_check(self, &StaticMethod_Type) ? "staticmethod" : "classmethod";
    if (kw && TUPLE_SIZE(kw)) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        err_format(&Exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    SETREF(WRAP(self)->func, NEWREF(args[0]));
    return 0;
}

static int wrap_traverse(Object *o, visitproc visit, void *arg)
{
    VISIT(WRAP(o)->func);
    return 0;
}

static int wrap_clear(Object *o)
{
    CLEAR(WRAP(o)->func);
    return 0;
}

static void wrap_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(WRAP(o)->func);
    obj_free(o);
}

static Object *wrap_func(Object *o, void *c) { return p_or_none(WRAP(o)->func); }

/* __name__, __doc__ ... come from the wrapped function, as in 3.10+. */
static Object *wrap_getattro(Object *o, Object *name)
{
    Object *r = obj_generic_getattr(o, name);
    if (r || !err_matches_type(&Exc_AttributeError) || WRAP(o)->func == NULL)
        return r;
    if (!str_eq_cstr(name, "__name__") && !str_eq_cstr(name, "__qualname__") &&
        !str_eq_cstr(name, "__module__") && !str_eq_cstr(name, "__wrapped__"))
        return NULL;
    err_clear();
    if (str_eq_cstr(name, "__wrapped__"))
        return NEWREF(WRAP(o)->func);
    return obj_getattr(WRAP(o)->func, name);
}

static GetSetDef wrap_getset[] = {
    { "__func__", wrap_func, NULL, NULL, NULL },
    { NULL }
};

static Object *staticmethod_get(Object *self, Object *obj, Object *type)
{
    Object *f = WRAP(self)->func;
    if (f == NULL)
        return err_set_string(&Exc_RuntimeError, "uninitialized staticmethod object");
    return NEWREF(f);
}

static Object *staticmethod_call(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    Object *f = WRAP(self)->func;
    if (f == NULL)
        return err_set_string(&Exc_RuntimeError, "uninitialized staticmethod object");
    return obj_call(f, args, nargs, kw);
}

static Object *staticmethod_repr(Object *self)
{
    return str_from_format("<staticmethod(%R)>", WRAP(self)->func ? WRAP(self)->func : NONE);
}

TypeObject StaticMethod_Type = {
    TYPE_HEAD_INIT,
    .name = "staticmethod",
    .basicsize = sizeof(WrapObject),
    .tpflags = TPF_GC | TPF_BASETYPE,
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
    .dealloc = wrap_dealloc,
    .repr = staticmethod_repr,
    .getattr = wrap_getattro,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .traverse = wrap_traverse,
    .clear = wrap_clear,
    .new_ = wrap_new,
    .init = wrap_init,
    .getset = wrap_getset,
};

static Object *classmethod_get(Object *self, Object *obj, Object *type)
{
    Object *f = WRAP(self)->func;
    if (f == NULL)
        return err_set_string(&Exc_RuntimeError, "uninitialized classmethod object");
    if (type == NULL)
        type = (Object *)TYPE(obj);
    return method_new(f, type);
}

static Object *classmethod_repr(Object *self)
{
    return str_from_format("<classmethod(%R)>", WRAP(self)->func ? WRAP(self)->func : NONE);
}

TypeObject ClassMethod_Type = {
    TYPE_HEAD_INIT,
    .name = "classmethod",
    .basicsize = sizeof(WrapObject),
    .tpflags = TPF_GC | TPF_BASETYPE,
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
    .dealloc = wrap_dealloc,
    .repr = classmethod_repr,
    .getattr = wrap_getattro,
    .descr_get = classmethod_get,
    .traverse = wrap_traverse,
    .clear = wrap_clear,
    .new_ = wrap_new,
    .init = wrap_init,
    .getset = wrap_getset,
};

/* ---- super ------------------------------------------------------------------------------- */

typedef struct SuperObject {
    Object ob;
    TypeObject *type;           /* the class whose successors are searched */
    Object *obj;                /* instance or class, or NULL (unbound) */
    TypeObject *obj_type;       /* the type whose MRO is walked */
} SuperObject;

#define SUPER(o) ((SuperObject *)(o))

/* BORROWED: the type whose MRO super(type, obj) walks, or NULL. */
static TypeObject *supercheck(TypeObject *type, Object *obj)
{
    if (TYPE_CHECK(obj) && type_is_subtype((TypeObject *)obj, type))
        return (TypeObject *)obj;
    if (obj_type_check(obj, type))
        return TYPE(obj);
    err_set_string(&Exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_set(Object *self, TypeObject *type, Object *obj)
{
    TypeObject *ot = NULL;
    if (obj && (ot = supercheck(type, obj)) == NULL)
        return -1;
    SuperObject *s = SUPER(self);
    INCREF((Object *)type);
    XINCREF(obj);
    XINCREF((Object *)ot);
    Object *old[3] = { (Object *)s->type, s->obj, (Object *)s->obj_type };
    s->type = type;
    s->obj = obj;
    s->obj_type = ot;
    for (int i = 0; i < 3; i++)
        XDECREF(old[i]);
    return 0;
}

/* The zero-argument form: the first argument of the calling function and
 * the class in its __class__ cell. */
static int super_init_frame(Object *self)
{
    Frame *f = eval_current_frame();
    if (f == NULL || f->code == NULL) {
        err_set_string(&Exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    CodeObject *co = f->code;
    if (co->argcount == 0 && !(co->flags & CO_VARARGS)) {
        err_set_string(&Exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    Object *first = f->slots[0];
    for (int i = 0; i < co->ncells && first; i++)
        if (co->cellslots[i] == 0 && CELL_CHECK(first))
            first = ((CellObject *)first)->ref;
    if (first && (co->flags & CO_VARARGS) && co->argcount == 0)
        first = TUPLE_SIZE(first) ? TUPLE_GET(first, 0) : NULL;
    if (first == NULL) {
        err_set_string(&Exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    Object *cls = NULL;
    int found = 0;
    for (int i = co->nlocals; i < co->nslots; i++) {
        Object *n = co->slotnames[i];
        if (n && str_eq_cstr(n, "__class__")) {
            found = 1;
            Object *c = f->slots[i];
            cls = c && CELL_CHECK(c) ? ((CellObject *)c)->ref : NULL;
            break;
        }
    }
    if (!found) {
        err_set_string(&Exc_RuntimeError, "super(): __class__ cell not found");
        return -1;
    }
    if (cls == NULL) {
        err_set_string(&Exc_RuntimeError, "super(): empty __class__ cell");
        return -1;
    }
    if (!TYPE_CHECK(cls)) {
        err_format(&Exc_RuntimeError, "super(): __class__ is not a type (%s)", TYPE(cls)->name);
        return -1;
    }
    return super_set(self, (TypeObject *)cls, first);
}

static Object *super_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    Object *o = obj_alloc(t);
    if (o)
        gc_track(o);
    return o;
}

static int super_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (kw && TUPLE_SIZE(kw)) {
        err_set_string(&Exc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    if (nargs > 2) {
        err_format(&Exc_TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
        return -1;
    }
    if (nargs == 0)
        return super_init_frame(self);
    if (!TYPE_CHECK(args[0])) {
        err_format(&Exc_TypeError, "super() argument 1 must be a type, not %s", TYPE(args[0])->name);
        return -1;
    }
    return super_set(self, (TypeObject *)args[0], nargs == 2 && !IS_NONE(args[1]) ? args[1] : NULL);
}

Object *super_from_frame(void)
{
    Object *s = super_new(&Super_Type, NULL, 0, NULL);
    if (s && super_init_frame(s) < 0)
        CLEAR(s);
    return s;
}

static Object *super_getattro(Object *self, Object *name)
{
    SuperObject *s = SUPER(self);
    if (s->obj_type && STR_CHECK(name) && !str_eq_cstr(name, "__class__")) {
        Object *mro = s->obj_type->mro;
        intptr_t n = mro ? TUPLE_SIZE(mro) : 0, i = 0;
        while (i < n && TUPLE_GET(mro, i) != (Object *)s->type)
            i++;
        for (i++; i < n; i++) {
            TypeObject *b = (TypeObject *)TUPLE_GET(mro, i);
            Object *res = b->dict ? dict_getitem(b->dict, name) : NULL;
            if (res == NULL)
                continue;
            descrgetfunc f = TYPE(res)->descr_get;
            if (f == NULL)
                return NEWREF(res);
            INCREF(res);
            Object *r = f(res, s->obj == (Object *)s->obj_type ? NULL : s->obj,
                          (Object *)s->obj_type);
            DECREF(res);
            return r;
        }
    }
    return obj_generic_getattr(self, name);
}

static Object *super_repr(Object *self)
{
    SuperObject *s = SUPER(self);
    const char *tn = s->type ? s->type->name : "NULL";
    if (s->obj_type)
        return str_from_format("<super: <class '%s'>, <%s object>>", tn, s->obj_type->name);
    return str_from_format("<super: <class '%s'>, NULL>", tn);
}

static int super_traverse(Object *o, visitproc visit, void *arg)
{
    SuperObject *s = SUPER(o);
    VISIT(s->type); VISIT(s->obj); VISIT(s->obj_type);
    return 0;
}

static int super_clear(Object *o)
{
    SuperObject *s = SUPER(o);
    CLEAR(s->type);
    CLEAR(s->obj);
    CLEAR(s->obj_type);
    return 0;
}

static void super_dealloc(Object *o)
{
    gc_untrack(o);
    super_clear(o);
    obj_free(o);
}

static Object *super_thisclass(Object *o, void *c) { return p_or_none((Object *)SUPER(o)->type); }
static Object *super_self(Object *o, void *c) { return p_or_none(SUPER(o)->obj); }
static Object *super_self_class(Object *o, void *c) { return p_or_none((Object *)SUPER(o)->obj_type); }

static GetSetDef super_getset[] = {
    { "__thisclass__", super_thisclass, NULL, "the class invoking super()", NULL },
    { "__self__", super_self, NULL, "the instance invoking super(); may be None", NULL },
    { "__self_class__", super_self_class, NULL, "the type of the instance invoking super(); may be None", NULL },
    { NULL }
};

TypeObject Super_Type = {
    TYPE_HEAD_INIT,
    .name = "super",
    .basicsize = sizeof(SuperObject),
    .tpflags = TPF_GC | TPF_BASETYPE,
    .doc = "super() -> same as super(__class__, <first argument>)",
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattro,
    .traverse = super_traverse,
    .clear = super_clear,
    .new_ = super_new,
    .init = super_init,
    .getset = super_getset,
};
