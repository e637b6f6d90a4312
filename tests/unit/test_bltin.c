/* test_bltin.c — the C-level pieces of the builtins work: file objects
 * (write/read round trips in text and binary mode, universal newlines,
 * errors), the module type, the import registry and sys.getsizeof.
 * Expected strings come from CPython 3.11. */
#include "testutil.h"

#include <unistd.h>

#include "modules/bltin.h"
#include "modules/builtins.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/file.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/import.h"

#define TMP "/tmp/garter_test_bltin.txt"

static void check_str(Object *o, const char *expect, int line)
{
    ck_assert_msg(o != NULL, "line %d: NULL (%s)", line,
                  err_occurred() ? TYPE(err_occurred())->name : "no error");
    ck_assert_msg(STR_CHECK(o), "line %d: not a str", line);
    ck_assert_msg(strcmp(STR_UTF8(o), expect) == 0, "line %d: <%s> != <%s>", line,
                  STR_UTF8(o), expect);
    DECREF(o);
}
#define CHECK_STR(o, e) check_str((o), (e), __LINE__)

static void check_raised(TypeObject *t, const char *msg, int line)
{
    Object *e = err_fetch();
    ck_assert_msg(e != NULL, "line %d: no exception", line);
    ck_assert_msg(TYPE(e) == t, "line %d: %s raised, %s expected", line, TYPE(e)->name, t->name);
    Object *s = obj_str(e);
    ck_assert_msg(s && !strcmp(STR_UTF8(s), msg), "line %d: <%s> != <%s>", line,
                  s ? STR_UTF8(s) : "?", msg);
    XDECREF(s);
    DECREF(e);
}
#define CHECK_RAISED(t, m) check_raised((t), (m), __LINE__)

static Object *open_c(const char *mode)
{
    Object *name = str_from_cstr(TMP);
    Object *f = file_open(name, mode, -1, NULL, NULL, NULL, 1);
    DECREF(name);
    return f;
}

START_TEST(test_file_text_roundtrip)
{
    ck_assert_int_eq(mod_builtins_init(), 0);
    Object *f = open_c("w");
    ck_assert_ptr_nonnull(f);
    CHECK_STR(obj_repr(f), "<_io.TextIOWrapper name='" TMP "' mode='w' encoding='UTF-8'>");
    ck_assert_int_eq(file_write_utf8(f, "h\xc3\xa9llo\r\nx\ry\n", 13), 0);
    ck_assert_int_eq(file_close(f), 0);
    DECREF(f);
    f = open_c("r");
    CHECK_STR(file_readline(f, -1), "h\xc3\xa9llo\n");
    CHECK_STR(file_readline(f, 1), "x");
    CHECK_STR(file_readline(f, -1), "\n");
    CHECK_STR(file_readline(f, -1), "y\n");
    CHECK_STR(file_readline(f, -1), "");
    Object *b = str_from_cstr("z");
    ck_assert_int_eq(file_write_obj(f, b), -1);
    CHECK_RAISED(&Exc_UnsupportedOperation, "not writable");
    ck_assert(err_matches_type(&Exc_ValueError) == 0);
    ck_assert(type_is_subtype(&Exc_UnsupportedOperation, &Exc_ValueError));
    ck_assert(type_is_subtype(&Exc_UnsupportedOperation, &Exc_OSError));
    DECREF(b);
    file_close(f);
    ck_assert_ptr_null(file_readline(f, -1));
    CHECK_RAISED(&Exc_ValueError, "I/O operation on closed file.");
    DECREF(f);
    unlink(TMP);
    mod_builtins_fini();
}
END_TEST

START_TEST(test_file_binary)
{
    ck_assert_int_eq(mod_builtins_init(), 0);
    Object *f = open_c("wb");
    CHECK_STR(obj_repr(f), "<_io.BufferedWriter name='" TMP "'>");
    Object *s = str_from_cstr("text");
    ck_assert_int_eq(file_write_obj(f, s), -1);
    CHECK_RAISED(&Exc_TypeError, "a bytes-like object is required, not 'str'");
    DECREF(s);
    /* larger than the buffer, to go through the direct-write path */
    size_t n = 20000;
    char *big = malloc(n);
    for (size_t i = 0; i < n; i++)
        big[i] = (char)('a' + i % 26);
    Object *bb = bytes_from(big, n);
    ck_assert_int_eq(file_write_obj(f, bb), 0);
    DECREF(f);                      /* dealloc flushes and closes */
    f = open_c("rb");
    Object *line = file_readline(f, 100);
    ck_assert(BYTES_CHECK(line) && BYTES_SIZE(line) == 100);
    ck_assert(memcmp(BYTES_DATA(line), big, 100) == 0);
    DECREF(line);
    line = file_readline(f, -1);
    ck_assert(BYTES_SIZE(line) == (intptr_t)n - 100);
    ck_assert(memcmp(BYTES_DATA(line), big + 100, n - 100) == 0);
    DECREF(line);
    DECREF(bb);
    free(big);
    DECREF(f);
    Object *name = str_from_cstr("/nonexistent/dir/x.txt");
    ck_assert_ptr_null(file_open(name, "r", -1, NULL, NULL, NULL, 1));
    CHECK_RAISED(&Exc_FileNotFoundError,
                 "[Errno 2] No such file or directory: '/nonexistent/dir/x.txt'");
    ck_assert_ptr_null(file_open(name, "rw", -1, NULL, NULL, NULL, 1));
    CHECK_RAISED(&Exc_ValueError, "must have exactly one of create/read/write/append mode");
    ck_assert_ptr_null(file_open(name, "rbt", -1, NULL, NULL, NULL, 1));
    CHECK_RAISED(&Exc_ValueError, "can't have text and binary mode at once");
    ck_assert_ptr_null(file_open(name, "r", 0, NULL, NULL, NULL, 1));
    CHECK_RAISED(&Exc_ValueError, "can't have unbuffered text I/O");
    DECREF(name);
    unlink(TMP);
    mod_builtins_fini();
}
END_TEST

START_TEST(test_module_type)
{
    ck_assert_int_eq(mod_builtins_init(), 0);
    Object *m = module_new("spam");
    CHECK_STR(obj_repr(m), "<module 'spam'>");
    Object *v = int_from_i64(42);
    ck_assert_int_eq(module_add_object(m, "eggs", v), 0);
    Object *got = obj_getattr_cstr(m, "eggs");
    ck_assert_ptr_eq(got, INT_SMALL(42));
    DECREF(got);
    ck_assert_ptr_null(obj_getattr_cstr(m, "ham"));
    CHECK_RAISED(&Exc_AttributeError, "module 'spam' has no attribute 'ham'");
    Object *d = obj_getattr_cstr(m, "__dict__");
    ck_assert_ptr_eq(d, module_get_dict(m));
    ck_assert_int_eq(dict_size(d), 6);
    DECREF(d);
    DECREF(m);

    Object *sys = rt_import_cstr("sys");
    ck_assert_ptr_nonnull(sys);
    CHECK_STR(obj_repr(sys), "<module 'sys' (built-in)>");
    ck_assert_ptr_eq(dict_getitem_str(rt_modules_dict(), "sys"), sys);
    Object *again = rt_import_cstr("sys");
    ck_assert_ptr_eq(again, sys);
    DECREF(again);
    ck_assert_ptr_null(rt_import_cstr("no_such_module"));
    CHECK_RAISED(&Exc_ModuleNotFoundError, "No module named 'no_such_module'");
    ck_assert_ptr_null(rt_import_cstr("sys.path"));
    CHECK_RAISED(&Exc_ModuleNotFoundError, "No module named 'sys.path'; 'sys' is not a package");
    Object *n = str_from_cstr("nope");
    ck_assert_ptr_null(rt_import_from(sys, n));
    CHECK_RAISED(&Exc_ImportError, "cannot import name 'nope' from 'sys' (unknown location)");
    DECREF(n);
    DECREF(sys);
    mod_builtins_fini();
}
END_TEST

/* sys.getsizeof = __sizeof__ + 16 for GC types (sizes of this build). */
START_TEST(test_getsizeof)
{
    ck_assert_int_eq(mod_builtins_init(), 0);
    Object *getsizeof = bltin_sys_get("getsizeof");
    ck_assert_ptr_nonnull(getsizeof);
    Object *l = list_new(0), *t = tuple_new(0), *i = int_from_i64(1);
    Object *r = obj_call(getsizeof, &l, 1, NULL);
    ck_assert_int_eq(INT_VALUE(r), 56);
    DECREF(r);
    r = obj_call(getsizeof, &i, 1, NULL);
    ck_assert_int_eq(INT_VALUE(r), 24);
    DECREF(r);
    r = obj_call(getsizeof, &t, 1, NULL);
    ck_assert_int_eq(INT_VALUE(r), (int64_t)sizeof(GCHead) + 24);
    DECREF(r);
    DECREF(l);
    DECREF(t);
    DECREF(i);
    mod_builtins_fini();
}
END_TEST

TU_MAIN("bltin", test_file_text_roundtrip, test_file_binary, test_module_type, test_getsizeof)
