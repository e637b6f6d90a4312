/* sys_hooks.h — sys.displayhook and sys.excepthook (with the originals in
 * sys.__displayhook__ / sys.__excepthook__), sys.builtin_module_names, and
 * the report of an uncaught exception through sys.excepthook, as CPython's
 * PyErr_Print does for scripts, -c, -m and the REPL. */
#ifndef GARTER_SYS_HOOKS_H
#define GARTER_SYS_HOOKS_H

#include "objects/object.h"

/* Adds displayhook, __displayhook__, excepthook, __excepthook__ and
 * builtin_module_names to the sys module m (BORROWED).  0/-1. */
int mod_sys_hooks_add(Object *m);

/* Reports exc (BORROWED, not SystemExit) as uncaught: stores it in
 * sys.last_type/last_value/last_traceback, then calls sys.excepthook(type,
 * value, traceback); prints "sys.excepthook is missing" and the exception
 * when there is no hook, and the hook's own error followed by the original
 * exception when the hook fails.  Leaves no exception set. */
void rt_print_uncaught(Object *exc);

#endif
