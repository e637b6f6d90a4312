/* test_tuple.c — tuple: construction, refcounts, indexing, slicing, hashes
 * equal to python3's, comparisons, repr, iteration, methods, free list. */
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

START_TEST(test_tuple_basic)
{
    Object *a = I(1), *b = I(2);
    uint32_t ra = REFCNT(a);
    Object *t = tuple_pack(2, a, b);
    ck_assert_int_eq(REFCNT(a), ra + 1);
    ck_assert_int_eq(TUPLE_SIZE(t), 2);
    ck_assert_int_eq(obj_length(t), 2);
    CHECK_REPR(t, "(1, 2)");
    ck_assert_int_eq(obj_hash(t), -3550055125485641917LL);
    Object *one = tuple_pack(1, a);
    CHECK_REPR(one, "(1,)");
    ck_assert_int_eq(obj_hash(one), -6644214454873602895LL);
    Object *e = tuple_new(0);
    ck_assert_ptr_eq(e, tuple_empty());
    CHECK_REPR(e, "()");
    ck_assert_int_eq(obj_hash(e), 5740354900026072187LL);
    Object *nested = tuple_pack(2, t, I(3));
    DECREF(TUPLE_ITEMS(nested)[1]);     /* tuple_pack took its own ref */
    ck_assert_int_eq(obj_hash(nested), -333907151259015829LL);
    DECREF(nested);
    DECREF(one);
    DECREF(e);
    DECREF(t);
    ck_assert_int_eq(REFCNT(a), ra);
    DECREF(a);
    DECREF(b);
}
END_TEST

START_TEST(test_tuple_index_slice)
{
    int64_t v[] = { 10, 20, 30, 40, 50 };
    Object *l = ilist(5, v);
    Object *t = list_as_tuple(l);
    DECREF(l);
    Object *k = I(-1);
    Object *x = obj_getitem(t, k);
    CHECK_REPR(x, "50");
    DECREF(x);
    DECREF(k);
    k = I(5);
    ck_assert_ptr_null(obj_getitem(t, k));
    CHECK_ERR(&Exc_IndexError, "tuple index out of range");
    DECREF(k);
    Object *s1 = I(1), *s2 = I(-1), *st = I(2);
    Object *sl = slice_new(NULL, NULL, st);
    x = obj_getitem(t, sl);
    CHECK_REPR(x, "(10, 30, 50)");
    DECREF(x);
    DECREF(sl);
    sl = slice_new(s1, s2, NULL);
    x = obj_getitem(t, sl);
    CHECK_REPR(x, "(20, 30, 40)");
    DECREF(x);
    DECREF(sl);
    Object *m1 = I(-1);
    sl = slice_new(NULL, NULL, m1);
    x = obj_getitem(t, sl);
    CHECK_REPR(x, "(50, 40, 30, 20, 10)");
    DECREF(x);
    DECREF(sl);
    Object *s = str_from_cstr("a");
    ck_assert_ptr_null(obj_getitem(t, s));
    CHECK_ERR(&Exc_TypeError, "tuple indices must be integers or slices, not str");
    DECREF(s);
    DECREF(s1); DECREF(s2); DECREF(st); DECREF(m1);
    DECREF(t);
}
END_TEST

START_TEST(test_tuple_ops)
{
    Object *a = I(1), *b = I(2), *c = I(3);
    Object *t1 = tuple_pack(2, a, b), *t2 = tuple_pack(1, c);
    Object *r = num_binop(t1, t2, BINOP_ADD);
    CHECK_REPR(r, "(1, 2, 3)");
    DECREF(r);
    r = num_binop(t1, c, BINOP_MUL);
    CHECK_REPR(r, "(1, 2, 1, 2, 1, 2)");
    DECREF(r);
    r = num_binop(c, t2, BINOP_MUL);
    CHECK_REPR(r, "(3, 3, 3)");
    DECREF(r);
    ck_assert_ptr_null(num_binop(t1, a, BINOP_ADD));
    CHECK_ERR(&Exc_TypeError, "can only concatenate tuple (not \"int\") to tuple");
    ck_assert_int_eq(obj_contains(t1, b), 1);
    ck_assert_int_eq(obj_contains(t1, c), 0);
    ck_assert_int_eq(obj_richcompare_bool(t1, t2, CMP_LT), 1);
    ck_assert_int_eq(obj_richcompare_bool(t1, t1, CMP_EQ), 1);
    Object *t3 = tuple_pack(3, a, b, c);
    ck_assert_int_eq(obj_richcompare_bool(t1, t3, CMP_LT), 1);
    ck_assert_int_eq(obj_richcompare_bool(t3, t1, CMP_GE), 1);
    ck_assert_int_eq(obj_richcompare_bool(t3, t1, CMP_EQ), 0);
    r = callm(t3, "index", 1, &c);
    CHECK_REPR(r, "2");
    DECREF(r);
    r = callm(t3, "count", 1, &a);
    CHECK_REPR(r, "1");
    DECREF(r);
    Object *z = I(0);
    ck_assert_ptr_null(callm(t3, "index", 1, &z));
    CHECK_ERR(&Exc_ValueError, "tuple.index(x): x not in tuple");
    r = callm(t3, "__sizeof__", 0, NULL);
    CHECK_REPR(r, "48");
    DECREF(r);
    /* iteration */
    Object *it = obj_iter(t3), *x;
    int64_t sum = 0;
    while ((x = obj_next(it)) != NULL) {
        sum += INT_VALUE(x);
        DECREF(x);
    }
    ck_assert_ptr_null(err_occurred());
    ck_assert_int_eq(sum, 6);
    DECREF(it);
    /* tuple(list) */
    Object *l = list_from_array(TUPLE_ITEMS(t3), 3);
    Object *t4 = tuple_from_iterable(l);
    ck_assert_int_eq(obj_richcompare_bool(t4, t3, CMP_EQ), 1);
    DECREF(t4); DECREF(l); DECREF(z);
    DECREF(t1); DECREF(t2); DECREF(t3);
    DECREF(a); DECREF(b); DECREF(c);
}
END_TEST

START_TEST(test_tuple_freelist)
{
    Object *a = I(7);
    Object *t = tuple_pack(3, a, a, a);
    DECREF(t);
    Object *t2 = tuple_pack(3, a, a, a);
    ck_assert_ptr_eq(t, t2);            /* recycled from the free list */
    ck_assert_int_eq(REFCNT(t2), 1);
    DECREF(t2);
    DECREF(a);
}
END_TEST

TU_MAIN("tuple", test_tuple_basic, test_tuple_index_slice, test_tuple_ops, test_tuple_freelist)
