/* percent.h — printf-style formatting: `str % args` and `bytes % args`
 * with CPython 3.11's rules (tuple vs single argument, %(key)s mappings,
 * flags -+ #0, width/precision with '*', and its error messages). */
#ifndef GARTER_PERCENT_H
#define GARTER_PERCENT_H

#include "objects/object.h"

/* fmt % args where fmt is a str: NEW str.  Steals nothing.  This is the
 * body of str's num->mod slot when the left operand is a str. */
Object *str_percent_format(Object *fmt, Object *args);
/* fmt % args where fmt is a bytes: NEW bytes.  Steals nothing. */
Object *bytes_percent_format(Object *fmt, Object *args);

#endif
