/* none.h — the singletons None, NotImplemented and Ellipsis and their types. */
#ifndef GARTER_NONE_H
#define GARTER_NONE_H

#include "objects/object.h"

extern TypeObject NoneType_Type, NotImplementedType_Type, EllipsisType_Type;
extern Object None_Obj, NotImplemented_Obj, Ellipsis_Obj;

#define NONE      (&None_Obj)
#define NOTIMPL   (&NotImplemented_Obj)
#define ELLIPSIS  (&Ellipsis_Obj)
#define IS_NONE(o) ((Object *)(o) == NONE)

/* `return RETURN_NONE;`-style helpers yielding NEW references. */
#define RETURN_NONE     return NEWREF(NONE)
#define RETURN_NOTIMPL  return NEWREF(NOTIMPL)

int none_init(void);

#endif
