/* suggest.h — the "Did you mean: 'x'?" hint CPython 3.11 appends to an
 * uncaught NameError or AttributeError (Python/suggestions.c). */
#ifndef GARTER_SUGGEST_H
#define GARTER_SUGGEST_H

#include "objects/object.h"

/* NEW str: the closest name to exc's missing name (exc exactly NameError:
 * the raising frame's locals, then its globals, then builtins; exactly
 * AttributeError: dir(exc.obj)), or NULL with no exception set when there
 * is none. */
Object *rt_suggest(Object *exc);

#endif
