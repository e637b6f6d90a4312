/* iter.c — generic iterators (stub: being implemented). */
#include "objects/iter.h"
#include "objects/type.h"
#include "runtime/errors.h"

TypeObject SeqIter_Type = { TYPE_HEAD_INIT, .name = "iterator", .tpflags = TPF_GC };
TypeObject CallIter_Type = { TYPE_HEAD_INIT, .name = "callable_iterator", .tpflags = TPF_GC };
TypeObject Reversed_Type = { TYPE_HEAD_INIT, .name = "reversed", .tpflags = TPF_GC | TPF_BASETYPE };

Object *iter_seqiter_new(Object *s) { (void)s; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *iter_calliter_new(Object *c, Object *s) { (void)c; (void)s; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *iter_reversed(Object *s) { (void)s; return err_set_string(&Exc_SystemError, "not implemented"); }
int iter_init(void) { return 0; }
