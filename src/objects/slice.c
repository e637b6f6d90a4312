/* slice.c — slice objects (stub: being implemented). */
#include "objects/slice.h"
#include "objects/type.h"
#include "runtime/errors.h"

TypeObject Slice_Type = { TYPE_HEAD_INIT, .name = "slice" };

Object *slice_new(Object *a, Object *b, Object *c) { (void)a; (void)b; (void)c; return err_set_string(&Exc_SystemError, "not implemented"); }
int slice_unpack(Object *s, intptr_t *a, intptr_t *b, intptr_t *c) { (void)s; (void)a; (void)b; (void)c; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
intptr_t slice_adjust_indices(intptr_t len, intptr_t *a, intptr_t *b, intptr_t c) { (void)len; (void)a; (void)b; (void)c; return 0; }
int slice_indices(Object *s, intptr_t len, intptr_t *a, intptr_t *b, intptr_t *c, intptr_t *n) { (void)s; (void)len; (void)a; (void)b; (void)c; (void)n; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int slice_init(void) { return 0; }
void slice_fini(void) { }
