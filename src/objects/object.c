/* object.c — object allocation and release: obj_alloc/obj_alloc_var put a
 * GCHead in front of container objects, obj_free gives the memory back, and
 * obj_dealloc runs a type's dealloc behind a trashcan so that freeing a very
 * deep structure does not recurse without bound.  In GARTER_DEBUG builds it
 * also keeps a live count per type.  Nothing here knows any concrete type. */
#include <stdlib.h>
#include <string.h>

#include "mem/alloc.h"
#include "mem/gc.h"
#include "objects/object.h"
#include "objects/weakref.h"
#include "runtime/errors.h"

/* ---- debug accounting ------------------------------------------------ */
#ifdef GARTER_DEBUG
/* Open-addressing map type pointer -> live count.  Types are few. */
#define DBG_SLOTS 4096
static struct { TypeObject *t; intptr_t live; } dbg_tab[DBG_SLOTS];

static intptr_t *dbg_slot(TypeObject *t)
{
    size_t h = ((uintptr_t)t >> 4) & (DBG_SLOTS - 1);
    for (size_t i = 0; i < DBG_SLOTS; i++) {
        size_t j = (h + i) & (DBG_SLOTS - 1);
        if (dbg_tab[j].t == t)
            return &dbg_tab[j].live;
        if (dbg_tab[j].t == NULL) {
            dbg_tab[j].t = t;
            return &dbg_tab[j].live;
        }
    }
    abort();    /* more than DBG_SLOTS distinct types: raise DBG_SLOTS */
}

size_t obj_debug_live(void)
{
    size_t n = 0;
    for (size_t i = 0; i < DBG_SLOTS; i++)
        if (dbg_tab[i].t && dbg_tab[i].live > 0)
            n += (size_t)dbg_tab[i].live;
    return n;
}

void obj_debug_report(FILE *out)
{
    for (size_t i = 0; i < DBG_SLOTS; i++)
        if (dbg_tab[i].t && dbg_tab[i].live != 0)
            fprintf(out, "garter: %ld live object(s) of type '%s'\n",
                    (long)dbg_tab[i].live, dbg_tab[i].t->name);
}
#define DBG_COUNT(t, d) (*dbg_slot(t) += (d))
#else
size_t obj_debug_live(void) { return 0; }
void obj_debug_report(FILE *out) { (void)out; }
#define DBG_COUNT(t, d) ((void)0)
#endif

/* ---- allocation ------------------------------------------------------- */

static Object *alloc_bytes(TypeObject *t, size_t size)
{
    int gc = TYPE_HAS(t, TPF_GC);
    size_t pre = t->dictoffset == DICT_PREFIX ? DICT_PREFIX_SIZE : 0;
    size_t total = size + (gc ? sizeof(GCHead) : 0) + pre;
    char *mem = mem_calloc(1, total);
    if (mem == NULL)
        return err_no_memory();
    mem += pre;
    Object *o = (Object *)(gc ? mem + sizeof(GCHead) : mem);
    o->refcnt = 1;
    o->type = t;
    if (TYPE_HAS(t, TPF_HEAPTYPE))
        INCREF((Object *)t);        /* instances keep their class alive */
    if (gc)
        gc_note_alloc();
    DBG_COUNT(t, 1);
    return o;
}

/* Built-in variable-size types without GC or instance dicts (str) skip
 * clearing their items; anything else takes the ordinary path. */
Object *obj_alloc_var_raw(TypeObject *t, size_t n)
{
    if (TYPE_HAS(t, TPF_GC | TPF_HEAPTYPE) || t->dictoffset != 0)
        return obj_alloc_var(t, n);
    if (t->itemsize && n > (SIZE_MAX - t->basicsize) / t->itemsize)
        return err_no_memory();
    char *mem = mem_malloc(t->basicsize + n * t->itemsize);
    if (mem == NULL)
        return err_no_memory();
    memset(mem, 0, t->basicsize);
    Object *o = (Object *)mem;
    o->refcnt = 1;
    o->type = t;
    ((VarObject *)o)->size = (intptr_t)n;
    DBG_COUNT(t, 1);
    return o;
}

Object *obj_alloc(TypeObject *t)
{
    return alloc_bytes(t, t->basicsize);
}

Object *obj_alloc_var(TypeObject *t, size_t n)
{
    if (t->itemsize && n > (SIZE_MAX - t->basicsize - sizeof(GCHead)) / t->itemsize)
        return err_no_memory();
    Object *o = alloc_bytes(t, t->basicsize + n * t->itemsize);
    if (o)
        ((VarObject *)o)->size = (intptr_t)n;
    return o;
}

void obj_free(Object *o)
{
    TypeObject *t = TYPE(o);
    if (o->flags & OF_WEAKREFD)
        weakref_clear_refs_slow(o);     /* a dealloc that did not clear them */
    DBG_COUNT(t, -1);
    if (TYPE_HAS(t, TPF_GC)) {
        if (gc_is_tracked(o))
            gc_untrack(o);
        gc_note_free();
        if (t->dictoffset == DICT_PREFIX)
            mem_free((char *)AS_GC(o) - DICT_PREFIX_SIZE);
        else
            mem_free(AS_GC(o));
    } else {
        mem_free(t->dictoffset == DICT_PREFIX ? (char *)o - DICT_PREFIX_SIZE : (char *)o);
    }
    if (TYPE_HAS(t, TPF_HEAPTYPE))
        DECREF((Object *)t);
}

/* ---- the trashcan ------------------------------------------------------
 * Each dealloc of a container DECREFs its items, which may dealloc them in
 * turn: a chain of a million nested lists would need a million C frames.
 * We count nesting; past TRASH_DEPTH a dying container is untracked and put
 * on a list threaded through its GCHead, and the outermost obj_dealloc
 * frees the list iteratively.  Non-container objects hold no references
 * worth chaining and are freed at once. */
#define TRASH_DEPTH 50
static int trash_depth;
static GCHead *trash_list;

void obj_dealloc(Object *o)
{
    TypeObject *t = TYPE(o);
    if (trash_depth >= TRASH_DEPTH && TYPE_HAS(t, TPF_GC)) {
        GCHead *g = AS_GC(o);
        if (gc_is_tracked(o))
            gc_untrack(o);
        g->prev = (uintptr_t)trash_list;    /* next stays 0: "untracked" */
        trash_list = g;
        return;
    }
    trash_depth++;
    t->dealloc(o);
    trash_depth--;
    if (trash_depth == 0) {
        while (trash_list) {
            GCHead *g = trash_list;
            trash_list = (GCHead *)g->prev;
            g->prev = 0;
            Object *d = FROM_GC(g);
            trash_depth++;
            TYPE(d)->dealloc(d);
            trash_depth--;
        }
    }
}
