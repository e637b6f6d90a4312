/* set.c — set and frozenset (stub: being implemented). */
#include "objects/set.h"
#include "objects/type.h"
#include "runtime/errors.h"

TypeObject Set_Type = { TYPE_HEAD_INIT, .name = "set", .tpflags = TPF_GC | TPF_BASETYPE };
TypeObject FrozenSet_Type = { TYPE_HEAD_INIT, .name = "frozenset", .tpflags = TPF_GC | TPF_BASETYPE };
TypeObject SetIter_Type = { TYPE_HEAD_INIT, .name = "set_iterator", .tpflags = TPF_GC };

int set_check(Object *o) { return obj_type_check(o, &Set_Type); }
int frozenset_check(Object *o) { return obj_type_check(o, &FrozenSet_Type); }
int anyset_check(Object *o) { return set_check(o) || frozenset_check(o); }
Object *set_new(Object *it) { (void)it; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *frozenset_new(Object *it) { (void)it; return err_set_string(&Exc_SystemError, "not implemented"); }
int set_add(Object *s, Object *k) { (void)s; (void)k; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int set_discard(Object *s, Object *k) { (void)s; (void)k; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int set_contains(Object *s, Object *k) { (void)s; (void)k; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
intptr_t set_size(Object *s) { return ((SetObject *)s)->used; }
int set_next(Object *s, intptr_t *pos, Object **k, hash_t *h) { (void)s; (void)pos; (void)k; (void)h; return 0; }
Object *set_pop(Object *s) { (void)s; return err_set_string(&Exc_SystemError, "not implemented"); }
int set_clear(Object *s) { (void)s; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int set_update(Object *s, Object *it) { (void)s; (void)it; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int set_init(void) { return 0; }
void set_fini(void) { }
