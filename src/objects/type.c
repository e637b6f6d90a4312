/* type.c — the `type` and `object` types (stub while the core lands). */
#include "objects/type.h"
#include "runtime/errors.h"

TypeObject Type_Type = { TYPE_HEAD_INIT, .name = "type",
    .basicsize = sizeof(TypeObject), .tpflags = TPF_TYPE_SUB | TPF_BASETYPE };
TypeObject BaseObject_Type = { TYPE_HEAD_INIT, .name = "object",
    .basicsize = sizeof(Object), .tpflags = TPF_BASETYPE };

int type_ready(TypeObject *t) { t->tpflags |= TPF_READY; return 0; }
int type_ready_pending(void) { return 0; }
int type_is_subtype(TypeObject *a, TypeObject *b)
{
    for (; a; a = a->base)
        if (a == b)
            return 1;
    return b == &BaseObject_Type;
}
Object *type_lookup(TypeObject *t, Object *name) { (void)t; (void)name; return NULL; }
Object *type_lookup_cstr(TypeObject *t, const char *name) { (void)t; (void)name; return NULL; }
void type_modified(TypeObject *t) { t->version++; }
Object *obj_generic_getattr(Object *o, Object *name)
{
    (void)o; (void)name;
    return err_set_string(&Exc_SystemError, "getattr: not implemented");
}
int obj_generic_setattr(Object *o, Object *name, Object *value)
{
    (void)o; (void)name; (void)value;
    err_set_string(&Exc_SystemError, "setattr: not implemented");
    return -1;
}
Object **obj_dict_ptr(Object *o) { (void)o; return NULL; }
Object *type_get_name(TypeObject *t)
{
    (void)t;
    return err_set_string(&Exc_SystemError, "type_get_name: not implemented");
}
hash_t obj_generic_hash(Object *o) { return (hash_t)((uintptr_t)o >> 4); }
Object *obj_generic_repr(Object *o)
{
    (void)o;
    return err_set_string(&Exc_SystemError, "repr: not implemented");
}
const char *type_name(TypeObject *t) { return t->name; }
int type_init(void) { return 0; }
void type_fini(void) {}
