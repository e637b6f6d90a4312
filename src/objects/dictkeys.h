/* dictkeys.h — the layout of a dict's key table (CPython 3.11's compact
 * table: an index array and dense {hash, key, value} entries), private
 * to dict.c except for the inline fast paths below, which let the
 * evaluator's attribute caches read and replace an instance-dict entry by
 * its remembered index without a call into dict.c. */
#ifndef GARTER_DICTKEYS_H
#define GARTER_DICTKEYS_H

#include "objects/dict.h"
#include "objects/str.h"
#include "mem/gc.h"

typedef struct DictEntry {
    hash_t hash;
    Object *key;
    Object *value;              /* NULL: deleted entry */
} DictEntry;

/* One block holds [indices][DictKeys][entries]: a DictKeys pointer points
 * past the index array, so the entries sit at a fixed offset from it and a
 * hinted read needs no load of the index width first. */
struct DictKeys {
    uint8_t log2_size;
    uint8_t log2_index_bytes;
    uint8_t str_only;           /* every key so far is an exact str */
    intptr_t usable;            /* entries still free */
    intptr_t nentries;          /* entries used, deleted ones included */
    uint64_t bloom;             /* DK_BLOOM bit of every hash ever entered */
    uint64_t stamp;             /* renewed whenever a key is added (dict_keys_stamp) */
};

/* Source of dict versions and key stamps (dict.c). */
extern uint64_t dict_global_version;

/* One bit per hash: a lookup whose bit is clear in the table's filter
 * misses without probing (most misses, e.g. a method name checked against
 * an instance dict).  Entries are only appended, so the filter is a
 * superset of the live hashes. */
#define DK_BLOOM(h)   ((uint64_t)1 << ((uint64_t)(h) >> 58))
#define DK_SIZE(k)    ((intptr_t)1 << (k)->log2_size)
#define DK_MASK(k)    (DK_SIZE(k) - 1)
#define DK_ENTRIES(k) ((DictEntry *)((char *)(k) + sizeof(DictKeys)))
#define DK_INDICES(k) ((char *)(k) - ((size_t)1 << (k)->log2_index_bytes))

/* The entry at index h when it still holds key itself (keys are unique,
 * so identity proves it), else NULL.  One unsigned compare covers both
 * h < 0 and h >= nentries. */
static inline DictEntry *dict_hinted_entry(DictKeys *k, Object *key, int32_t h)
{
    if (k && (uintptr_t)(intptr_t)h < (uintptr_t)k->nentries) {
        DictEntry *ep = &DK_ENTRIES(k)[h];
        if (ep->key == key && ep->value) return ep;
    }
    return NULL;
}

/* dict_getitem_str_hint with the hit inlined: BORROWED or NULL. */
static inline Object *dict_hint_get(Object *d, Object *key, int32_t *hint)
{
    DictEntry *ep = dict_hinted_entry(((DictObject *)d)->keys, key, *hint);
    return ep ? ep->value : dict_getitem_str_hint(d, key, hint);
}

/* dict_setitem_str_hint with the in-place replacement inlined.  0/-1. */
static inline int dict_hint_set(Object *d, Object *key, Object *value, int32_t *hint)
{
    DictEntry *ep = dict_hinted_entry(((DictObject *)d)->keys, key, *hint);
    if (!ep || (!gc_is_tracked(d) && TYPE_HAS(TYPE(value), TPF_GC)))
        return dict_setitem_str_hint(d, key, value, hint);
    ((DictObject *)d)->version = ++dict_global_version;
    Object *old = ep->value;
    ep->value = NEWREF(value);
    DECREF(old);
    return 0;
}

/* 1 when d certainly has no entry for the exact str key (its hash known and
 * its filter bit clear), 0 when a lookup is needed to tell. */
static inline int dict_str_surely_absent(Object *d, Object *key)
{
    DictKeys *k = ((DictObject *)d)->keys;
    hash_t h = ((StrObject *)key)->hash;
    return !k || (h != -1 && !(k->bloom & DK_BLOOM(h)));
}

#endif
