/* test_core.c — object lifecycle, exceptions, errors and generic operations. */
#include "testutil.h"

#include "objects/exceptions.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

/* Asserts that o is a str equal to expect; releases o. */
static void check_str(Object *o, const char *expect)
{
    ck_assert_msg(o != NULL, "NULL result (exception %s)",
                  err_occurred() ? TYPE(err_occurred())->name : "none");
    ck_assert_msg(STR_CHECK(o), "not a str");
    ck_assert_str_eq(STR_UTF8(o), expect);
    DECREF(o);
}

START_TEST(test_exc_str_repr)
{
    Object *e = exc_new_cstr(&Exc_ValueError, "x");
    check_str(obj_repr(e), "ValueError('x')");
    check_str(obj_str(e), "x");
    DECREF(e);
    e = exc_new(&Exc_KeyError, NULL);
    check_str(obj_repr(e), "KeyError()");
    check_str(obj_str(e), "");
    DECREF(e);
    e = exc_new_cstr(&Exc_KeyError, "k");
    check_str(obj_repr(e), "KeyError('k')");
    check_str(obj_str(e), "'k'");
    DECREF(e);
}
END_TEST

TU_MAIN("core", test_exc_str_repr)
