/* intern.c — the interned-string table: an open-addressing hash set of str
 * objects keyed on their (cached) hash and contents.  The table owns one
 * reference to each member; members carry OF_INTERNED so str's dealloc and
 * equality fast paths can tell.  The table never shrinks while running;
 * intern_fini empties it. */
#include <string.h>

#include "mem/intern.h"
#include "mem/alloc.h"
#include "objects/hash.h"
#include "objects/str.h"
#include "runtime/errors.h"

static Object **table;          /* NULL or an interned str */
static size_t mask;             /* capacity - 1 (capacity a power of two) */
static size_t used;

/* Linear probing from the hash; returns the slot holding a str equal to s,
 * or the empty slot where it would go. */
static Object **find_slot(Object **tab, size_t m, Object *s, hash_t h)
{
    size_t i = (size_t)h & m;
    for (;;) {
        Object *o = tab[i];
        if (o == NULL || o == s)
            return &tab[i];
        if (((StrObject *)o)->hash == h && STR_NBYTES(o) == STR_NBYTES(s) &&
            memcmp(STR_UTF8(o), STR_UTF8(s), (size_t)STR_NBYTES(s)) == 0)
            return &tab[i];
        i = (i + 1) & m;
    }
}

static int grow(void)
{
    size_t cap = table ? (mask + 1) * 2 : 1024;
    Object **nt = mem_calloc(cap, sizeof(Object *));
    if (nt == NULL) {
        err_no_memory();
        return -1;
    }
    if (table) {
        for (size_t i = 0; i <= mask; i++)
            if (table[i])
                *find_slot(nt, cap - 1, table[i], ((StrObject *)table[i])->hash) = table[i];
        mem_free(table);
    }
    table = nt;
    mask = cap - 1;
    return 0;
}

Object *intern_str(Object *s)
{
    if (s == NULL)
        return NULL;
    if (s->flags & OF_INTERNED)
        return s;
    if (!STR_CHECK_EXACT(s)) {
        DECREF(s);
        return err_set_string(&Exc_TypeError, "can't intern a str subclass");
    }
    if (table == NULL || (used + 1) * 3 >= (mask + 1) * 2) {
        if (grow() < 0) {
            DECREF(s);
            return NULL;
        }
    }
    hash_t h = str_hash(s);
    Object **slot = find_slot(table, mask, s, h);
    if (*slot) {
        Object *canon = NEWREF(*slot);
        DECREF(s);
        return canon;
    }
    /* The table keeps one reference; the caller's reference comes back. */
    *slot = NEWREF(s);
    s->flags |= OF_INTERNED;
    used++;
    return s;
}

/* Startup interns a few thousand C names, most of them already in the
 * table ("__doc__", slot names): look those up by their bytes before
 * building a str. */
Object *intern_cstr(const char *cs)
{
    size_t n = strlen(cs);
    if (table) {
        hash_t h = hash_bytes(cs, n);
        for (size_t i = (size_t)h & mask; table[i]; i = (i + 1) & mask) {
            Object *o = table[i];
            if (((StrObject *)o)->hash == h && (size_t)STR_NBYTES(o) == n &&
                memcmp(STR_UTF8(o), cs, n) == 0)
                return NEWREF(o);
        }
    }
    return intern_str(str_from_cstr(cs));
}

Object *intern_static(const char *cs)
{
    Object *s = intern_cstr(cs);
    if (s)
        DECREF(s);              /* the table's reference remains */
    return s;
}

Object *intern_lookup(Object *s)
{
    if (table == NULL || !STR_CHECK(s))
        return NULL;
    Object **slot = find_slot(table, mask, s, str_hash(s));
    return *slot;
}

size_t intern_count(void)
{
    return used;
}

int intern_init(void)
{
    return 0;
}

/* Drops the table's references.  Strings still referenced elsewhere lose
 * their interned mark so their own dealloc does not look for the table. */
void intern_fini(void)
{
    if (table == NULL)
        return;
    Object **tab = table;
    size_t cap = mask + 1;
    table = NULL;
    mask = 0;
    used = 0;
    for (size_t i = 0; i < cap; i++)
        if (tab[i]) {
            tab[i]->flags &= ~OF_INTERNED;
            DECREF(tab[i]);
        }
    mem_free(tab);
}
