/* errors.h — raising, testing and clearing the current exception.
 * The current exception lives in the thread state (runtime/threadstate.h)
 * as a normalized exception instance.  Functions that fail set it and return
 * NULL (Object *) or -1 (int). */
#ifndef GARTER_ERRORS_H
#define GARTER_ERRORS_H

#include "objects/object.h"
#include "objects/exceptions.h"

/* Set the current exception to exc(msg).  Always returns NULL so callers can
 * `return err_set_string(...)`. */
Object *err_set_string(TypeObject *exc, const char *msg);
/* printf-like; besides the C formats (%s %d %i %u %ld %lld %zd %zu %x %p %c %%)
 * it knows %R (repr of an Object *), %S (str of an Object *), %U (a str
 * object's text) and %T (the type name of an Object *).  Returns NULL. */
Object *err_format(TypeObject *exc, const char *fmt, ...);
/* Set exc with the single argument value (BORROWED).  Returns NULL. */
Object *err_set_object(TypeObject *exc, Object *value);
/* Raise MemoryError.  Returns NULL. */
Object *err_no_memory(void);
/* Raise an exception instance or class (as `raise x`).  BORROWED.  Returns NULL. */
Object *err_raise(Object *exc);
/* BORROWED: the current exception instance, or NULL. */
Object *err_occurred(void);
/* 1 if the current exception is an instance of exc (a type or a tuple). */
int err_matches(Object *exc);
int err_matches_type(TypeObject *exc);
void err_clear(void);
/* NEW: take the current exception out of the thread state (or NULL). */
Object *err_fetch(void);
/* Set the current exception; STEALS exc (may be NULL: clears). */
void err_restore(Object *exc);
/* errno-based OSError (FileNotFoundError etc. chosen from errno). */
Object *err_from_errno(TypeObject *exc, const char *filename);
/* The message for "bad internal call": a SystemError, for can't-happen paths. */
Object *err_bad_internal_call(const char *where);

#endif
