/* weakref.c — weak references (weakref.ref and its subclasses, the proxies)
 * and the side table that maps an object to the list of its weak
 * references.  Clearing happens when the referent dies by refcount
 * (weakref_clear_refs from its dealloc, or obj_free as the last resort) or
 * when the collector finds it in garbage (gc_collect.c clears, then calls
 * the callbacks of surviving weakrefs itself). */
#include <stdlib.h>

#include "mem/alloc.h"
#include "mem/gc.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/hash.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"
#include "runtime/errors.h"
#include "runtime/traceback.h"

/* ---- the side table: object address -> first weakref ------------------------ */
/* Open addressing with linear probing and backward-shift deletion. */

typedef struct { Object *key; WeakrefObject *head; } WREntry;
static WREntry *tab;
static size_t tab_cap, tab_used;

static size_t slot_of(Object *o)
{
    uintptr_t h = (uintptr_t)o >> 4;
    h *= 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 17) & (tab_cap - 1);
}

static WREntry *tab_find(Object *o)
{
    if (tab_cap == 0)
        return NULL;
    for (size_t i = slot_of(o);; i = (i + 1) & (tab_cap - 1)) {
        if (tab[i].key == o)
            return &tab[i];
        if (tab[i].key == NULL)
            return NULL;
    }
}

static int tab_grow(void)
{
    size_t oldcap = tab_cap;
    WREntry *old = tab;
    size_t cap = oldcap ? oldcap * 2 : 64;
    WREntry *t = mem_calloc(cap, sizeof *t);
    if (t == NULL)
        return -1;
    tab = t;
    tab_cap = cap;
    for (size_t j = 0; j < oldcap; j++)
        if (old[j].key) {
            size_t i = slot_of(old[j].key);
            while (tab[i].key)
                i = (i + 1) & (cap - 1);
            tab[i] = old[j];
        }
    mem_free(old);
    return 0;
}

/* The entry for o, created empty if missing; NULL when out of memory. */
static WREntry *tab_insert(Object *o)
{
    WREntry *e = tab_find(o);
    if (e)
        return e;
    if ((tab_used + 1) * 2 > tab_cap && tab_grow() < 0)
        return NULL;
    size_t i = slot_of(o);
    while (tab[i].key)
        i = (i + 1) & (tab_cap - 1);
    tab[i].key = o;
    tab[i].head = NULL;
    tab_used++;
    return &tab[i];
}

static void tab_remove(WREntry *e)
{
    size_t i = (size_t)(e - tab);
    tab[i].key = NULL;
    tab_used--;
    for (size_t j = (i + 1) & (tab_cap - 1); tab[j].key; j = (j + 1) & (tab_cap - 1)) {
        size_t want = slot_of(tab[j].key);
        /* move j back to i if i lies cyclically in [want, j) */
        if (((j - want) & (tab_cap - 1)) >= ((j - i) & (tab_cap - 1))) {
            tab[i] = tab[j];
            tab[j].key = NULL;
            i = j;
        }
    }
}

WeakrefObject *weakref_first(Object *o)
{
    if (!(o->flags & OF_WEAKREFD))
        return NULL;
    WREntry *e = tab_find(o);
    return e ? e->head : NULL;
}

intptr_t weakref_count(Object *o)
{
    intptr_t n = 0;
    for (WeakrefObject *w = weakref_first(o); w; w = w->wr_next)
        n++;
    return n;
}

/* Unlinks wr from its referent's list; the referent loses its table entry
 * with its last weakref. */
void weakref_clear_one(WeakrefObject *wr)
{
    Object *o = wr->object;
    if (o == NULL)
        return;
    if (wr->wr_prev) {
        wr->wr_prev->wr_next = wr->wr_next;
    } else {
        WREntry *e = tab_find(o);
        if (e) {
            e->head = wr->wr_next;
            if (e->head == NULL) {
                tab_remove(e);
                o->flags &= ~OF_WEAKREFD;
            }
        }
    }
    if (wr->wr_next)
        wr->wr_next->wr_prev = wr->wr_prev;
    wr->wr_prev = wr->wr_next = NULL;
    wr->object = NULL;
}

/* ---- unraisable errors ---------------------------------------------------------- */

void weakref_write_unraisable(Object *obj, const char *msg)
{
    Object *exc = err_fetch();
    if (exc == NULL)
        return;
    fflush(stdout);
    if (msg) {
        fprintf(stderr, "Exception ignored %s", msg);
        if (obj) {
            Object *r = obj_repr(obj);
            if (r) {
                fprintf(stderr, ": %s", STR_UTF8(r));
                DECREF(r);
            } else {
                err_clear();
            }
        }
        fputc('\n', stderr);
    } else if (obj) {
        Object *r = obj_repr(obj);
        if (r) {
            fprintf(stderr, "Exception ignored in: %s\n", STR_UTF8(r));
            DECREF(r);
        } else {
            err_clear();
            fprintf(stderr, "Exception ignored in: <object repr() failed>\n");
        }
    }
    tb_print_exception(exc, stderr);
    fflush(stderr);
    DECREF(exc);
}

/* ---- clearing at refcount death --------------------------------------------------- */

static void call_callback(WeakrefObject *wr, Object *cb)
{
    Object *arg = (Object *)wr;
    Object *r = obj_call(cb, &arg, 1, NULL);
    if (r)
        DECREF(r);
    else
        weakref_write_unraisable(cb, NULL);
}

/* CPython's PyObject_ClearWeakRefs: every weakref is cleared (and loses its
 * callback) first, then the callbacks run in list order. */
void weakref_clear_refs_slow(Object *o)
{
    if (gc_is_gc(o) && gc_is_tracked(o))
        gc_untrack(o);      /* a dying object must never be seen by a collection */
    intptr_t n = weakref_count(o);
    if (n == 0) {
        o->flags &= ~OF_WEAKREFD;
        return;
    }
    Object *saved = err_fetch();
    Object *small[16], **v = small;
    if (n * 2 > 16)
        v = malloc(sizeof(Object *) * (size_t)n * 2);
    intptr_t k = 0;
    WeakrefObject *wr;
    while ((wr = weakref_first(o)) != NULL) {
        Object *cb = wr->callback;
        wr->callback = NULL;
        weakref_clear_one(wr);
        if (cb && v && k < n && REFCNT(wr) > 0) {
            v[2 * k] = NEWREF((Object *)wr);
            v[2 * k + 1] = cb;
            k++;
        } else {
            XDECREF(cb);
        }
    }
    for (intptr_t i = 0; i < k; i++) {
        call_callback((WeakrefObject *)v[2 * i], v[2 * i + 1]);
        DECREF(v[2 * i + 1]);
        DECREF(v[2 * i]);
    }
    if (v != small)
        free(v);
    err_restore(saved);
}

/* ---- weakref.ref ------------------------------------------------------------------ */

static int check_supported(Object *o)
{
    if (weakref_supported(TYPE(o)))
        return 0;
    err_format(&Exc_TypeError, "cannot create weak reference to '%s' object", TYPE(o)->name);
    return -1;
}

/* Links a fresh weakref into o's list: plain refs and plain proxies
 * first, others after them (CPython's order, which decides the order
 * callbacks run in). */
static int link_ref(WeakrefObject *wr, Object *o)
{
    WREntry *e = tab_insert(o);
    if (e == NULL) {
        err_no_memory();
        return -1;
    }
    o->flags |= OF_WEAKREFD;
    wr->object = o;
    WeakrefObject *head = e->head;
    WeakrefObject *prev = NULL;
    int basic = wr->callback == NULL &&
                (IS_TYPE(wr, &Weakref_Type) || WEAKPROXY_CHECK(wr));
    if (!basic && head) {
        /* after the plain ref and plain proxy, if present */
        for (WeakrefObject *w = head; w && w->callback == NULL &&
             (IS_TYPE(w, &Weakref_Type) || WEAKPROXY_CHECK(w)); w = w->wr_next)
            prev = w;
    }
    if (prev) {
        wr->wr_prev = prev;
        wr->wr_next = prev->wr_next;
        if (prev->wr_next)
            prev->wr_next->wr_prev = wr;
        prev->wr_next = wr;
    } else {
        wr->wr_prev = NULL;
        wr->wr_next = head;
        if (head)
            head->wr_prev = wr;
        e->head = wr;
    }
    return 0;
}

static WeakrefObject *new_raw(TypeObject *t, Object *o, Object *callback)
{
    WeakrefObject *wr = (WeakrefObject *)obj_alloc(t);
    if (wr == NULL)
        return NULL;
    wr->hash = -1;
    wr->callback = callback ? NEWREF(callback) : NULL;
    if (link_ref(wr, o) < 0) {
        DECREF((Object *)wr);
        return NULL;
    }
    gc_track((Object *)wr);
    return wr;
}

/* BORROWED: the existing plain weakref of exact type t without callback. */
static WeakrefObject *find_basic(Object *o, TypeObject *t)
{
    for (WeakrefObject *w = weakref_first(o); w; w = w->wr_next)
        if (IS_TYPE(w, t) && w->callback == NULL)
            return w;
    return NULL;
}

Object *weakref_new_ref(Object *o, Object *callback)
{
    if (check_supported(o) < 0)
        return NULL;
    if (callback && IS_NONE(callback))
        callback = NULL;
    if (callback == NULL) {
        WeakrefObject *w = find_basic(o, &Weakref_Type);
        if (w)
            return NEWREF((Object *)w);
    }
    return (Object *)new_raw(&Weakref_Type, o, callback);
}

Object *weakref_get(Object *wr)
{
    Object *o = ((WeakrefObject *)wr)->object;
    return o ? o : NONE;
}

static Object *ref_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs < 1 || nargs > 2) {
        if (nargs < 1)
            return err_format(&Exc_TypeError, "__new__ expected at least 1 argument, got %zu", nargs);
        if (t == &Weakref_Type)
            return err_format(&Exc_TypeError, "__new__ expected at most 2 arguments, got %zu", nargs);
    }
    if (t == &Weakref_Type && kw && TUPLE_SIZE(kw))
        return err_set_string(&Exc_TypeError, "ref() takes no keyword arguments");
    Object *cb = nargs > 1 ? args[1] : NULL;
    if (t == &Weakref_Type)
        return weakref_new_ref(args[0], cb);
    if (check_supported(args[0]) < 0)
        return NULL;
    if (cb && IS_NONE(cb))
        cb = NULL;
    return (Object *)new_raw(t, args[0], cb);
}

/* Subclasses may take extra arguments (KeyedRef); ref itself takes 1-2. */
static int ref_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs < 1 || (nargs > 2 && IS_TYPE(self, &Weakref_Type))) {
        err_format(&Exc_TypeError, nargs < 1 ? "__init__ expected at least 1 argument, got %zu"
                                             : "__init__ expected at most 2 arguments, got %zu", nargs);
        return -1;
    }
    return 0;
}

static Object *ref_call(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs || (kw && TUPLE_SIZE(kw)))
        return err_format(&Exc_TypeError, "weakref() takes no arguments");
    return NEWREF(weakref_get(self));
}

static void ref_dealloc(Object *self)
{
    WeakrefObject *wr = (WeakrefObject *)self;
    gc_untrack(self);
    weakref_clear_one(wr);
    CLEAR(wr->callback);
    obj_free(self);
}

static int ref_traverse(Object *self, visitproc visit, void *arg)
{
    Object *cb = ((WeakrefObject *)self)->callback;
    return cb ? visit(cb, arg) : 0;
}

static int ref_clear(Object *self)
{
    WeakrefObject *wr = (WeakrefObject *)self;
    weakref_clear_one(wr);
    CLEAR(wr->callback);
    return 0;
}

static hash_t ref_hash(Object *self)
{
    WeakrefObject *wr = (WeakrefObject *)self;
    if (wr->hash != -1)
        return wr->hash;
    if (wr->object == NULL) {
        err_set_string(&Exc_TypeError, "weak object has gone away");
        return -1;
    }
    Object *o = NEWREF(wr->object);
    wr->hash = obj_hash(o);
    DECREF(o);
    return wr->hash;
}

static Object *ref_repr(Object *self)
{
    WeakrefObject *wr = (WeakrefObject *)self;
    if (wr->object == NULL)
        return str_from_format("<weakref at %p; dead>", (void *)self);
    Object *o = NEWREF(wr->object);
    Object *name = obj_getattr_cstr(o, "__name__"), *r;
    if (name == NULL)
        err_clear();
    if (name && STR_CHECK(name))
        r = str_from_format("<weakref at %p; to '%s' at %p (%U)>", (void *)self,
                            type_name(TYPE(o)), (void *)o, name);
    else
        r = str_from_format("<weakref at %p; to '%s' at %p>", (void *)self,
                            type_name(TYPE(o)), (void *)o);
    XDECREF(name);
    DECREF(o);
    return r;
}

/* Equal when both referents are alive and equal, else when identical. */
static Object *ref_richcompare(Object *a, Object *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !WEAKREF_CHECK(a) || !WEAKREF_CHECK(b))
        RETURN_NOTIMPL;
    Object *x = ((WeakrefObject *)a)->object, *y = ((WeakrefObject *)b)->object;
    if (x == NULL || y == NULL) {
        int eq = a == b;
        return bool_from(op == CMP_EQ ? eq : !eq);
    }
    INCREF(x);
    INCREF(y);
    Object *r = obj_richcompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

static Object *ref_get_callback(Object *self, void *c)
{
    Object *cb = ((WeakrefObject *)self)->callback;
    return NEWREF(cb ? cb : NONE);
}

static GetSetDef ref_getset[] = {
    { "__callback__", ref_get_callback, NULL, NULL, NULL },
    { NULL }
};

TypeObject Weakref_Type = {
    TYPE_HEAD_INIT,
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakrefObject),
    .tpflags = TPF_GC | TPF_BASETYPE,
    .dealloc = ref_dealloc,
    .repr = ref_repr,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .call = ref_call,
    .traverse = ref_traverse,
    .clear = ref_clear,
    .new_ = ref_new,
    .init = ref_init,
    .getset = ref_getset,
};

/* ---- proxies ---------------------------------------------------------------------- */

Object *weakref_new_proxy(Object *o, Object *callback)
{
    if (check_supported(o) < 0)
        return NULL;
    if (callback && IS_NONE(callback))
        callback = NULL;
    TypeObject *t = TYPE(o)->call ? &WeakCallableProxy_Type : &WeakProxy_Type;
    if (callback == NULL) {
        WeakrefObject *w = find_basic(o, t);
        if (w)
            return NEWREF((Object *)w);
    }
    return (Object *)new_raw(t, o, callback);
}

/* NEW reference to the live referent, or NULL with ReferenceError. */
static Object *live(Object *proxy)
{
    Object *o = ((WeakrefObject *)proxy)->object;
    if (o == NULL)
        return err_set_string(&Exc_ReferenceError, "weakly-referenced object no longer exists");
    return NEWREF(o);
}

/* Replaces a proxy operand by its referent (NEW), other objects as is. */
static Object *unwrap(Object *x)
{
    return WEAKPROXY_CHECK(x) ? live(x) : NEWREF(x);
}

static Object *proxy_repr(Object *self)
{
    Object *o = ((WeakrefObject *)self)->object;
    if (o == NULL)
        return str_from_format("<weakproxy at %p; dead>", (void *)self);
    return str_from_format("<weakproxy at %p; to '%s' at %p>", (void *)self,
                           type_name(TYPE(o)), (void *)o);
}

#define UNARY(fname, expr) \
    static Object *fname(Object *self) \
    { Object *o = live(self); if (!o) return NULL; Object *r = expr; DECREF(o); return r; }
UNARY(proxy_str, obj_str(o))
UNARY(proxy_iter, obj_iter(o))
UNARY(proxy_neg, num_neg(o))
UNARY(proxy_pos, num_pos(o))
UNARY(proxy_abs, num_abs(o))
UNARY(proxy_invert, num_invert(o))

static Object *proxy_iternext(Object *self)
{
    Object *o = live(self);
    if (!o)
        return NULL;
    Object *r;
    if (TYPE(o)->iternext == NULL)
        r = err_format(&Exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object",
                       TYPE(o)->name);
    else
        r = TYPE(o)->iternext(o);
    DECREF(o);
    return r;
}

static Object *proxy_getattr(Object *self, Object *name)
{
    Object *o = live(self);
    if (!o)
        return NULL;
    Object *r = obj_getattr(o, name);
    DECREF(o);
    return r;
}

static int proxy_setattr(Object *self, Object *name, Object *v)
{
    Object *o = live(self);
    if (!o)
        return -1;
    int r = obj_setattr(o, name, v);
    DECREF(o);
    return r;
}

static Object *proxy_call(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    Object *o = live(self);
    if (!o)
        return NULL;
    Object *r = obj_call(o, args, nargs, kw);
    DECREF(o);
    return r;
}

static intptr_t proxy_len(Object *self)
{
    Object *o = live(self);
    if (!o)
        return -1;
    intptr_t r = obj_length(o);
    DECREF(o);
    return r;
}

static Object *proxy_getitem(Object *self, Object *key)
{
    Object *o = live(self);
    if (!o)
        return NULL;
    Object *r = obj_getitem(o, key);
    DECREF(o);
    return r;
}

static int proxy_setitem(Object *self, Object *key, Object *v)
{
    Object *o = live(self);
    if (!o)
        return -1;
    int r = v ? obj_setitem(o, key, v) : obj_delitem(o, key);
    DECREF(o);
    return r;
}

static int proxy_contains(Object *self, Object *key)
{
    Object *o = live(self);
    if (!o)
        return -1;
    int r = obj_contains(o, key);
    DECREF(o);
    return r;
}

static int proxy_bool(Object *self)
{
    Object *o = live(self);
    if (!o)
        return -1;
    int r = obj_is_true(o);
    DECREF(o);
    return r;
}

static Object *proxy_richcompare(Object *a, Object *b, int op)
{
    Object *x = unwrap(a);
    if (!x)
        return NULL;
    Object *y = unwrap(b);
    if (!y) {
        DECREF(x);
        return NULL;
    }
    Object *r = obj_richcompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

#define BINARY(fname, opc) \
    static Object *fname(Object *a, Object *b) \
    { \
        Object *x = unwrap(a); if (!x) return NULL; \
        Object *y = unwrap(b); if (!y) { DECREF(x); return NULL; } \
        Object *r = num_binop(x, y, opc); DECREF(x); DECREF(y); return r; \
    }
BINARY(proxy_add, BINOP_ADD)
BINARY(proxy_sub, BINOP_SUB)
BINARY(proxy_mul, BINOP_MUL)
BINARY(proxy_truediv, BINOP_TRUEDIV)
BINARY(proxy_floordiv, BINOP_FLOORDIV)
BINARY(proxy_mod, BINOP_MOD)
BINARY(proxy_and, BINOP_AND)
BINARY(proxy_or, BINOP_OR)
BINARY(proxy_xor, BINOP_XOR)
BINARY(proxy_lshift, BINOP_LSHIFT)
BINARY(proxy_rshift, BINOP_RSHIFT)

static NumberMethods proxy_num = {
    .add = proxy_add, .sub = proxy_sub, .mul = proxy_mul, .truediv = proxy_truediv,
    .floordiv = proxy_floordiv, .mod = proxy_mod, .and_ = proxy_and, .or_ = proxy_or,
    .xor = proxy_xor, .lshift = proxy_lshift, .rshift = proxy_rshift,
    .neg = proxy_neg, .pos = proxy_pos, .abs = proxy_abs, .invert = proxy_invert,
    .bool_ = proxy_bool,
};

#define PROXY_TYPE(var, tname, callslot) \
TypeObject var = { \
    TYPE_HEAD_INIT, \
    .name = tname, \
    .basicsize = sizeof(WeakrefObject), \
    .tpflags = TPF_GC, \
    .dealloc = ref_dealloc, \
    .repr = proxy_repr, \
    .str = proxy_str, \
    .hash = hash_not_implemented, \
    .richcompare = proxy_richcompare, \
    .getattr = proxy_getattr, \
    .setattr = proxy_setattr, \
    .call = callslot, \
    .iter = proxy_iter, \
    .iternext = proxy_iternext, \
    .num = &proxy_num, \
    .len = proxy_len, \
    .getitem = proxy_getitem, \
    .setitem = proxy_setitem, \
    .contains = proxy_contains, \
    .traverse = ref_traverse, \
    .clear = ref_clear, \
};
PROXY_TYPE(WeakProxy_Type, "weakref.ProxyType", NULL)
PROXY_TYPE(WeakCallableProxy_Type, "weakref.CallableProxyType", proxy_call)

/* ---- setup ---------------------------------------------------------------------- */

int weakref_init(void)
{
    extern TypeObject Function_Type, Module_Type, Set_Type, FrozenSet_Type, Method_Type,
        CFunction_Type, Code_Type, Gen_Type;
    /* the built-in types whose instances accept weak references, as CPython */
    TypeObject *ok[] = { &Type_Type, &Function_Type, &Module_Type, &Set_Type, &FrozenSet_Type,
                         &Method_Type, &CFunction_Type, &Code_Type, &Gen_Type };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        ok[i]->weaklistoffset = 1;
    TypeObject *mine[] = { &Weakref_Type, &WeakProxy_Type, &WeakCallableProxy_Type };
    for (size_t i = 0; i < 3; i++)
        if (type_ready(mine[i]) < 0)
            return -1;
    return 0;
}

void weakref_fini(void)
{
    mem_free(tab);
    tab = NULL;
    tab_cap = tab_used = 0;
}
