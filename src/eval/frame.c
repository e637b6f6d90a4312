/* frame.c — the per-thread stack arena that holds frames and argument
 * vectors (no malloc per call), and frame push/pop.  A frame that does not
 * fit falls back to the heap; nothing else may assume where a frame lives. */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "eval/node.h"
#include "runtime/errors.h"
#include "runtime/threadstate.h"

#define ARENA_BYTES ((size_t)64 << 20)     /* reserved; pages touched on use */

EvalArena eval_arena;           /* generators swap it (eval/gen.c) */
#define arena_base eval_arena.base
#define arena_top eval_arena.top
#define arena_end eval_arena.end

static int arena_init(void)
{
    if (arena_base) return 0;
    void *p = mmap(NULL, ARENA_BYTES, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return -1;
    arena_base = arena_top = p;
    arena_end = arena_base + ARENA_BYTES;
    return 0;
}

/* Argument vectors: a size word before the items so pop knows the extent. */
Object **eval_stack_push(size_t n)
{
    size_t bytes = (n + 1) * sizeof(Object *);
    if (arena_top + bytes > arena_end) {
        Object **p = malloc(bytes);
        if (!p) return NULL;
        p[0] = (Object *)(uintptr_t)1;      /* heap marker */
        return p + 1;
    }
    Object **p = (Object **)arena_top;
    p[0] = NULL;
    arena_top += bytes;
    return p + 1;
}

void eval_stack_pop(Object **p)
{
    if (p[-1]) { free(p - 1); return; }
    arena_top = (char *)(p - 1);
}

Frame *frame_push(CodeObject *co)
{
    size_t bytes = sizeof(Frame) + sizeof(Object *) * (size_t)co->nslots;
    bytes = (bytes + 15) & ~(size_t)15;
    Frame *f;
    if (arena_top + bytes <= arena_end) {
        f = (Frame *)arena_top;
        arena_top += bytes;
        /* header and slots cleared inline: most frames have a few slots,
         * and a memset call costs more than the stores */
        *f = (Frame){ 0 };
        for (int i = 0, n = co->nslots; i < n; i++) f->slots[i] = NULL;
    } else {
        f = calloc(1, bytes);
        if (!f) { err_no_memory(); return NULL; }
        f->heap = 1;
    }
    f->code = co;
    return f;
}

/* Releases the slots and the frame's memory. */
void frame_pop(Frame *f)
{
    int n = f->code->nslots;
    for (int i = 0; i < n; i++) {
        Object *v = f->slots[i];
        if (v) { f->slots[i] = NULL; DECREF(v); }
    }
    XDECREF(f->retval);
    if (f->heap) free(f);
    else arena_top = (char *)f;
}

Frame *eval_current_frame(void) { return ts_current->frame; }


int eval_frame_init(void) { return arena_init(); }
