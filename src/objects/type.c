/* type.c — the `type` and `object` types; type_ready (slot inheritance,
 * bases/__mro__, the type dict from MethodDef/GetSetDef tables); attribute
 * lookup through the MRO and the generic getattr/setattr with descriptors.
 * Class creation from Python (type(name, bases, dict), C3) builds on this:
 * a heap type is a TypeObject with TPF_HEAPTYPE whose bases/mro/dict are
 * filled by the class machinery instead of by type_ready. */
#include <string.h>

#include "objects/type.h"
#include "objects/class.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/hash.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/bool.h"
#include "objects/int.h"
#include "objects/list.h"
#include "mem/gc.h"
#include "mem/intern.h"
#include "runtime/errors.h"

/* ---- readying ----------------------------------------------------------- */

/* Static types readied before str/tuple/dict existed, waiting for their
 * bases/mro/dict. */
#define MAX_PENDING 1024
static TypeObject *pending[MAX_PENDING];
static size_t npending;
static int dicts_ready;             /* str, tuple and dict are usable */
static uint32_t next_version = 1;

/* The attribute cache, as CPython's method cache: (type, version, interned
 * name) -> result of the MRO walk, misses included.  A type's version
 * changes whenever its dict does (type_modified); since subclasses are not
 * tracked yet, any modification also bumps a global epoch that retires
 * every entry. */
#define MCACHE_SIZE 4096
typedef struct MCacheEntry {
    TypeObject *type;
    Object *name;               /* interned: its address identifies it */
    Object *value;              /* BORROWED from the type dict, or NULL */
    uint32_t version;
    uint32_t epoch;
} MCacheEntry;
static MCacheEntry mcache[MCACHE_SIZE];
static uint32_t mcache_epoch = 1;
const uint32_t *const type_epoch = &mcache_epoch;


/* Every static type whose dict we built, so type_fini can drop them. */
static TypeObject *readied[MAX_PENDING];
static size_t nreadied;

static const uint32_t SUB_FLAGS = TPF_INT_SUB | TPF_LIST_SUB | TPF_TUPLE_SUB |
    TPF_BYTES_SUB | TPF_STR_SUB | TPF_DICT_SUB | TPF_EXC_SUB | TPF_TYPE_SUB;

#define INHERIT(f) do { if (t->f == NULL) t->f = b->f; } while (0)

/* Copies the number slots t lacks from base's table (CPython's COPYNUM). */
static void inherit_num(TypeObject *t, TypeObject *b)
{
    if (b->num == NULL)
        return;
    if (t->num == NULL) {
        t->num = b->num;
        return;
    }
    if (t->num == b->num)
        return;
    NumberMethods *n = t->num, *m = b->num;
#define NUM(f) if (n->f == NULL) n->f = m->f
    NUM(add); NUM(sub); NUM(mul); NUM(truediv); NUM(floordiv); NUM(mod);
    NUM(divmod); NUM(matmul); NUM(lshift); NUM(rshift); NUM(and_); NUM(or_);
    NUM(xor); NUM(pow); NUM(iadd); NUM(isub); NUM(imul); NUM(itruediv);
    NUM(ifloordiv); NUM(imod); NUM(imatmul); NUM(ilshift); NUM(irshift);
    NUM(iand); NUM(ior); NUM(ixor); NUM(ipow); NUM(neg); NUM(pos); NUM(abs);
    NUM(invert); NUM(int_); NUM(float_); NUM(index); NUM(bool_);
#undef NUM
}

static void inherit_slots(TypeObject *t, TypeObject *b)
{
    if (t->basicsize == 0)
        t->basicsize = b->basicsize;
    if (t->itemsize == 0)
        t->itemsize = b->itemsize;
    if (t->dictoffset == 0)
        t->dictoffset = b->dictoffset;
    if (t->weaklistoffset == 0)
        t->weaklistoffset = b->weaklistoffset;
    t->tpflags |= b->tpflags & SUB_FLAGS;
    INHERIT(dealloc);
    INHERIT(repr);
    INHERIT(str);
    /* hash goes with richcompare: a type defining equality but no hash is
     * unhashable, as in CPython. */
    if (t->richcompare == NULL && t->hash == NULL) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    } else if (t->hash == NULL) {
        t->hash = hash_not_implemented;
    } else if (t->richcompare == NULL) {
        t->richcompare = b->richcompare;
    }
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(descr_get);
    INHERIT(descr_set);
    inherit_num(t, b);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(item);
    if (TYPE_HAS(t, TPF_GC) && t->traverse == NULL && t->clear == NULL) {
        t->traverse = b->traverse;
        t->clear = b->clear;
    }
    INHERIT(finalize);
    INHERIT(init);
    /* A static type without a constructor whose base is object cannot be
     * instantiated ("cannot create 'list_iterator' instances"). */
    if (t->new_ == NULL && b != &BaseObject_Type)
        t->new_ = b->new_;
}

static int add_to_dict(Object *dict, const char *name, Object *v)
{
    if (v == NULL)
        return -1;
    Object *key = intern_cstr(name);
    if (key == NULL) {
        DECREF(v);
        return -1;
    }
    int r = 0;
    if (dict_getitem(dict, key) == NULL)    /* first definition wins */
        r = dict_setitem(dict, key, v);
    DECREF(key);
    DECREF(v);
    return r;
}

/* Builds bases, mro and dict of a static type (its base already has them). */
static int build_dict(TypeObject *t)
{
    TypeObject *b = t->base;
    if (t->bases == NULL) {
        t->bases = b ? tuple_pack(1, (Object *)b) : tuple_new(0);
        if (t->bases == NULL)
            return -1;
    }
    if (t->mro == NULL) {
        intptr_t nb = b ? TUPLE_SIZE(b->mro) : 0;
        Object *mro = tuple_new(nb + 1);
        if (mro == NULL)
            return -1;
        TUPLE_SET(mro, 0, NEWREF((Object *)t));
        for (intptr_t i = 0; i < nb; i++)
            TUPLE_SET(mro, i + 1, NEWREF(TUPLE_GET(b->mro, i)));
        t->mro = mro;
    }
    if (t->dict == NULL) {
        Object *d = dict_new();
        if (d == NULL)
            return -1;
        t->dict = d;
        for (MethodDef *m = t->methods; m && m->name; m++) {
            Object *v;
            if (m->flags & METH_CLASS)
                v = descr_new_classmethod(t, m);
            else if (m->flags & METH_STATIC)
                v = cfunc_new(m, NULL, NULL);
            else
                v = descr_new_method(t, m);
            if (add_to_dict(d, m->name, v) < 0)
                return -1;
        }
        for (GetSetDef *g = t->getset; g && g->name; g++)
            if (add_to_dict(d, g->name, descr_new_getset(t, g)) < 0)
                return -1;
        Object *doc = t->doc ? str_from_cstr(t->doc) : NEWREF(NONE);
        if (add_to_dict(d, "__doc__", doc) < 0)
            return -1;
        if (t->hash == hash_not_implemented &&
            add_to_dict(d, "__hash__", NEWREF(NONE)) < 0)
            return -1;
        /* A class's slots call its Python methods: no wrappers needed. */
        if (!TYPE_HAS(t, TPF_HEAPTYPE) && type_add_slot_wrappers(t) < 0)
            return -1;
    }
    /* Heap types own their dicts and die on their own; only static types
     * are remembered for type_fini. */
    if (!TYPE_HAS(t, TPF_HEAPTYPE) && nreadied < MAX_PENDING)
        readied[nreadied++] = t;
    return 0;
}

int type_ready(TypeObject *t)
{
    if (TYPE_HAS(t, TPF_READY))
        return 0;
    if (t->base == NULL && t != &BaseObject_Type)
        t->base = &BaseObject_Type;
    TypeObject *b = t->base;
    if (b && !TYPE_HAS(b, TPF_READY) && type_ready(b) < 0)
        return -1;
    if (b)
        inherit_slots(t, b);
    t->tpflags |= TPF_READY;
    t->version = next_version++;
    if (dicts_ready)
        return build_dict(t);
    if (npending == MAX_PENDING) {
        err_set_string(&Exc_SystemError, "too many static types readied early");
        return -1;
    }
    pending[npending++] = t;
    return 0;
}

int type_ready_pending(void)
{
    dicts_ready = 1;
    for (size_t i = 0; i < npending; i++)
        if (build_dict(pending[i]) < 0)
            return -1;
    npending = 0;
    return 0;
}

int type_init(void)
{
    dicts_ready = 0;
    npending = 0;
    nreadied = 0;
    if (type_ready(&BaseObject_Type) < 0 || type_ready(&Type_Type) < 0)
        return -1;
    return 0;
}

/* Drops the dicts, bases and mros of every static type so they hold no
 * objects after shutdown; a later rt_init readies them again. */
void type_fini(void)
{
    for (size_t i = nreadied; i-- > 0;) {
        TypeObject *t = readied[i];
        CLEAR(t->dict);
        CLEAR(t->mro);
        CLEAR(t->bases);
    }
    for (size_t i = 0; i < nreadied; i++)
        readied[i]->tpflags &= ~TPF_READY;
    for (size_t i = 0; i < npending; i++)
        pending[i]->tpflags &= ~TPF_READY;
    nreadied = npending = 0;
    dicts_ready = 0;
    memset(mcache, 0, sizeof mcache);
}

/* ---- lookup ------------------------------------------------------------- */

int type_is_subtype(TypeObject *a, TypeObject *b)
{
    if (a == b)
        return 1;
    Object *mro = a->mro;
    if (mro) {
        for (intptr_t i = 0, n = TUPLE_SIZE(mro); i < n; i++)
            if (TUPLE_GET(mro, i) == (Object *)b)
                return 1;
        return 0;
    }
    for (; a; a = a->base)
        if (a == b)
            return 1;
    return b == &BaseObject_Type;
}

static inline size_t mcache_index(TypeObject *t, Object *name)
{
    uintptr_t h = ((uintptr_t)name >> 4) ^ ((uintptr_t)t->version * 2654435761u);
    return (size_t)(h & (MCACHE_SIZE - 1));
}

static Object *lookup_uncached(TypeObject *t, Object *name)
{
    Object *mro = t->mro;
    if (mro) {
        for (intptr_t i = 0, n = TUPLE_SIZE(mro); i < n; i++) {
            Object *d = ((TypeObject *)TUPLE_GET(mro, i))->dict;
            if (d) {
                Object *v = dict_getitem(d, name);
                if (v)
                    return v;
            }
        }
        return NULL;
    }
    for (; t; t = t->base)
        if (t->dict) {
            Object *v = dict_getitem(t->dict, name);
            if (v)
                return v;
        }
    return NULL;
}

Object *type_lookup(TypeObject *t, Object *name)
{
    if (!TYPE_HAS(t, TPF_READY) && type_ready(t) < 0) {
        err_clear();
        return NULL;
    }
    if (t->mro == NULL || !(name->flags & OF_INTERNED))
        return lookup_uncached(t, name);
    MCacheEntry *e = &mcache[mcache_index(t, name)];
    if (e->type == t && e->name == name && e->version == t->version && e->epoch == mcache_epoch)
        return e->value;
    Object *v = lookup_uncached(t, name);
    e->type = t;
    e->name = name;
    e->value = v;
    e->version = t->version;
    e->epoch = mcache_epoch;
    return v;
}

Object *type_lookup_cstr(TypeObject *t, const char *name)
{
    Object *key = intern_cstr(name);
    if (key == NULL) {
        err_clear();
        return NULL;
    }
    Object *v = type_lookup(t, key);
    DECREF(key);
    return v;
}

/* Subclasses are not tracked, so any change retires every cache entry
 * (through the epoch) rather than only t's. */
void type_modified(TypeObject *t)
{
    t->version = next_version++;
    mcache_epoch++;
}

const char *type_name(TypeObject *t)
{
    return t->name;
}

Object *type_get_name(TypeObject *t)
{
    if (TYPE_HAS(t, TPF_HEAPTYPE) && ((HeapTypeObject *)t)->ht_name)
        return NEWREF(((HeapTypeObject *)t)->ht_name);
    /* a static "io.UnsupportedOperation" is named after its last dot */
    const char *dot = strrchr(t->name, '.');
    return str_from_cstr(dot ? dot + 1 : t->name);
}

Object **obj_dict_ptr(Object *o)
{
    intptr_t off = TYPE(o)->dictoffset;
    if (off == DICT_PREFIX) {
        char *start = TYPE_HAS(TYPE(o), TPF_GC) ? (char *)AS_GC(o) : (char *)o;
        return (Object **)(start - DICT_PREFIX_SIZE);
    }
    if (off <= 0)
        return NULL;
    return (Object **)((char *)o + off);
}

/* Raises AttributeError "'int' object has no attribute 'x'" carrying
 * name and obj, as CPython 3.11 does. */
static Object *no_attribute(Object *o, Object *name)
{
    err_format(&Exc_AttributeError, "'%.50s' object has no attribute '%U'",
               TYPE(o)->name, name);
    Object *e = err_occurred();
    if (e && TYPE(e) == &Exc_AttributeError) {
        AttributeErrorObject *ae = (AttributeErrorObject *)e;
        SETREF(ae->name, NEWREF(name));
        SETREF(ae->obj, NEWREF(o));
    }
    return NULL;
}

static int check_name(Object *name)
{
    if (!STR_CHECK(name)) {
        err_format(&Exc_TypeError, "attribute name must be string, not '%.200s'",
                   TYPE(name)->name);
        return -1;
    }
    return 0;
}

Object *obj_generic_getattr(Object *o, Object *name)
{
    if (check_name(name) < 0)
        return NULL;
    TypeObject *t = TYPE(o);
    Object *descr = type_lookup(t, name);
    descrgetfunc f = NULL;
    if (descr) {
        INCREF(descr);
        f = TYPE(descr)->descr_get;
        if (f && TYPE(descr)->descr_set) {
            Object *r = f(descr, o, (Object *)t);
            DECREF(descr);
            return r;
        }
    }
    Object **dp = obj_dict_ptr(o);
    if (dp && *dp) {
        Object *d = NEWREF(*dp);
        Object *r = dict_getitem_err(d, name);
        DECREF(d);
        if (r) {
            XDECREF(descr);
            return NEWREF(r);
        }
        if (err_occurred()) {
            XDECREF(descr);
            return NULL;
        }
    }
    if (f) {
        Object *r = f(descr, o, (Object *)t);
        DECREF(descr);
        return r;
    }
    if (descr)
        return descr;
    return no_attribute(o, name);
}

int obj_generic_setattr(Object *o, Object *name, Object *value)
{
    if (check_name(name) < 0)
        return -1;
    TypeObject *t = TYPE(o);
    Object *descr = type_lookup(t, name);
    if (descr && TYPE(descr)->descr_set) {
        INCREF(descr);
        int r = TYPE(descr)->descr_set(descr, o, value);
        DECREF(descr);
        return r;
    }
    Object **dp = obj_dict_ptr(o);
    if (dp == NULL) {
        if (descr)
            err_format(&Exc_AttributeError, "'%.50s' object attribute '%U' is read-only",
                       t->name, name);
        else
            no_attribute(o, name);
        return -1;
    }
    if (*dp == NULL) {
        if (value == NULL) {
            no_attribute(o, name);
            return -1;
        }
        if ((*dp = dict_new()) == NULL)
            return -1;
    }
    Object *d = NEWREF(*dp);
    int r;
    if (value) {
        r = dict_setitem(d, name, value);
    } else {
        r = dict_delitem(d, name);
        if (r < 0 && err_matches_type(&Exc_KeyError)) {
            err_clear();
            no_attribute(o, name);
        }
    }
    DECREF(d);
    return r;
}

/* ---- object ------------------------------------------------------------ */

hash_t obj_generic_hash(Object *o)
{
    return hash_pointer(o);
}

Object *obj_generic_repr(Object *o)
{
    return str_from_format("<%s object at %p>", TYPE(o)->name, (void *)o);
}

static Object *object_str(Object *o)
{
    return obj_repr(o);
}

/* object.__eq__ is identity; __ne__ inverts __eq__ unless NotImplemented. */
static Object *object_richcompare(Object *a, Object *b, int op)
{
    switch (op) {
    case CMP_EQ:
        return NEWREF(a == b ? GTrue : NOTIMPL);
    case CMP_NE: {
        richcmpfunc f = TYPE(a)->richcompare;
        if (f == NULL)
            return NEWREF(NOTIMPL);
        Object *r = f(a, b, CMP_EQ);
        if (r == NULL || r == NOTIMPL)
            return r;
        int t = obj_is_true(r);
        DECREF(r);
        if (t < 0)
            return NULL;
        return NEWREF(t ? GFalse : GTrue);
    }
    default:
        return NEWREF(NOTIMPL);
    }
}

static void object_dealloc(Object *o)
{
    Object **dp = obj_dict_ptr(o);
    if (dp)
        CLEAR(*dp);
    obj_free(o);
}

static int object_init(Object *self, Object *const *args, size_t nargs, Object *kw);

static Object *object_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    if ((nargs || (kw && TUPLE_SIZE(kw))) && t->init == object_init) {
        return err_format(&Exc_TypeError, "%.200s() takes no arguments", t->name);
    }
    Object *o = obj_alloc(t);
    if (o && TYPE_HAS(t, TPF_GC))
        gc_track(o);
    return o;
}

static int object_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    TypeObject *t = TYPE(self);
    /* CPython: extra arguments are an error only when __init__ is
     * overridden or __new__ is object's; a type with its own constructor
     * (int, range, reversed ...) inherits this init harmlessly. */
    if ((nargs || (kw && TUPLE_SIZE(kw))) && (t->init != object_init || t->new_ == object_new)) {
        err_format(&Exc_TypeError,
                   "object.__init__() takes exactly one argument (the instance to initialize)");
        return -1;
    }
    return 0;
}

static Object *object_get_class(Object *self, void *c)
{
    return NEWREF((Object *)TYPE(self));
}

static Object *object_format(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("__format__", kw) < 0 || arg_one("object.__format__", nargs, NULL) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return err_format(&Exc_TypeError,
                          "__format__() argument must be str, not %.50s",
                          TYPE(args[0])->name);
    if (STR_NBYTES(args[0]) > 0)
        return err_format(&Exc_TypeError,
                          "unsupported format string passed to %.200s.__format__",
                          TYPE(self)->name);
    return obj_str(self);
}

static Object *object_sizeof(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("object.__sizeof__", nargs, kw) < 0)
        return NULL;
    size_t n = TYPE(self)->basicsize;
    if (TYPE(self)->itemsize)
        n += TYPE(self)->itemsize * (size_t)((VarObject *)self)->size;
    return int_from_u64(n);
}

static MethodDef object_methods[] = {
    { "__format__", object_format, 0, "Default object formatter." },
    { "__sizeof__", object_sizeof, 0, "Size of object in memory, in bytes." },
    { NULL }
};

static GetSetDef object_getset[] = {
    { "__class__", object_get_class, NULL, "the object's class" },
    { NULL }
};

TypeObject BaseObject_Type = {
    TYPE_HEAD_INIT,
    .name = "object",
    .basicsize = sizeof(Object),
    .tpflags = TPF_BASETYPE,
    .doc = "The base class of the class hierarchy.\n\n"
           "When called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
    .dealloc = object_dealloc,
    .repr = obj_generic_repr,
    .str = object_str,
    .hash = obj_generic_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getset = object_getset,
};

/* ---- type --------------------------------------------------------------- */

static Object *type_repr(Object *o)
{
    TypeObject *t = (TypeObject *)o;
    if (TYPE_HAS(t, TPF_HEAPTYPE) && t->dict) {
        Object *mod = dict_getitem_str(t->dict, "__module__");
        Object *qual = ((HeapTypeObject *)t)->ht_qualname;
        if (mod && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins")) {
            if (qual)
                return str_from_format("<class '%U.%U'>", mod, qual);
            return str_from_format("<class '%U.%s'>", mod, t->name);
        }
        if (qual)
            return str_from_format("<class '%U'>", qual);
    }
    return str_from_format("<class '%s'>", t->name);
}

/* Calling a type: type(x), or new_ then init (init only if new_ returned an
 * instance of the type). */
static Object *type_call(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    TypeObject *t = (TypeObject *)callable;
    size_t nkw = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    if (t == &Type_Type) {
        if (nargs == 1 && nkw == 0)
            return NEWREF((Object *)TYPE(args[0]));
        if (nargs != 3)
            return err_set_string(&Exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (t->vectorcall)
        return t->vectorcall(callable, args, nargs, kw);
    if (t->new_ == NULL)
        return err_format(&Exc_TypeError, "cannot create '%s' instances", t->name);
    Object *o = t->new_(t, args, nargs, kw);
    /* an instance of a class over a non-container base (int, str, ...) is
     * tracked here, as CPython's PyType_GenericAlloc, so its dict's cycles
     * are collected */
    if (o && TYPE_HAS(TYPE(o), TPF_HEAPTYPE) && TYPE_HAS(TYPE(o), TPF_GC) && !gc_is_tracked(o))
        gc_track(o);
    if (o == NULL || !obj_type_check(o, t) || t->init == NULL)
        return o;
    if (TYPE(o)->init(o, args, nargs, kw) < 0) {
        DECREF(o);
        return NULL;
    }
    return o;
}

static Object *type_getattro(Object *o, Object *name)
{
    if (check_name(name) < 0)
        return NULL;
    TypeObject *t = (TypeObject *)o;
    TypeObject *meta = TYPE(o);
    Object *meta_attr = type_lookup(meta, name);
    descrgetfunc meta_get = NULL;
    if (meta_attr) {
        meta_get = TYPE(meta_attr)->descr_get;
        if (meta_get && TYPE(meta_attr)->descr_set) {
            INCREF(meta_attr);
            Object *r = meta_get(meta_attr, o, (Object *)meta);
            DECREF(meta_attr);
            return r;
        }
    }
    Object *attr = type_lookup(t, name);
    if (attr) {
        descrgetfunc f = TYPE(attr)->descr_get;
        if (f) {
            INCREF(attr);
            Object *r = f(attr, NULL, o);
            DECREF(attr);
            return r;
        }
        return NEWREF(attr);
    }
    if (meta_get) {
        INCREF(meta_attr);
        Object *r = meta_get(meta_attr, o, (Object *)meta);
        DECREF(meta_attr);
        return r;
    }
    if (meta_attr)
        return NEWREF(meta_attr);
    return err_format(&Exc_AttributeError, "type object '%.50s' has no attribute '%U'",
                      t->name, name);
}

static int type_setattro(Object *o, Object *name, Object *value)
{
    TypeObject *t = (TypeObject *)o;
    if (check_name(name) < 0)
        return -1;
    if (!TYPE_HAS(t, TPF_HEAPTYPE)) {
        err_format(&Exc_TypeError,
                   "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    if (t->dict == NULL && (t->dict = dict_new()) == NULL)
        return -1;
    int r = value ? dict_setitem(t->dict, name, value) : dict_delitem(t->dict, name);
    if (r < 0 && value == NULL && err_matches_type(&Exc_KeyError)) {
        err_clear();
        err_format(&Exc_AttributeError, "type object '%.50s' has no attribute '%U'",
                   t->name, name);
    }
    type_modified(t);
    /* C.__add__ = f after class creation: re-derive the dunder slots */
    if (r == 0 && class_update_slot(t, name) < 0)
        r = -1;
    return r;
}

static Object *type_get_name_(Object *o, void *c) { return type_get_name((TypeObject *)o); }

static Object *type_get_qualname(Object *o, void *c)
{
    TypeObject *t = (TypeObject *)o;
    if (TYPE_HAS(t, TPF_HEAPTYPE) && ((HeapTypeObject *)t)->ht_qualname)
        return NEWREF(((HeapTypeObject *)t)->ht_qualname);
    return type_get_name(t);
}

static Object *type_get_module(Object *o, void *c)
{
    TypeObject *t = (TypeObject *)o;
    if (TYPE_HAS(t, TPF_HEAPTYPE) && t->dict) {
        Object *m = dict_getitem_str(t->dict, "__module__");
        if (m)
            return NEWREF(m);
    }
    const char *dot = TYPE_HAS(t, TPF_HEAPTYPE) ? NULL : strrchr(t->name, '.');
    if (dot)                    /* "_io.TextIOWrapper" lives in module "_io" */
        return str_from_utf8(t->name, (size_t)(dot - t->name));
    return str_from_cstr("builtins");
}

static Object *type_get_doc(Object *o, void *c)
{
    TypeObject *t = (TypeObject *)o;
    if (!TYPE_HAS(t, TPF_HEAPTYPE))
        return t->doc ? str_from_cstr(t->doc) : NEWREF(NONE);
    Object *d = t->dict ? dict_getitem_str(t->dict, "__doc__") : NULL;
    return NEWREF(d ? d : NONE);
}

static Object *tuple_or_empty(Object *t)
{
    return t ? NEWREF(t) : tuple_new(0);
}

static Object *type_get_mro(Object *o, void *c) { return tuple_or_empty(((TypeObject *)o)->mro); }
static Object *type_get_bases(Object *o, void *c) { return tuple_or_empty(((TypeObject *)o)->bases); }

static Object *type_get_base(Object *o, void *c)
{
    TypeObject *b = ((TypeObject *)o)->base;
    return NEWREF(b ? (Object *)b : NONE);
}

/* A copy: garter has no mappingproxy yet, and a copy keeps the type's own
 * dict out of reach of mutation. */
static Object *type_get_dict(Object *o, void *c)
{
    TypeObject *t = (TypeObject *)o;
    return t->dict ? dict_copy(t->dict) : dict_new();
}

static Object *type_mro_method(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("type.mro", nargs, kw) < 0)
        return NULL;
    Object *mro = ((TypeObject *)self)->mro;
    if (mro == NULL)
        return err_set_string(&Exc_SystemError, "type has no __mro__ yet");
    return list_from_array(TUPLE_ITEMS(mro), TUPLE_SIZE(mro));
}

static MethodDef type_methods[] = {
    { "mro", type_mro_method, 0, "Return a type's method resolution order." },
    { NULL }
};

static GetSetDef type_getset[] = {
    { "__name__", type_get_name_, NULL, NULL },
    { "__qualname__", type_get_qualname, NULL, NULL },
    { "__module__", type_get_module, NULL, NULL },
    { "__doc__", type_get_doc, NULL, NULL },
    { "__mro__", type_get_mro, NULL, NULL },
    { "__bases__", type_get_bases, NULL, NULL },
    { "__base__", type_get_base, NULL, NULL },
    { "__dict__", type_get_dict, NULL, NULL },
    { NULL }
};

/* Static types are never freed; heap types (classes) free their slots. */
static void type_dealloc(Object *o)
{
    TypeObject *t = (TypeObject *)o;
    if (!TYPE_HAS(t, TPF_HEAPTYPE))
        return;
    HeapTypeObject *ht = (HeapTypeObject *)t;
    gc_untrack(o);
    CLEAR(t->dict);
    CLEAR(t->mro);
    CLEAR(t->bases);
    CLEAR(t->subclasses);
    if (t->base)
        DECREF((Object *)t->base);
    CLEAR(ht->ht_name);
    CLEAR(ht->ht_qualname);
    CLEAR(ht->ht_slots);
    obj_free(o);
}

static int type_traverse(Object *o, visitproc visit, void *arg)
{
    TypeObject *t = (TypeObject *)o;
    if (!TYPE_HAS(t, TPF_HEAPTYPE))
        return 0;
    Object *refs[] = { t->dict, t->mro, t->bases, (Object *)t->base };
    for (size_t i = 0; i < 4; i++)
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r)
                return r;
        }
    return 0;
}

static int type_clear(Object *o)
{
    TypeObject *t = (TypeObject *)o;
    if (TYPE_HAS(t, TPF_HEAPTYPE)) {
        CLEAR(t->dict);
        CLEAR(t->mro);
    }
    return 0;
}

TypeObject Type_Type = {
    TYPE_HEAD_INIT,
    .name = "type",
    .basicsize = sizeof(HeapTypeObject),
    .tpflags = TPF_GC | TPF_BASETYPE | TPF_TYPE_SUB,
    .doc = "type(object) -> the object's type\n"
           "type(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .repr = type_repr,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .call = type_call,
    .traverse = type_traverse,
    .clear = type_clear,
    .methods = type_methods,
    .getset = type_getset,
    .dictoffset = 0,
};
