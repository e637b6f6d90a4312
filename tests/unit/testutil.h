/* testutil.h — the shared check fixture for unit tests: every test runs
 * between rt_init() and rt_fini(); in a -DGARTER_DEBUG build the teardown
 * fails the test if any (non-static) object is still alive.
 *
 *   START_TEST(test_x) { ... } END_TEST
 *   TU_MAIN("int", test_x, test_y)
 */
#ifndef GARTER_TESTUTIL_H
#define GARTER_TESTUTIL_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/object.h"
#include "runtime/errors.h"
#include "runtime/init.h"

static void tu_setup(void)
{
    ck_assert_msg(rt_init() == 0, "rt_init failed");
}

static void tu_teardown(void)
{
    if (err_occurred()) {
        err_clear();
    }
    rt_fini();
#ifdef GARTER_DEBUG
    size_t live = obj_debug_live();     /* rt_fini has listed the types */
    ck_assert_msg(live == 0, "%zu objects left alive after rt_fini", live);
#endif
}

/* Asserts that the current exception is of type t and clears it. */
#define TU_ASSERT_RAISED(t) do { \
        ck_assert_msg(err_occurred() != NULL, "no exception set"); \
        ck_assert_msg(err_matches_type(t), "wrong exception type %s", \
                      type_name(TYPE(err_occurred()))); \
        err_clear(); \
    } while (0)

/* Builds one suite with one fixture-wrapped test case holding the given
 * tests and runs it; verbosity follows CK_VERBOSITY. */
#define TU_MAIN(suite_name, ...) \
    int main(void) \
    { \
        const TTest *tests_[] = { __VA_ARGS__ }; \
        Suite *s_ = suite_create(suite_name); \
        TCase *tc_ = tcase_create(suite_name); \
        tcase_add_checked_fixture(tc_, tu_setup, tu_teardown); \
        tcase_set_timeout(tc_, 60); \
        for (size_t i_ = 0; i_ < sizeof tests_ / sizeof tests_[0]; i_++) \
            _tcase_add_test(tc_, tests_[i_], 0, 0, 0, 1); \
        suite_add_tcase(s_, tc_); \
        SRunner *sr_ = srunner_create(s_); \
        srunner_run_all(sr_, CK_ENV); \
        int failed_ = srunner_ntests_failed(sr_); \
        srunner_free(sr_); \
        return failed_ ? EXIT_FAILURE : EXIT_SUCCESS; \
    }

#endif
