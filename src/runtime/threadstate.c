/* threadstate.c — the thread state.  A single global state for now; the GIL
 * work gives each OS thread its own and switches ts_current. */
#include "runtime/threadstate.h"
#include "runtime/errors.h"
#include "runtime/recursion.h"

static ThreadState ts_main = { .recursion_limit = 1000 };
ThreadState *ts_current = &ts_main;

int rt_recursion_error(const char *where)
{
    /* Leave room for the error path itself (creating the exception may
     * recurse a little), then restore the depth. */
    int limit = ts_current->recursion_limit;
    ts_current->recursion_limit = limit + 50;
    err_format(&Exc_RecursionError, "maximum recursion depth exceeded%s",
               where ? where : "");
    ts_current->recursion_limit = limit;
    ts_current->recursion_depth--;
    return -1;
}
