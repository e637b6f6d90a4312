/* run_interactive.h — running one interactive statement the way CPython's
 * REPL does: compile in "single" mode (expression statements at module
 * level echo their value through sys.displayhook), run in the __main__
 * globals, print an uncaught exception's traceback and carry on, and turn
 * SystemExit into an exit status.  Used by the REPL (src/repl.c). */
#ifndef GARTER_RUN_INTERACTIVE_H
#define GARTER_RUN_INTERACTIVE_H

#include <stddef.h>
#include "objects/object.h"
#include "parse/arena.h"
#include "parse/syntaxerr.h"

struct Module;

enum {
    RI_OK = 0,          /* ran to the end */
    RI_ERROR = 1,       /* an exception (or syntax error) was printed */
    RI_EXIT = 2,        /* SystemExit: *exit_code holds the status */
};

/* Compiles and runs m (an Interactive module parsed from src[0..len) with
 * filename "<stdin>") in globals (BORROWED).  Returns RI_*. */
int rt_run_interactive(struct Module *m, const char *src, size_t len,
                       Object *globals, int *exit_code);
/* Prints a syntax error from the parser as the REPL does (File "<stdin>",
 * line N relative to the statement).  Also the resolver's errors. */
void rt_interactive_syntax_error(const SyntaxErr *e);
/* Prints the current exception (cleared afterwards) as an uncaught one, or
 * for SystemExit stores its status in *exit_code and returns RI_EXIT;
 * otherwise RI_ERROR. */
int rt_interactive_report(int *exit_code);
/* NEW: the globals of a fresh __main__ module (__name__, __doc__,
 * __builtins__ ...), registered in sys.modules, so that finalization
 * clears it after the atexit handlers ran, as for a script. */
Object *rt_interactive_globals(void);
/* Sets sys.ps1 and sys.ps2 to '>>> ' and '... ' unless already set, as
 * CPython's interactive loop does when it starts. */
void rt_interactive_set_prompts(void);
/* Runs the script at path in globals (BORROWED) for `garter -i`: any
 * uncaught exception, SystemExit included, is printed and the session goes
 * on, as python3 -i does.  0, 1 after an error, 2 if unreadable. */
int rt_interactive_run_file(const char *path, Object *globals);
/* NEW: sys.<name>, or NULL with no exception set when sys or the attribute
 * is missing. */
Object *rt_sys_attr(const char *name);
/* Flushes sys.stdout/sys.stderr (when they exist) and the C streams. */
void rt_interactive_flush(void);

#endif
