/* traceback.h — traceback objects (one entry per frame an exception passed
 * through) and printing uncaught exceptions exactly as CPython 3.11 does:
 * source lines, caret lines, "[Previous line repeated N more times]", and
 * chained exceptions. */
#ifndef GARTER_TRACEBACK_H
#define GARTER_TRACEBACK_H

#include <stdio.h>
#include "objects/object.h"

extern TypeObject Traceback_Type;

/* Prepends an entry for (code, span) to exc's traceback.  code is a
 * CodeObject (BORROWED); pos a NodePos (copied).  0/-1. */
int tb_add(Object *exc, void *code, const void *pos);
/* BORROWED: the code of the innermost entry of traceback tb, or NULL. */
struct CodeObject *tb_innermost_code(Object *tb);
/* Prints exc (with its __cause__/__context__ chain) to out. */
void tb_print_exception(Object *exc, FILE *out);

#endif
