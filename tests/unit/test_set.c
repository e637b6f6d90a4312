/* test_set.c — set/frozenset iteration order and hashes equal to python3's,
 * algebra, errors and refcounts; range (lives here until test_range.c grows). */
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

/* NEW set of small ints. */
static Object *iset(int n, const int64_t *v)
{
    Object *l = ilist(n, v);
    Object *s = set_new(l);
    DECREF(l);
    return s;
}

START_TEST(test_set_order_hash)
{
    int64_t a[] = { 3, 1, 2 }, b[] = { 100, 5, 37 };
    Object *s1 = iset(3, a), *s2 = iset(3, b);
    CHECK_REPR(s1, "{1, 2, 3}");
    CHECK_REPR(s2, "{37, 100, 5}");     /* python3: set([100, 5, 37]) */
    Object *r = range_new(INT_SMALL(20), INT_SMALL(0), INT_SMALL(-3));
    Object *s3 = set_new(r);
    DECREF(r);
    CHECK_REPR(s3, "{2, 5, 8, 11, 14, 17, 20}");
    Object *f1 = frozenset_new(s1), *f2 = frozenset_new(s2), *f0 = frozenset_new(NULL);
    ck_assert_int_eq(obj_hash(f1), -272375401224217160LL);
    ck_assert_int_eq(obj_hash(f2), 1727531922537940545LL);
    ck_assert_int_eq(obj_hash(f0), 133146708735736LL);
    CHECK_REPR(f1, "frozenset({1, 2, 3})");
    CHECK_REPR(f0, "frozenset()");
    Object *e = set_new(NULL);
    CHECK_REPR(e, "set()");
    ck_assert_int_eq(obj_hash(s1), -1);
    CHECK_ERR(&Exc_TypeError, "unhashable type: 'set'");
    /* s = set(1..10); s -= {2, 4}; s.add(33) */
    int64_t ten[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, two[] = { 2, 4 };
    Object *s = iset(10, ten), *t = iset(2, two);
    Object *x = num_inplace(s, t, BINOP_SUB);
    ck_assert_ptr_eq(x, s);
    DECREF(x);
    Object *k = I(33);
    set_add(s, k);
    DECREF(k);
    CHECK_REPR(s, "{1, 3, 33, 5, 6, 7, 8, 9, 10}");
    ck_assert_int_eq(obj_richcompare_bool(f1, s1, CMP_EQ), 1);
    /* python3: s = set(range(1, 11)); s.discard(2); s.add(33) reuses the dummy */
    Object *u = iset(10, ten), *k2 = I(2);
    set_discard(u, k2);
    k = I(33);
    set_add(u, k);
    CHECK_REPR(u, "{1, 33, 3, 4, 5, 6, 7, 8, 9, 10}");
    DECREF(k); DECREF(k2); DECREF(u);
    DECREF(s); DECREF(t); DECREF(e);
    DECREF(f0); DECREF(f1); DECREF(f2);
    DECREF(s1); DECREF(s2); DECREF(s3);
}
END_TEST

START_TEST(test_set_algebra)
{
    int64_t a[] = { 1, 2, 3 }, b[] = { 3, 4, 5 }, c[] = { 2, 3, 9 }, d[] = { 5, 6 }, e[] = { 1, 100 };
    Object *A = iset(3, a), *B = iset(3, b), *C = iset(3, c), *D = iset(2, d), *E = iset(2, e);
    Object *r = num_binop(A, B, BINOP_XOR);
    CHECK_REPR(r, "{1, 2, 4, 5}");
    DECREF(r);
    r = num_binop(A, C, BINOP_AND);
    CHECK_REPR(r, "{2, 3}");
    DECREF(r);
    r = num_binop(D, E, BINOP_OR);
    CHECK_REPR(r, "{1, 100, 5, 6}");
    DECREF(r);
    r = num_binop(A, C, BINOP_SUB);
    CHECK_REPR(r, "{1}");
    DECREF(r);
    Object *sub = num_binop(A, C, BINOP_AND);
    ck_assert_int_eq(obj_richcompare_bool(sub, A, CMP_LT), 1);
    ck_assert_int_eq(obj_richcompare_bool(sub, A, CMP_LE), 1);
    ck_assert_int_eq(obj_richcompare_bool(A, sub, CMP_GT), 1);
    ck_assert_int_eq(obj_richcompare_bool(A, A, CMP_LT), 0);
    ck_assert_int_eq(obj_richcompare_bool(A, B, CMP_EQ), 0);
    DECREF(sub);
    Object *args[2] = { B, D };
    r = callm(A, "union", 2, args);
    CHECK_REPR(r, "{1, 2, 3, 4, 5, 6}");
    DECREF(r);
    r = callm(A, "isdisjoint", 1, &D);
    ck_assert_ptr_eq(r, GTrue);
    DECREF(r);
    r = callm(A, "issubset", 1, &B);
    ck_assert_ptr_eq(r, GFalse);
    DECREF(r);
    Object *k9 = I(9);
    ck_assert_ptr_null(callm(A, "remove", 1, &k9));
    CHECK_ERR(&Exc_KeyError, "9");
    ck_assert_int_eq(set_discard(A, k9), 0);
    ck_assert_int_eq(set_contains(C, k9), 1);
    DECREF(k9);
    Object *empty = set_new(NULL);
    ck_assert_ptr_null(set_pop(empty));
    CHECK_ERR(&Exc_KeyError, "'pop from an empty set'");
    /* iteration notices size changes */
    Object *it = obj_iter(A);
    Object *x = obj_next(it);
    DECREF(x);
    Object *k = I(77);
    set_add(A, k);
    DECREF(k);
    ck_assert_ptr_null(obj_next(it));
    CHECK_ERR(&Exc_RuntimeError, "Set changed size during iteration");
    DECREF(it);
    /* refcounts: adding twice keeps one reference */
    Object *s = str_from_cstr("key");
    uint32_t rs = REFCNT(s);
    set_add(empty, s);
    set_add(empty, s);
    ck_assert_int_eq(REFCNT(s), rs + 1);
    set_clear(empty);
    ck_assert_int_eq(REFCNT(s), rs);
    DECREF(s);
    DECREF(empty);
    DECREF(A); DECREF(B); DECREF(C); DECREF(D); DECREF(E);
}
END_TEST

START_TEST(test_range)
{
    Object *r = range_new(INT_SMALL(0), INT_SMALL(10), INT_SMALL(2));
    CHECK_REPR(r, "range(0, 10, 2)");
    ck_assert_int_eq(obj_length(r), 5);
    Object *sl = slice_new(INT_SMALL(1), INT_SMALL(4), NULL);
    Object *x = obj_getitem(r, sl);
    CHECK_REPR(x, "range(2, 8, 2)");
    DECREF(x);
    DECREF(sl);
    ck_assert_int_eq(obj_hash(r), -6143170332311272345LL);
    Object *r0 = range_new(INT_SMALL(0), INT_SMALL(0), NULL);
    /* hash(range(0)) hashes None, which 3.11 hashes by address: not checked */
    CHECK_REPR(r0, "range(0, 0)");
    ck_assert_int_eq(obj_contains(r, INT_SMALL(4)), 1);
    ck_assert_int_eq(obj_contains(r, INT_SMALL(5)), 0);
    x = obj_getitem(r, INT_SMALL(-1));
    CHECK_REPR(x, "8");
    DECREF(x);
    ck_assert_ptr_null(obj_getitem(r, INT_SMALL(5)));
    CHECK_ERR(&Exc_IndexError, "range object index out of range");
    ck_assert_ptr_null(range_new(INT_SMALL(0), INT_SMALL(1), INT_SMALL(0)));
    CHECK_ERR(&Exc_ValueError, "range() arg 3 must not be zero");
    Object *l = list_from_iterable(r);
    CHECK_REPR(l, "[0, 2, 4, 6, 8]");
    DECREF(l);
    Object *rev = callm(r, "__reversed__", 0, NULL);
    l = list_from_iterable(rev);
    CHECK_REPR(l, "[8, 6, 4, 2, 0]");
    DECREF(l);
    DECREF(rev);
    /* huge: range(0, 10**20, 3)[10**18] */
    Object *big = int_from_string("100000000000000000000", 21, 10);
    Object *idx = int_from_string("1000000000000000000", 19, 10);
    Object *rb = range_new(INT_SMALL(0), big, INT_SMALL(3));
    x = obj_getitem(rb, idx);
    CHECK_REPR(x, "3000000000000000000");
    DECREF(x);
    ck_assert_int_eq(obj_length(rb), -1);
    CHECK_ERR(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
    DECREF(rb); DECREF(big); DECREF(idx);
    Object *r2 = range_new(INT_SMALL(0), INT_SMALL(9), INT_SMALL(2));
    ck_assert_int_eq(obj_richcompare_bool(r, r2, CMP_EQ), 1);
    DECREF(r2);
    DECREF(r0);
    DECREF(r);
}
END_TEST

TU_MAIN("set", test_set_order_hash, test_set_algebra, test_range)
