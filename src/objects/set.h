/* set.h — `set` and `frozenset`: CPython's open-addressed set table
 * (linear probes then perturbation), so iteration order matches python3. */
#ifndef GARTER_SET_H
#define GARTER_SET_H

#include "objects/object.h"

#define SET_MINSIZE 8

typedef struct SetEntry {
    Object *key;                /* NULL: never used; set_dummy: deleted */
    hash_t hash;
} SetEntry;

typedef struct SetObject {
    Object ob;
    intptr_t fill;              /* active + dummy entries */
    intptr_t used;              /* active entries */
    intptr_t mask;              /* table size - 1 */
    SetEntry *table;            /* smalltable or a malloc'd table */
    hash_t hash;                /* frozenset hash cache, -1 if not computed */
    intptr_t finger;            /* pop() search start */
    SetEntry smalltable[SET_MINSIZE];
} SetObject;

extern TypeObject Set_Type, FrozenSet_Type, SetIter_Type;

#define SET_CHECK_EXACT(o)       IS_TYPE(o, &Set_Type)
#define FROZENSET_CHECK_EXACT(o) IS_TYPE(o, &FrozenSet_Type)
#define SET_SIZE(o)              (((SetObject *)(o))->used)
/* Subclass-aware checks (set or a subclass; frozenset or a subclass; either). */
int set_check(Object *o);
int frozenset_check(Object *o);
int anyset_check(Object *o);
#define SET_CHECK(o)       set_check((Object *)(o))
#define FROZENSET_CHECK(o) frozenset_check((Object *)(o))
#define ANYSET_CHECK(o)    anyset_check((Object *)(o))

/* NEW: set(iterable) (iterable may be NULL for an empty set). */
Object *set_new(Object *iterable);
/* NEW: frozenset(iterable) (NULL: empty). */
Object *frozenset_new(Object *iterable);
/* Add key (not stolen).  0/-1. */
int set_add(Object *s, Object *key);
/* 1 removed, 0 absent, -1 error. */
int set_discard(Object *s, Object *key);
/* 1/0/-1. */
int set_contains(Object *s, Object *key);
intptr_t set_size(Object *s);
/* Iterate: *pos starts at 0; 1 with BORROWED *key (and *hash if not NULL),
 * 0 at the end. */
int set_next(Object *s, intptr_t *pos, Object **key, hash_t *hash);
/* NEW: remove and return an arbitrary element; KeyError when empty. */
Object *set_pop(Object *s);
int set_clear(Object *s);
/* s |= iterable.  0/-1. */
int set_update(Object *s, Object *iterable);

int set_init(void);
void set_fini(void);

#endif
