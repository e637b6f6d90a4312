/* gc.c — the `gc` module: the Python face of the cycle collector
 * (mem/gc.h): collect, enable/disable, counts and thresholds, statistics,
 * debugging flags, gc.garbage and gc.callbacks, object introspection
 * (get_objects, get_referrers, get_referents, is_tracked, is_finalized) and
 * freeze/unfreeze. */
#include <stdlib.h>

#include "mem/gc.h"
#include "modules/mods.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"

/* Reads an int argument into *v with CPython's TypeError/OverflowError. */
static int int_arg(Object *o, int *v)
{
    Object *i = num_index(o);
    if (i == NULL)
        return -1;
    int ovf;
    int64_t x = int_as_i64(i, &ovf);
    DECREF(i);
    if (ovf || x > INT32_MAX || x < INT32_MIN) {
        err_set_string(&Exc_OverflowError, x < 0 ? "signed integer is less than minimum"
                                                  : "signed integer is greater than maximum");
        return -1;
    }
    *v = (int)x;
    return 0;
}

/* The value of the one optional argument `name` given positionally or by
 * keyword (NULL if absent); -1 on a bad call. */
static int opt_arg(const char *fn, const char *name, Object *const *args, size_t nargs,
                   Object *kw, Object **out)
{
    size_t nkw = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    *out = nargs ? args[0] : NULL;
    if (nargs + nkw > 1) {
        err_format(&Exc_TypeError, "%s() takes at most 1 argument (%zu given)", fn, nargs + nkw);
        return -1;
    }
    if (nkw) {
        Object *k = TUPLE_GET(kw, 0);
        if (!str_eq_cstr(k, name)) {
            err_format(&Exc_TypeError, "%s() got an unexpected keyword argument '%U'", fn, k);
            return -1;
        }
        *out = args[0];
    }
    return 0;
}

static Object *gc_collect_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    Object *g;
    int gen = GC_NGENS - 1;
    if (opt_arg("collect", "generation", args, nargs, kw, &g) < 0)
        return NULL;
    if (g && int_arg(g, &gen) < 0)
        return NULL;
    if (gen < 0 || gen >= GC_NGENS)
        return err_set_string(&Exc_ValueError, "invalid generation");
    return int_from_i64(gc_collect(gen));
}

static Object *gc_enable_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("enable", nargs, kw) < 0)
        return NULL;
    gc_enabled = 1;
    RETURN_NONE;
}

static Object *gc_disable_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("disable", nargs, kw) < 0)
        return NULL;
    gc_enabled = 0;
    RETURN_NONE;
}

static Object *gc_isenabled_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("isenabled", nargs, kw) < 0)
        return NULL;
    return bool_from(gc_enabled);
}

static Object *triple(intptr_t a, intptr_t b, intptr_t c)
{
    Object *x = int_from_i64(a), *y = int_from_i64(b), *z = int_from_i64(c), *t = NULL;
    if (x && y && z)
        t = tuple_pack(3, x, y, z);
    XDECREF(x);
    XDECREF(y);
    XDECREF(z);
    return t;
}

static Object *gc_get_count_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("get_count", nargs, kw) < 0)
        return NULL;
    return triple(gc_get_count(0), gc_get_count(1), gc_get_count(2));
}

static Object *gc_get_threshold_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("get_threshold", nargs, kw) < 0)
        return NULL;
    return triple(gc_get_threshold(0), gc_get_threshold(1), gc_get_threshold(2));
}

static Object *gc_set_threshold_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("set_threshold", kw) < 0)
        return NULL;
    if (nargs < 1 || nargs > 3)
        return err_format(&Exc_TypeError, "set_threshold() takes %s 1 argument%s (%zu given)",
                          nargs < 1 ? "at least" : "at most", nargs < 1 ? "" : "s", nargs);
    int t[3] = { gc_get_threshold(0), gc_get_threshold(1), gc_get_threshold(2) };
    for (size_t i = 0; i < nargs; i++)
        if (int_arg(args[i], &t[i]) < 0)
            return NULL;
    gc_set_threshold(t[0], t[1], t[2]);
    RETURN_NONE;
}

static Object *gc_set_debug_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    int flags;
    if (arg_one("set_debug", nargs, kw) < 0 || int_arg(args[0], &flags) < 0)
        return NULL;
    gc_debug = flags;
    RETURN_NONE;
}

static Object *gc_get_debug_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("get_debug", nargs, kw) < 0)
        return NULL;
    return int_from_i64(gc_debug);
}

static Object *gc_get_stats_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("get_stats", nargs, kw) < 0)
        return NULL;
    GCStats s[GC_NGENS];
    for (int i = 0; i < GC_NGENS; i++)
        s[i] = gc_stats[i];             /* a snapshot: building the list allocates */
    Object *l = list_new(0);
    for (int i = 0; l && i < GC_NGENS; i++) {
        Object *d = dict_new();
        const char *names[3] = { "collections", "collected", "uncollectable" };
        intptr_t vals[3] = { s[i].collections, s[i].collected, s[i].uncollectable };
        for (int j = 0; d && j < 3; j++) {
            Object *v = int_from_i64(vals[j]);
            if (v == NULL || dict_setitem_str(d, names[j], v) < 0)
                CLEAR(d);
            XDECREF(v);
        }
        if (d == NULL || list_append(l, d) < 0)
            CLEAR(l);
        XDECREF(d);
    }
    return l;
}

static Object *gc_is_tracked_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("is_tracked", nargs, kw) < 0)
        return NULL;
    return bool_from(gc_is_gc(args[0]) && gc_is_tracked(args[0]));
}

static Object *gc_is_finalized_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("is_finalized", nargs, kw) < 0)
        return NULL;
    return bool_from(gc_is_gc(args[0]) && (args[0]->flags & OF_FINALIZED));
}

/* ---- get_objects / get_referrers / get_referents ------------------------------ */

typedef struct { Object *result; int err; } Collect;

static int add_object(Object *o, void *arg)
{
    Collect *c = arg;
    if (o == c->result)
        return 0;
    if (list_append(c->result, o) < 0) {
        c->err = 1;
        return 1;
    }
    return 0;
}

/* Appending can allocate containers, which gc_foreach forbids inside its
 * walk; so the objects are gathered into a C array first. */
typedef struct { Object **v; size_t n, cap; } Vec;

static int vec_push(Object *o, void *arg)
{
    Vec *v = arg;
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 256;
        Object **nv = realloc(v->v, cap * sizeof *nv);
        if (nv == NULL)
            return 1;
        v->v = nv;
        v->cap = cap;
    }
    v->v[v->n++] = o;
    return 0;
}

static Object *vec_to_list(Vec *v, Object *skip)
{
    Object *l = list_new(0);
    Collect c = { l, 0 };
    for (size_t i = 0; l && i < v->n; i++)
        if (v->v[i] != skip && add_object(v->v[i], &c))
            CLEAR(l);
    free(v->v);
    return l;
}

static Object *gc_get_objects_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    Object *g;
    int gen = -1;
    if (opt_arg("get_objects", "generation", args, nargs, kw, &g) < 0)
        return NULL;
    if (g && !IS_NONE(g)) {
        if (int_arg(g, &gen) < 0)
            return NULL;
        if (gen >= GC_NGENS)
            return err_format(&Exc_ValueError, "generation parameter must be less than the "
                              "number of available generations (%d)", GC_NGENS);
        if (gen < -1)
            return err_set_string(&Exc_ValueError, "generation parameter cannot be negative");
    }
    Vec v = { 0 };
    if (gc_foreach(gen, vec_push, &v)) {
        free(v.v);
        return err_no_memory();
    }
    return vec_to_list(&v, NULL);
}

typedef struct { Object *const *targets; size_t n; int hit; } Referrers;

static int visit_referrer(Object *o, void *arg)
{
    Referrers *r = arg;
    for (size_t i = 0; i < r->n; i++)
        if (o == r->targets[i]) {
            r->hit = 1;
            return 1;
        }
    return 0;
}

static int find_referrer(Object *o, void *arg)
{
    Vec *v = ((Vec **)arg)[0];
    Referrers *r = ((Referrers **)arg)[1];
    traverseproc tr = TYPE(o)->traverse;
    if (tr == NULL)
        return 0;
    r->hit = 0;
    tr(o, visit_referrer, r);
    return r->hit ? vec_push(o, v) : 0;
}

static Object *gc_get_referrers_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("get_referrers", kw) < 0)
        return NULL;
    Vec v = { 0 };
    Referrers r = { args, nargs, 0 };
    void *pair[2] = { &v, &r };
    if (gc_foreach(-1, find_referrer, pair)) {
        free(v.v);
        return err_no_memory();
    }
    return vec_to_list(&v, NULL);
}

static int visit_referent(Object *o, void *arg)
{
    return vec_push(o, arg);
}

static Object *gc_get_referents_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("get_referents", kw) < 0)
        return NULL;
    Vec v = { 0 };
    for (size_t i = 0; i < nargs; i++) {
        Object *o = args[i];
        if (!gc_is_gc(o) || TYPE(o)->traverse == NULL)
            continue;
        if (TYPE(o)->traverse(o, visit_referent, &v)) {
            free(v.v);
            return err_no_memory();
        }
    }
    return vec_to_list(&v, NULL);
}

/* ---- freeze ----------------------------------------------------------------------- */

static Object *gc_freeze_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("freeze", nargs, kw) < 0)
        return NULL;
    gc_freeze();
    RETURN_NONE;
}

static Object *gc_unfreeze_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("unfreeze", nargs, kw) < 0)
        return NULL;
    gc_unfreeze();
    RETURN_NONE;
}

static Object *gc_get_freeze_count_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("get_freeze_count", nargs, kw) < 0)
        return NULL;
    return int_from_i64((int64_t)gc_list_size(GC_PERMANENT));
}

#define GDEF(name, doc) { #name, gc_##name##_fn, 0, doc }
static MethodDef gc_methods[] = {
    GDEF(enable, "Enable automatic garbage collection."),
    GDEF(disable, "Disable automatic garbage collection."),
    GDEF(isenabled, "Returns true if automatic garbage collection is enabled."),
    GDEF(set_debug, "Set the garbage collection debugging flags."),
    GDEF(get_debug, "Get the garbage collection debugging flags."),
    GDEF(get_count, "Return a three-tuple of the current collection counts."),
    GDEF(set_threshold, "Set the collection thresholds (the collection frequency)."),
    GDEF(get_threshold, "Return the current collection thresholds."),
    GDEF(collect, "Run the garbage collector."),
    GDEF(get_objects, "Return a list of objects tracked by the collector (excluding the list returned)."),
    GDEF(get_stats, "Return a list of dictionaries containing per-generation statistics."),
    GDEF(is_tracked, "Returns true if the object is tracked by the garbage collector."),
    GDEF(is_finalized, "Returns true if the object has been already finalized by the GC."),
    GDEF(get_referrers, "Return the list of objects that directly refer to any of objs."),
    GDEF(get_referents, "Return the list of objects that are directly referred to by objs."),
    GDEF(freeze, "Freeze all current tracked objects and ignore them for future collections."),
    GDEF(unfreeze, "Unfreeze all objects in the permanent generation."),
    GDEF(get_freeze_count, "Return the number of objects in the permanent generation."),
    { NULL, NULL, 0, NULL },
};

Object *mod_gc_create(void)
{
    if (gc_garbage == NULL && (gc_garbage = list_new(0)) == NULL)
        return NULL;
    if (gc_callbacks == NULL && (gc_callbacks = list_new(0)) == NULL)
        return NULL;
    Object *m = module_new("gc");
    if (m == NULL)
        return NULL;
    module_set_builtin(m);
    static const struct { const char *name; int v; } consts[] = {
        { "DEBUG_STATS", GC_DEBUG_STATS }, { "DEBUG_COLLECTABLE", GC_DEBUG_COLLECTABLE },
        { "DEBUG_UNCOLLECTABLE", GC_DEBUG_UNCOLLECTABLE }, { "DEBUG_SAVEALL", GC_DEBUG_SAVEALL },
        { "DEBUG_LEAK", GC_DEBUG_LEAK },
    };
    if (module_add_object(m, "__doc__", str_from_cstr(
            "This module provides access to the garbage collector for reference cycles.")) < 0 ||
        module_add_functions(m, gc_methods) < 0 ||
        module_add_object(m, "garbage", NEWREF(gc_garbage)) < 0 ||
        module_add_object(m, "callbacks", NEWREF(gc_callbacks)) < 0)
        goto fail;
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (module_add_object(m, consts[i].name, int_from_i64(consts[i].v)) < 0)
            goto fail;
    return m;
fail:
    DECREF(m);
    return NULL;
}
