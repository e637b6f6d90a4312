/* none.c — None, NotImplemented and Ellipsis: three immortal singletons and
 * their types (NoneType, NotImplementedType, ellipsis).  Calling a type
 * returns its singleton, as in CPython. */
#include "objects/none.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/errors.h"

static Object *none_repr(Object *o) { return str_from_cstr("None"); }
static Object *notimpl_repr(Object *o) { return str_from_cstr("NotImplemented"); }
static Object *ellipsis_repr(Object *o) { return str_from_cstr("Ellipsis"); }

static int none_bool(Object *o) { return 0; }

/* The singletons are static and never freed. */
static void singleton_dealloc(Object *o) { o->refcnt = STATIC_REFCNT; }

/* NoneType() -> None: no arguments allowed. */
static Object *singleton_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs || (kw && ((VarObject *)kw)->size)) {
        return err_format(&Exc_TypeError, "%s takes no arguments",
                          t == &EllipsisType_Type ? "EllipsisType" : t->name);
    }
    if (t == &NoneType_Type)
        return NEWREF(NONE);
    if (t == &NotImplementedType_Type)
        return NEWREF(NOTIMPL);
    return NEWREF(ELLIPSIS);
}

static NumberMethods none_as_number = { .bool_ = none_bool };

TypeObject NoneType_Type = {
    TYPE_HEAD_INIT, .name = "NoneType", .basicsize = sizeof(Object),
    .dealloc = singleton_dealloc, .repr = none_repr, .num = &none_as_number,
    .new_ = singleton_new,
};
TypeObject NotImplementedType_Type = {
    TYPE_HEAD_INIT, .name = "NotImplementedType", .basicsize = sizeof(Object),
    .dealloc = singleton_dealloc, .repr = notimpl_repr, .new_ = singleton_new,
};
TypeObject EllipsisType_Type = {
    TYPE_HEAD_INIT, .name = "ellipsis", .basicsize = sizeof(Object),
    .dealloc = singleton_dealloc, .repr = ellipsis_repr, .new_ = singleton_new,
};

Object None_Obj = OBJ_HEAD_INIT(&NoneType_Type);
Object NotImplemented_Obj = OBJ_HEAD_INIT(&NotImplementedType_Type);
Object Ellipsis_Obj = OBJ_HEAD_INIT(&EllipsisType_Type);

int none_init(void)
{
    if (type_ready(&NoneType_Type) < 0 || type_ready(&NotImplementedType_Type) < 0 ||
        type_ready(&EllipsisType_Type) < 0)
        return -1;
    return 0;
}
