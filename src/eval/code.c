/* code.c — compilation units (the memory and constants of one compiled
 * module) and code objects.  Ownership: a module's code object owns its
 * unit; the unit owns every nested code object and constant; function and
 * traceback objects keep the unit alive with unit_incref. */
#include <stdlib.h>
#include <string.h>

#include "eval/node.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/errors.h"

typedef struct UnitChunk {
    struct UnitChunk *next;
    size_t used, cap;
    _Alignas(16) char data[];
} UnitChunk;

Unit *unit_new(void)
{
    Unit *u = calloc(1, sizeof *u);
    if (u) u->refcnt = 1;
    return u;
}

void unit_incref(Unit *u) { if (u) u->refcnt++; }

void unit_decref(Unit *u)
{
    if (!u || --u->refcnt > 0) return;
    /* constants may be code objects whose deallocs look at nothing here */
    for (int i = u->nconsts - 1; i >= 0; i--) DECREF(u->consts[i]);
    free(u->consts);
    for (UnitChunk *c = u->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(u);
}

void *unit_alloc(Unit *u, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    UnitChunk *c = u->chunks;
    if (!c || c->used + n > c->cap) {
        size_t cap = n > 16000 ? n : 16000;
        c = malloc(sizeof(UnitChunk) + cap);
        if (!c) { fprintf(stderr, "garter: out of memory\n"); abort(); }
        c->cap = cap;
        c->used = 0;
        c->next = u->chunks;
        u->chunks = c;
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

Object *unit_const(Unit *u, Object *o)
{
    if (!o) return NULL;
    if (u->nconsts == u->capconsts) {
        u->capconsts = u->capconsts ? u->capconsts * 2 : 64;
        Object **v = realloc(u->consts, sizeof(Object *) * u->capconsts);
        if (!v) { fprintf(stderr, "garter: out of memory\n"); abort(); }
        u->consts = v;
    }
    u->consts[u->nconsts++] = o;
    return o;
}

/* ---- code objects ---- */

static void code_dealloc(Object *o)
{
    CodeObject *co = (CodeObject *)o;
    XDECREF(co->name);
    XDECREF(co->qualname);
    XDECREF(co->filename);
    XDECREF(co->doc);
    Unit *u = (co->flags & CO_MODULE) ? co->unit : NULL;
    obj_free(o);
    unit_decref(u);
}

static Object *code_repr(Object *o)
{
    CodeObject *co = (CodeObject *)o;
    return str_from_format("<code object %U at %p, file \"%U\", line %d>",
                           co->name, (void *)o, co->filename, co->firstlineno);
}

/* The co_* attributes that are plain values: a nested code object can
 * outlive the node tree its functions kept alive, so nothing here reads
 * unit memory. */
static Object *co_get(Object *o, void *which)
{
    CodeObject *co = (CodeObject *)o;
    switch ((intptr_t)which) {
    case 0: return NEWREF(co->name);
    case 1: return NEWREF(co->qualname);
    case 2: return NEWREF(co->filename);
    case 3: return int_from_i64(co->firstlineno);
    case 4: return int_from_i64(co->argcount);
    case 5: return int_from_i64(co->posonlyargcount);
    case 6: return int_from_i64(co->kwonlyargcount);
    default: return int_from_i64(co->nlocals);
    }
}

static GetSetDef code_getset[] = {
    { "co_name", co_get, NULL, NULL, (void *)0 },
    { "co_qualname", co_get, NULL, NULL, (void *)1 },
    { "co_filename", co_get, NULL, NULL, (void *)2 },
    { "co_firstlineno", co_get, NULL, NULL, (void *)3 },
    { "co_argcount", co_get, NULL, NULL, (void *)4 },
    { "co_posonlyargcount", co_get, NULL, NULL, (void *)5 },
    { "co_kwonlyargcount", co_get, NULL, NULL, (void *)6 },
    { "co_nlocals", co_get, NULL, NULL, (void *)7 },
    { NULL }
};

TypeObject Code_Type = {
    TYPE_HEAD_INIT,
    .name = "code",
    .basicsize = sizeof(CodeObject),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getset = code_getset,
};

/* NEW: an empty code object; name/qualname/filename BORROWED.  The unit is
 * not referenced (see the ownership note above). */
CodeObject *code_new(Object *name, Object *qualname, Object *filename, Unit *u)
{
    CodeObject *co = (CodeObject *)obj_alloc(&Code_Type);
    if (!co) return NULL;
    co->name = NEWREF(name);
    co->qualname = NEWREF(qualname);
    co->filename = NEWREF(filename);
    co->unit = u;
    return co;
}
