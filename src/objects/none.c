/* none.c — None, NotImplemented and Ellipsis: three immortal singletons and
 * their types (NoneType, NotImplementedType, ellipsis). */
#include "objects/none.h"
#include "objects/type.h"

TypeObject NoneType_Type = { TYPE_HEAD_INIT, .name = "NoneType",
    .basicsize = sizeof(Object) };
TypeObject NotImplementedType_Type = { TYPE_HEAD_INIT, .name = "NotImplementedType",
    .basicsize = sizeof(Object) };
TypeObject EllipsisType_Type = { TYPE_HEAD_INIT, .name = "ellipsis",
    .basicsize = sizeof(Object) };

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
