/* run.h — running a script file, a -c string or stdin: parse, compile,
 * evaluate in a fresh __main__ namespace, print an uncaught exception the
 * way CPython does, and turn SystemExit into an exit status. */
#ifndef GARTER_RUN_H
#define GARTER_RUN_H

#include <stddef.h>

/* Each returns the process exit status (0, 1, SystemExit's code...). */
int rt_run_file(const char *path);
int rt_run_string(const char *src, size_t len, const char *filename);
/* Reads all of stdin and runs it as "<stdin>". */
int rt_run_stdin(void);
/* -m: runs the module `name` found on sys.path as __main__ (a package runs
 * its __main__ submodule); errors are reported as CPython's runpy does. */
int rt_run_module(const char *name);

#endif
