/* errors.c — setting, testing and clearing the current exception (stub
 * while the core lands: messages are not yet attached). */
#include <stdarg.h>

#include "runtime/errors.h"
#include "runtime/threadstate.h"
#include "objects/type.h"

static Object *set_new(TypeObject *t)
{
    Object *e = exc_new(t, NULL);
    err_restore(e);
    return NULL;
}
Object *err_set_string(TypeObject *t, const char *msg) { (void)msg; return set_new(t); }
Object *err_format(TypeObject *t, const char *fmt, ...) { (void)fmt; return set_new(t); }
Object *err_set_object(TypeObject *t, Object *v) { (void)v; return set_new(t); }
Object *err_no_memory(void) { return set_new(&Exc_MemoryError); }
Object *err_raise(Object *e) { INCREF(e); err_restore(e); return NULL; }
Object *err_occurred(void) { return ts_current->curexc; }
int err_matches(Object *e) { return ts_current->curexc && type_is_subtype(TYPE(ts_current->curexc), (TypeObject *)e); }
int err_matches_type(TypeObject *t) { return ts_current->curexc && type_is_subtype(TYPE(ts_current->curexc), t); }
void err_clear(void) { CLEAR(ts_current->curexc); }
Object *err_fetch(void) { Object *e = ts_current->curexc; ts_current->curexc = NULL; return e; }
void err_restore(Object *e) { SETREF(ts_current->curexc, e); }
Object *err_from_errno(TypeObject *t, const char *f) { (void)f; return set_new(t); }
Object *err_bad_internal_call(const char *w) { (void)w; return set_new(&Exc_SystemError); }
