/* test_dict.c — dict: insertion order through deletes and resizes as python3
 * prints it, refcounts, KeyError/TypeError messages, methods, views. */
#include "testutil.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"

#include "contutil.h"

/* NEW dict {k*7: k for k in range(n)}. */
static Object *sevens(int n)
{
    Object *d = dict_new();
    for (int i = 0; i < n; i++) {
        Object *k = I(i * 7), *v = I(i);
        ck_assert_int_eq(dict_setitem(d, k, v), 0);
        DECREF(k);
        DECREF(v);
    }
    return d;
}

START_TEST(test_dict_order)
{
    /* python3: d = {k*7: k for k in range(10)}; del d[14], d[0], d[35];
     * d[100] = 1; d[0] = 2; list(d) */
    Object *d = sevens(10);
    int64_t dels[] = { 14, 0, 35 };
    for (int i = 0; i < 3; i++) {
        Object *k = I(dels[i]);
        ck_assert_int_eq(dict_delitem(d, k), 0);
        DECREF(k);
    }
    Object *k = I(100), *v = I(1);
    dict_setitem(d, k, v);
    DECREF(k); DECREF(v);
    k = I(0); v = I(2);
    dict_setitem(d, k, v);
    DECREF(k); DECREF(v);
    Object *keys = dict_keys(d);
    CHECK_REPR(keys, "[7, 21, 28, 42, 49, 56, 63, 100, 0]");
    DECREF(keys);
    ck_assert_int_eq(dict_size(d), 9);
    /* growth through many inserts keeps order */
    Object *big = sevens(1000);
    intptr_t pos = 0;
    Object *kk, *vv;
    int64_t expect = 0;
    while (dict_next(big, &pos, &kk, &vv)) {
        ck_assert_int_eq(INT_VALUE(vv), expect);
        expect++;
    }
    ck_assert_int_eq(expect, 1000);
    DECREF(big);
    DECREF(d);
}
END_TEST

START_TEST(test_dict_api)
{
    Object *d = dict_new();
    Object *a = str_from_cstr("a"), *one = I(1);
    uint32_t ra = REFCNT(a), r1 = REFCNT(one);
    uint64_t v0 = DICT_VERSION(d);
    ck_assert_int_eq(dict_setitem(d, a, one), 0);
    ck_assert_uint_ne(DICT_VERSION(d), v0);
    ck_assert_int_eq(REFCNT(a), ra + 1);
    ck_assert_int_eq(REFCNT(one), r1 + 1);
    ck_assert_ptr_eq(dict_getitem(d, a), one);
    ck_assert_ptr_eq(dict_getitem_str(d, "a"), one);
    ck_assert_ptr_null(dict_getitem_str(d, "b"));
    CHECK_REPR(d, "{'a': 1}");
    Object *r = callm(d, "keys", 0, NULL);
    CHECK_REPR(r, "dict_keys(['a'])");
    DECREF(r);
    r = callm(d, "items", 0, NULL);
    CHECK_REPR(r, "dict_items([('a', 1)])");
    DECREF(r);
    r = callm(d, "values", 0, NULL);
    CHECK_REPR(r, "dict_values([1])");
    DECREF(r);
    Object *l = list_new(0);
    ck_assert_int_eq(dict_setitem(d, l, one), -1);
    CHECK_ERR(&Exc_TypeError, "unhashable type: 'list'");
    DECREF(l);
    Object *tk = tuple_pack(2, one, one);
    ck_assert_ptr_null(obj_getitem(d, tk));
    CHECK_ERR(&Exc_KeyError, "(1, 1)");
    DECREF(tk);
    ck_assert_int_eq(dict_delitem(d, a), 0);
    ck_assert_int_eq(REFCNT(a), ra);
    ck_assert_int_eq(REFCNT(one), r1);
    ck_assert_ptr_null(callm(d, "popitem", 0, NULL));
    CHECK_ERR(&Exc_KeyError, "'popitem(): dictionary is empty'");
    CHECK_REPR(d, "{}");
    /* self-containing */
    dict_setitem(d, a, d);
    CHECK_REPR(d, "{'a': {...}}");
    dict_clear(d);
    DECREF(d);
    DECREF(a);
    DECREF(one);
}
END_TEST

START_TEST(test_dict_methods)
{
    Object *d = sevens(3);              /* {0: 0, 7: 1, 14: 2} */
    Object *k7 = I(7), *k5 = I(5), *dflt = I(-1);
    Object *args[2] = { k5, dflt };
    Object *r = callm(d, "get", 2, args);
    CHECK_REPR(r, "-1");
    DECREF(r);
    r = callm(d, "pop", 1, &k7);
    CHECK_REPR(r, "1");
    DECREF(r);
    ck_assert_ptr_null(callm(d, "pop", 1, &k7));
    CHECK_ERR(&Exc_KeyError, "7");
    r = callm(d, "setdefault", 2, args);
    CHECK_REPR(r, "-1");
    DECREF(r);
    CHECK_REPR(d, "{0: 0, 14: 2, 5: -1}");
    r = callm(d, "popitem", 0, NULL);
    CHECK_REPR(r, "(5, -1)");
    DECREF(r);
    Object *c = dict_copy(d);
    ck_assert_int_eq(obj_richcompare_bool(c, d, CMP_EQ), 1);
    dict_setitem(c, k5, k5);
    ck_assert_int_eq(obj_richcompare_bool(c, d, CMP_EQ), 0);
    r = num_binop(d, c, BINOP_OR);
    CHECK_REPR(r, "{0: 0, 14: 2, 5: 5}");
    DECREF(r);
    /* views: set algebra on keys */
    Object *kv = callm(c, "keys", 0, NULL);
    Object *s = set_new(NULL);
    set_add(s, k5);
    set_add(s, k7);
    r = num_binop(kv, s, BINOP_AND);
    CHECK_REPR(r, "{5}");
    DECREF(r);
    r = num_binop(kv, s, BINOP_SUB);
    CHECK_REPR(r, "{0, 14}");
    DECREF(r);
    r = num_binop(kv, s, BINOP_XOR);
    CHECK_REPR(r, "{0, 14, 7}");
    DECREF(r);
    ck_assert_int_eq(obj_length(kv), 3);
    DECREF(kv);
    DECREF(s);
    /* update from pairs, with the CPython error */
    Object *one = tuple_pack(1, k5);
    Object *bad = tuple_pack(1, one);
    ck_assert_int_eq(dict_update(c, bad), -1);
    CHECK_ERR(&Exc_ValueError, "dictionary update sequence element #0 has length 1; 2 is required");
    DECREF(bad);
    DECREF(one);
    /* iteration detects size changes */
    Object *it = obj_iter(c);
    Object *x = obj_next(it);
    DECREF(x);
    dict_setitem(c, dflt, dflt);
    ck_assert_ptr_null(obj_next(it));
    CHECK_ERR(&Exc_RuntimeError, "dictionary changed size during iteration");
    DECREF(it);
    r = callm(c, "__sizeof__", 0, NULL);
    ck_assert_int_le(INT_VALUE(r) + 16, 352);
    DECREF(r);
    DECREF(c);
    DECREF(d);
    DECREF(k7); DECREF(k5); DECREF(dflt);
}
END_TEST

TU_MAIN("dict", test_dict_order, test_dict_api, test_dict_methods)
