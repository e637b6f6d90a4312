/* init.c — bringing the runtime up and down in dependency order.
 *
 * Order: allocator and gc lists; the core types (object, type, None,
 * descriptors, exceptions) are readied for slot inheritance only; then the
 * value types.  Building a type's dict needs str, tuple and dict, so the
 * dicts of every type readied so far are built by type_ready_pending() once
 * those exist; types readied later get theirs at once.
 *
 * Shutdown runs the finis in roughly reverse order: caches of the value
 * types first, then the type dicts (type_fini), the intern table, and last
 * the str/tuple/dict caches everything else was built from. */
#include <stdio.h>

#include "runtime/init.h"
#include "mem/alloc.h"
#include "mem/gc.h"
#include "mem/intern.h"
#include "objects/descr.h"
#include "objects/exceptions.h"
#include "objects/none.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/threadstate.h"

#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"

static int initialized;

int rt_is_initialized(void) { return initialized; }

typedef int (*init_fn)(void);

int rt_init(void)
{
    if (initialized)
        return 0;
    ts_current->recursion_depth = 0;
    ts_current->recursion_limit = 1000;
    struct { const char *name; init_fn fn; } steps[] = {
        { "gc", gc_init }, { "type", type_init }, { "none", none_init },
        { "descr", descr_init }, { "exc", exc_init },
        { "str", str_init }, { "tuple", tuple_init }, { "dict", dict_init },
        { "intern", intern_init },
        { "int", int_init }, { "bool", bool_init }, { "float", float_init },
        { "bytes", bytes_init }, { "list", list_init }, { "set", set_init },
        { "range", range_init }, { "slice", slice_init }, { "iter", iter_init },
        { "weakref", weakref_init },
        { "types", type_ready_pending }, { "exc_late", exc_init_late },
    };
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        if (steps[i].fn() < 0) {
            fprintf(stderr, "garter: initialization of %s failed\n", steps[i].name);
            return -1;
        }
    }
    initialized = 1;
    return 0;
}

void rt_fini(void)
{
    if (!initialized)
        return;
    err_clear();
    CLEAR(ts_current->handled);
    /* exc_fini first: the MemoryError kept for reuse may still hold the
     * traceback of its last raise, whose frames release floats and ints;
     * after float_fini/int_fini those would land on dead free lists. */
    void (*finis[])(void) = {
        exc_fini, slice_fini, set_fini, list_fini, bytes_fini,
        float_fini, int_fini, type_fini, intern_fini, dict_fini,
        tuple_fini, str_fini, weakref_fini,
    };
    for (size_t i = 0; i < sizeof finis / sizeof finis[0]; i++)
        finis[i]();
    gc_fini();
    mem_trim();
    initialized = 0;
#ifdef GARTER_DEBUG
    /* Whatever is still alive now was leaked by someone: name the types. */
    if (obj_debug_live() && !rt_ts_count())   /* daemon threads keep theirs */
        obj_debug_report(stderr);
#endif
}
