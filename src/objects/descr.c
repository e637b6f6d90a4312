/* descr.c — descriptors of built-in types (stub while the core lands). */
#include "objects/descr.h"
#include "objects/type.h"
#include "runtime/errors.h"

TypeObject MethodDescr_Type = { TYPE_HEAD_INIT, .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObject) };
TypeObject ClassMethodDescr_Type = { TYPE_HEAD_INIT, .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescrObject) };
TypeObject GetSetDescr_Type = { TYPE_HEAD_INIT, .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObject) };
TypeObject CFunction_Type = { TYPE_HEAD_INIT, .name = "builtin_function_or_method",
    .basicsize = sizeof(CFunctionObject) };

static Object *nyi(void) { return err_set_string(&Exc_SystemError, "descr: not implemented"); }
Object *descr_new_method(TypeObject *o, MethodDef *d) { (void)o; (void)d; return nyi(); }
Object *descr_new_classmethod(TypeObject *o, MethodDef *d) { (void)o; (void)d; return nyi(); }
Object *descr_new_getset(TypeObject *o, GetSetDef *d) { (void)o; (void)d; return nyi(); }
Object *cfunc_new(MethodDef *d, Object *s, Object *m) { (void)d; (void)s; (void)m; return nyi(); }
int arg_noargs(const char *n, size_t na, Object *kw) { (void)n; (void)na; (void)kw; return 0; }
int arg_one(const char *n, size_t na, Object *kw) { (void)n; (void)na; (void)kw; return 0; }
int arg_range(const char *n, size_t na, size_t mi, size_t ma) { (void)n; (void)na; (void)mi; (void)ma; return 0; }
int arg_nokw(const char *n, Object *kw) { (void)n; (void)kw; return 0; }
int descr_init(void) { return 0; }
