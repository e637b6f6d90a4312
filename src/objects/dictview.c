/* dictview.c — the live views dict.keys(), dict.values(), dict.items():
 * length, iteration (forward and reversed), membership, reprs such as
 * dict_keys(['a']), and for keys/items the set-like comparisons and the
 * operators & | - ^ (which build sets), as CPython's dictobject.c does. */
#include "objects/dict.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "mem/gc.h"
#include "runtime/errors.h"

typedef struct DictViewObject {
    Object ob;
    Object *dict;
} DictViewObject;

#define VIEW_DICT(o) (((DictViewObject *)(o))->dict)

Object *dict_iter_new(Object *dict, TypeObject *t);

/* NEW: a view of type t on dict. */
Object *dictview_new(TypeObject *t, Object *dict)
{
    DictViewObject *v = (DictViewObject *)obj_alloc(t);
    if (v == NULL)
        return NULL;
    v->dict = NEWREF(dict);
    gc_track((Object *)v);
    return (Object *)v;
}

static int is_setlike_view(Object *o)
{
    return IS_TYPE(o, &DictKeys_Type) || IS_TYPE(o, &DictItems_Type);
}

static void view_dealloc(Object *o)
{
    gc_untrack(o);
    XDECREF(VIEW_DICT(o));
    obj_free(o);
}

static int view_traverse(Object *o, visitproc visit, void *arg)
{
    return VIEW_DICT(o) ? visit(VIEW_DICT(o), arg) : 0;
}

static intptr_t view_len(Object *o)
{
    return dict_size(VIEW_DICT(o));
}

static Object *keys_iter(Object *o) { return dict_iter_new(VIEW_DICT(o), &DictIterKey_Type); }
static Object *values_iter(Object *o) { return dict_iter_new(VIEW_DICT(o), &DictIterValue_Type); }
static Object *items_iter(Object *o) { return dict_iter_new(VIEW_DICT(o), &DictIterItem_Type); }

static int keys_contains(Object *o, Object *key)
{
    return dict_contains(VIEW_DICT(o), key);
}

static int items_contains(Object *o, Object *item)
{
    if (!TUPLE_CHECK(item) || TUPLE_SIZE(item) != 2)
        return 0;
    Object *v = dict_getitem_err(VIEW_DICT(o), TUPLE_ITEMS(item)[0]);
    if (v == NULL)
        return err_occurred() ? -1 : 0;
    INCREF(v);
    int r = obj_richcompare_bool(v, TUPLE_ITEMS(item)[1], CMP_EQ);
    DECREF(v);
    return r;
}

static int values_contains(Object *o, Object *x)
{
    intptr_t pos = 0;
    Object *v;
    while (dict_next(VIEW_DICT(o), &pos, NULL, &v)) {
        INCREF(v);
        int r = obj_richcompare_bool(v, x, CMP_EQ);
        DECREF(v);
        if (r != 0)
            return r;
    }
    return 0;
}

/* dict_keys(['a', 'b']): the type name around the repr of list(view). */
static Object *view_repr(Object *o)
{
    int e = list_repr_enter(o);
    if (e != 0)
        return e > 0 ? str_from_cstr("...") : NULL;
    Object *l = list_from_iterable(o);
    Object *r = l ? str_from_format("%s(%R)", TYPE(o)->name, l) : NULL;
    XDECREF(l);
    list_repr_leave(o);
    return r;
}

/* 1 if every element of a is in b. */
static int all_contained_in(Object *a, Object *b)
{
    Object *it = obj_iter(a);
    if (it == NULL)
        return -1;
    Object *x;
    int ok = 1;
    while ((x = obj_next(it)) != NULL) {
        int r = obj_contains(b, x);
        DECREF(x);
        if (r <= 0) {
            ok = r;
            break;
        }
    }
    DECREF(it);
    if (ok > 0 && err_occurred())
        return -1;
    return ok;
}

static Object *view_richcompare(Object *a, Object *b, int op)
{
    if (!is_setlike_view(a) && !ANYSET_CHECK(a))
        RETURN_NOTIMPL;
    if (!is_setlike_view(b) && !ANYSET_CHECK(b))
        RETURN_NOTIMPL;
    intptr_t la = obj_length(a), lb = obj_length(b);
    if (la < 0 || lb < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        ok = la == lb ? all_contained_in(a, b) : 0;
        break;
    case CMP_LT:
        ok = la < lb ? all_contained_in(a, b) : 0;
        break;
    case CMP_LE:
        ok = la <= lb ? all_contained_in(a, b) : 0;
        break;
    case CMP_GT:
        ok = la > lb ? all_contained_in(b, a) : 0;
        break;
    case CMP_GE:
        ok = la >= lb ? all_contained_in(b, a) : 0;
        break;
    }
    if (ok < 0)
        return NULL;
    return bool_from(op == CMP_NE ? !ok : ok);
}

/* ---- set operators: the result is always a set ---------------------------- */

static Object *view_sub(Object *a, Object *b)
{
    Object *r = set_new(a);
    if (r == NULL)
        return NULL;
    Object *it = obj_iter(b);
    if (it == NULL) {
        DECREF(r);
        return NULL;
    }
    Object *x;
    while ((x = obj_next(it)) != NULL) {
        int k = set_discard(r, x);
        DECREF(x);
        if (k < 0)
            break;
    }
    DECREF(it);
    if (err_occurred()) {
        DECREF(r);
        return NULL;
    }
    return r;
}

static Object *view_or(Object *a, Object *b)
{
    Object *r = set_new(a);
    if (r && set_update(r, b) < 0)
        CLEAR(r);
    return r;
}

static Object *view_xor(Object *a, Object *b)
{
    Object *r = set_new(a);
    if (r == NULL)
        return NULL;
    Object *o = set_new(b);
    if (o == NULL) {
        DECREF(r);
        return NULL;
    }
    intptr_t pos = 0;
    Object *x;
    hash_t h;
    while (set_next(o, &pos, &x, &h)) {
        int k = set_discard(r, x);
        if (k == 0)
            k = set_add(r, x);
        if (k < 0) {
            DECREF(o);
            DECREF(r);
            return NULL;
        }
    }
    DECREF(o);
    return r;
}

static Object *view_and(Object *a, Object *b)
{
    if (!is_setlike_view(a)) {
        Object *t = a;
        a = b;
        b = t;
    }
    /* Iterate the smaller of two views. */
    if (is_setlike_view(b) && dict_size(VIEW_DICT(b)) > dict_size(VIEW_DICT(a))) {
        Object *t = a;
        a = b;
        b = t;
    }
    Object *r = set_new(NULL);
    if (r == NULL)
        return NULL;
    Object *it = obj_iter(b);
    if (it == NULL) {
        DECREF(r);
        return NULL;
    }
    int (*contains)(Object *, Object *) = IS_TYPE(a, &DictKeys_Type) ? keys_contains : items_contains;
    Object *x;
    while ((x = obj_next(it)) != NULL) {
        int k = contains(a, x);
        if (k > 0)
            k = set_add(r, x);
        DECREF(x);
        if (k < 0)
            break;
    }
    DECREF(it);
    if (err_occurred()) {
        DECREF(r);
        return NULL;
    }
    return r;
}

static Object *view_m_isdisjoint(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_one("isdisjoint", nargs, kwnames) < 0)
        return NULL;
    Object *it = obj_iter(args[0]);
    if (it == NULL)
        return NULL;
    Object *x;
    int disjoint = 1;
    while ((x = obj_next(it)) != NULL) {
        int k = obj_contains(self, x);
        DECREF(x);
        if (k != 0) {
            disjoint = k < 0 ? -1 : 0;
            break;
        }
    }
    DECREF(it);
    if (disjoint < 0 || err_occurred())
        return NULL;
    return bool_from(disjoint);
}

static Object *view_m_reversed(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)args;
    if (arg_noargs("__reversed__", nargs, kwnames) < 0)
        return NULL;
    TypeObject *t = IS_TYPE(self, &DictKeys_Type) ? &DictRevIterKey_Type
                  : IS_TYPE(self, &DictValues_Type) ? &DictRevIterValue_Type
                  : &DictRevIterItem_Type;
    return dict_iter_new(VIEW_DICT(self), t);
}

static MethodDef setview_methods[] = {
    { "isdisjoint", view_m_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection." },
    { "__reversed__", view_m_reversed, 0, NULL },
    { NULL, NULL, 0, NULL }
};

static MethodDef values_methods[] = {
    { "__reversed__", view_m_reversed, 0, NULL },
    { NULL, NULL, 0, NULL }
};

static NumberMethods view_as_number = {
    .sub = view_sub,
    .and_ = view_and,
    .or_ = view_or,
    .xor = view_xor,
};

TypeObject DictKeys_Type = {
    TYPE_HEAD_INIT,
    .name = "dict_keys",
    .basicsize = sizeof(DictViewObject),
    .tpflags = TPF_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .hash = hash_not_implemented,
    .richcompare = view_richcompare,
    .iter = keys_iter,
    .num = &view_as_number,
    .len = view_len,
    .contains = keys_contains,
    .traverse = view_traverse,
    .methods = setview_methods,
};

TypeObject DictItems_Type = {
    TYPE_HEAD_INIT,
    .name = "dict_items",
    .basicsize = sizeof(DictViewObject),
    .tpflags = TPF_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .hash = hash_not_implemented,
    .richcompare = view_richcompare,
    .iter = items_iter,
    .num = &view_as_number,
    .len = view_len,
    .contains = items_contains,
    .traverse = view_traverse,
    .methods = setview_methods,
};

TypeObject DictValues_Type = {
    TYPE_HEAD_INIT,
    .name = "dict_values",
    .basicsize = sizeof(DictViewObject),
    .tpflags = TPF_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .iter = values_iter,
    .len = view_len,
    .contains = values_contains,
    .traverse = view_traverse,
    .methods = values_methods,
};

/* Called from dict_init. */
int dictview_init(void)
{
    if (type_ready(&DictKeys_Type) < 0 || type_ready(&DictItems_Type) < 0
        || type_ready(&DictValues_Type) < 0)
        return -1;
    return 0;
}
