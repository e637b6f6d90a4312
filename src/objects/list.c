/* list.c — the list type (stub: being implemented). */
#include "objects/list.h"
#include "objects/type.h"
#include "runtime/errors.h"

TypeObject List_Type = { TYPE_HEAD_INIT, .name = "list", .tpflags = TPF_GC | TPF_BASETYPE | TPF_LIST_SUB };
TypeObject ListIter_Type = { TYPE_HEAD_INIT, .name = "list_iterator", .tpflags = TPF_GC };
TypeObject ListRevIter_Type = { TYPE_HEAD_INIT, .name = "list_reverseiterator", .tpflags = TPF_GC };

Object *list_new(intptr_t n) { (void)n; return err_set_string(&Exc_SystemError, "not implemented"); }
int list_append(Object *l, Object *v) { (void)l; (void)v; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int list_insert(Object *l, intptr_t i, Object *v) { (void)l; (void)i; (void)v; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int list_extend(Object *l, Object *it) { (void)l; (void)it; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
Object *list_from_iterable(Object *it) { (void)it; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *list_from_array(Object *const *items, intptr_t n) { (void)items; (void)n; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *list_as_tuple(Object *l) { (void)l; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *list_getitem(Object *l, intptr_t i) { (void)l; (void)i; return err_set_string(&Exc_SystemError, "not implemented"); }
int list_setitem(Object *l, intptr_t i, Object *v) { (void)l; (void)i; (void)v; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
Object *list_getslice(Object *l, intptr_t lo, intptr_t hi) { (void)l; (void)lo; (void)hi; return err_set_string(&Exc_SystemError, "not implemented"); }
int list_setslice(Object *l, intptr_t lo, intptr_t hi, Object *v) { (void)l; (void)lo; (void)hi; (void)v; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int list_sort(Object *l, Object *key, int reverse) { (void)l; (void)key; (void)reverse; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int list_reverse(Object *l) { (void)l; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int list_clear(Object *l) { (void)l; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int list_init(void) { return 0; }
void list_fini(void) { }
