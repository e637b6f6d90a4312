/* contutil.h — helpers shared by the container unit tests (tuple, list,
 * dict, set): small-int constructors, repr and exception assertions, and
 * method calls by name. */
#ifndef GARTER_CONTUTIL_H
#define GARTER_CONTUTIL_H

#include <check.h>

#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/errors.h"

/* NEW int. */
static inline Object *I(int64_t v) { return int_from_i64(v); }

/* Asserts repr(o) == exp; o BORROWED. */
#define CHECK_REPR(o, exp) do { \
        Object *r_ = obj_repr(o); \
        ck_assert_msg(r_ != NULL, "repr failed"); \
        ck_assert_str_eq(STR_UTF8(r_), exp); \
        DECREF(r_); \
    } while (0)

/* Asserts the current exception is t with str(exc) == msg, and clears it. */
#define CHECK_ERR(t, msg) do { \
        Object *e_ = err_occurred(); \
        ck_assert_msg(e_ != NULL, "no exception"); \
        ck_assert_msg(err_matches_type(t), "wrong exception %s", type_name(TYPE(e_))); \
        Object *s_ = obj_str(e_); \
        ck_assert(s_ != NULL); \
        ck_assert_str_eq(STR_UTF8(s_), msg); \
        DECREF(s_); \
        err_clear(); \
    } while (0)

/* NEW list of small ints. */
static inline Object *ilist(int n, const int64_t *v)
{
    Object *l = list_new(0);
    for (int i = 0; i < n; i++) {
        Object *x = I(v[i]);
        list_append(l, x);
        DECREF(x);
    }
    return l;
}

/* Calls method name of o with args; NEW result. */
static inline Object *callm(Object *o, const char *name, size_t nargs, Object *const *args)
{
    Object *m = obj_getattr_cstr(o, name);
    ck_assert_msg(m != NULL, "no method %s", name);
    Object *r = obj_call(m, args, nargs, NULL);
    DECREF(m);
    return r;
}

#endif
