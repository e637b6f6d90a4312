/* bool.c — the `bool` type and its two singletons.  Stub. */
#include "objects/bool.h"

TypeObject Bool_Type = {
    .name = "bool",
    .basicsize = sizeof(IntObject),
    .tpflags = TPF_INT_SUB,
    .base = &Int_Type,
};
IntObject True_Obj = { OBJ_HEAD_INIT(&Bool_Type), 1 };
IntObject False_Obj = { OBJ_HEAD_INIT(&Bool_Type), 0 };

Object *bool_from(int v) { return NEWREF(v ? GTrue : GFalse); }
int bool_init(void) { return 0; }
