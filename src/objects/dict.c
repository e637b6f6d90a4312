/* dict.c — the dict type, laid out as CPython 3.11's compact dict: a table
 * of indices (1, 2, 4 or 8 bytes wide by table size) into a dense array of
 * {hash, key, value} entries kept in insertion order.  Probing follows
 * CPython's perturbation scheme, deletion leaves DUMMY in the index and a
 * hole in the entries, and growth goes to used*3, so sizes and iteration
 * order match python3.  Exact-str keys compare by pointer, then by bytes,
 * never calling user code.  Also the dict iterators; the views are in
 * dictview.c. */
#include <string.h>

#include "objects/dict.h"
#include "objects/dictkeys.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "mem/alloc.h"
#include "mem/gc.h"
#include "runtime/errors.h"

#define DICT_LOG_MINSIZE 3
#define DICT_MINSIZE     8
#define PERTURB_SHIFT    5
#define USABLE_FRACTION(n) (((n) << 1) / 3)
#define GROWTH_RATE(d)   ((d)->used * 3)

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)

uint64_t dict_global_version;

static inline intptr_t dk_get_index(DictKeys *k, intptr_t i)
{
    switch (k->log2_index_bytes - k->log2_size) {
    case 0: return ((int8_t *)DK_INDICES(k))[i];
    case 1: return ((int16_t *)DK_INDICES(k))[i];
    case 2: return ((int32_t *)DK_INDICES(k))[i];
    default: return ((int64_t *)DK_INDICES(k))[i];
    }
}

static inline void dk_set_index(DictKeys *k, intptr_t i, intptr_t ix)
{
    switch (k->log2_index_bytes - k->log2_size) {
    case 0: ((int8_t *)DK_INDICES(k))[i] = (int8_t)ix; break;
    case 1: ((int16_t *)DK_INDICES(k))[i] = (int16_t)ix; break;
    case 2: ((int32_t *)DK_INDICES(k))[i] = (int32_t)ix; break;
    default: ((int64_t *)DK_INDICES(k))[i] = ix; break;
    }
}

static size_t keys_alloc_size(uint8_t log2_size, uint8_t log2_index_bytes)
{
    intptr_t usable = USABLE_FRACTION((intptr_t)1 << log2_size);
    return sizeof(DictKeys) + ((size_t)1 << log2_index_bytes) + (size_t)usable * sizeof(DictEntry);
}

static DictKeys *new_keys(uint8_t log2_size)
{
    uint8_t lib = log2_size < 8 ? log2_size : log2_size < 16 ? log2_size + 1
                : log2_size < 32 ? log2_size + 2 : log2_size + 3;
    size_t sz = keys_alloc_size(log2_size, lib);
    char *block = mem_malloc(sz);
    if (block == NULL) {
        err_no_memory();
        return NULL;
    }
    DictKeys *k = (DictKeys *)(block + ((size_t)1 << lib));
    k->log2_size = log2_size;
    k->log2_index_bytes = lib;
    k->str_only = 1;
    k->usable = USABLE_FRACTION((intptr_t)1 << log2_size);
    k->nentries = 0;
    k->bloom = 0;
    k->stamp = ++dict_global_version;
    memset(block, 0xff, (size_t)1 << lib);          /* all DKIX_EMPTY */
    memset(DK_ENTRIES(k), 0, (size_t)k->usable * sizeof(DictEntry));
    return k;
}

/* CPython's calculate_log2_keysize: smallest power of two >= minsize, >= 8. */
static uint8_t log2_keysize(intptr_t minsize)
{
    size_t m = ((size_t)minsize | DICT_MINSIZE) - 1;
    m |= DICT_MINSIZE - 1;
    uint8_t b = 0;
    while (m) {
        b++;
        m >>= 1;
    }
    return b;
}

/* The keysize that holds n items without resizing. */
static uint8_t estimate_log2_keysize(intptr_t n)
{
    return log2_keysize((n * 3 + 1) / 2);
}

static inline void bump_version(DictObject *d)
{
    d->version = ++dict_global_version;
}

static inline hash_t key_hash(Object *key)
{
    if (STR_CHECK_EXACT(key)) {
        hash_t h = ((StrObject *)key)->hash;
        if (h != -1)
            return h;
        return str_hash(key);
    }
    return obj_hash(key);
}

/* Index slot where an entry with this hash may go (first EMPTY/DUMMY). */
static intptr_t find_empty_slot(DictKeys *k, hash_t hash)
{
    size_t mask = (size_t)DK_MASK(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    intptr_t ix = dk_get_index(k, (intptr_t)i);
    while (ix >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
        ix = dk_get_index(k, (intptr_t)i);
    }
    return (intptr_t)i;
}

/* Finds key: returns the entry index (>= 0), DKIX_EMPTY, or DKIX_ERROR.
 * *slot gets the index-table position of a hit.  A user __eq__ that
 * mutates the dict makes us start over, as CPython does. */
static intptr_t lookup(DictObject *d, Object *key, hash_t hash, intptr_t *slot)
{
restart:;
    DictKeys *k = d->keys;
    if (k == NULL || !(k->bloom & DK_BLOOM(hash)))
        return DKIX_EMPTY;
    size_t mask = (size_t)DK_MASK(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    int key_is_str = STR_CHECK_EXACT(key);
    for (;;) {
        intptr_t ix = dk_get_index(k, (intptr_t)i);
        if (ix == DKIX_EMPTY)
            return DKIX_EMPTY;
        if (ix >= 0) {
            DictEntry *ep = &DK_ENTRIES(k)[ix];
            Object *sk = ep->key;
            if (sk == key) {
                *slot = (intptr_t)i;
                return ix;
            }
            if (ep->hash == hash && sk != NULL) {
                int eq;
                if (key_is_str && STR_CHECK_EXACT(sk)) {
                    eq = str_eq(sk, key);
                } else {
                    INCREF(sk);
                    eq = obj_richcompare_bool(sk, key, CMP_EQ);
                    DECREF(sk);
                    if (eq < 0)
                        return DKIX_ERROR;
                    if (d->keys != k || ep->key != sk)
                        goto restart;
                }
                if (eq) {
                    *slot = (intptr_t)i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Rebuilds the table at 2**log2 slots, compacting out deleted entries. */
static int dict_resize(DictObject *d, uint8_t log2)
{
    DictKeys *old = d->keys;
    DictKeys *k = new_keys(log2);
    if (k == NULL)
        return -1;
    if (old) {
        k->str_only = old->str_only;
        k->bloom = old->bloom;
        DictEntry *src = DK_ENTRIES(old), *dst = DK_ENTRIES(k);
        intptr_t n = 0;
        for (intptr_t i = 0; i < old->nentries; i++) {
            if (src[i].value == NULL)
                continue;
            dst[n] = src[i];
            dk_set_index(k, find_empty_slot(k, src[i].hash), n);
            n++;
        }
        k->nentries = n;
        k->usable -= n;
        mem_free(DK_INDICES(old));
    }
    d->keys = k;
    return 0;
}

/* Inserts or replaces; STEALS key and value. */
static int insert(DictObject *d, Object *key, hash_t hash, Object *value)
{
    intptr_t slot;
    intptr_t ix = lookup(d, key, hash, &slot);
    if (ix == DKIX_ERROR)
        goto fail;
    /* CPython's MAINTAIN_TRACKING: a dict is tracked once it may hold a container */
    if (!gc_is_tracked((Object *)d) && (gc_may_be_tracked(key) || gc_may_be_tracked(value)))
        gc_track((Object *)d);
    bump_version(d);
    if (ix >= 0) {
        DictEntry *ep = &DK_ENTRIES(d->keys)[ix];
        Object *old = ep->value;
        ep->value = value;
        DECREF(old);
        DECREF(key);
        return 0;
    }
    if (d->keys == NULL) {
        if (dict_resize(d, DICT_LOG_MINSIZE) < 0)
            goto fail;
    } else if (d->keys->usable <= 0) {
        if (dict_resize(d, log2_keysize(GROWTH_RATE(d))) < 0)
            goto fail;
    }
    DictKeys *k = d->keys;
    if (!STR_CHECK_EXACT(key))
        k->str_only = 0;
    intptr_t pos = find_empty_slot(k, hash);
    DictEntry *ep = &DK_ENTRIES(k)[k->nentries];
    dk_set_index(k, pos, k->nentries);
    ep->key = key;
    ep->hash = hash;
    k->bloom |= DK_BLOOM(hash);
    k->stamp = ++dict_global_version;
    ep->value = value;
    k->usable--;
    k->nentries++;
    d->used++;
    return 0;
fail:
    DECREF(key);
    DECREF(value);
    return -1;
}

/* Removes the entry found at (slot, ix); releases key and value last. */
static void delete_entry(DictObject *d, intptr_t slot, intptr_t ix)
{
    DictEntry *ep = &DK_ENTRIES(d->keys)[ix];
    Object *k = ep->key, *v = ep->value;
    dk_set_index(d->keys, slot, DKIX_DUMMY);
    ep->key = NULL;
    ep->value = NULL;
    d->used--;
    bump_version(d);
    DECREF(k);
    DECREF(v);
}

/* ---- public API ------------------------------------------------------------ */

static Object *dict_alloc(TypeObject *t)
{
    DictObject *d = (DictObject *)obj_alloc(t);
    if (d == NULL)
        return NULL;
    bump_version(d);
    /* an exact dict starts untracked (insert tracks it when needed) */
    if (t != &Dict_Type)
        gc_track((Object *)d);
    return (Object *)d;
}

Object *dict_new(void)
{
    return dict_alloc(&Dict_Type);
}

Object *dict_getitem_hash(Object *o, Object *key, hash_t hash)
{
    DictObject *d = (DictObject *)o;
    intptr_t slot, ix = lookup(d, key, hash, &slot);
    if (ix < 0)
        return NULL;
    return DK_ENTRIES(d->keys)[ix].value;
}

Object *dict_getitem_err(Object *o, Object *key)
{
    hash_t h = key_hash(key);
    if (h == -1)
        return NULL;
    return dict_getitem_hash(o, key, h);
}

Object *dict_getitem(Object *o, Object *key)
{
    DictObject *d = (DictObject *)o;
    /* an exact str with its hash known, in a dict of str keys: no user code
     * can run, so there is no error to hide */
    if (STR_CHECK_EXACT(key) && ((StrObject *)key)->hash != -1 && (!d->keys || d->keys->str_only)) {
        intptr_t slot, ix = lookup(d, key, ((StrObject *)key)->hash, &slot);
        return ix < 0 ? NULL : DK_ENTRIES(d->keys)[ix].value;
    }
    Object *exc = err_fetch();
    Object *v = dict_getitem_err(o, key);
    if (v == NULL && err_occurred())
        err_clear();
    err_restore(exc);
    return v;
}

Object *dict_getitem_str_hint(Object *o, Object *key, int32_t *hint)
{
    DictObject *d = (DictObject *)o;
    DictKeys *k = d->keys;
    DictEntry *ep = dict_hinted_entry(k, key, *hint);
    if (ep) return ep->value;
    if (!k) return NULL;
    if (!k->str_only) return dict_getitem(o, key);
    hash_t h = key_hash(key);
    intptr_t slot, ix = lookup(d, key, h, &slot);
    if (ix < 0) return NULL;
    *hint = (int32_t)ix;
    return DK_ENTRIES(d->keys)[ix].value;
}

uint64_t dict_keys_stamp(Object *o)
{
    DictKeys *k = ((DictObject *)o)->keys;
    return k ? k->stamp : 0;
}

int dict_setitem_str_hint(Object *o, Object *key, Object *value, int32_t *hint)
{
    DictObject *d = (DictObject *)o;
    DictEntry *ep = dict_hinted_entry(d->keys, key, *hint);
    if (ep) {
        if (!gc_is_tracked(o) && gc_may_be_tracked(value))
            gc_track(o);
        bump_version(d);
        Object *old = ep->value;
        ep->value = NEWREF(value);
        DECREF(old);
        return 0;
    }
    if (dict_setitem(o, key, value) < 0) return -1;
    dict_getitem_str_hint(o, key, hint);
    return 0;
}

Object *dict_getitem_str(Object *o, const char *key)
{
    DictObject *d = (DictObject *)o;
    DictKeys *k = d->keys;
    if (k == NULL)
        return NULL;
    size_t n = strlen(key);
    hash_t hash = hash_bytes(key, n);
    if (k->str_only) {
        /* No user code can run: probe comparing bytes directly. */
        size_t mask = (size_t)DK_MASK(k), perturb = (size_t)hash, i = (size_t)hash & mask;
        for (;;) {
            intptr_t ix = dk_get_index(k, (intptr_t)i);
            if (ix == DKIX_EMPTY)
                return NULL;
            if (ix >= 0) {
                DictEntry *ep = &DK_ENTRIES(k)[ix];
                if (ep->hash == hash && (size_t)STR_NBYTES(ep->key) == n
                    && memcmp(STR_UTF8(ep->key), key, n) == 0)
                    return ep->value;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
    Object *s = str_from_utf8(key, n);
    if (s == NULL) {
        err_clear();
        return NULL;
    }
    Object *v = dict_getitem(o, s);
    DECREF(s);
    return v;
}

/* Raises KeyError(key); the key is wrapped in a 1-tuple so that a tuple key
 * is not taken for the argument list. */
static void raise_key_error(Object *key)
{
    Object *args = tuple_pack(1, key);
    if (args == NULL)
        return;
    Object *exc = exc_new(&Exc_KeyError, args);
    DECREF(args);
    if (exc) {
        err_raise(exc);
        DECREF(exc);
    }
}

Object *dict_subscript(Object *o, Object *key)
{
    hash_t h = key_hash(key);
    if (h == -1)
        return NULL;
    Object *v = dict_getitem_hash(o, key, h);
    if (v)
        return NEWREF(v);
    if (err_occurred())
        return NULL;
    if (!DICT_CHECK_EXACT(o)) {
        /* Hook for subclasses: d.__missing__(key). */
        Object *missing = type_lookup_cstr(TYPE(o), "__missing__");
        if (missing) {
            Object *args[2] = { o, key };
            return obj_call(missing, args, 2, NULL);
        }
    }
    raise_key_error(key);
    return NULL;
}

int dict_setitem_hash(Object *d, Object *key, hash_t hash, Object *value)
{
    return insert((DictObject *)d, NEWREF(key), hash, NEWREF(value));
}

int dict_setitem(Object *d, Object *key, Object *value)
{
    hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    return insert((DictObject *)d, NEWREF(key), h, NEWREF(value));
}

int dict_setitem_str(Object *d, const char *key, Object *value)
{
    Object *k = str_from_cstr(key);
    if (k == NULL)
        return -1;
    int r = dict_setitem(d, k, value);
    DECREF(k);
    return r;
}

int dict_delitem(Object *o, Object *key)
{
    DictObject *d = (DictObject *)o;
    hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    intptr_t slot, ix = lookup(d, key, h, &slot);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix < 0) {
        raise_key_error(key);
        return -1;
    }
    delete_entry(d, slot, ix);
    return 0;
}

int dict_delitem_str(Object *d, const char *key)
{
    Object *k = str_from_cstr(key);
    if (k == NULL)
        return -1;
    int r = dict_delitem(d, k);
    DECREF(k);
    return r;
}

int dict_contains(Object *o, Object *key)
{
    hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    intptr_t slot, ix = lookup((DictObject *)o, key, h, &slot);
    if (ix == DKIX_ERROR)
        return -1;
    return ix >= 0;
}

int dict_next(Object *o, intptr_t *pos, Object **key, Object **value)
{
    DictKeys *k = ((DictObject *)o)->keys;
    if (k == NULL)
        return 0;
    intptr_t i = *pos;
    DictEntry *e = DK_ENTRIES(k);
    while (i < k->nentries && e[i].value == NULL)
        i++;
    if (i >= k->nentries)
        return 0;
    *pos = i + 1;
    if (key)
        *key = e[i].key;
    if (value)
        *value = e[i].value;
    return 1;
}

intptr_t dict_size(Object *d)
{
    return ((DictObject *)d)->used;
}

/* Merge entries of the dict b into a (override: replace existing keys). */
static int merge_dict(DictObject *a, DictObject *b, int override)
{
    if (a == b || b->used == 0)
        return 0;
    /* Make room in one go, sized as CPython does. */
    intptr_t size = a->keys ? DK_SIZE(a->keys) : DICT_MINSIZE;
    if (USABLE_FRACTION(size) < b->used)
        if (dict_resize(a, estimate_log2_keysize(a->used + b->used)) < 0)
            return -1;
    intptr_t pos = 0;
    Object *k, *v;
    DictKeys *bk = b->keys;
    while (b->keys == bk && pos < bk->nentries) {
        DictEntry *ep = &DK_ENTRIES(bk)[pos++];
        if (ep->value == NULL)
            continue;
        k = NEWREF(ep->key);
        v = NEWREF(ep->value);
        hash_t h = ep->hash;
        int r = 0;
        if (override) {
            r = insert(a, k, h, v);
        } else {
            intptr_t slot, ix = lookup(a, k, h, &slot);
            if (ix == DKIX_ERROR)
                r = -1;
            if (ix == DKIX_EMPTY) {
                r = insert(a, k, h, v);
            } else {
                DECREF(k);
                DECREF(v);
            }
        }
        if (r < 0)
            return -1;
    }
    if (b->keys != bk) {
        err_set_string(&Exc_RuntimeError, "dict mutated during update");
        return -1;
    }
    return 0;
}

int dict_merge(Object *a, Object *b, int override)
{
    if (DICT_CHECK(b) && TYPE(b)->iter == Dict_Type.iter)
        return merge_dict((DictObject *)a, (DictObject *)b, override);
    /* A generic mapping: for k in b.keys(): a[k] = b[k]. */
    Object *keys = obj_getattr_cstr(b, "keys");
    if (keys == NULL)
        return -1;
    Object *klist = obj_call(keys, NULL, 0, NULL);
    DECREF(keys);
    if (klist == NULL)
        return -1;
    Object *it = obj_iter(klist);
    DECREF(klist);
    if (it == NULL)
        return -1;
    Object *k;
    while ((k = obj_next(it)) != NULL) {
        int r = 0;
        if (!override) {
            r = dict_contains(a, k);
            if (r == 1) {
                DECREF(k);
                continue;
            }
        }
        Object *v = r < 0 ? NULL : obj_getitem(b, k);
        r = v ? dict_setitem(a, k, v) : -1;
        XDECREF(v);
        DECREF(k);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* a.update(iterable of pairs), with CPython's messages. */
static int merge_pairs(Object *a, Object *seq)
{
    Object *it = obj_iter(seq);
    if (it == NULL)
        return -1;
    Object *item;
    intptr_t i = 0;
    for (; (item = obj_next(it)) != NULL; i++) {
        Object *fast = NULL;
        if (LIST_CHECK_EXACT(item) || TUPLE_CHECK_EXACT(item)) {
            fast = NEWREF(item);
        } else {
            Object *sub = obj_iter(item);
            if (sub == NULL) {
                if (err_matches_type(&Exc_TypeError)) {
                    err_clear();
                    err_format(&Exc_TypeError,
                               "cannot convert dictionary update sequence element #%zd to a sequence",
                               (ssize_t_)i);
                }
                goto fail_item;
            }
            fast = list_from_iterable(sub);
            DECREF(sub);
            if (fast == NULL)
                goto fail_item;
        }
        intptr_t n = LIST_CHECK_EXACT(fast) ? LIST_SIZE(fast) : TUPLE_SIZE(fast);
        if (n != 2) {
            err_format(&Exc_ValueError,
                       "dictionary update sequence element #%zd has length %zd; 2 is required",
                       (ssize_t_)i, (ssize_t_)n);
            DECREF(fast);
            goto fail_item;
        }
        Object **p = LIST_CHECK_EXACT(fast) ? LIST_ITEMS(fast) : TUPLE_ITEMS(fast);
        Object *k = NEWREF(p[0]), *v = NEWREF(p[1]);
        DECREF(fast);
        int r = dict_setitem(a, k, v);
        DECREF(k);
        DECREF(v);
        if (r < 0)
            goto fail_item;
        DECREF(item);
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
fail_item:
    DECREF(item);
    DECREF(it);
    return -1;
}

/* True when o looks like a mapping (has a keys attribute). */
static int has_keys(Object *o)
{
    if (DICT_CHECK(o))
        return 1;
    Object *k = obj_getattr_cstr(o, "keys");
    if (k == NULL) {
        if (err_matches_type(&Exc_AttributeError)) {
            err_clear();
            return 0;
        }
        return -1;
    }
    DECREF(k);
    return 1;
}

int dict_update(Object *d, Object *other)
{
    int m = has_keys(other);
    if (m < 0)
        return -1;
    return m ? dict_merge(d, other, 1) : merge_pairs(d, other);
}

Object *dict_copy(Object *o)
{
    DictObject *src = (DictObject *)o;
    DictObject *d = (DictObject *)dict_new();
    if (d == NULL)
        return NULL;
    if (src->used == 0)
        return (Object *)d;
    if (DICT_CHECK_EXACT(o) && src->used >= (src->keys->nentries * 2) / 3) {
        /* Dense enough: clone the table as is (CPython's fast copy). */
        size_t sz = keys_alloc_size(src->keys->log2_size, src->keys->log2_index_bytes);
        char *block = mem_malloc(sz);
        if (block == NULL) {
            DECREF((Object *)d);
            return err_no_memory();
        }
        memcpy(block, DK_INDICES(src->keys), sz);
        DictKeys *k = (DictKeys *)(block + ((size_t)1 << src->keys->log2_index_bytes));
        k->stamp = ++dict_global_version;
        DictEntry *e = DK_ENTRIES(k);
        for (intptr_t i = 0; i < k->nentries; i++)
            if (e[i].value) {
                INCREF(e[i].key);
                INCREF(e[i].value);
            }
        d->keys = k;
        d->used = src->used;
        if (gc_is_tracked(o) && !gc_is_tracked((Object *)d))
            gc_track((Object *)d);
        return (Object *)d;
    }
    if (merge_dict(d, src, 1) < 0) {
        DECREF((Object *)d);
        return NULL;
    }
    return (Object *)d;
}

/* kind 0 keys, 1 values, 2 items. */
static Object *dict_to_list(Object *o, int kind)
{
    DictObject *d = (DictObject *)o;
    Object *l = list_new(d->used);
    if (l == NULL)
        return NULL;
    intptr_t pos = 0, j = 0;
    Object *k, *v;
    while (dict_next(o, &pos, &k, &v)) {
        Object *x = kind == 0 ? NEWREF(k) : kind == 1 ? NEWREF(v) : tuple_pack(2, k, v);
        if (x == NULL) {
            DECREF(l);
            return NULL;
        }
        LIST_ITEMS(l)[j++] = x;
    }
    return l;
}

Object *dict_keys(Object *d) { return dict_to_list(d, 0); }
Object *dict_values(Object *d) { return dict_to_list(d, 1); }
Object *dict_items(Object *d) { return dict_to_list(d, 2); }

void dict_clear(Object *o)
{
    DictObject *d = (DictObject *)o;
    DictKeys *k = d->keys;
    if (k == NULL)
        return;
    d->keys = NULL;
    d->used = 0;
    bump_version(d);
    DictEntry *e = DK_ENTRIES(k);
    for (intptr_t i = 0; i < k->nentries; i++) {
        if (e[i].value) {
            DECREF(e[i].key);
            DECREF(e[i].value);
        }
    }
    mem_free(DK_INDICES(k));
}

Object *dict_pop(Object *o, Object *key, Object *deflt)
{
    DictObject *d = (DictObject *)o;
    hash_t h = key_hash(key);
    if (h == -1)
        return NULL;
    intptr_t slot, ix = d->used ? lookup(d, key, h, &slot) : DKIX_EMPTY;
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix < 0) {
        if (deflt)
            return NEWREF(deflt);
        raise_key_error(key);
        return NULL;
    }
    Object *v = NEWREF(DK_ENTRIES(d->keys)[ix].value);
    delete_entry(d, slot, ix);
    return v;
}

Object *dict_setdefault(Object *o, Object *key, Object *deflt)
{
    hash_t h = key_hash(key);
    if (h == -1)
        return NULL;
    Object *v = dict_getitem_hash(o, key, h);
    if (v || err_occurred())
        return v;
    if (insert((DictObject *)o, NEWREF(key), h, NEWREF(deflt)) < 0)
        return NULL;
    return deflt;
}

/* ---- slots -------------------------------------------------------------- */

static void dict_dealloc(Object *o)
{
    gc_untrack(o);
    dict_clear(o);
    obj_free(o);
}

static int dict_traverse(Object *o, visitproc visit, void *arg)
{
    DictKeys *k = ((DictObject *)o)->keys;
    if (k == NULL)
        return 0;
    DictEntry *e = DK_ENTRIES(k);
    int keys = !k->str_only;    /* exact str keys hold no references (as CPython) */
    for (intptr_t i = 0; i < k->nentries; i++) {
        if (e[i].value) {
            int r;
            if ((keys && (r = visit(e[i].key, arg))) || (r = visit(e[i].value, arg)))
                return r;
        }
    }
    return 0;
}

static int dict_clear_slot(Object *o)
{
    dict_clear(o);
    return 0;
}

static Object *dict_repr(Object *o)
{
    DictObject *d = (DictObject *)o;
    if (d->used == 0)
        return str_from_cstr("{}");
    int e = list_repr_enter(o);
    if (e != 0)
        return e > 0 ? str_from_cstr("{...}") : NULL;
    StrBuf b;
    str_buf_init(&b);
    if (str_buf_append_ascii(&b, "{", 1) < 0)
        goto fail;
    intptr_t pos = 0;
    Object *k, *v;
    int first = 1;
    while (dict_next(o, &pos, &k, &v)) {
        INCREF(k);
        INCREF(v);
        Object *kr = obj_repr(k), *vr = kr ? obj_repr(v) : NULL;
        DECREF(k);
        DECREF(v);
        int bad = vr == NULL
            || (!first && str_buf_append_ascii(&b, ", ", 2) < 0)
            || str_buf_append_str(&b, kr) < 0
            || str_buf_append_ascii(&b, ": ", 2) < 0
            || str_buf_append_str(&b, vr) < 0;
        XDECREF(kr);
        XDECREF(vr);
        if (bad)
            goto fail;
        first = 0;
    }
    if (str_buf_append_ascii(&b, "}", 1) < 0)
        goto fail;
    list_repr_leave(o);
    return str_buf_finish(&b);
fail:
    list_repr_leave(o);
    str_buf_free(&b);
    return NULL;
}

static intptr_t dict_length(Object *o)
{
    return ((DictObject *)o)->used;
}

static int dict_ass_sub(Object *o, Object *key, Object *v)
{
    return v ? dict_setitem(o, key, v) : dict_delitem(o, key);
}

/* Order-insensitive equality: same size and every a[k] == b[k]. */
static int dict_equal(DictObject *a, DictObject *b)
{
    if (a->used != b->used)
        return 0;
    for (intptr_t i = 0; a->keys && i < a->keys->nentries; i++) {
        DictEntry *ep = &DK_ENTRIES(a->keys)[i];
        if (ep->value == NULL)
            continue;
        Object *k = NEWREF(ep->key), *av = NEWREF(ep->value);
        hash_t h = ep->hash;
        Object *bv = dict_getitem_hash((Object *)b, k, h);
        int r;
        if (bv == NULL) {
            r = err_occurred() ? -1 : 0;
        } else {
            INCREF(bv);
            r = obj_richcompare_bool(av, bv, CMP_EQ);
            DECREF(bv);
        }
        DECREF(k);
        DECREF(av);
        if (r <= 0)
            return r;
    }
    return 1;
}

static Object *dict_richcompare(Object *a, Object *b, int op)
{
    if (!DICT_CHECK(a) || !DICT_CHECK(b) || (op != CMP_EQ && op != CMP_NE))
        RETURN_NOTIMPL;
    int r = dict_equal((DictObject *)a, (DictObject *)b);
    if (r < 0)
        return NULL;
    return bool_from(op == CMP_EQ ? r : !r);
}

static Object *dict_or(Object *a, Object *b)
{
    if (!DICT_CHECK(a) || !DICT_CHECK(b))
        RETURN_NOTIMPL;
    Object *r = dict_copy(a);
    if (r && dict_update(r, b) < 0)
        CLEAR(r);
    return r;
}

static Object *dict_ior(Object *a, Object *b)
{
    if (!DICT_CHECK(a))
        RETURN_NOTIMPL;
    if (dict_update(a, b) < 0)
        return NULL;
    return NEWREF(a);
}

static Object *dict_vnew(TypeObject *t, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return dict_alloc(t);
}

/* Applies update's positional argument and keywords. */
static int update_common(Object *self, const char *name, Object *const *args,
                         size_t nargs, Object *kwnames)
{
    if (nargs > 1) {
        err_format(&Exc_TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
        return -1;
    }
    if (nargs == 1 && dict_update(self, args[0]) < 0)
        return -1;
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++)
        if (dict_setitem(self, TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0)
            return -1;
    return 0;
}

static int dict_vinit(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    return update_common(self, "dict", args, nargs, kwnames);
}

/* ---- methods ------------------------------------------------------------ */

static Object *dict_m_get(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_nokw("get", kwnames) < 0 || arg_range("get", nargs, 1, 2) < 0)
        return NULL;
    Object *v = dict_getitem_err(self, args[0]);
    if (v)
        return NEWREF(v);
    if (err_occurred())
        return NULL;
    return NEWREF(nargs == 2 ? args[1] : NONE);
}

static Object *dict_m_setdefault(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_nokw("setdefault", kwnames) < 0 || arg_range("setdefault", nargs, 1, 2) < 0)
        return NULL;
    Object *v = dict_setdefault(self, args[0], nargs == 2 ? args[1] : NONE);
    return v ? NEWREF(v) : NULL;
}

static Object *dict_m_pop(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_nokw("pop", kwnames) < 0 || arg_range("pop", nargs, 1, 2) < 0)
        return NULL;
    return dict_pop(self, args[0], nargs == 2 ? args[1] : NULL);
}

static Object *dict_m_popitem(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("dict.popitem", nargs, kwnames) < 0)
        return NULL;
    DictObject *d = (DictObject *)self;
    if (d->used == 0)
        return err_set_string(&Exc_KeyError, "popitem(): dictionary is empty");
    DictKeys *k = d->keys;
    intptr_t i = k->nentries - 1;
    DictEntry *e = DK_ENTRIES(k);
    while (i >= 0 && e[i].value == NULL)
        i--;
    Object *res = tuple_new(2);
    if (res == NULL)
        return NULL;
    /* Find the index slot holding i. */
    size_t mask = (size_t)DK_MASK(k), perturb = (size_t)e[i].hash, j = (size_t)e[i].hash & mask;
    while (dk_get_index(k, (intptr_t)j) != i) {
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
    dk_set_index(k, (intptr_t)j, DKIX_DUMMY);
    TUPLE_ITEMS(res)[0] = e[i].key;
    TUPLE_ITEMS(res)[1] = e[i].value;
    e[i].key = NULL;
    e[i].value = NULL;
    k->nentries = i;
    d->used--;
    bump_version(d);
    return res;
}

static Object *dict_m_update(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (update_common(self, "update", args, nargs, kwnames) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *dict_m_fromkeys(Object *cls, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_nokw("fromkeys", kwnames) < 0 || arg_range("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    Object *value = nargs == 2 ? args[1] : NONE;
    Object *d = (TypeObject *)cls == &Dict_Type ? dict_new() : obj_call(cls, NULL, 0, NULL);
    if (d == NULL)
        return NULL;
    Object *it = obj_iter(args[0]);
    if (it == NULL) {
        DECREF(d);
        return NULL;
    }
    Object *k;
    int exact = DICT_CHECK_EXACT(d);
    while ((k = obj_next(it)) != NULL) {
        int r = exact ? dict_setitem(d, k, value) : obj_setitem(d, k, value);
        DECREF(k);
        if (r < 0)
            break;
    }
    DECREF(it);
    if (err_occurred()) {
        DECREF(d);
        return NULL;
    }
    return d;
}

static Object *dict_m_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("dict.copy", nargs, kwnames) < 0)
        return NULL;
    return dict_copy(self);
}

static Object *dict_m_clear(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("dict.clear", nargs, kwnames) < 0)
        return NULL;
    dict_clear(self);
    RETURN_NONE;
}

static Object *dict_m_sizeof(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("dict.__sizeof__", nargs, kwnames) < 0)
        return NULL;
    DictKeys *k = ((DictObject *)self)->keys;
    size_t n = TYPE(self)->basicsize;
    if (k)
        n += keys_alloc_size(k->log2_size, k->log2_index_bytes);
    return int_from_ssize((intptr_t)n);
}

/* dictview.c */
Object *dictview_new(TypeObject *t, Object *dict);

static Object *dict_m_keys(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("dict.keys", nargs, kwnames) < 0)
        return NULL;
    return dictview_new(&DictKeys_Type, self);
}

static Object *dict_m_values(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("dict.values", nargs, kwnames) < 0)
        return NULL;
    return dictview_new(&DictValues_Type, self);
}

static Object *dict_m_items(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("dict.items", nargs, kwnames) < 0)
        return NULL;
    return dictview_new(&DictItems_Type, self);
}

Object *dict_iter_new(Object *dict, TypeObject *t);

static Object *dict_m_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("dict.__reversed__", nargs, kwnames) < 0)
        return NULL;
    return dict_iter_new(self, &DictRevIterKey_Type);
}

static MethodDef dict_methods[] = {
    { "get", dict_m_get, 0, "Return the value for key if key is in the dictionary, else default." },
    { "setdefault", dict_m_setdefault, 0, "Insert key with a value of default if key is not in the dictionary." },
    { "pop", dict_m_pop, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value." },
    { "popitem", dict_m_popitem, 0, "Remove and return a (key, value) pair as a 2-tuple." },
    { "update", dict_m_update, 0, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F." },
    { "fromkeys", dict_m_fromkeys, METH_CLASS, "Create a new dictionary with keys from iterable and values set to value." },
    { "copy", dict_m_copy, 0, "D.copy() -> a shallow copy of D" },
    { "clear", dict_m_clear, 0, "D.clear() -> None.  Remove all items from D." },
    { "keys", dict_m_keys, 0, "D.keys() -> a set-like object providing a view on D's keys" },
    { "values", dict_m_values, 0, "D.values() -> an object providing a view on D's values" },
    { "items", dict_m_items, 0, "D.items() -> a set-like object providing a view on D's items" },
    { "__sizeof__", dict_m_sizeof, 0, "D.__sizeof__() -> size of D in memory, in bytes" },
    { "__reversed__", dict_m_reversed, 0, "Return a reverse iterator over the dict keys." },
    { NULL, NULL, 0, NULL }
};

static NumberMethods dict_as_number = {
    .or_ = dict_or,
    .ior = dict_ior,
};

/* ---- iterators ---------------------------------------------------------- */

typedef struct DictIterObject {
    Object ob;
    Object *dict;               /* NULL once exhausted */
    intptr_t used;              /* dict size when the iterator was made */
    intptr_t pos;               /* next entry index (reverse: counts down) */
    intptr_t len;               /* items still to yield */
} DictIterObject;

static int is_reverse(TypeObject *t)
{
    return t == &DictRevIterKey_Type || t == &DictRevIterValue_Type || t == &DictRevIterItem_Type;
}

Object *dict_iter_new(Object *dict, TypeObject *t)
{
    DictIterObject *it = (DictIterObject *)obj_alloc(t);
    if (it == NULL)
        return NULL;
    DictObject *d = (DictObject *)dict;
    it->dict = NEWREF(dict);
    it->used = d->used;
    it->len = d->used;
    it->pos = is_reverse(t) ? (d->keys ? d->keys->nentries - 1 : -1) : 0;
    gc_track((Object *)it);
    return (Object *)it;
}

static Object *dict_iter(Object *o)
{
    return dict_iter_new(o, &DictIterKey_Type);
}

static void dictiter_dealloc(Object *o)
{
    gc_untrack(o);
    XDECREF(((DictIterObject *)o)->dict);
    obj_free(o);
}

static int dictiter_traverse(Object *o, visitproc visit, void *arg)
{
    Object *d = ((DictIterObject *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static Object *dictiter_next(Object *o)
{
    DictIterObject *it = (DictIterObject *)o;
    DictObject *d = (DictObject *)it->dict;
    if (d == NULL)
        return NULL;
    if (it->used != d->used) {
        err_set_string(&Exc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;          /* keep failing */
        return NULL;
    }
    TypeObject *t = TYPE(o);
    int rev = is_reverse(t);
    DictKeys *k = d->keys;
    DictEntry *ep = NULL;
    if (k) {
        DictEntry *e = DK_ENTRIES(k);
        if (rev) {
            while (it->pos >= 0 && (it->pos >= k->nentries || e[it->pos].value == NULL))
                it->pos--;
            if (it->pos >= 0)
                ep = &e[it->pos--];
        } else {
            while (it->pos < k->nentries && e[it->pos].value == NULL)
                it->pos++;
            if (it->pos < k->nentries)
                ep = &e[it->pos++];
        }
    }
    if (ep == NULL || it->len == 0) {
        if (ep != NULL) {
            err_set_string(&Exc_RuntimeError, "dictionary keys changed during iteration");
            return NULL;
        }
        CLEAR(it->dict);
        return NULL;
    }
    it->len--;
    if (t == &DictIterKey_Type || t == &DictRevIterKey_Type)
        return NEWREF(ep->key);
    if (t == &DictIterValue_Type || t == &DictRevIterValue_Type)
        return NEWREF(ep->value);
    return tuple_pack(2, ep->key, ep->value);
}

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

static Object *dictiter_m_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("__length_hint__", nargs, kwnames) < 0)
        return NULL;
    DictIterObject *it = (DictIterObject *)self;
    DictObject *d = (DictObject *)it->dict;
    return int_from_ssize(d && it->used == d->used ? it->len : 0);
}

static MethodDef dictiter_methods[] = {
    { "__length_hint__", dictiter_m_length_hint, 0, NULL },
    { NULL, NULL, 0, NULL }
};

TypeObject Dict_Type = {
    TYPE_HEAD_INIT,
    .name = "dict",
    .basicsize = sizeof(DictObject),
    .tpflags = TPF_GC | TPF_BASETYPE | TPF_DICT_SUB,
    .doc = "dict() -> new empty dictionary",
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = hash_not_implemented,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .num = &dict_as_number,
    .len = dict_length,
    .getitem = dict_subscript,
    .setitem = dict_ass_sub,
    .contains = dict_contains,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .new_ = dict_vnew,
    .init = dict_vinit,
    .methods = dict_methods,
};

#define DICTITER_TYPE(var, tname) \
    TypeObject var = { \
        TYPE_HEAD_INIT, \
        .name = tname, \
        .basicsize = sizeof(DictIterObject), \
        .tpflags = TPF_GC, \
        .dealloc = dictiter_dealloc, \
        .iter = self_iter, \
        .iternext = dictiter_next, \
        .traverse = dictiter_traverse, \
        .methods = dictiter_methods, \
    };

DICTITER_TYPE(DictIterKey_Type, "dict_keyiterator")
DICTITER_TYPE(DictIterValue_Type, "dict_valueiterator")
DICTITER_TYPE(DictIterItem_Type, "dict_itemiterator")
DICTITER_TYPE(DictRevIterKey_Type, "dict_reversekeyiterator")
DICTITER_TYPE(DictRevIterValue_Type, "dict_reversevalueiterator")
DICTITER_TYPE(DictRevIterItem_Type, "dict_reverseitemiterator")

int dictview_init(void);

int dict_init(void)
{
    TypeObject *types[] = {
        &Dict_Type, &DictIterKey_Type, &DictIterValue_Type, &DictIterItem_Type,
        &DictRevIterKey_Type, &DictRevIterValue_Type, &DictRevIterItem_Type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0)
            return -1;
    return dictview_init();
}

void dict_fini(void) { }
