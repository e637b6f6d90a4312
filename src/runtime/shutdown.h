/* shutdown.h — interpreter finalization as CPython 3.11's Py_FinalizeEx
 * does it (runtime/shutdown.c), and the atexit module's C side
 * (modules/atexit.c) that the sequence drives. */
#ifndef GARTER_SHUTDOWN_H
#define GARTER_SHUTDOWN_H

#include <stddef.h>

#include "objects/object.h"

/* The finalization sequence, run once after the main program finished
 * (normally, by an uncaught exception or by SystemExit) and before
 * rt_fini: waits for non-daemon threads (threading._shutdown), runs the
 * atexit handlers, flushes sys.stdout/stderr, collects garbage, then
 * clears sys.modules and the modules' namespaces in CPython's order so
 * that __del__ methods of globals run, with full collections in between.
 * status is the program's exit status; returns the status to exit with
 * (120 when flushing sys.stdout failed, as CPython).  A second call does
 * nothing but return status. */
int rt_finalize(int status);
/* Snapshots the builtins namespace once it is complete and before any
 * user code runs; finalization restores it (CPython's builtins_copy), so
 * values a program stored in builtins die before the collections.  0/-1. */
int rt_finalize_prepare(void);
/* sys.last_type, sys.last_value and sys.last_traceback := the uncaught
 * exception exc (BORROWED), as CPython's PyErr_Print does; they keep the
 * traceback's frames (and the objects their locals hold) alive until
 * rt_finalize sets them to None. */
void rt_set_last_exception(Object *exc);
/* 1 once rt_finalize has begun (module namespaces may be half cleared). */
int rt_is_finalizing(void);
/* 1 once finalization emptied sys.modules: CPython's traceback printer
 * can no longer import io then, so tracebacks printed from destructors
 * show no source lines; garter's printer follows (runtime/traceback.c). */
int rt_finalize_modules_gone(void);
/* 1 once finalization set sys.meta_path to None: importing a module that
 * is not in sys.modules raises CPython's ImportError "sys.meta_path is
 * None, Python is likely shutting down" (runtime/import.c). */
int rt_finalize_no_imports(void);

/* ---- modules/atexit.c ---------------------------------------------------- */

/* NEW: the atexit module (for the built-in module registry). */
Object *mod_atexit_create(void);
/* Runs the registered handlers, last registered first, then forgets them
 * all (atexit._run_exitfuncs).  A handler's exception is printed as
 * "Exception ignored in atexit callback: <repr>" and the others still run.
 * The current exception, if any, is preserved. */
void mod_atexit_run(void);
/* Number of handler slots (atexit._ncallbacks(); unregistered handlers
 * leave a slot behind until the next run or clear, as in CPython). */
size_t mod_atexit_count(void);
/* Drops every handler without calling it (end of rt_finalize). */
void mod_atexit_fini(void);

#endif
