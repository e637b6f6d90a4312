/* abstract.c — the generic object operations of object.h (stub while the
 * core lands). */
#include "objects/object.h"
#include "objects/type.h"
#include "runtime/errors.h"

static void *nyi(void) { return err_set_string(&Exc_SystemError, "not implemented"); }
Object *obj_repr(Object *o) { (void)o; return nyi(); }
Object *obj_str(Object *o) { (void)o; return nyi(); }
hash_t obj_hash(Object *o) { (void)o; nyi(); return -1; }
hash_t hash_not_implemented(Object *o) { (void)o; nyi(); return -1; }
Object *obj_richcompare(Object *a, Object *b, int op) { (void)a; (void)b; (void)op; return nyi(); }
int obj_richcompare_bool(Object *a, Object *b, int op) { (void)op; if (a == b) return 1; nyi(); return -1; }
int obj_is_true(Object *o) { (void)o; return 1; }
intptr_t obj_length(Object *o) { (void)o; nyi(); return -1; }
Object *obj_getitem(Object *o, Object *k) { (void)o; (void)k; return nyi(); }
int obj_setitem(Object *o, Object *k, Object *v) { (void)o; (void)k; (void)v; nyi(); return -1; }
int obj_delitem(Object *o, Object *k) { (void)o; (void)k; nyi(); return -1; }
int obj_contains(Object *o, Object *k) { (void)o; (void)k; nyi(); return -1; }
Object *obj_getattr(Object *o, Object *n) { (void)o; (void)n; return nyi(); }
Object *obj_getattr_cstr(Object *o, const char *n) { (void)o; (void)n; return nyi(); }
int obj_setattr(Object *o, Object *n, Object *v) { (void)o; (void)n; (void)v; nyi(); return -1; }
Object *obj_iter(Object *o) { (void)o; return nyi(); }
Object *obj_next(Object *o) { (void)o; return nyi(); }
Object *obj_call(Object *f, Object *const *a, size_t n, Object *k) { (void)f; (void)a; (void)n; (void)k; return nyi(); }
Object *num_binop(Object *a, Object *b, int op) { (void)a; (void)b; (void)op; return nyi(); }
Object *num_inplace(Object *a, Object *b, int op) { (void)a; (void)b; (void)op; return nyi(); }
