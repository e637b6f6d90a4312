/* set.c — set and frozenset, following CPython 3.11's setobject.c: an
 * open-addressed table of {key, hash} (LINEAR_PROBES neighbours, then
 * perturbed jumps), a built-in table of 8 entries, dummies for deletions,
 * resizing at 60% fill, and the same frozenset hash, so iteration order and
 * hashes agree with python3.  Also the set iterator. */
#include <string.h>

#include "objects/set.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "mem/alloc.h"
#include "mem/gc.h"
#include "runtime/errors.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* Marks deleted entries (key == &dummy_obj, hash == -1); never visible. */
static Object dummy_obj = OBJ_HEAD_INIT(NULL);
#define DUMMY (&dummy_obj)

int set_check(Object *o) { return obj_type_check(o, &Set_Type); }
int frozenset_check(Object *o) { return obj_type_check(o, &FrozenSet_Type); }
int anyset_check(Object *o) { return set_check(o) || frozenset_check(o); }

static inline hash_t key_hash(Object *key)
{
    if (STR_CHECK_EXACT(key))
        return str_hash(key);
    return obj_hash(key);
}

/* ---- table ---------------------------------------------------------------- */

/* The entry holding key, or an unused entry; NULL on a comparison error. */
static SetEntry *set_lookkey(SetObject *so, Object *key, hash_t hash)
{
restart:;
    SetEntry *table = so->table;
    size_t mask = (size_t)so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                Object *sk = entry->key;
                if (sk == key)
                    return entry;
                if (STR_CHECK_EXACT(sk) && STR_CHECK_EXACT(key) && str_eq(sk, key))
                    return entry;
                INCREF(sk);
                int cmp = obj_richcompare_bool(sk, key, CMP_EQ);
                DECREF(sk);
                if (cmp < 0)
                    return NULL;
                if (table != so->table || entry->key != sk)
                    goto restart;
                if (cmp > 0)
                    return entry;
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Insert into a table known to hold neither key nor dummies. */
static void insert_clean(SetEntry *table, size_t mask, Object *key, hash_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (entry->key == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* Rebuild with the smallest power of two above minused (>= 8). */
static int set_table_resize(SetObject *so, intptr_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    SetEntry *oldtable = so->table;
    SetEntry small_copy[SET_MINSIZE];
    int is_oldtable_malloced = oldtable != so->smalltable;
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;       /* no dummies: nothing to do */
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newtable = mem_malloc(newsize * sizeof(SetEntry));
        if (newtable == NULL) {
            err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    size_t oldmask = (size_t)so->mask;
    so->mask = (intptr_t)newsize - 1;
    so->table = newtable;
    if (so->fill == so->used) {
        for (size_t i = 0; i <= oldmask; i++)
            if (oldtable[i].key != NULL)
                insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
    } else {
        so->fill = so->used;
        for (size_t i = 0; i <= oldmask; i++)
            if (oldtable[i].key != NULL && oldtable[i].key != DUMMY)
                insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
    }
    if (is_oldtable_malloced)
        mem_free(oldtable);
    return 0;
}

/* Adds key (a new reference is taken) with its hash.  0/-1. */
static int set_add_entry(SetObject *so, Object *key, hash_t hash)
{
    INCREF(key);
restart:;
    size_t mask = (size_t)so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *entry, *freeslot = NULL;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused;
            if (entry->hash == hash) {
                Object *sk = entry->key;
                if (sk == key)
                    goto found_active;
                if (STR_CHECK_EXACT(sk) && STR_CHECK_EXACT(key) && str_eq(sk, key))
                    goto found_active;
                SetEntry *table = so->table;
                INCREF(sk);
                int cmp = obj_richcompare_bool(sk, key, CMP_EQ);
                DECREF(sk);
                if (cmp > 0)
                    goto found_active;
                if (cmp < 0) {
                    DECREF(key);
                    return -1;
                }
                if (table != so->table || entry->key != sk)
                    goto restart;
                mask = (size_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;       /* python3 reuses the last dummy seen */
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    DECREF(key);
    return 0;
}

/* 1 removed, 0 absent, -1 error. */
static int set_discard_entry(SetObject *so, Object *key, hash_t hash)
{
    SetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL)
        return -1;
    if (entry->key == NULL)
        return 0;
    Object *old = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    DECREF(old);
    return 1;
}

static int set_contains_entry(SetObject *so, Object *key, hash_t hash)
{
    SetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL)
        return -1;
    return entry->key != NULL;
}

static int set_add_key(SetObject *so, Object *key)
{
    hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    return set_add_entry(so, key, h);
}

/* Looks key up; an unhashable set key is retried as a frozenset (as
 * CPython does for `in`, remove and discard).  op: 0 contains, 1 discard. */
static int set_key_op(SetObject *so, Object *key, int op)
{
    hash_t h = key_hash(key);
    if (h == -1) {
        if (!SET_CHECK(key) || !err_matches_type(&Exc_TypeError))
            return -1;
        err_clear();
        Object *tmp = frozenset_new(key);
        if (tmp == NULL)
            return -1;
        int r = set_key_op(so, tmp, op);
        DECREF(tmp);
        return r;
    }
    return op ? set_discard_entry(so, key, h) : set_contains_entry(so, key, h);
}

int set_next(Object *s, intptr_t *pos, Object **key, hash_t *hash)
{
    SetObject *so = (SetObject *)s;
    intptr_t i = *pos;
    while (i <= so->mask && (so->table[i].key == NULL || so->table[i].key == DUMMY))
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return 0;
    *key = so->table[i].key;
    if (hash)
        *hash = so->table[i].hash;
    return 1;
}

static int set_clear_internal(SetObject *so)
{
    SetEntry *table = so->table;
    intptr_t fill = so->fill;
    size_t n = (size_t)so->mask + 1;
    int malloced = table != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (!malloced) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
    for (size_t i = 0; i < n && fill > 0; i++) {
        if (table[i].key) {
            fill--;
            if (table[i].key != DUMMY)
                DECREF(table[i].key);
        }
    }
    if (malloced)
        mem_free(table);
    return 0;
}

static int set_merge(SetObject *so, SetObject *other)
{
    if (so == other || other->used == 0)
        return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        if (set_table_resize(so, (so->used + other->used) * 2) < 0)
            return -1;
    SetEntry *ot = other->table;
    /* Empty target with the same size and no dummies: copy slot by slot. */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (intptr_t i = 0; i <= other->mask; i++) {
            if (ot[i].key && ot[i].key != DUMMY) {
                so->table[i].key = NEWREF(ot[i].key);
                so->table[i].hash = ot[i].hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (intptr_t i = 0; i <= other->mask; i++)
            if (ot[i].key && ot[i].key != DUMMY)
                insert_clean(so->table, (size_t)so->mask, NEWREF(ot[i].key), ot[i].hash);
        return 0;
    }
    for (intptr_t i = 0; i <= other->mask; i++) {
        Object *k = other->table[i].key;
        if (k && k != DUMMY && set_add_entry(so, k, other->table[i].hash) < 0)
            return -1;
    }
    return 0;
}

static int set_update_internal(SetObject *so, Object *other)
{
    if (ANYSET_CHECK(other))
        return set_merge(so, (SetObject *)other);
    if (DICT_CHECK_EXACT(other)) {
        intptr_t n = dict_size(other);
        if ((so->fill + n) * 5 >= so->mask * 3)
            if (set_table_resize(so, (so->used + n) * 2) < 0)
                return -1;
        intptr_t pos = 0;
        Object *k;
        while (dict_next(other, &pos, &k, NULL))
            if (set_add_key(so, k) < 0)
                return -1;
        return 0;
    }
    Object *it = obj_iter(other);
    if (it == NULL)
        return -1;
    Object *k;
    while ((k = obj_next(it)) != NULL) {
        int r = set_add_key(so, k);
        DECREF(k);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* NEW: an empty instance of t, filled from iterable (may be NULL). */
static Object *make_new_set(TypeObject *t, Object *iterable)
{
    SetObject *so = (SetObject *)obj_alloc(t);
    if (so == NULL)
        return NULL;
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->hash = -1;
    gc_track((Object *)so);
    if (iterable && set_update_internal(so, iterable) < 0) {
        DECREF((Object *)so);
        return NULL;
    }
    return (Object *)so;
}

/* Results of operations on subclasses are plain sets / frozensets. */
static Object *make_new_set_basetype(TypeObject *t, Object *iterable)
{
    if (t != &Set_Type && t != &FrozenSet_Type)
        t = type_is_subtype(t, &Set_Type) ? &Set_Type : &FrozenSet_Type;
    return make_new_set(t, iterable);
}

static void set_swap_bodies(SetObject *a, SetObject *b)
{
    SetEntry tab[SET_MINSIZE];
    intptr_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    SetEntry *u = a->table;
    if (a->table == a->smalltable)
        u = b->smalltable;
    a->table = b->table;
    if (b->table == b->smalltable)
        a->table = a->smalltable;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        memcpy(tab, a->smalltable, sizeof tab);
        memcpy(a->smalltable, b->smalltable, sizeof tab);
        memcpy(b->smalltable, tab, sizeof tab);
    }
    if (FROZENSET_CHECK_EXACT(a) && FROZENSET_CHECK_EXACT(b)) {
        hash_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

/* ---- public API ------------------------------------------------------------ */

Object *set_new(Object *iterable) { return make_new_set(&Set_Type, iterable); }
Object *frozenset_new(Object *iterable) { return make_new_set(&FrozenSet_Type, iterable); }
int set_add(Object *s, Object *key) { return set_add_key((SetObject *)s, key); }
int set_discard(Object *s, Object *key) { return set_key_op((SetObject *)s, key, 1); }
int set_contains(Object *s, Object *key) { return set_key_op((SetObject *)s, key, 0); }
intptr_t set_size(Object *s) { return ((SetObject *)s)->used; }
int set_clear(Object *s) { return set_clear_internal((SetObject *)s); }
int set_update(Object *s, Object *iterable) { return set_update_internal((SetObject *)s, iterable); }

Object *set_pop(Object *s)
{
    SetObject *so = (SetObject *)s;
    if (so->used == 0)
        return err_set_string(&Exc_KeyError, "pop from an empty set");
    SetEntry *entry = so->table + (so->finger & so->mask);
    SetEntry *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == DUMMY) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    Object *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

/* ---- algebra (CPython's algorithms, which fix the result's order) ---------- */

static Object *set_copy(Object *so)
{
    return make_new_set_basetype(TYPE(so), so);
}

static Object *set_intersection(SetObject *so, Object *other)
{
    if ((Object *)so == other)
        return set_copy((Object *)so);
    Object *result = make_new_set_basetype(TYPE(so), NULL);
    if (result == NULL)
        return NULL;
    if (ANYSET_CHECK(other)) {
        SetObject *a = so, *b = (SetObject *)other;
        if (b->used > a->used) {
            SetObject *t = a;
            a = b;
            b = t;
        }
        intptr_t pos = 0;
        Object *k;
        hash_t h;
        while (set_next((Object *)b, &pos, &k, &h)) {
            int r = set_contains_entry(a, k, h);
            if (r > 0)
                r = set_add_entry((SetObject *)result, k, h);
            if (r < 0) {
                DECREF(result);
                return NULL;
            }
        }
        return result;
    }
    Object *it = obj_iter(other);
    if (it == NULL) {
        DECREF(result);
        return NULL;
    }
    Object *k;
    while ((k = obj_next(it)) != NULL) {
        hash_t h = key_hash(k);
        int r = h == -1 ? -1 : set_contains_entry(so, k, h);
        if (r > 0)
            r = set_add_entry((SetObject *)result, k, h);
        DECREF(k);
        if (r < 0)
            break;
    }
    DECREF(it);
    if (err_occurred()) {
        DECREF(result);
        return NULL;
    }
    return result;
}

static int set_difference_update_internal(SetObject *so, Object *other)
{
    if ((Object *)so == other)
        return set_clear_internal(so);
    if (ANYSET_CHECK(other)) {
        intptr_t pos = 0;
        Object *k;
        hash_t h;
        while (set_next(other, &pos, &k, &h))
            if (set_discard_entry(so, k, h) < 0)
                return -1;
    } else {
        Object *it = obj_iter(other);
        if (it == NULL)
            return -1;
        Object *k;
        while ((k = obj_next(it)) != NULL) {
            int r = set_key_op(so, k, 1);
            DECREF(k);
            if (r < 0) {
                DECREF(it);
                return -1;
            }
        }
        DECREF(it);
        if (err_occurred())
            return -1;
    }
    /* More than 1/4 dummies: resize them away. */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Object *set_difference(SetObject *so, Object *other)
{
    intptr_t other_size;
    if (ANYSET_CHECK(other))
        other_size = ((SetObject *)other)->used;
    else if (DICT_CHECK_EXACT(other))
        other_size = dict_size(other);
    else
        other_size = -1;
    if (other_size < 0 || (so->used >> 2) > other_size) {
        Object *r = set_copy((Object *)so);
        if (r && set_difference_update_internal((SetObject *)r, other) < 0)
            CLEAR(r);
        return r;
    }
    Object *result = make_new_set_basetype(TYPE(so), NULL);
    if (result == NULL)
        return NULL;
    intptr_t pos = 0;
    Object *k;
    hash_t h;
    while (set_next((Object *)so, &pos, &k, &h)) {
        int r;
        if (DICT_CHECK_EXACT(other)) {
            r = dict_getitem_hash(other, k, h) != NULL;
            if (!r && err_occurred())
                r = -1;
        } else {
            r = set_contains_entry((SetObject *)other, k, h);
        }
        if (r == 0)
            r = set_add_entry((SetObject *)result, k, h);
        if (r < 0) {
            DECREF(result);
            return NULL;
        }
    }
    return result;
}

static int set_symmetric_difference_update_internal(SetObject *so, Object *other)
{
    if ((Object *)so == other)
        return set_clear_internal(so);
    Object *os = ANYSET_CHECK(other) ? NEWREF(other) : make_new_set_basetype(TYPE(so), other);
    if (os == NULL)
        return -1;
    intptr_t pos = 0;
    Object *k;
    hash_t h;
    while (set_next(os, &pos, &k, &h)) {
        INCREF(k);
        int r = set_discard_entry(so, k, h);
        if (r == 0)
            r = set_add_entry(so, k, h);
        DECREF(k);
        if (r < 0) {
            DECREF(os);
            return -1;
        }
    }
    DECREF(os);
    return 0;
}

static Object *set_symmetric_difference(SetObject *so, Object *other)
{
    Object *os = make_new_set_basetype(TYPE(so), other);
    if (os == NULL)
        return NULL;
    if (set_symmetric_difference_update_internal((SetObject *)os, (Object *)so) < 0) {
        DECREF(os);
        return NULL;
    }
    return os;
}

/* 1/0/-1: every element of so is in other. */
static int set_issubset_internal(SetObject *so, Object *other)
{
    if (!ANYSET_CHECK(other)) {
        Object *tmp = set_new(other);
        if (tmp == NULL)
            return -1;
        int r = set_issubset_internal(so, tmp);
        DECREF(tmp);
        return r;
    }
    if (so->used > ((SetObject *)other)->used)
        return 0;
    intptr_t pos = 0;
    Object *k;
    hash_t h;
    while (set_next((Object *)so, &pos, &k, &h)) {
        INCREF(k);
        int r = set_contains_entry((SetObject *)other, k, h);
        DECREF(k);
        if (r <= 0)
            return r;
    }
    return 1;
}

static int set_issuperset_internal(SetObject *so, Object *other)
{
    if (ANYSET_CHECK(other))
        return set_issubset_internal((SetObject *)other, (Object *)so);
    Object *it = obj_iter(other);
    if (it == NULL)
        return -1;
    Object *k;
    int res = 1;
    while ((k = obj_next(it)) != NULL) {
        int r = set_key_op(so, k, 0);
        DECREF(k);
        if (r <= 0) {
            res = r;
            break;
        }
    }
    DECREF(it);
    if (res > 0 && err_occurred())
        return -1;
    return res;
}

static int set_isdisjoint_internal(SetObject *so, Object *other)
{
    if ((Object *)so == other)
        return so->used == 0;
    if (ANYSET_CHECK(other)) {
        SetObject *a = so, *b = (SetObject *)other;
        if (b->used > a->used) {
            SetObject *t = a;
            a = b;
            b = t;
        }
        intptr_t pos = 0;
        Object *k;
        hash_t h;
        while (set_next((Object *)b, &pos, &k, &h)) {
            INCREF(k);
            int r = set_contains_entry(a, k, h);
            DECREF(k);
            if (r != 0)
                return r < 0 ? -1 : 0;
        }
        return 1;
    }
    Object *it = obj_iter(other);
    if (it == NULL)
        return -1;
    Object *k;
    int res = 1;
    while ((k = obj_next(it)) != NULL) {
        int r = set_key_op(so, k, 0);
        DECREF(k);
        if (r != 0) {
            res = r < 0 ? -1 : 0;
            break;
        }
    }
    DECREF(it);
    if (res > 0 && err_occurred())
        return -1;
    return res;
}

/* ---- slots -------------------------------------------------------------- */

static void set_dealloc(Object *o)
{
    SetObject *so = (SetObject *)o;
    gc_untrack(o);
    for (intptr_t i = 0; i <= so->mask; i++)
        if (so->table[i].key && so->table[i].key != DUMMY)
            DECREF(so->table[i].key);
    if (so->table != so->smalltable)
        mem_free(so->table);
    obj_free(o);
}

static int set_traverse(Object *o, visitproc visit, void *arg)
{
    intptr_t pos = 0;
    Object *k;
    while (set_next(o, &pos, &k, NULL)) {
        int r = visit(k, arg);
        if (r)
            return r;
    }
    return 0;
}

static int set_clear_slot(Object *o)
{
    return set_clear_internal((SetObject *)o);
}

static Object *set_repr(Object *o)
{
    SetObject *so = (SetObject *)o;
    const char *name = TYPE(o)->name;
    if (so->used == 0)
        return str_from_format("%s()", name);
    int e = list_repr_enter(o);
    if (e != 0)
        return e > 0 ? str_from_format("%s(...)", name) : NULL;
    Object *r = NULL;
    Object *keys = list_from_iterable(o);
    Object *lr = keys ? obj_repr(keys) : NULL;
    if (lr) {
        /* "[1, 2]" -> "{1, 2}", wrapped in "name(...)" unless a plain set. */
        size_t n = (size_t)STR_NBYTES(lr);
        int plain = SET_CHECK_EXACT(o);
        StrBuf b;
        str_buf_init(&b);
        if ((plain || (str_buf_append_cstr(&b, name) == 0 && str_buf_append_ascii(&b, "(", 1) == 0))
            && str_buf_append_ascii(&b, "{", 1) == 0
            && str_buf_append(&b, STR_UTF8(lr) + 1, n - 2) == 0
            && str_buf_append_ascii(&b, plain ? "}" : "})", plain ? 1 : 2) == 0)
            r = str_buf_finish(&b);
        else
            str_buf_free(&b);
    }
    XDECREF(keys);
    XDECREF(lr);
    list_repr_leave(o);
    return r;
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

/* CPython's frozenset hash: xor of shuffled entry hashes (order-free). */
static hash_t frozenset_hash(Object *o)
{
    SetObject *so = (SetObject *)o;
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    for (intptr_t i = 0; i <= so->mask; i++)
        hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    so->hash = (hash_t)hash;
    return so->hash;
}

static intptr_t set_len(Object *o)
{
    return ((SetObject *)o)->used;
}

static int set_contains_slot(Object *o, Object *key)
{
    return set_key_op((SetObject *)o, key, 0);
}

static Object *set_richcompare(Object *v, Object *w, int op)
{
    if (!ANYSET_CHECK(v) || !ANYSET_CHECK(w))
        RETURN_NOTIMPL;
    SetObject *a = (SetObject *)v, *b = (SetObject *)w;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (a->used != b->used)
            r = 0;
        else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            r = 0;
        else
            r = set_issubset_internal(a, w);
        if (r < 0)
            return NULL;
        return bool_from(op == CMP_EQ ? r : !r);
    case CMP_LE:
        r = set_issubset_internal(a, w);
        break;
    case CMP_GE:
        r = set_issuperset_internal(a, w);
        break;
    case CMP_LT:
        r = a->used < b->used ? set_issubset_internal(a, w) : 0;
        break;
    default:
        r = a->used > b->used ? set_issuperset_internal(a, w) : 0;
        break;
    }
    if (r < 0)
        return NULL;
    return bool_from(r);
}

static Object *set_or(Object *a, Object *b)
{
    if (!ANYSET_CHECK(a) || !ANYSET_CHECK(b))
        RETURN_NOTIMPL;
    Object *r = set_copy(a);
    if (r && set_update_internal((SetObject *)r, b) < 0)
        CLEAR(r);
    return r;
}

static Object *set_and(Object *a, Object *b)
{
    if (!ANYSET_CHECK(a) || !ANYSET_CHECK(b))
        RETURN_NOTIMPL;
    return set_intersection((SetObject *)a, b);
}

static Object *set_sub(Object *a, Object *b)
{
    if (!ANYSET_CHECK(a) || !ANYSET_CHECK(b))
        RETURN_NOTIMPL;
    return set_difference((SetObject *)a, b);
}

static Object *set_xor(Object *a, Object *b)
{
    if (!ANYSET_CHECK(a) || !ANYSET_CHECK(b))
        RETURN_NOTIMPL;
    return set_symmetric_difference((SetObject *)a, b);
}

static Object *set_ior(Object *a, Object *b)
{
    if (!SET_CHECK(a) || !ANYSET_CHECK(b))
        RETURN_NOTIMPL;
    if (set_update_internal((SetObject *)a, b) < 0)
        return NULL;
    return NEWREF(a);
}

static Object *set_iand(Object *a, Object *b)
{
    if (!SET_CHECK(a) || !ANYSET_CHECK(b))
        RETURN_NOTIMPL;
    Object *tmp = set_intersection((SetObject *)a, b);
    if (tmp == NULL)
        return NULL;
    set_swap_bodies((SetObject *)a, (SetObject *)tmp);
    DECREF(tmp);
    return NEWREF(a);
}

static Object *set_isub(Object *a, Object *b)
{
    if (!SET_CHECK(a) || !ANYSET_CHECK(b))
        RETURN_NOTIMPL;
    if (set_difference_update_internal((SetObject *)a, b) < 0)
        return NULL;
    return NEWREF(a);
}

static Object *set_ixor(Object *a, Object *b)
{
    if (!SET_CHECK(a) || !ANYSET_CHECK(b))
        RETURN_NOTIMPL;
    if (set_symmetric_difference_update_internal((SetObject *)a, b) < 0)
        return NULL;
    return NEWREF(a);
}

static int no_kwargs(const char *name, Object *kwnames)
{
    if (kwnames && TUPLE_SIZE(kwnames) > 0) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static Object *set_vnew(TypeObject *t, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    (void)nargs;
    if (t == &Set_Type && no_kwargs("set", kwnames) < 0)
        return NULL;
    return make_new_set(t, NULL);
}

static int set_vinit(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (no_kwargs("set", kwnames) < 0)
        return -1;
    if (nargs > 1) {
        err_format(&Exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (((SetObject *)self)->fill)
        set_clear_internal((SetObject *)self);
    return nargs ? set_update_internal((SetObject *)self, args[0]) : 0;
}

static Object *frozenset_vnew(TypeObject *t, Object *const *args, size_t nargs, Object *kwnames)
{
    if (t == &FrozenSet_Type && no_kwargs("frozenset", kwnames) < 0)
        return NULL;
    if (nargs > 1)
        return err_format(&Exc_TypeError, "frozenset expected at most 1 argument, got %zu", nargs);
    if (t == &FrozenSet_Type && nargs == 1 && FROZENSET_CHECK_EXACT(args[0]))
        return NEWREF(args[0]);
    return make_new_set(t, nargs ? args[0] : NULL);
}

/* ---- methods ------------------------------------------------------------ */

#define NOARGS(fname) \
    (void)args; \
    if (arg_noargs(fname, nargs, kwnames) < 0) \
        return NULL

static Object *set_m_add(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("set.add", nargs, kwnames) < 0 || set_add_key((SetObject *)self, args[0]) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *set_m_discard(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("set.discard", nargs, kwnames) < 0 || set_key_op((SetObject *)self, args[0], 1) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *set_m_remove(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("set.remove", nargs, kwnames) < 0)
        return NULL;
    int r = set_key_op((SetObject *)self, args[0], 1);
    if (r < 0)
        return NULL;
    if (r == 0) {
        Object *a = tuple_pack(1, args[0]);
        Object *exc = a ? exc_new(&Exc_KeyError, a) : NULL;
        XDECREF(a);
        if (exc) {
            err_raise(exc);
            DECREF(exc);
        }
        return NULL;
    }
    RETURN_NONE;
}

static Object *set_m_pop(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("set.pop");
    return set_pop(self);
}

static Object *set_m_clear(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("set.clear");
    set_clear_internal((SetObject *)self);
    RETURN_NONE;
}

static Object *set_m_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("set.copy");
    return set_copy(self);
}

static Object *frozenset_m_copy(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("frozenset.copy");
    if (FROZENSET_CHECK_EXACT(self))
        return NEWREF(self);
    return set_copy(self);
}

static Object *set_m_update(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (no_kwargs("set.update", kwnames) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal((SetObject *)self, args[i]) < 0)
            return NULL;
    RETURN_NONE;
}

static Object *set_m_union(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (no_kwargs("union", kwnames) < 0)
        return NULL;
    Object *r = set_copy(self);
    for (size_t i = 0; r && i < nargs; i++)
        if ((Object *)args[i] != self && set_update_internal((SetObject *)r, args[i]) < 0)
            CLEAR(r);
    return r;
}

static Object *intersection_multi(Object *self, Object *const *args, size_t nargs)
{
    if (nargs == 0)
        return set_copy(self);
    Object *r = NEWREF(self);
    for (size_t i = 0; i < nargs; i++) {
        Object *n = set_intersection((SetObject *)r, args[i]);
        DECREF(r);
        if (n == NULL)
            return NULL;
        r = n;
    }
    return r;
}

static Object *set_m_intersection(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (no_kwargs("intersection", kwnames) < 0)
        return NULL;
    return intersection_multi(self, args, nargs);
}

static Object *set_m_intersection_update(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (no_kwargs("intersection_update", kwnames) < 0)
        return NULL;
    Object *tmp = intersection_multi(self, args, nargs);
    if (tmp == NULL)
        return NULL;
    set_swap_bodies((SetObject *)self, (SetObject *)tmp);
    DECREF(tmp);
    RETURN_NONE;
}

static Object *set_m_difference(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (no_kwargs("difference", kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return set_copy(self);
    Object *r = set_difference((SetObject *)self, args[0]);
    for (size_t i = 1; r && i < nargs; i++)
        if (set_difference_update_internal((SetObject *)r, args[i]) < 0)
            CLEAR(r);
    return r;
}

static Object *set_m_difference_update(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (no_kwargs("difference_update", kwnames) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update_internal((SetObject *)self, args[i]) < 0)
            return NULL;
    RETURN_NONE;
}

static Object *set_m_symmetric_difference(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("symmetric_difference", nargs, kwnames) < 0)
        return NULL;
    return set_symmetric_difference((SetObject *)self, args[0]);
}

static Object *set_m_symmetric_difference_update(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("symmetric_difference_update", nargs, kwnames) < 0
        || set_symmetric_difference_update_internal((SetObject *)self, args[0]) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *set_m_issubset(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("issubset", nargs, kwnames) < 0)
        return NULL;
    int r = set_issubset_internal((SetObject *)self, args[0]);
    return r < 0 ? NULL : bool_from(r);
}

static Object *set_m_issuperset(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("issuperset", nargs, kwnames) < 0)
        return NULL;
    int r = set_issuperset_internal((SetObject *)self, args[0]);
    return r < 0 ? NULL : bool_from(r);
}

static Object *set_m_isdisjoint(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("isdisjoint", nargs, kwnames) < 0)
        return NULL;
    int r = set_isdisjoint_internal((SetObject *)self, args[0]);
    return r < 0 ? NULL : bool_from(r);
}

static Object *set_m_sizeof(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("__sizeof__");
    SetObject *so = (SetObject *)self;
    size_t n = TYPE(self)->basicsize;
    if (so->table != so->smalltable)
        n += ((size_t)so->mask + 1) * sizeof(SetEntry);
    return int_from_ssize((intptr_t)n);
}

#define SET_READ_METHODS \
    { "union", set_m_union, 0, "Return the union of sets as a new set." }, \
    { "intersection", set_m_intersection, 0, "Return the intersection of two sets as a new set." }, \
    { "difference", set_m_difference, 0, "Return the difference of two or more sets as a new set." }, \
    { "symmetric_difference", set_m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set." }, \
    { "issubset", set_m_issubset, 0, "Report whether another set contains this set." }, \
    { "issuperset", set_m_issuperset, 0, "Report whether this set contains another set." }, \
    { "isdisjoint", set_m_isdisjoint, 0, "Return True if two sets have a null intersection." }, \
    { "__sizeof__", set_m_sizeof, 0, "S.__sizeof__() -> size of S in memory, in bytes" }

static MethodDef set_methods[] = {
    { "add", set_m_add, 0, "Add an element to a set." },
    { "discard", set_m_discard, 0, "Remove an element from a set if it is a member." },
    { "remove", set_m_remove, 0, "Remove an element from a set; it must be a member." },
    { "pop", set_m_pop, 0, "Remove and return an arbitrary set element." },
    { "clear", set_m_clear, 0, "Remove all elements from this set." },
    { "copy", set_m_copy, 0, "Return a shallow copy of a set." },
    { "update", set_m_update, 0, "Update a set with the union of itself and others." },
    { "intersection_update", set_m_intersection_update, 0, "Update a set with the intersection of itself and another." },
    { "difference_update", set_m_difference_update, 0, "Remove all elements of another set from this set." },
    { "symmetric_difference_update", set_m_symmetric_difference_update, 0, "Update a set with the symmetric difference of itself and another." },
    SET_READ_METHODS,
    { NULL, NULL, 0, NULL }
};

static MethodDef frozenset_methods[] = {
    { "copy", frozenset_m_copy, 0, "Return a shallow copy of a set." },
    SET_READ_METHODS,
    { NULL, NULL, 0, NULL }
};

static NumberMethods set_as_number = {
    .sub = set_sub, .and_ = set_and, .or_ = set_or, .xor = set_xor,
    .isub = set_isub, .iand = set_iand, .ior = set_ior, .ixor = set_ixor,
};

static NumberMethods frozenset_as_number = {
    .sub = set_sub, .and_ = set_and, .or_ = set_or, .xor = set_xor,
};

/* ---- the iterator ------------------------------------------------------- */

typedef struct SetIterObject {
    Object ob;
    Object *set;                /* NULL once exhausted */
    intptr_t used;              /* set size when the iterator was made */
    intptr_t pos;
    intptr_t len;
} SetIterObject;

static Object *set_iter(Object *o)
{
    SetIterObject *it = (SetIterObject *)obj_alloc(&SetIter_Type);
    if (it == NULL)
        return NULL;
    it->set = NEWREF(o);
    it->used = it->len = ((SetObject *)o)->used;
    gc_track((Object *)it);
    return (Object *)it;
}

static void setiter_dealloc(Object *o)
{
    gc_untrack(o);
    XDECREF(((SetIterObject *)o)->set);
    obj_free(o);
}

static int setiter_traverse(Object *o, visitproc visit, void *arg)
{
    Object *s = ((SetIterObject *)o)->set;
    return s ? visit(s, arg) : 0;
}

static Object *setiter_next(Object *o)
{
    SetIterObject *it = (SetIterObject *)o;
    if (it->set == NULL)
        return NULL;
    SetObject *so = (SetObject *)it->set;
    if (it->used != so->used) {
        err_set_string(&Exc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return NULL;
    }
    Object *k;
    if (!set_next(it->set, &it->pos, &k, NULL)) {
        CLEAR(it->set);
        return NULL;
    }
    it->len--;
    return NEWREF(k);
}

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

static Object *setiter_m_length_hint(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("__length_hint__");
    SetIterObject *it = (SetIterObject *)self;
    intptr_t n = it->set && it->used == ((SetObject *)it->set)->used ? it->len : 0;
    return int_from_ssize(n);
}

static MethodDef setiter_methods[] = {
    { "__length_hint__", setiter_m_length_hint, 0, NULL },
    { NULL, NULL, 0, NULL }
};

TypeObject Set_Type = {
    TYPE_HEAD_INIT,
    .name = "set",
    .basicsize = sizeof(SetObject),
    .tpflags = TPF_GC | TPF_BASETYPE,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = hash_not_implemented,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .num = &set_as_number,
    .len = set_len,
    .contains = set_contains_slot,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .new_ = set_vnew,
    .init = set_vinit,
    .methods = set_methods,
};

TypeObject FrozenSet_Type = {
    TYPE_HEAD_INIT,
    .name = "frozenset",
    .basicsize = sizeof(SetObject),
    .tpflags = TPF_GC | TPF_BASETYPE,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .num = &frozenset_as_number,
    .len = set_len,
    .contains = set_contains_slot,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .new_ = frozenset_vnew,
    .methods = frozenset_methods,
};

TypeObject SetIter_Type = {
    TYPE_HEAD_INIT,
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObject),
    .tpflags = TPF_GC,
    .dealloc = setiter_dealloc,
    .iter = self_iter,
    .iternext = setiter_next,
    .traverse = setiter_traverse,
    .methods = setiter_methods,
};

int set_init(void)
{
    if (type_ready(&Set_Type) < 0 || type_ready(&FrozenSet_Type) < 0
        || type_ready(&SetIter_Type) < 0)
        return -1;
    return 0;
}

void set_fini(void) { }
