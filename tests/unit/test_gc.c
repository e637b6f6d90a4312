/* test_gc.c — the cycle collector from C: cycles of lists and dicts are
 * freed, reachable structures survive, counts and generations move as in
 * CPython, tuples and dicts of atoms get untracked, weak references are
 * cleared (with callbacks only for surviving weakrefs), DEBUG_SAVEALL and
 * the DEBUG_STATS lines on stderr, and the deep-chain trashcan interplay. */
#include "testutil.h"

#include <unistd.h>

#include "mem/gc.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"

/* A list holding itself: the smallest cycle. */
static Object *self_list(void)
{
    Object *l = list_new(0);
    ck_assert_int_eq(list_append(l, l), 0);
    return l;
}

START_TEST(test_self_cycle_collected)
{
    gc_collect(2);
    Object *l = self_list();
    ck_assert(gc_is_tracked(l));
    DECREF(l);                          /* only the cycle keeps it alive */
    ck_assert_int_eq(gc_collect(2), 1);
    ck_assert_int_eq(gc_collect(2), 0);
}
END_TEST

START_TEST(test_reachable_survives)
{
    gc_collect(2);
    Object *l = self_list();
    Object *holder = list_new(0);
    list_append(holder, l);
    DECREF(l);
    ck_assert_int_eq(gc_collect(2), 0);
    ck_assert_int_eq(REFCNT(l), 2);     /* the holder and itself */
    ck_assert_int_eq(gc_collect(0), 0);
    DECREF(holder);                     /* now garbage */
    ck_assert_int_eq(gc_collect(2), 1);
}
END_TEST

START_TEST(test_dict_pair)
{
    gc_collect(2);
    Object *a = dict_new(), *b = dict_new();
    ck_assert(!gc_is_tracked(a));       /* exact dicts start untracked */
    dict_setitem_str(a, "b", b);
    dict_setitem_str(b, "a", a);
    ck_assert(gc_is_tracked(a) && gc_is_tracked(b));
    DECREF(a);
    DECREF(b);
    ck_assert_int_eq(gc_collect(2), 2);
}
END_TEST

START_TEST(test_generations_and_counts)
{
    gc_collect(2);
    ck_assert_int_eq(gc_get_count(0), 0);
    ck_assert_int_eq(gc_get_count(1), 0);
    Object *l = list_new(0);            /* one container allocated */
    ck_assert_int_eq(gc_get_count(0), 1);
    gc_collect(0);                      /* survivor promoted to gen 1 */
    ck_assert_int_eq(gc_get_count(0), 0);
    ck_assert_int_eq(gc_get_count(1), 1);
    int found = 0;
    for (GCHead *g = (GCHead *)gc_gens[1].head.next; g != &gc_gens[1].head;
         g = (GCHead *)g->next)
        if (FROM_GC(g) == l)
            found = 1;
    ck_assert(found);
    gc_collect(1);
    ck_assert_int_eq(gc_get_count(2), 1);
    ck_assert_uint_eq(gc_list_size(1), 0);
    DECREF(l);
}
END_TEST

START_TEST(test_untrack_atoms)
{
    Object *one = int_from_i64(1), *s = str_from_cstr("x");
    Object *t = tuple_pack(2, one, s);
    Object *inner = list_new(0);
    Object *u = tuple_pack(2, one, inner);
    Object *d = dict_new();
    dict_setitem(d, s, inner);          /* tracked: holds a list */
    ck_assert(gc_is_tracked(t) && gc_is_tracked(u) && gc_is_tracked(d));
    dict_setitem(d, s, one);            /* only atoms now; untracked at a full collection */
    gc_collect(2);
    ck_assert(!gc_is_tracked(t));
    ck_assert(gc_is_tracked(u));
    ck_assert(!gc_is_tracked(d));
    DECREF(t); DECREF(u); DECREF(d); DECREF(inner); DECREF(one); DECREF(s);
}
END_TEST

START_TEST(test_weakref_cleared_by_collection)
{
    gc_collect(2);
    Object *l = self_list();
    ck_assert_ptr_null(weakref_new_ref(l, NULL));   /* lists refuse weakrefs */
    TU_ASSERT_RAISED(&Exc_TypeError);
    DECREF(l);
    gc_collect(2);

    /* a module in a cycle through its own dict, weakly referenced */
    Object *m = module_new("m");
    ck_assert_ptr_nonnull(m);
    Object *wr = weakref_new_ref(m, NULL);
    ck_assert_ptr_nonnull(wr);
    ck_assert_ptr_eq(weakref_get(wr), m);
    ck_assert_int_eq(weakref_count(m), 1);
    ck_assert_int_eq(dict_setitem_str(module_get_dict(m), "self", m), 0);
    DECREF(m);
    ck_assert_ptr_ne(weakref_get(wr), NONE);
    ck_assert_int_ge(gc_collect(2), 2);
    ck_assert_ptr_eq(weakref_get(wr), NONE);
    DECREF(wr);
}
END_TEST

START_TEST(test_saveall)
{
    gc_collect(2);
    Object *l = self_list();
    DECREF(l);
    gc_debug = GC_DEBUG_SAVEALL;
    ck_assert_int_eq(gc_collect(2), 1);
    gc_debug = 0;
    ck_assert_int_eq(LIST_SIZE(gc_garbage), 1);
    ck_assert_ptr_eq(LIST_ITEMS(gc_garbage)[0], l);
    list_clear(gc_garbage);
    ck_assert_int_eq(gc_collect(2), 1);
}
END_TEST

/* Runs a collection with DEBUG_STATS and returns what went to fd 2. */
static void capture_stats(char *buf, size_t n)
{
    char path[] = "/tmp/garter_gc_statsXXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    fflush(stderr);
    int saved = dup(2);
    dup2(fd, 2);
    gc_debug = GC_DEBUG_STATS;
    Object *l = self_list();
    DECREF(l);
    gc_collect(2);
    gc_debug = 0;
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    lseek(fd, 0, SEEK_SET);
    ssize_t k = read(fd, buf, n - 1);
    buf[k > 0 ? k : 0] = 0;
    close(fd);
    unlink(path);
}

START_TEST(test_debug_stats_shape)
{
    char buf[1024];
    capture_stats(buf, sizeof buf);
    const char *head = "gc: collecting generation 2...\ngc: objects in each generation: ";
    ck_assert_msg(strncmp(buf, head, strlen(head)) == 0, "%s", buf);
    ck_assert_ptr_nonnull(strstr(buf, "\ngc: objects in permanent generation: 0\n"));
    ck_assert_ptr_nonnull(strstr(buf, "\ngc: done, 1 unreachable, 0 uncollectable, "));
    ck_assert_ptr_nonnull(strstr(buf, "s elapsed\n"));
}
END_TEST

START_TEST(test_long_chain_of_cycles)
{
    /* 100,000 lists in one ring: clearing them must not recurse deeply */
    gc_collect(2);
    Object *first = list_new(0), *prev = first;
    INCREF(first);
    for (int i = 0; i < 100000; i++) {
        Object *l = list_new(0);
        list_append(prev, l);
        DECREF(prev);
        prev = l;
    }
    list_append(prev, first);
    DECREF(prev);
    DECREF(first);
    ck_assert_int_eq(gc_collect(2), 100001);
}
END_TEST

START_TEST(test_freeze)
{
    gc_collect(2);
    Object *l = self_list();
    DECREF(l);
    gc_freeze();
    ck_assert_uint_gt(gc_list_size(GC_PERMANENT), 0);
    ck_assert_int_eq(gc_collect(2), 0);     /* frozen garbage is ignored */
    gc_unfreeze();
    ck_assert_uint_eq(gc_list_size(GC_PERMANENT), 0);
    ck_assert_int_eq(gc_collect(2), 1);
}
END_TEST

TU_MAIN("gc", test_self_cycle_collected, test_reachable_survives, test_dict_pair,
        test_generations_and_counts, test_untrack_atoms, test_weakref_cleared_by_collection,
        test_saveall, test_debug_stats_shape, test_long_chain_of_cycles, test_freeze)
