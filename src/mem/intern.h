/* intern.h — the table of interned strings.  Identifier-like strings are
 * interned so attribute and name lookups can compare pointers.  The table
 * holds one reference to each interned string (CPython 3.11 semantics);
 * interned strings carry OF_INTERNED. */
#ifndef GARTER_INTERN_H
#define GARTER_INTERN_H

#include "objects/object.h"

/* NEW: the canonical interned str equal to s; STEALS s.  NULL on error
 * (s is released).  s must be an exact str. */
Object *intern_str(Object *s);
/* NEW: intern a NUL-terminated UTF-8 C string. */
Object *intern_cstr(const char *s);
/* BORROWED: intern a C string for use as a long-lived name constant
 * (static Object *name_foo = intern_static("foo")).  The table's reference
 * keeps it alive until intern_fini, so the caller never DECREFs it and
 * nothing leaks at shutdown; re-fetch it after a new rt_init. */
Object *intern_static(const char *s);
/* BORROWED: the interned str equal to s, or NULL if none (no error). */
Object *intern_lookup(Object *s);
/* Number of interned strings (for tests and sys). */
size_t intern_count(void);

int  intern_init(void);
void intern_fini(void);

#endif
