/* test_intern.c — the interned-string table: identity of equal strings,
 * the table's one reference, OF_INTERNED, growth and shutdown. */
#include "testutil.h"

#include "mem/intern.h"
#include "objects/str.h"
#include "objects/list.h"
#include "objects/type.h"

START_TEST(test_identity)
{
    Object *a = intern_cstr("spam_eggs");
    Object *b = intern_str(str_from_cstr("spam_eggs"));
    ck_assert_ptr_eq(a, b);
    ck_assert(a->flags & OF_INTERNED);
    Object *c = intern_cstr("spam_ham");
    ck_assert_ptr_ne(a, c);
    ck_assert_ptr_eq(intern_lookup(a), a);
    Object *probe = str_from_cstr("spam_eggs");
    ck_assert_ptr_eq(intern_lookup(probe), a);
    ck_assert(!(probe->flags & OF_INTERNED));
    DECREF(probe);
    probe = str_from_cstr("never interned here");
    ck_assert_ptr_null(intern_lookup(probe));
    DECREF(probe);
    DECREF(a);
    DECREF(b);
    DECREF(c);
}
END_TEST

START_TEST(test_refcounts)
{
    Object *s = str_from_cstr("refcount_probe_name");
    ck_assert_uint_eq(REFCNT(s), 1);
    Object *i = intern_str(s);              /* steals s, returns it */
    ck_assert_ptr_eq(i, s);
    ck_assert_uint_eq(REFCNT(i), 2);        /* ours + the table's */
    Object *dup = str_from_cstr("refcount_probe_name");
    Object *j = intern_str(dup);            /* the duplicate is released */
    ck_assert_ptr_eq(j, i);
    ck_assert_uint_eq(REFCNT(i), 3);
    DECREF(j);
    DECREF(i);
    ck_assert_uint_eq(REFCNT(i), 1);        /* the table keeps it alive */
    Object *again = intern_str(NEWREF(i));  /* interning an interned str */
    ck_assert_ptr_eq(again, i);
    ck_assert_uint_eq(REFCNT(i), 2);
    DECREF(again);
}
END_TEST

START_TEST(test_growth)
{
    size_t before = intern_count();
    char buf[32];
    Object *first = NULL;
    for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "name_%d", i);
        Object *s = intern_cstr(buf);
        ck_assert_ptr_nonnull(s);
        if (i == 0)
            first = NEWREF(s);
        DECREF(s);
    }
    ck_assert_uint_eq(intern_count(), before + 5000);
    Object *s = intern_cstr("name_0");
    ck_assert_ptr_eq(s, first);
    DECREF(s);
    DECREF(first);
    for (int i = 0; i < 5000; i += 97) {
        snprintf(buf, sizeof buf, "name_%d", i);
        Object *p = str_from_cstr(buf);
        Object *found = intern_lookup(p);
        ck_assert_ptr_nonnull(found);
        ck_assert_str_eq(STR_UTF8(found), buf);
        DECREF(p);
    }
}
END_TEST

START_TEST(test_non_ascii_and_type_names)
{
    Object *a = intern_cstr("naïve");
    Object *b = intern_str(str_from_utf8("na\xc3\xafve", 6));
    ck_assert_ptr_eq(a, b);
    DECREF(a);
    DECREF(b);
    /* Type dicts are keyed by interned names: a lookup with a fresh,
     * equal string finds the same entry. */
    Object *key = str_from_cstr("append");
    ck_assert_ptr_nonnull(type_lookup(&List_Type, key));
    DECREF(key);
    Object *k2 = intern_cstr("append");
    ck_assert_ptr_nonnull(intern_lookup(k2));
    DECREF(k2);
}
END_TEST

START_TEST(test_static_names)
{
    Object *a = intern_static("static_name_probe");
    ck_assert_ptr_nonnull(a);
    ck_assert_uint_eq(REFCNT(a), 1);        /* only the table holds it */
    ck_assert_ptr_eq(intern_static("static_name_probe"), a);
    Object *b = intern_cstr("static_name_probe");
    ck_assert_ptr_eq(a, b);
    DECREF(b);
}
END_TEST

TU_MAIN("intern", test_identity, test_refcounts, test_growth, test_non_ascii_and_type_names,
        test_static_names)
