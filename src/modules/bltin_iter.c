/* bltin_iter.c — builtins that consume iterables: any, all, sum, min, max,
 * sorted, iter.  (The iterator types enumerate/zip/map/filter live in
 * objects/iterobjects.c, reversed in objects/iter.c.) */
#include <string.h>

#include "modules/bltin.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

/* any()/all(): stop at the first item whose truth is `stop_on`. */
static Object *any_all(Object *const *args, size_t nargs, Object *kw, const char *name,
                       int stop_on)
{
    if (arg_nokw(name, kw) < 0)
        return NULL;
    if (nargs != 1)
        return err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
    Object *it = obj_iter(args[0]);
    if (it == NULL)
        return NULL;
    Object *v;
    int result = !stop_on;
    while ((v = obj_next(it)) != NULL) {
        int t = obj_is_true(v);
        DECREF(v);
        if (t < 0) {
            DECREF(it);
            return NULL;
        }
        if (t == stop_on) {
            result = stop_on;
            break;
        }
    }
    DECREF(it);
    if (err_occurred())
        return NULL;
    return bool_from(result);
}

static Object *b_any(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return any_all(args, nargs, kw, "any", 1);
}

static Object *b_all(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return any_all(args, nargs, kw, "all", 0);
}

/* sum(iterable, /, start=0): left-to-right addition as CPython 3.11 (no
 * compensated float summation), with an int64 fast path. */
static Object *b_sum(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    Object *start = NULL;
    size_t nk = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    for (size_t i = 0; i < nk; i++) {
        Object *k = TUPLE_GET(kw, i);
        if (!str_eq_cstr(k, "start"))
            return err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for sum()", k);
        start = args[nargs + i];
    }
    if (nargs == 0)
        return err_format(&Exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (nargs + nk > 2)
        return err_format(&Exc_TypeError, "sum() takes at most 2 arguments (%zu given)", nargs + nk);
    if (nargs == 2) {
        if (start)
            return err_set_string(&Exc_TypeError,
                                  "argument for sum() given by name ('start') and position (2)");
        start = args[1];
    }
    if (start) {
        if (STR_CHECK(start))
            return err_set_string(&Exc_TypeError,
                                  "sum() can't sum strings [use ''.join(seq) instead]");
        if (BYTES_CHECK(start))
            return err_set_string(&Exc_TypeError,
                                  "sum() can't sum bytes [use b''.join(seq) instead]");
        if (!strcmp(TYPE(start)->name, "bytearray"))
            return err_set_string(&Exc_TypeError,
                                  "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    Object *it = obj_iter(args[0]);
    if (it == NULL)
        return NULL;
    Object *acc = NULL;
    int64_t small = 0;
    int in_small = start == NULL || (INT_CHECK_EXACT(start) && INT_IS_SMALL(start));
    if (in_small && start)
        small = INT_VALUE(start);
    else if (!in_small)
        acc = NEWREF(start);
    Object *v;
    while ((v = obj_next(it)) != NULL) {
        if (in_small) {
            int64_t next;
            if (INT_CHECK_EXACT(v) && INT_IS_SMALL(v) &&
                !__builtin_add_overflow(small, INT_VALUE(v), &next)) {
                small = next;
                DECREF(v);
                continue;
            }
            in_small = 0;
            acc = int_from_i64(small);
            if (acc == NULL) {
                DECREF(v);
                break;
            }
        }
        Object *r = num_binop(acc, v, BINOP_ADD);
        DECREF(v);
        DECREF(acc);
        acc = r;
        if (acc == NULL)
            break;
    }
    DECREF(it);
    if (err_occurred()) {
        XDECREF(acc);
        return NULL;
    }
    return in_small ? int_from_i64(small) : acc;
}

/* min()/max(): one iterable or several arguments; key=, default=. */
static Object *minmax(Object *const *args, size_t nargs, Object *kw, int op, const char *name)
{
    Object *key = NULL, *dflt = NULL;
    size_t nk = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    for (size_t i = 0; i < nk; i++) {
        Object *k = TUPLE_GET(kw, i);
        if (str_eq_cstr(k, "key"))
            key = args[nargs + i];
        else if (str_eq_cstr(k, "default"))
            dflt = args[nargs + i];
        else
            return err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                              k, name);
    }
    if (key && IS_NONE(key))
        key = NULL;
    if (nargs == 0)
        return err_format(&Exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && dflt)
        return err_format(&Exc_TypeError,
                          "Cannot specify a default for %s() with multiple positional arguments",
                          name);
    Object *it;
    if (nargs == 1) {
        it = obj_iter(args[0]);
    } else {
        Object *t = tuple_from_array(args, (intptr_t)nargs);
        it = t ? obj_iter(t) : NULL;
        XDECREF(t);
    }
    if (it == NULL)
        return NULL;
    Object *best = NULL, *bestk = NULL, *v;
    while ((v = obj_next(it)) != NULL) {
        Object *k = key ? obj_call(key, &v, 1, NULL) : NEWREF(v);
        if (k == NULL) {
            DECREF(v);
            goto fail;
        }
        if (best == NULL) {
            best = v;
            bestk = k;
            continue;
        }
        int c = obj_richcompare_bool(k, bestk, op);
        if (c < 0) {
            DECREF(v);
            DECREF(k);
            goto fail;
        }
        if (c) {
            SETREF(best, v);
            SETREF(bestk, k);
        } else {
            DECREF(v);
            DECREF(k);
        }
    }
    if (err_occurred())
        goto fail;
    DECREF(it);
    XDECREF(bestk);
    if (best == NULL) {
        if (dflt)
            return NEWREF(dflt);
        return err_format(&Exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
fail:
    DECREF(it);
    XDECREF(best);
    XDECREF(bestk);
    return NULL;
}

static Object *b_min(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return minmax(args, nargs, kw, CMP_LT, "min");
}

static Object *b_max(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return minmax(args, nargs, kw, CMP_GT, "max");
}

/* sorted(iterable, /, *, key=None, reverse=False): list.sort's messages for
 * bad keywords, as CPython (it forwards them to sort()). */
static Object *b_sorted(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1)
        return err_format(&Exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    Object *key = NULL, *rev = NULL;
    size_t nk = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    for (size_t i = 0; i < nk; i++) {
        Object *k = TUPLE_GET(kw, i);
        if (str_eq_cstr(k, "key"))
            key = args[nargs + i];
        else if (str_eq_cstr(k, "reverse"))
            rev = args[nargs + i];
        else
            return err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for sort()", k);
    }
    Object *l = list_from_iterable(args[0]);
    if (l == NULL)
        return NULL;
    int r = 0;
    if (rev) {
        if (FLOAT_CHECK(rev)) {
            DECREF(l);
            return err_set_string(&Exc_TypeError,
                                  "'float' object cannot be interpreted as an integer");
        }
        r = obj_is_true(rev);
    }
    if (r < 0 || list_sort(l, key && !IS_NONE(key) ? key : NULL, r) < 0) {
        DECREF(l);
        return NULL;
    }
    return l;
}

/* iter(object) / iter(callable, sentinel) */
static Object *b_iter(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("iter", kw) < 0)
        return NULL;
    if (nargs == 0)
        return err_set_string(&Exc_TypeError, "iter expected at least 1 argument, got 0");
    if (nargs > 2)
        return err_format(&Exc_TypeError, "iter expected at most 2 arguments, got %zu", nargs);
    if (nargs == 1)
        return obj_iter(args[0]);
    if (TYPE(args[0])->call == NULL)
        return err_set_string(&Exc_TypeError, "iter(v, w): v must be callable");
    return iter_calliter_new(args[0], args[1]);
}

/* next(iterator[, default]) */
static Object *b_next(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("next", kw) < 0)
        return NULL;
    if (nargs < 1)
        return err_format(&Exc_TypeError, "next expected at least 1 argument, got %zu", nargs);
    if (nargs > 2)
        return err_format(&Exc_TypeError, "next expected at most 2 arguments, got %zu", nargs);
    unaryfunc f = TYPE(args[0])->iternext;
    if (f == NULL)
        return err_format(&Exc_TypeError, "'%s' object is not an iterator", TYPE(args[0])->name);
    Object *v = f(args[0]);
    if (v)
        return v;
    if (err_occurred()) {
        if (nargs < 2 || !err_matches_type(&Exc_StopIteration))
            return NULL;
        err_clear();
    }
    if (nargs == 2)
        return NEWREF(args[1]);
    Object *e = exc_new(&Exc_StopIteration, NULL);
    if (e)
        err_restore(e);
    return NULL;
}

MethodDef bltin_iter_defs[] = {
    { "next", b_next, 0, "Return the next item from the iterator." },
    { "any", b_any, 0, "Return True if bool(x) is True for any x in the iterable." },
    { "all", b_all, 0, "Return True if bool(x) is True for all values x in the iterable." },
    { "sum", b_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers" },
    { "min", b_min, 0, "With a single iterable argument, return its smallest item." },
    { "max", b_max, 0, "With a single iterable argument, return its biggest item." },
    { "sorted", b_sorted, 0, "Return a new list containing all items from the iterable in ascending order." },
    { "iter", b_iter, 0, "Get an iterator from an object." },
    { NULL }
};
