/* range.c — the range type (stub: being implemented). */
#include "objects/range.h"
#include "objects/type.h"
#include "runtime/errors.h"

TypeObject Range_Type = { TYPE_HEAD_INIT, .name = "range" };
TypeObject RangeIter_Type = { TYPE_HEAD_INIT, .name = "range_iterator" };
TypeObject LongRangeIter_Type = { TYPE_HEAD_INIT, .name = "longrange_iterator" };

Object *range_new(Object *a, Object *b, Object *c) { (void)a; (void)b; (void)c; return err_set_string(&Exc_SystemError, "not implemented"); }
int range_init(void) { return 0; }
