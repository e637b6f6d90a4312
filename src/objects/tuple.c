/* tuple.c — the tuple type (stub: being implemented). */
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

TypeObject Tuple_Type = { TYPE_HEAD_INIT, .name = "tuple", .tpflags = TPF_GC | TPF_BASETYPE | TPF_TUPLE_SUB };
TypeObject TupleIter_Type = { TYPE_HEAD_INIT, .name = "tuple_iterator", .tpflags = TPF_GC };

Object *tuple_new(intptr_t n) { (void)n; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *tuple_pack(intptr_t n, ...) { (void)n; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *tuple_from_array(Object *const *items, intptr_t n) { (void)items; (void)n; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *tuple_from_iterable(Object *it) { (void)it; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *tuple_getslice(Object *t, intptr_t lo, intptr_t hi) { (void)t; (void)lo; (void)hi; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *tuple_getitem(Object *t, intptr_t i) { (void)t; (void)i; return err_set_string(&Exc_SystemError, "not implemented"); }
int tuple_resize(Object **pt, intptr_t n) { (void)pt; (void)n; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
Object *tuple_empty(void) { return NULL; }
int tuple_init(void) { return 0; }
void tuple_fini(void) { }
