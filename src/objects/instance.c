/* instance.c — the lifetime of instances of classes: dealloc runs __del__
 * once (PEP 442: OF_FINALIZED), survives resurrection, releases the
 * __slots__ members and the instance dict the classes added, then hands
 * the object to the nearest built-in base's dealloc; traverse and clear
 * cover the same references for the cycle collector.  Also the
 * member_descriptor type that gives __slots__ entries their attributes. */
#include "objects/class.h"
#include "objects/descr.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"
#include "mem/gc.h"
#include "runtime/errors.h"

/* Address of member i of heap type t's own __slots__. */
static Object **member_at(Object *o, TypeObject *t, intptr_t i)
{
    return (Object **)((char *)o + t->base->basicsize + (size_t)i * sizeof(Object *));
}

static intptr_t nmembers(TypeObject *t)
{
    Object *s = ((HeapTypeObject *)t)->ht_slots;
    return s ? TUPLE_SIZE(s) : 0;
}

/* The instance dict slot when a class (not the built-in base) added it. */
static Object **own_dict(Object *o, TypeObject *sb)
{
    if (TYPE(o)->dictoffset != 0 && sb->dictoffset == 0)
        return obj_dict_ptr(o);
    return NULL;
}

int instance_clear(Object *o)
{
    TypeObject *t = TYPE(o), *b;
    for (b = t; b && TYPE_HAS(b, TPF_HEAPTYPE); b = b->base)
        for (intptr_t i = 0; i < nmembers(b); i++)
            CLEAR(*member_at(o, b, i));
    Object **dp = own_dict(o, b);
    if (dp)
        CLEAR(*dp);
    if (b && b->clear)
        return b->clear(o);
    return 0;
}

int instance_traverse(Object *o, visitproc visit, void *arg)
{
    TypeObject *t = TYPE(o), *b;
    for (b = t; b && TYPE_HAS(b, TPF_HEAPTYPE); b = b->base)
        for (intptr_t i = 0; i < nmembers(b); i++) {
            Object *v = *member_at(o, b, i);
            if (v) {
                int r = visit(v, arg);
                if (r)
                    return r;
            }
        }
    Object **dp = own_dict(o, b);
    if (dp && *dp) {
        int r = visit(*dp, arg);
        if (r)
            return r;
    }
    int r = visit((Object *)t, arg);
    if (r)
        return r;
    if (b && b->traverse)
        return b->traverse(o, visit, arg);
    return 0;
}

void instance_dealloc(Object *o)
{
    TypeObject *t = TYPE(o);
    if (t->finalize && !(o->flags & OF_FINALIZED)) {
        o->flags |= OF_FINALIZED;
        o->refcnt = 1;                  /* alive while __del__ runs */
        t->finalize(o);
        if (--o->refcnt != 0)
            return;                     /* resurrected */
    }
    if (TYPE_HAS(t, TPF_GC) && gc_is_tracked(o))
        gc_untrack(o);
    weakref_clear_refs(o);              /* after __del__, before the fields go */
    TypeObject *b;
    for (b = t; b && TYPE_HAS(b, TPF_HEAPTYPE); b = b->base)
        for (intptr_t i = 0; i < nmembers(b); i++)
            CLEAR(*member_at(o, b, i));
    Object **dp = own_dict(o, b);
    if (dp)
        CLEAR(*dp);
    b->dealloc(o);
}

/* ---- member_descriptor ------------------------------------------------------------ */

typedef struct MemberDescrObject {
    Object ob;
    TypeObject *owner;          /* BORROWED: lives in the owner's dict */
    Object *name;
    size_t offset;
} MemberDescrObject;

Object *member_descr_new(TypeObject *t, Object *name, size_t off)
{
    MemberDescrObject *m = (MemberDescrObject *)obj_alloc(&MemberDescr_Type);
    if (m == NULL)
        return NULL;
    m->owner = t;
    m->name = NEWREF(name);
    m->offset = off;
    return (Object *)m;
}

static int member_check(MemberDescrObject *m, Object *obj)
{
    if (obj_type_check(obj, m->owner))
        return 0;
    err_format(&Exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
               m->name, m->owner->name, TYPE(obj)->name);
    return -1;
}

static Object *member_get(Object *d, Object *obj, Object *type)
{
    MemberDescrObject *m = (MemberDescrObject *)d;
    if (obj == NULL)
        return NEWREF(d);
    if (member_check(m, obj) < 0)
        return NULL;
    Object *v = *(Object **)((char *)obj + m->offset);
    if (v == NULL)
        return err_format(&Exc_AttributeError, "'%s' object has no attribute '%U'",
                          TYPE(obj)->name, m->name);
    return NEWREF(v);
}

static int member_set(Object *d, Object *obj, Object *value)
{
    MemberDescrObject *m = (MemberDescrObject *)d;
    if (member_check(m, obj) < 0)
        return -1;
    Object **slot = (Object **)((char *)obj + m->offset);
    if (value == NULL && *slot == NULL) {
        err_set_object(&Exc_AttributeError, m->name);     /* CPython says just "y" */
        return -1;
    }
    SETREF(*slot, value ? NEWREF(value) : NULL);
    return 0;
}

static Object *member_repr(Object *d)
{
    MemberDescrObject *m = (MemberDescrObject *)d;
    return str_from_format("<member '%U' of '%s' objects>", m->name, m->owner->name);
}

static void member_dealloc(Object *d)
{
    CLEAR(((MemberDescrObject *)d)->name);
    obj_free(d);
}

static Object *member_name(Object *d, void *c) { return NEWREF(((MemberDescrObject *)d)->name); }
static Object *member_objclass(Object *d, void *c)
{
    return NEWREF((Object *)((MemberDescrObject *)d)->owner);
}

static GetSetDef member_getset[] = {
    { "__name__", member_name, NULL, NULL, NULL },
    { "__objclass__", member_objclass, NULL, NULL, NULL },
    { NULL }
};

TypeObject MemberDescr_Type = {
    TYPE_HEAD_INIT,
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescrObject),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getset = member_getset,
};
