/* type.h — the `type` and `object` types, readying static types (slot
 * inheritance, __mro__, the type dict built from MethodDef/GetSetDef
 * tables) and generic attribute lookup through the MRO with descriptors. */
#ifndef GARTER_TYPE_H
#define GARTER_TYPE_H

#include "objects/object.h"

extern TypeObject Type_Type;        /* type */
extern TypeObject BaseObject_Type;  /* object, the root of every MRO */

/* A class created at run time (TPF_HEAPTYPE).  Its TypeObject's name
 * points into ht_name's UTF-8 and num at as_number, so everything that
 * reads slots treats heap and static types alike. */
typedef struct HeapTypeObject {
    TypeObject type;
    NumberMethods as_number;
    Object *ht_name;            /* str: __name__ */
    Object *ht_qualname;        /* str: __qualname__ */
    Object *ht_slots;           /* tuple of __slots__ names, or NULL */
} HeapTypeObject;

#define TYPE_CHECK(o)        TYPE_HAS(TYPE(o), TPF_TYPE_SUB)
#define TYPE_CHECK_EXACT(o)  IS_TYPE(o, &Type_Type)

/* A static TypeObject initializer head: `TypeObject Foo_Type = {
 * TYPE_HEAD_INIT, .name = "foo", ... };` */
#define TYPE_HEAD_INIT { OBJ_HEAD_INIT(&Type_Type), 0 }

/* Readies a type: inherits NULL slots from the base (object if none), sets
 * TPF_READY and the fast-subclass flags, and builds bases/__mro__/dict
 * (methods, getsets, __doc__).  Static types readied before str/dict/tuple
 * exist get their bases/mro/dict at the end of rt_init (type_ready_pending);
 * slot inheritance happens at once.  0 or -1. */
int type_ready(TypeObject *t);
/* Builds the dicts of the static types readied early.  Called by rt_init
 * once str, tuple and dict are ready.  0 or -1. */
int type_ready_pending(void);

/* 1 if a is b or a subclass of b (walks the MRO, or the base chain). */
int type_is_subtype(TypeObject *a, TypeObject *b);
/* 1 if isinstance-by-type(o, t). */
static inline int obj_type_check(Object *o, TypeObject *t)
{
    return TYPE(o) == t || type_is_subtype(TYPE(o), t);
}

/* BORROWED: the attribute `name` (a str) found in the MRO of t, or NULL
 * (no exception set).  Compares interned names by pointer first. */
Object *type_lookup(TypeObject *t, Object *name);
/* BORROWED: as type_lookup with a C string name. */
Object *type_lookup_cstr(TypeObject *t, const char *name);
/* Must be called after anything writes to t->dict directly: bumps
 * t->version (inline caches key on it) and retires the attribute cache,
 * which holds BORROWED values that a dict write may free. */
void type_modified(TypeObject *t);
/* Changes whenever any type's dict does: an inline cache keyed on a
 * type's version must also match this, since modifying a base class does
 * not bump its subclasses' versions. */
extern const uint32_t *const type_epoch;

/* Generic attribute protocol (object.__getattribute__/__setattr__): data
 * descriptors on the type, then the instance dict, then non-data
 * descriptors and class attributes.  NEW / 0 or -1. */
Object *obj_generic_getattr(Object *o, Object *name);
int obj_generic_setattr(Object *o, Object *name, Object *value);
/* Address of the instance __dict__ slot, or NULL if the type has none. */
Object **obj_dict_ptr(Object *o);

/* NEW: the str __qualname__-ish name used in messages; `type_name` in
 * object.h gives the C string. */
Object *type_get_name(TypeObject *t);

/* The hash/repr/richcompare of `object` (identity-based), reusable by
 * types that want the defaults explicitly. */
hash_t obj_generic_hash(Object *o);
Object *obj_generic_repr(Object *o);        /* NEW: <foo object at 0x...> */

int  type_init(void);
void type_fini(void);

#endif
