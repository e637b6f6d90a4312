/* typeslots.c — the Python-visible face of C slots: for every slot a static
 * type defines itself, type_ready puts a `wrapper_descriptor` in its dict
 * (int.__add__, object.__init__, list.__len__ ...), which binds to a
 * `method-wrapper` ((1).__add__).  The slot table maps dunder names to slot
 * offsets and to an adapter that turns vector-call arguments into the
 * slot's C signature.  (The other direction, slots that call Python
 * methods of classes, belongs to class creation.) */
#include <stddef.h>

#include "objects/descr.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/hash.h"
#include "mem/gc.h"
#include "mem/intern.h"
#include "runtime/errors.h"

typedef Object *(*wrapperfunc)(Object *self, Object *const *args, size_t nargs,
                               void *fn, int op);

struct SlotDef {
    const char *name;
    size_t offset;              /* in TypeObject, or in NumberMethods if num */
    int num;
    wrapperfunc wrapper;
    int op;                     /* comparison operator for __lt__ ... */
    int kw;                     /* accepts keyword arguments */
    const char *doc;
};

/* ---- argument checks ---------------------------------------------------------- */

static int check_args(size_t nargs, size_t n)
{
    if (nargs == n)
        return 0;
    err_format(&Exc_TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
    return -1;
}

/* ---- adapters ------------------------------------------------------------------ */

static Object *wrap_unary(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 0) < 0)
        return NULL;
    return ((unaryfunc)fn)(self);
}

static Object *wrap_binary_l(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 1) < 0)
        return NULL;
    return ((binaryfunc)fn)(self, a[0]);
}

static Object *wrap_binary_r(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 1) < 0)
        return NULL;
    return ((binaryfunc)fn)(a[0], self);
}

static Object *wrap_ternary(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (n < 1 || n > 2) {
        if (n > 2)
            return err_format(&Exc_TypeError, " expected at most 2 arguments, got %zu", n);
        return err_format(&Exc_TypeError, " expected at least 1 argument, got %zu", n);
    }
    return ((ternaryfunc)fn)(self, a[0], n == 2 ? a[1] : NONE);
}

static Object *wrap_ternary_r(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (n < 1 || n > 2) {
        if (n > 2)
            return err_format(&Exc_TypeError, " expected at most 2 arguments, got %zu", n);
        return err_format(&Exc_TypeError, " expected at least 1 argument, got %zu", n);
    }
    return ((ternaryfunc)fn)(a[0], self, n == 2 ? a[1] : NONE);
}

static Object *wrap_richcmp(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 1) < 0)
        return NULL;
    return ((richcmpfunc)fn)(self, a[0], op);
}

static Object *wrap_hash(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 0) < 0)
        return NULL;
    hash_t h = ((hashfunc)fn)(self);
    return h == -1 && err_occurred() ? NULL : int_from_i64(h);
}

static Object *wrap_len(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 0) < 0)
        return NULL;
    intptr_t len = ((lenfunc)fn)(self);
    return len < 0 ? NULL : int_from_ssize(len);
}

static Object *wrap_inquiry(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 0) < 0)
        return NULL;
    int r = ((inquiry)fn)(self);
    return r < 0 ? NULL : bool_from(r);
}

static Object *wrap_contains(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 1) < 0)
        return NULL;
    int r = ((objobjproc)fn)(self, a[0]);
    return r < 0 ? NULL : bool_from(r);
}

static Object *none_or_null(int r)
{
    if (r < 0)
        return NULL;
    RETURN_NONE;
}

static Object *wrap_setitem(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 2) < 0)
        return NULL;
    return none_or_null(((objobjargproc)fn)(self, a[0], a[1]));
}

static Object *wrap_delitem(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 1) < 0)
        return NULL;
    return none_or_null(((objobjargproc)fn)(self, a[0], NULL));
}

static Object *wrap_setattr(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 2) < 0)
        return NULL;
    return none_or_null(((setattrofunc)fn)(self, a[0], a[1]));
}

static Object *wrap_delattr(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 1) < 0)
        return NULL;
    return none_or_null(((setattrofunc)fn)(self, a[0], NULL));
}

static Object *wrap_next(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 0) < 0)
        return NULL;
    Object *r = ((unaryfunc)fn)(self);
    if (r == NULL && !err_occurred())
        err_raise((Object *)&Exc_StopIteration);
    return r;
}

static Object *wrap_descr_get(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (n < 1 || n > 2)
        return err_format(&Exc_TypeError, "expected 1 or 2 arguments, got %zu", n);
    Object *obj = IS_NONE(a[0]) ? NULL : a[0];
    Object *type = n == 2 && !IS_NONE(a[1]) ? a[1] : NULL;
    if (obj == NULL && type == NULL)
        return err_set_string(&Exc_TypeError, "__get__(None, None) is invalid");
    return ((descrgetfunc)fn)(self, obj, type);
}

static Object *wrap_descr_set(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 2) < 0)
        return NULL;
    return none_or_null(((descrsetfunc)fn)(self, a[0], a[1]));
}

static Object *wrap_descr_delete(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 1) < 0)
        return NULL;
    return none_or_null(((descrsetfunc)fn)(self, a[0], NULL));
}

static Object *wrap_del(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    if (check_args(n, 0) < 0)
        return NULL;
    ((destructor)fn)(self);
    RETURN_NONE;
}

/* Adapters taking keywords receive the kwnames tuple through a side
 * channel: they are called from wrapper_call with the full vector. */
static Object *pending_kw;

static Object *wrap_init(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    return none_or_null(((initfunc)fn)(self, a, n, pending_kw));
}

static Object *wrap_call(Object *self, Object *const *a, size_t n, void *fn, int op)
{
    return ((vectorcallfunc)fn)(self, a, n, pending_kw);
}

/* ---- the table ---------------------------------------------------------------------- */

#define TS(name, field, w, doc) { name, offsetof(TypeObject, field), 0, w, 0, 0, doc }
#define TSK(name, field, w, doc) { name, offsetof(TypeObject, field), 0, w, 0, 1, doc }
#define RC(name, op, doc) { name, offsetof(TypeObject, richcompare), 0, wrap_richcmp, op, 0, doc }
#define NS(name, field, w, doc) { name, offsetof(NumberMethods, field), 1, w, 0, 0, doc }
#define BIN(name, rname, field, sym) \
    NS(name, field, wrap_binary_l, "Return self" sym "value."), \
    NS(rname, field, wrap_binary_r, "Return value" sym "self.")

static const SlotDef slotdefs[] = {
    TS("__getattribute__", getattr, wrap_binary_l, "Return getattr(self, name)."),
    TS("__setattr__", setattr, wrap_setattr, "Implement setattr(self, name, value)."),
    TS("__delattr__", setattr, wrap_delattr, "Implement delattr(self, name)."),
    TS("__repr__", repr, wrap_unary, "Return repr(self)."),
    TS("__hash__", hash, wrap_hash, "Return hash(self)."),
    TSK("__call__", call, wrap_call, "Call self as a function."),
    TS("__str__", str, wrap_unary, "Return str(self)."),
    RC("__lt__", CMP_LT, "Return self<value."),
    RC("__le__", CMP_LE, "Return self<=value."),
    RC("__eq__", CMP_EQ, "Return self==value."),
    RC("__ne__", CMP_NE, "Return self!=value."),
    RC("__gt__", CMP_GT, "Return self>value."),
    RC("__ge__", CMP_GE, "Return self>=value."),
    TS("__iter__", iter, wrap_unary, "Implement iter(self)."),
    TS("__next__", iternext, wrap_next, "Implement next(self)."),
    TS("__get__", descr_get, wrap_descr_get, "Return an attribute of instance, which is of type owner."),
    TS("__set__", descr_set, wrap_descr_set, "Set an attribute of instance to value."),
    TS("__delete__", descr_set, wrap_descr_delete, "Delete an attribute of instance."),
    TSK("__init__", init, wrap_init, "Initialize self.  See help(type(self)) for accurate signature."),
    TS("__del__", finalize, wrap_del, "Called when the instance is about to be destroyed."),
    TS("__len__", len, wrap_len, "Return len(self)."),
    TS("__getitem__", getitem, wrap_binary_l, "Return self[key]."),
    TS("__setitem__", setitem, wrap_setitem, "Set self[key] to value."),
    TS("__delitem__", setitem, wrap_delitem, "Delete self[key]."),
    TS("__contains__", contains, wrap_contains, "Return key in self."),
    BIN("__add__", "__radd__", add, "+"),
    BIN("__sub__", "__rsub__", sub, "-"),
    BIN("__mul__", "__rmul__", mul, "*"),
    BIN("__mod__", "__rmod__", mod, "%"),
    NS("__divmod__", divmod, wrap_binary_l, "Return divmod(self, value)."),
    NS("__rdivmod__", divmod, wrap_binary_r, "Return divmod(value, self)."),
    NS("__pow__", pow, wrap_ternary, "Return pow(self, value, mod)."),
    NS("__rpow__", pow, wrap_ternary_r, "Return pow(value, self, mod)."),
    NS("__neg__", neg, wrap_unary, "-self"),
    NS("__pos__", pos, wrap_unary, "+self"),
    NS("__abs__", abs, wrap_unary, "abs(self)"),
    NS("__bool__", bool_, wrap_inquiry, "True if self else False"),
    NS("__invert__", invert, wrap_unary, "~self"),
    BIN("__lshift__", "__rlshift__", lshift, "<<"),
    BIN("__rshift__", "__rrshift__", rshift, ">>"),
    BIN("__and__", "__rand__", and_, "&"),
    BIN("__xor__", "__rxor__", xor, "^"),
    BIN("__or__", "__ror__", or_, "|"),
    NS("__int__", int_, wrap_unary, "int(self)"),
    NS("__float__", float_, wrap_unary, "float(self)"),
    NS("__iadd__", iadd, wrap_binary_l, "Return self+=value."),
    NS("__isub__", isub, wrap_binary_l, "Return self-=value."),
    NS("__imul__", imul, wrap_binary_l, "Return self*=value."),
    NS("__imod__", imod, wrap_binary_l, "Return self%=value."),
    NS("__ipow__", ipow, wrap_ternary, "Return self**=value."),
    NS("__ilshift__", ilshift, wrap_binary_l, "Return self<<=value."),
    NS("__irshift__", irshift, wrap_binary_l, "Return self>>=value."),
    NS("__iand__", iand, wrap_binary_l, "Return self&=value."),
    NS("__ixor__", ixor, wrap_binary_l, "Return self^=value."),
    NS("__ior__", ior, wrap_binary_l, "Return self|=value."),
    BIN("__floordiv__", "__rfloordiv__", floordiv, "//"),
    BIN("__truediv__", "__rtruediv__", truediv, "/"),
    NS("__ifloordiv__", ifloordiv, wrap_binary_l, "Return self//=value."),
    NS("__itruediv__", itruediv, wrap_binary_l, "Return self/=value."),
    NS("__index__", index, wrap_unary, "Return self converted to an integer, if self is suitable for use as an index into a list."),
    BIN("__matmul__", "__rmatmul__", matmul, "@"),
    NS("__imatmul__", imatmul, wrap_binary_l, "Return self@=value."),
    { NULL }
};

static void *slot_fn(TypeObject *t, const SlotDef *d)
{
    if (!d->num)
        return *(void **)((char *)t + d->offset);
    return t->num ? *(void **)((char *)t->num + d->offset) : NULL;
}

/* ---- wrapper_descriptor -------------------------------------------------------------- */

typedef struct WrapperDescrObject {
    Object ob;
    TypeObject *owner;          /* BORROWED: static types outlive their dicts */
    Object *name;
    const SlotDef *def;
    void *fn;
} WrapperDescrObject;

typedef struct MethodWrapperObject {
    Object ob;
    WrapperDescrObject *descr;
    Object *self;
} MethodWrapperObject;

static Object *call_wrapper(WrapperDescrObject *d, Object *self, Object *const *args,
                            size_t nargs, Object *kw)
{
    if (kw && TUPLE_SIZE(kw) && !d->def->kw)
        return err_format(&Exc_TypeError, "wrapper %U() takes no keyword arguments", d->name);
    Object *saved = pending_kw;
    pending_kw = kw;
    Object *r = d->def->wrapper(self, args, nargs, d->fn, d->def->op);
    pending_kw = saved;
    return r;
}

static int wrapper_check(WrapperDescrObject *d, Object *obj)
{
    if (obj_type_check(obj, d->owner))
        return 0;
    err_format(&Exc_TypeError, "descriptor '%U' requires a '%s' object but received a '%s'",
               d->name, d->owner->name, TYPE(obj)->name);
    return -1;
}

static Object *wrapperdescr_call(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    WrapperDescrObject *d = (WrapperDescrObject *)o;
    if (nargs < 1)
        return err_format(&Exc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                          d->name, d->owner->name);
    if (wrapper_check(d, args[0]) < 0)
        return NULL;
    return call_wrapper(d, args[0], args + 1, nargs - 1, kw);
}

static Object *methodwrapper_new(WrapperDescrObject *d, Object *self)
{
    MethodWrapperObject *m = (MethodWrapperObject *)obj_alloc(&MethodWrapper_Type);
    if (m == NULL)
        return NULL;
    m->descr = (WrapperDescrObject *)NEWREF((Object *)d);
    m->self = NEWREF(self);
    gc_track((Object *)m);
    return (Object *)m;
}

static Object *wrapperdescr_get(Object *o, Object *obj, Object *type)
{
    WrapperDescrObject *d = (WrapperDescrObject *)o;
    if (obj == NULL)
        return NEWREF(o);
    if (wrapper_check(d, obj) < 0)
        return NULL;
    return methodwrapper_new(d, obj);
}

static Object *wrapperdescr_repr(Object *o)
{
    WrapperDescrObject *d = (WrapperDescrObject *)o;
    return str_from_format("<slot wrapper '%U' of '%s' objects>", d->name, d->owner->name);
}

static void wrapperdescr_dealloc(Object *o)
{
    CLEAR(((WrapperDescrObject *)o)->name);
    obj_free(o);
}

static Object *wd_name(Object *o, void *c) { return NEWREF(((WrapperDescrObject *)o)->name); }

static Object *wd_qualname(Object *o, void *c)
{
    WrapperDescrObject *d = (WrapperDescrObject *)o;
    return str_from_format("%s.%U", d->owner->name, d->name);
}

static Object *wd_objclass(Object *o, void *c)
{
    return NEWREF((Object *)((WrapperDescrObject *)o)->owner);
}

static Object *wd_doc(Object *o, void *c)
{
    return str_from_cstr(((WrapperDescrObject *)o)->def->doc);
}

static GetSetDef wrapperdescr_getset[] = {
    { "__name__", wd_name, NULL, NULL },
    { "__qualname__", wd_qualname, NULL, NULL },
    { "__objclass__", wd_objclass, NULL, NULL },
    { "__doc__", wd_doc, NULL, NULL },
    { NULL }
};

TypeObject WrapperDescr_Type = {
    TYPE_HEAD_INIT,
    .name = "wrapper_descriptor",
    .basicsize = sizeof(WrapperDescrObject),
    .dealloc = wrapperdescr_dealloc,
    .repr = wrapperdescr_repr,
    .call = wrapperdescr_call,
    .descr_get = wrapperdescr_get,
    .getset = wrapperdescr_getset,
};

/* ---- method-wrapper ------------------------------------------------------------------- */

static Object *methodwrapper_call(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    MethodWrapperObject *m = (MethodWrapperObject *)o;
    return call_wrapper(m->descr, m->self, args, nargs, kw);
}

static Object *methodwrapper_repr(Object *o)
{
    MethodWrapperObject *m = (MethodWrapperObject *)o;
    return str_from_format("<method-wrapper '%U' of %s object at %p>", m->descr->name,
                           TYPE(m->self)->name, (void *)m->self);
}

static void methodwrapper_dealloc(Object *o)
{
    MethodWrapperObject *m = (MethodWrapperObject *)o;
    gc_untrack(o);
    CLEAR(m->descr);
    CLEAR(m->self);
    obj_free(o);
}

static int methodwrapper_traverse(Object *o, visitproc visit, void *arg)
{
    MethodWrapperObject *m = (MethodWrapperObject *)o;
    int r = visit((Object *)m->descr, arg);
    return r ? r : visit(m->self, arg);
}

static Object *methodwrapper_richcompare(Object *a, Object *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !IS_TYPE(b, &MethodWrapper_Type))
        RETURN_NOTIMPL;
    MethodWrapperObject *x = (MethodWrapperObject *)a, *y = (MethodWrapperObject *)b;
    int eq = x->descr == y->descr && x->self == y->self;
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static hash_t methodwrapper_hash(Object *o)
{
    MethodWrapperObject *m = (MethodWrapperObject *)o;
    hash_t h = hash_pointer(m->self) ^ hash_pointer(m->descr);
    return h == -1 ? -2 : h;
}

static Object *mw_name(Object *o, void *c)
{
    return NEWREF(((MethodWrapperObject *)o)->descr->name);
}

static Object *mw_qualname(Object *o, void *c)
{
    return wd_qualname((Object *)((MethodWrapperObject *)o)->descr, c);
}

static Object *mw_self(Object *o, void *c) { return NEWREF(((MethodWrapperObject *)o)->self); }

static Object *mw_objclass(Object *o, void *c)
{
    return NEWREF((Object *)((MethodWrapperObject *)o)->descr->owner);
}

static Object *mw_doc(Object *o, void *c)
{
    return str_from_cstr(((MethodWrapperObject *)o)->descr->def->doc);
}

static GetSetDef methodwrapper_getset[] = {
    { "__name__", mw_name, NULL, NULL },
    { "__qualname__", mw_qualname, NULL, NULL },
    { "__self__", mw_self, NULL, NULL },
    { "__objclass__", mw_objclass, NULL, NULL },
    { "__doc__", mw_doc, NULL, NULL },
    { NULL }
};

TypeObject MethodWrapper_Type = {
    TYPE_HEAD_INIT,
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapperObject),
    .tpflags = TPF_GC,
    .dealloc = methodwrapper_dealloc,
    .repr = methodwrapper_repr,
    .richcompare = methodwrapper_richcompare,
    .hash = methodwrapper_hash,
    .call = methodwrapper_call,
    .traverse = methodwrapper_traverse,
    .getset = methodwrapper_getset,
};

/* ---- __new__ -------------------------------------------------------------------------- */

/* int.__new__(cls, ...): a builtin bound to the type that owns the slot. */
static Object *tp_new_wrapper(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    TypeObject *t = (TypeObject *)self;
    if (nargs < 1)
        return err_format(&Exc_TypeError, "%s.__new__(): not enough arguments", t->name);
    Object *sub = args[0];
    if (!TYPE_CHECK(sub))
        return err_format(&Exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                          t->name, TYPE(sub)->name);
    TypeObject *st = (TypeObject *)sub;
    if (!type_is_subtype(st, t))
        return err_format(&Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                          t->name, st->name, st->name, t->name);
    /* object.__new__(int) would skip int's own constructor: refuse, as
     * CPython does, unless the nearest static base uses this same new_. */
    TypeObject *staticbase = st;
    while (staticbase && TYPE_HAS(staticbase, TPF_HEAPTYPE))
        staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != t->new_)
        return err_format(&Exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                          t->name, st->name, staticbase->name);
    return t->new_(st, args + 1, nargs - 1, kw);
}

static MethodDef tp_new_def = {
    "__new__", tp_new_wrapper, 0,
    "Create and return a new object.  See help(type) for accurate signature.",
};

/* ---- filling a type's dict ------------------------------------------------------------- */

static int add_entry(Object *dict, const char *name, Object *v)
{
    if (v == NULL)
        return -1;
    Object *key = intern_cstr(name);
    int r = -1;
    if (key) {
        r = dict_getitem(dict, key) ? 0 : dict_setitem(dict, key, v);
        DECREF(key);
    }
    DECREF(v);
    return r;
}

int type_add_slot_wrappers(TypeObject *t)
{
    TypeObject *b = t->base;
    for (const SlotDef *d = slotdefs; d->name; d++) {
        void *fn = slot_fn(t, d);
        if (fn == NULL || (b && slot_fn(b, d) == fn))
            continue;
        if (fn == (void *)hash_not_implemented)
            continue;
        WrapperDescrObject *w = (WrapperDescrObject *)obj_alloc(&WrapperDescr_Type);
        if (w == NULL)
            return -1;
        w->owner = t;
        w->def = d;
        w->fn = fn;
        w->name = intern_cstr(d->name);
        if (w->name == NULL) {
            DECREF((Object *)w);
            return -1;
        }
        if (add_entry(t->dict, d->name, (Object *)w) < 0)
            return -1;
    }
    if (t->new_ && (b == NULL || b->new_ != t->new_) &&
        add_entry(t->dict, "__new__", cfunc_new(&tp_new_def, (Object *)t, NULL)) < 0)
        return -1;
    return 0;
}
