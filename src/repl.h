/* repl.h — the interactive prompt (src/repl.c): libedit line editing and
 * history on a terminal, plain prompts on stderr otherwise. */
#ifndef GARTER_REPL_H
#define GARTER_REPL_H

#include "objects/object.h"

enum {
    REPL_QUIET = 1 << 0,        /* -q: no banner */
    REPL_NO_BANNER = 1 << 1,    /* -i after a script: CPython prints none */
};

/* Reads, runs and echoes statements from stdin until end of input, exit()
 * or SystemExit, in globals (BORROWED; NULL: fresh __main__ globals).
 * Returns the process exit status.  The runtime must be initialized. */
int repl_main(Object *globals, int flags);

/* The front end's entry: runs script (NULL: none) in fresh __main__
 * globals as `garter -i script` does, then the prompt.  Exit status. */
int repl_run(const char *script, int flags);

/* ---- completion (src/repl_complete.c) ---- */

/* Candidates for the word that ends at line[cursor]: *start receives the
 * byte offset where the word begins; *out a malloc'd array of malloc'd
 * replacement strings for line[*start..cursor) (free with
 * repl_free_candidates).  Returns the count (0 when none).  Evaluates only
 * plain dotted names (getattr), never calls. */
int repl_complete(Object *globals, const char *line, size_t cursor,
                  size_t *start, char ***out);
void repl_free_candidates(char **c, int n);

#endif
