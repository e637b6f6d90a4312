/* bool.h — the `bool` type: a subclass of int with exactly two instances. */
#ifndef GARTER_BOOL_H
#define GARTER_BOOL_H

#include "objects/object.h"
#include "objects/int.h"

extern TypeObject Bool_Type;
extern IntObject True_Obj, False_Obj;   /* static singletons; never freed */

#define GTrue   ((Object *)&True_Obj)   /* BORROWED */
#define GFalse  ((Object *)&False_Obj)  /* BORROWED */
#define BOOL_CHECK(o)   IS_TYPE((o), &Bool_Type)

/* NEW: True if v is non-zero, else False. */
Object *bool_from(int v);
#define RETURN_TRUE   return NEWREF(GTrue)
#define RETURN_FALSE  return NEWREF(GFalse)

int bool_init(void);

#endif
