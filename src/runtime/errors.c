/* errors.c — setting, testing and clearing the current exception.  The
 * current exception is always a normalized instance held by the thread
 * state; raising builds the instance at once (garter has no lazy
 * (type, value) pairs). */
#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include "runtime/errors.h"
#include "runtime/threadstate.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

/* Sets the current exception to t(*args) (args BORROWED, NULL: no args).
 * If building the instance fails, that failure stays set instead. */
static Object *set_with_args(TypeObject *t, Object *args)
{
    Object *e = exc_new(t, args);
    if (e)
        err_restore(e);
    return NULL;
}

/* t(value): one argument, STEALS value. */
static Object *set_one(TypeObject *t, Object *value)
{
    if (value == NULL)
        return NULL;
    Object *args = tuple_pack(1, value);
    DECREF(value);
    if (args == NULL)
        return NULL;
    set_with_args(t, args);
    DECREF(args);
    return NULL;
}

Object *err_set_string(TypeObject *t, const char *msg)
{
    return set_one(t, str_from_cstr(msg));
}

Object *err_format(TypeObject *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Object *msg = str_from_vformat(fmt, ap);
    va_end(ap);
    return set_one(t, msg);
}

Object *err_set_object(TypeObject *t, Object *value)
{
    return set_one(t, NEWREF(value));
}

/* Uses the preallocated instance: building a new one needs memory. */
Object *err_no_memory(void)
{
    static int building;
    Object *e = exc_memory_error();
    if (e) {
        err_restore(e);
    } else if (!building) {         /* during startup only */
        building = 1;
        set_with_args(&Exc_MemoryError, NULL);
        building = 0;
    }
    return NULL;
}

Object *err_raise(Object *exc)
{
    if (TYPE_CHECK(exc) && EXC_TYPE_CHECK(exc))
        return set_with_args((TypeObject *)exc, NULL);
    if (EXC_CHECK(exc)) {
        err_restore(NEWREF(exc));
        return NULL;
    }
    return err_set_string(&Exc_TypeError, "exceptions must derive from BaseException");
}

Object *err_occurred(void)
{
    return ts_current->curexc;
}

int err_matches(Object *exc)
{
    Object *cur = ts_current->curexc;
    if (cur == NULL)
        return 0;
    if (TUPLE_CHECK(exc)) {
        for (intptr_t i = 0; i < TUPLE_SIZE(exc); i++)
            if (err_matches(TUPLE_GET(exc, i)))
                return 1;
        return 0;
    }
    if (!TYPE_CHECK(exc))
        return 0;
    return type_is_subtype(TYPE(cur), (TypeObject *)exc);
}

int err_matches_type(TypeObject *t)
{
    Object *cur = ts_current->curexc;
    return cur && type_is_subtype(TYPE(cur), t);
}

void err_clear(void)
{
    CLEAR(ts_current->curexc);
}

Object *err_fetch(void)
{
    Object *e = ts_current->curexc;
    ts_current->curexc = NULL;
    return e;
}

void err_restore(Object *exc)
{
    SETREF(ts_current->curexc, exc);
}

Object *err_from_errno(TypeObject *t, const char *filename)
{
    int e = errno;
    if (e == ENOMEM)
        return err_no_memory();
    Object *num = int_from_i64(e);
    Object *msg = str_from_cstr(strerror(e));
    Object *fn = filename ? str_from_cstr(filename) : NULL;
    Object *args = NULL;
    if (num && msg && (filename == NULL || fn))
        args = fn ? tuple_pack(3, num, msg, fn) : tuple_pack(2, num, msg);
    XDECREF(num);
    XDECREF(msg);
    XDECREF(fn);
    if (args == NULL)
        return NULL;
    set_with_args(t, args);
    DECREF(args);
    return NULL;
}

Object *err_bad_internal_call(const char *where)
{
    return err_format(&Exc_SystemError, "%s: bad argument to internal function",
                      where ? where : "?");
}
