/* test_list.c — list: getsizeof growth steps equal to python3's, refcounts
 * and cascades, slices with steps, methods, sort, operators, iterators. */
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

START_TEST(test_list_growth)
{
    /* sys.getsizeof(l) after each of 30 appends, from python3 (GCHead 16
     * added to __sizeof__). */
    static const int exp[30] = { 88, 88, 88, 88, 120, 120, 120, 120, 184, 184,
        184, 184, 184, 184, 184, 184, 248, 248, 248, 248, 248, 248, 248, 248,
        312, 312, 312, 312, 312, 312 };
    Object *l = list_new(0);
    Object *r = callm(l, "__sizeof__", 0, NULL);
    ck_assert_int_eq(INT_VALUE(r) + 16, 56);
    DECREF(r);
    for (int i = 0; i < 30; i++) {
        Object *x = I(i);
        ck_assert_int_eq(list_append(l, x), 0);
        DECREF(x);
        r = callm(l, "__sizeof__", 0, NULL);
        ck_assert_int_eq(INT_VALUE(r) + 16, exp[i]);
        DECREF(r);
    }
    DECREF(l);
}
END_TEST

START_TEST(test_list_refcounts)
{
    Object *x = str_from_cstr("payload");
    uint32_t rc = REFCNT(x);
    Object *inner = list_new(0);
    list_append(inner, x);
    list_append(inner, x);
    ck_assert_int_eq(REFCNT(x), rc + 2);
    Object *outer = list_new(0);
    list_append(outer, inner);
    DECREF(inner);                      /* outer holds the only reference */
    ck_assert_int_eq(REFCNT(inner), 1);
    DECREF(outer);                      /* cascade frees inner */
    ck_assert_int_eq(REFCNT(x), rc);
    /* self-containing list: repr and manual break */
    Object *l = list_new(0);
    list_append(l, l);
    CHECK_REPR(l, "[[...]]");
    list_clear(l);
    DECREF(l);
    DECREF(x);
}
END_TEST

START_TEST(test_list_slices)
{
    int64_t v[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    Object *l = ilist(10, v);
    Object *a = str_from_cstr("a"), *b = str_from_cstr("b"), *c = str_from_cstr("c");
    Object *abc = tuple_pack(3, a, b, c);
    Object *i1 = I(1), *i8 = I(8), *i3 = I(3), *i2 = I(2);
    Object *sl = slice_new(i1, i8, i3);
    ck_assert_int_eq(obj_setitem(l, sl, abc), 0);
    CHECK_REPR(l, "[0, 'a', 2, 3, 'b', 5, 6, 'c', 8, 9]");
    DECREF(sl);
    sl = slice_new(NULL, NULL, i2);
    ck_assert_int_eq(obj_delitem(l, sl), 0);
    CHECK_REPR(l, "['a', 3, 5, 'c', 9]");
    ck_assert_int_eq(obj_setitem(l, sl, abc), 0);
    CHECK_REPR(l, "['a', 3, 'b', 'c', 'c']");
    Object *ab = tuple_pack(2, a, b);
    ck_assert_int_eq(obj_setitem(l, sl, ab), -1);
    CHECK_ERR(&Exc_ValueError, "attempt to assign sequence of size 2 to extended slice of size 3");
    DECREF(sl);
    sl = slice_new(NULL, i1, NULL);
    ck_assert_int_eq(obj_setitem(l, sl, ab), 0);
    CHECK_REPR(l, "['a', 'b', 3, 'b', 'c', 'c']");
    Object *r = obj_getitem(l, sl);
    CHECK_REPR(r, "['a']");
    DECREF(r);
    DECREF(sl);
    Object *i99 = I(99);
    ck_assert_int_eq(obj_setitem(l, i99, a), -1);
    CHECK_ERR(&Exc_IndexError, "list assignment index out of range");
    ck_assert_ptr_null(obj_getitem(l, i99));
    CHECK_ERR(&Exc_IndexError, "list index out of range");
    ck_assert_int_eq(obj_delitem(l, i1), 0);
    CHECK_REPR(l, "['a', 3, 'b', 'c', 'c']");
    ck_assert_int_eq(obj_setitem(l, l, a), -1);
    CHECK_ERR(&Exc_TypeError, "list indices must be integers or slices, not list");
    DECREF(l);
    DECREF(ab); DECREF(abc); DECREF(a); DECREF(b); DECREF(c);
    DECREF(i1); DECREF(i8); DECREF(i3); DECREF(i2); DECREF(i99);
}
END_TEST

START_TEST(test_list_methods)
{
    int64_t v[] = { 3, 1, 2 };
    Object *l = ilist(3, v);
    Object *r = callm(l, "sort", 0, NULL);
    ck_assert_ptr_eq(r, NONE);
    DECREF(r);
    CHECK_REPR(l, "[1, 2, 3]");
    ck_assert_int_eq(list_sort(l, NULL, 1), 0);
    CHECK_REPR(l, "[3, 2, 1]");
    Object *s = str_from_cstr("a");
    list_append(l, s);
    ck_assert_int_eq(list_sort(l, NULL, 0), -1);
    CHECK_ERR(&Exc_TypeError, "'<' not supported between instances of 'str' and 'int'");
    ck_assert_int_eq(LIST_SIZE(l), 4);
    r = callm(l, "pop", 0, NULL);
    ck_assert_ptr_eq(r, s);
    DECREF(r);
    Object *i5 = I(5), *i0 = I(0), *i1 = I(1);
    ck_assert_ptr_null(callm(l, "index", 1, &i5));
    CHECK_ERR(&Exc_ValueError, "5 is not in list");
    ck_assert_ptr_null(callm(l, "remove", 1, &i5));
    CHECK_ERR(&Exc_ValueError, "list.remove(x): x not in list");
    r = callm(l, "index", 1, &i1);
    CHECK_REPR(r, "2");
    DECREF(r);
    Object *args[2] = { i0, i5 };
    r = callm(l, "insert", 2, args);
    DECREF(r);
    CHECK_REPR(l, "[5, 3, 2, 1]");
    r = callm(l, "remove", 1, &i1);
    DECREF(r);
    r = callm(l, "reverse", 0, NULL);
    DECREF(r);
    CHECK_REPR(l, "[2, 3, 5]");
    r = callm(l, "count", 1, &i5);
    CHECK_REPR(r, "1");
    DECREF(r);
    Object *cp = callm(l, "copy", 0, NULL);
    ck_assert_int_eq(obj_richcompare_bool(cp, l, CMP_EQ), 1);
    r = callm(cp, "clear", 0, NULL);
    DECREF(r);
    CHECK_REPR(cp, "[]");
    ck_assert_ptr_null(callm(cp, "pop", 0, NULL));
    CHECK_ERR(&Exc_IndexError, "pop from empty list");
    Object *i9 = I(9);
    ck_assert_ptr_null(callm(l, "pop", 1, &i9));
    CHECK_ERR(&Exc_IndexError, "pop index out of range");
    /* + * += *= */
    r = num_binop(l, l, BINOP_ADD);
    CHECK_REPR(r, "[2, 3, 5, 2, 3, 5]");
    DECREF(r);
    ck_assert_ptr_null(num_binop(l, i1, BINOP_ADD));
    CHECK_ERR(&Exc_TypeError, "can only concatenate list (not \"int\") to list");
    Object *i2 = I(2);
    r = num_binop(i2, l, BINOP_MUL);
    CHECK_REPR(r, "[2, 3, 5, 2, 3, 5]");
    DECREF(r);
    r = num_inplace(cp, l, BINOP_ADD);
    ck_assert_ptr_eq(r, cp);
    DECREF(r);
    r = num_inplace(cp, i2, BINOP_MUL);
    DECREF(r);
    CHECK_REPR(cp, "[2, 3, 5, 2, 3, 5]");
    ck_assert_int_eq(obj_hash(l), -1);
    CHECK_ERR(&Exc_TypeError, "unhashable type: 'list'");
    ck_assert_int_eq(obj_richcompare_bool(l, cp, CMP_LT), 1);
    ck_assert_int_eq(obj_contains(cp, i5), 1);
    DECREF(cp); DECREF(i2); DECREF(i9);
    DECREF(i5); DECREF(i0); DECREF(i1); DECREF(s);
    DECREF(l);
}
END_TEST

START_TEST(test_list_iter)
{
    int64_t v[] = { 1, 2, 3 };
    Object *l = ilist(3, v);
    Object *it = callm(l, "__reversed__", 0, NULL);
    Object *x;
    int64_t acc = 0;
    while ((x = obj_next(it)) != NULL) {
        acc = acc * 10 + INT_VALUE(x);
        DECREF(x);
    }
    ck_assert_int_eq(acc, 321);
    DECREF(it);
    Object *l2 = list_from_iterable(l);
    ck_assert_int_eq(obj_richcompare_bool(l, l2, CMP_EQ), 1);
    Object *sz = callm(l2, "__sizeof__", 0, NULL);
    ck_assert_int_eq(INT_VALUE(sz) + 16, 88);    /* python3: sys.getsizeof(list([1,2,3])) == 88 */
    DECREF(sz);
    DECREF(l2);
    DECREF(l);
}
END_TEST

TU_MAIN("list", test_list_growth, test_list_refcounts, test_list_slices, test_list_methods, test_list_iter)
