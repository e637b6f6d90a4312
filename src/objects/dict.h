/* dict.h — the mapping `dict` (CPython 3.11's compact, insertion-ordered
 * hash table), its iterators and the key/value/item views (dictview.c).
 * The table itself (DictKeys) is laid out in dictkeys.h, for dict.c and the
 * evaluator's inline attribute caches. */
#ifndef GARTER_DICT_H
#define GARTER_DICT_H

#include "objects/object.h"

typedef struct DictKeys DictKeys;

typedef struct DictObject {
    Object ob;
    intptr_t used;              /* number of live items */
    uint64_t version;           /* bumped on every mutation (inline caches) */
    DictKeys *keys;             /* NULL while the dict has never held a key */
} DictObject;

extern TypeObject Dict_Type;
extern TypeObject DictKeys_Type, DictValues_Type, DictItems_Type;
extern TypeObject DictIterKey_Type, DictIterValue_Type, DictIterItem_Type;
extern TypeObject DictRevIterKey_Type, DictRevIterValue_Type, DictRevIterItem_Type;

#define DICT_CHECK(o)       TYPE_HAS(TYPE(o), TPF_DICT_SUB)
#define DICT_CHECK_EXACT(o) IS_TYPE(o, &Dict_Type)
#define DICT_SIZE(o)        (((DictObject *)(o))->used)
#define DICT_VERSION(o)     (((DictObject *)(o))->version)

/* NEW: an empty dict (GC-tracked). */
Object *dict_new(void);
/* BORROWED value for key, or NULL if missing.  Errors raised by the key's
 * __hash__/__eq__ are swallowed (as PyDict_GetItem); use dict_getitem_err
 * when they matter. */
Object *dict_getitem(Object *d, Object *key);
/* BORROWED value for key; NULL and no exception set = missing, NULL with an
 * exception = hash/compare error. */
Object *dict_getitem_err(Object *d, Object *key);
/* As dict_getitem_err with a precomputed hash. */
Object *dict_getitem_hash(Object *d, Object *key, hash_t hash);
/* BORROWED d[key] for an exact str key, NULL when missing (never an
 * error).  *hint is the caller's memory of the entry index (start at -1):
 * a hint still holding key answers without hashing; a stale one costs a
 * normal lookup and is refreshed.  For inline caches of attribute nodes. */
Object *dict_getitem_str_hint(Object *d, Object *key, int32_t *hint);
/* A stamp of d's set of keys: a new value whenever a key is added (values
 * may be replaced freely).  A key found absent stays absent while d's
 * stamp is the same (global-name caches rely on it). */
uint64_t dict_keys_stamp(Object *d);
/* d[key] = value (neither stolen) for an exact str key, replacing the
 * value in place when *hint still finds key.  0/-1. */
int dict_setitem_str_hint(Object *d, Object *key, Object *value, int32_t *hint);
/* BORROWED value for the str key spelled `key` (UTF-8), or NULL. */
Object *dict_getitem_str(Object *d, const char *key);
/* NEW: d[key] as the subscript operator: KeyError(key) when missing, calling
 * __missing__ first for dict subclasses. */
Object *dict_subscript(Object *d, Object *key);
/* d[key] = value; steals neither.  0/-1 (TypeError for unhashable keys). */
int dict_setitem(Object *d, Object *key, Object *value);
int dict_setitem_hash(Object *d, Object *key, hash_t hash, Object *value);
int dict_setitem_str(Object *d, const char *key, Object *value);
/* del d[key]: KeyError(key) when missing.  0/-1. */
int dict_delitem(Object *d, Object *key);
int dict_delitem_str(Object *d, const char *key);
/* 1 present, 0 absent, -1 error. */
int dict_contains(Object *d, Object *key);
/* Iterate: start with *pos = 0; returns 1 with BORROWED *key and *value (either
 * pointer may be NULL), 0 at the end.  The dict must not change meanwhile. */
int dict_next(Object *d, intptr_t *pos, Object **key, Object **value);
intptr_t dict_size(Object *d);
/* NEW: a shallow copy. */
Object *dict_copy(Object *d);
/* d.update(other) where other is a mapping (has keys()) or an iterable of
 * pairs.  0/-1. */
int dict_update(Object *d, Object *other);
/* Merge mapping b into a; override == 0 keeps existing keys.  0/-1. */
int dict_merge(Object *a, Object *b, int override);
/* NEW lists of the keys / values / (key, value) tuples, in order. */
Object *dict_keys(Object *d);
Object *dict_values(Object *d);
Object *dict_items(Object *d);
void dict_clear(Object *d);
/* NEW: d.pop(key[, deflt]); deflt NULL raises KeyError when missing. */
Object *dict_pop(Object *d, Object *key, Object *deflt);
/* BORROWED: d.setdefault(key, deflt). */
Object *dict_setdefault(Object *d, Object *key, Object *deflt);

int dict_init(void);
void dict_fini(void);

#endif
