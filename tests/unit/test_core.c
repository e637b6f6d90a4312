/* test_core.c — object lifecycle (refcounts, cascading frees, the
 * trashcan), gc tracking, types and descriptors, exceptions, err_format and
 * the generic operations of abstract.c.  Expected strings come from
 * CPython 3.11. */
#include "testutil.h"

#include <errno.h>

#include "mem/gc.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/recursion.h"

/* Asserts that o is a str equal to expect; releases o. */
#define CHECK_STR(o, expect) check_str_((o), (expect), __LINE__)
static void check_str_(Object *o, const char *expect, int line)
{
    ck_assert_msg(o != NULL, "line %d: NULL result (exception %s)", line,
                  err_occurred() ? TYPE(err_occurred())->name : "none");
    ck_assert_msg(STR_CHECK(o), "line %d: not a str", line);
    ck_assert_msg(strcmp(STR_UTF8(o), expect) == 0, "line %d: got <%s>, expected <%s>",
                  line, STR_UTF8(o), expect);
    DECREF(o);
}

/* Asserts the current exception is of type t with str() == msg; clears it. */
#define CHECK_RAISED(t, msg) check_raised_((t), (msg), __LINE__)
static void check_raised_(TypeObject *t, const char *msg, int line)
{
    Object *e = err_fetch();
    ck_assert_msg(e != NULL, "line %d: no exception set", line);
    ck_assert_msg(TYPE(e) == t, "line %d: raised %s, expected %s", line, TYPE(e)->name, t->name);
    Object *s = obj_str(e);
    ck_assert_msg(s && strcmp(STR_UTF8(s), msg) == 0, "line %d: message <%s>, expected <%s>",
                  line, s ? STR_UTF8(s) : "?", msg);
    XDECREF(s);
    DECREF(e);
}

static Object *s_(const char *c) { return str_from_cstr(c); }

static int setattr_c(Object *o, const char *name, Object *v)
{
    Object *n = s_(name);
    int r = obj_setattr(o, n, v);
    DECREF(n);
    return r;
}

/* ---- a test-only container: Node(next) ------------------------------------------ */

typedef struct Node { Object ob; Object *next; } Node;
static int node_deallocs;

static void node_dealloc(Object *o)
{
    gc_untrack(o);
    node_deallocs++;
    CLEAR(((Node *)o)->next);
    obj_free(o);
}

static Object *node_hello(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("Node.hello", nargs, kw) < 0)
        return NULL;
    return str_from_cstr("hello");
}

static Object *node_get_next(Object *self, void *c)
{
    Object *n = ((Node *)self)->next;
    return NEWREF(n ? n : NONE);
}

static MethodDef node_methods[] = { { "hello", node_hello, 0, "say hello" }, { NULL } };
static GetSetDef node_getset[] = { { "next", node_get_next, NULL, NULL, NULL }, { NULL } };

static TypeObject Node_Type = {
    TYPE_HEAD_INIT, .name = "Node", .basicsize = sizeof(Node), .tpflags = TPF_GC,
    .dealloc = node_dealloc, .methods = node_methods, .getset = node_getset,
};

static Object *node_new(Object *next)
{
    Node *n = (Node *)obj_alloc(&Node_Type);
    n->next = next;             /* steals */
    gc_track((Object *)n);
    return (Object *)n;
}

/* ---- lifecycle -------------------------------------------------------------------------- */

START_TEST(test_refcount_balance)
{
    Object *s = s_("abc");
    ck_assert_uint_eq(REFCNT(s), 1);
    Object *t = tuple_pack(2, s, s);
    ck_assert_uint_eq(REFCNT(s), 3);
    Object *r = obj_repr(t);
    ck_assert_uint_eq(REFCNT(s), 3);
    CHECK_STR(r, "('abc', 'abc')");
    DECREF(t);
    ck_assert_uint_eq(REFCNT(s), 1);
    ck_assert_int_eq(obj_richcompare_bool(s, s, CMP_EQ), 1);
    ck_assert_uint_eq(REFCNT(s), 1);
    DECREF(s);
}
END_TEST

START_TEST(test_gc_tracking)
{
    ck_assert_int_eq(type_ready(&Node_Type), 0);
    int c0 = gc_get_count(0);
    size_t l0 = gc_list_size(0);
    Object *n = node_new(NULL);
    ck_assert(gc_is_tracked(n));
    ck_assert_int_eq(gc_get_count(0), c0 + 1);
    ck_assert_uint_eq(gc_list_size(0), l0 + 1);
    gc_untrack(n);
    ck_assert(!gc_is_tracked(n));
    gc_untrack(n);                          /* harmless twice */
    ck_assert_uint_eq(gc_list_size(0), l0);
    gc_track(n);
    DECREF(n);
    ck_assert_int_eq(gc_get_count(0), c0);
    ck_assert_uint_eq(gc_list_size(0), l0);
    Object *m = node_new(NULL);
    size_t all = gc_list_size(0) + gc_list_size(1) + gc_list_size(2);
    gc_freeze();
    ck_assert_uint_eq(gc_list_size(0), 0);
    ck_assert_uint_eq(gc_list_size(GC_PERMANENT), all);
    ck_assert(gc_is_tracked(m));
    gc_unfreeze();
    ck_assert_uint_eq(gc_list_size(GC_PERMANENT), 0);
    ck_assert_uint_eq(gc_list_size(2), all);
    DECREF(m);                              /* unlinks from gen 2 */
    ck_assert_uint_eq(gc_list_size(2), all - 1);
    ck_assert_int_eq(gc_get_threshold(0), 700);
    ck_assert_int_eq(gc_get_threshold(1), 10);
    ck_assert_int_eq(gc_get_threshold(2), 10);
}
END_TEST

START_TEST(test_trashcan_deep_chain)
{
    ck_assert_int_eq(type_ready(&Node_Type), 0);
    Object *head = NULL;
    for (int i = 0; i < 1000000; i++)
        head = node_new(head);
    node_deallocs = 0;
    DECREF(head);
    ck_assert_int_eq(node_deallocs, 1000000);
}
END_TEST

START_TEST(test_trashcan_nested_lists)
{
    Object *l = list_new(0);
    for (int i = 0; i < 1000000; i++) {
        Object *outer = list_new(0);
        ck_assert_int_eq(list_append(outer, l), 0);
        DECREF(l);
        l = outer;
    }
    DECREF(l);
}
END_TEST

START_TEST(test_cascading_free)
{
    ck_assert_int_eq(type_ready(&Node_Type), 0);
    Object *s = s_("payload");
    Object *l = list_new(0);
    list_append(l, s);
    Object *n = node_new(NEWREF(l));
    DECREF(l);
    ck_assert_uint_eq(REFCNT(s), 2);
    DECREF(n);                              /* node -> list -> str */
    ck_assert_uint_eq(REFCNT(s), 1);
    DECREF(s);
}
END_TEST

/* ---- types and descriptors --------------------------------------------------------------- */

START_TEST(test_type_basics)
{
    CHECK_STR(obj_repr((Object *)&Int_Type), "<class 'int'>");
    CHECK_STR(obj_repr((Object *)&Type_Type), "<class 'type'>");
    CHECK_STR(obj_repr((Object *)&BaseObject_Type), "<class 'object'>");
    ck_assert(type_is_subtype(&Bool_Type, &Int_Type));
    ck_assert(type_is_subtype(&Exc_KeyError, &Exc_LookupError));
    ck_assert(!type_is_subtype(&Int_Type, &Bool_Type));
    Object *one = int_from_i64(1);
    Object *t = obj_call((Object *)&Type_Type, &one, 1, NULL);
    ck_assert_ptr_eq(t, (Object *)&Int_Type);
    DECREF(t);
    DECREF(one);
    Object *mro = obj_getattr_cstr((Object *)&Bool_Type, "__mro__");
    CHECK_STR(obj_repr(mro), "(<class 'bool'>, <class 'int'>, <class 'object'>)");
    DECREF(mro);
    CHECK_STR(obj_getattr_cstr((Object *)&Exc_KeyError, "__name__"), "KeyError");
    CHECK_STR(obj_getattr_cstr((Object *)&Exc_ValueError, "__doc__"),
              "Inappropriate argument value (of correct type).");
    ck_assert_ptr_null(obj_getattr_cstr((Object *)&Exc_ValueError, "foo"));
    CHECK_RAISED(&Exc_AttributeError, "type object 'ValueError' has no attribute 'foo'");
    ck_assert_int_eq(setattr_c((Object *)&Int_Type, "x", NONE), -1);
    CHECK_RAISED(&Exc_TypeError, "cannot set 'x' attribute of immutable type 'int'");
}
END_TEST

START_TEST(test_descriptors)
{
    ck_assert_int_eq(type_ready(&Node_Type), 0);
    Object *append = obj_getattr_cstr((Object *)&List_Type, "append");
    CHECK_STR(obj_repr(append), "<method 'append' of 'list' objects>");
    ck_assert_ptr_null(obj_call(append, NULL, 0, NULL));
    CHECK_RAISED(&Exc_TypeError, "unbound method list.append() needs an argument");
    Object *one = int_from_i64(1);
    Object *args[2] = { one, one };
    ck_assert_ptr_null(obj_call(append, args, 2, NULL));
    CHECK_RAISED(&Exc_TypeError, "descriptor 'append' for 'list' objects doesn't apply to a 'int' object");
    DECREF(append);

    Object *n = node_new(NULL);
    Object *m = obj_getattr_cstr(n, "hello");
    ck_assert_ptr_eq(TYPE(m), &CFunction_Type);
    Object *r = obj_call(m, NULL, 0, NULL);
    CHECK_STR(r, "hello");
    ck_assert_ptr_null(obj_call(m, args, 1, NULL));
    CHECK_RAISED(&Exc_TypeError, "Node.hello() takes no arguments (1 given)");
    DECREF(m);
    Object *nx = obj_getattr_cstr(n, "next");
    ck_assert_ptr_eq(nx, NONE);
    DECREF(nx);
    ck_assert_int_eq(setattr_c(n, "next", one), -1);
    CHECK_RAISED(&Exc_AttributeError, "attribute 'next' of 'Node' objects is not writable");
    ck_assert_int_eq(setattr_c(n, "hello", one), -1);
    CHECK_RAISED(&Exc_AttributeError, "'Node' object attribute 'hello' is read-only");
    ck_assert_ptr_null(obj_getattr_cstr(n, "nope"));
    CHECK_RAISED(&Exc_AttributeError, "'Node' object has no attribute 'nope'");
    Object *cls = obj_getattr_cstr(n, "__class__");
    ck_assert_ptr_eq(cls, (Object *)&Node_Type);
    DECREF(cls);
    DECREF(n);

    Object *real = obj_getattr_cstr((Object *)&Int_Type, "real");
    CHECK_STR(obj_repr(real), "<attribute 'real' of 'int' objects>");
    DECREF(real);
    ck_assert_ptr_null(obj_getattr(one, one));
    CHECK_RAISED(&Exc_TypeError, "attribute name must be string, not 'int'");
    DECREF(one);
}
END_TEST

static Object *mod_len(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("len", nargs, kw) < 0)
        return NULL;
    intptr_t n = obj_length(args[0]);
    return n < 0 ? NULL : int_from_ssize(n);
}

START_TEST(test_cfunc)
{
    static MethodDef len_def = { "len", mod_len, 0, "Return the number of items." };
    Object *f = cfunc_new(&len_def, NULL, NULL);
    CHECK_STR(obj_repr(f), "<built-in function len>");
    Object *l = list_new(0);
    Object *r = obj_call(f, &l, 1, NULL);
    ck_assert_int_eq(int_as_ssize(r), 0);
    DECREF(r);
    Object *one = int_from_i64(1);
    ck_assert_ptr_null(obj_call(f, &one, 1, NULL));
    CHECK_RAISED(&Exc_TypeError, "object of type 'int' has no len()");
    ck_assert_ptr_null(obj_call(f, NULL, 0, NULL));
    CHECK_RAISED(&Exc_TypeError, "len() takes exactly one argument (0 given)");
    Object *bound = obj_getattr_cstr(l, "append");
    Object *rep = obj_repr(bound);
    ck_assert(strncmp(STR_UTF8(rep), "<built-in method append of list object at 0x", 44) == 0);
    DECREF(rep);
    ck_assert_uint_eq(REFCNT(l), 2);
    DECREF(bound);
    ck_assert_uint_eq(REFCNT(l), 1);
    DECREF(l);
    DECREF(one);
    DECREF(f);
}
END_TEST

/* ---- exceptions ----------------------------------------------------------------------------- */

START_TEST(test_exc_str_repr)
{
    Object *e = exc_new_cstr(&Exc_ValueError, "x");
    CHECK_STR(obj_repr(e), "ValueError('x')");
    CHECK_STR(obj_str(e), "x");
    DECREF(e);
    e = exc_new(&Exc_KeyError, NULL);
    CHECK_STR(obj_repr(e), "KeyError()");
    CHECK_STR(obj_str(e), "");
    DECREF(e);
    e = exc_new_cstr(&Exc_KeyError, "k");
    CHECK_STR(obj_repr(e), "KeyError('k')");
    CHECK_STR(obj_str(e), "'k'");
    DECREF(e);
    Object *a = s_("a"), *two = int_from_i64(2);
    Object *args = tuple_pack(2, a, two);
    e = exc_new(&Exc_ValueError, args);
    CHECK_STR(obj_repr(e), "ValueError('a', 2)");
    CHECK_STR(obj_str(e), "('a', 2)");
    DECREF(e);
    DECREF(args);
    e = exc_new(&Exc_StopIteration, NULL);
    Object *v = exc_stopiteration_value(e);
    ck_assert_ptr_eq(v, NONE);
    DECREF(v);
    DECREF(e);
    args = tuple_pack(1, two);
    e = exc_new(&Exc_StopIteration, args);
    v = exc_stopiteration_value(e);
    ck_assert_ptr_eq(v, two);
    DECREF(v);
    DECREF(e);
    DECREF(args);
    DECREF(a);
    DECREF(two);
}
END_TEST

START_TEST(test_exc_oserror)
{
    Object *no = int_from_i64(2), *msg = s_("No such file or directory"), *fn = s_("x");
    Object *args = tuple_pack(3, no, msg, fn);
    Object *e = exc_new(&Exc_OSError, args);
    ck_assert_ptr_eq(TYPE(e), &Exc_FileNotFoundError);
    CHECK_STR(obj_str(e), "[Errno 2] No such file or directory: 'x'");
    CHECK_STR(obj_repr(e), "FileNotFoundError(2, 'No such file or directory')");
    Object *f2 = obj_getattr_cstr(e, "filename");
    ck_assert_ptr_eq(f2, fn);
    DECREF(f2);
    DECREF(e);
    DECREF(args);
    errno = EACCES;
    err_from_errno(&Exc_OSError, "/root/x");
    Object *cur = err_occurred();
    ck_assert_ptr_eq(TYPE(cur), &Exc_PermissionError);
    CHECK_RAISED(&Exc_PermissionError, "[Errno 13] Permission denied: '/root/x'");
    DECREF(no);
    DECREF(msg);
    DECREF(fn);
}
END_TEST

START_TEST(test_exc_syntax_unicode)
{
    Object *info_items[4] = { s_("/tmp/a.py"), int_from_i64(3), int_from_i64(4), s_("x = = 1") };
    Object *info = tuple_from_array(info_items, 4);
    Object *msg = s_("invalid syntax");
    Object *args = tuple_pack(2, msg, info);
    Object *e = exc_new(&Exc_SyntaxError, args);
    CHECK_STR(obj_str(e), "invalid syntax (a.py, line 3)");
    Object *ln = obj_getattr_cstr(e, "lineno");
    ck_assert_int_eq(int_as_ssize(ln), 3);
    DECREF(ln);
    DECREF(e);
    DECREF(args);
    DECREF(info);
    for (int i = 0; i < 4; i++)
        DECREF(info_items[i]);
    DECREF(msg);

    Object *u[5] = { s_("utf-8"), bytes_from("\xff", 1), int_from_i64(0), int_from_i64(1),
                     s_("invalid start byte") };
    args = tuple_from_array(u, 5);
    e = exc_new(&Exc_UnicodeDecodeError, args);
    CHECK_STR(obj_str(e), "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    DECREF(e);
    DECREF(args);
    args = tuple_from_array(u, 1);
    ck_assert_ptr_null(exc_new(&Exc_UnicodeDecodeError, args));
    CHECK_RAISED(&Exc_TypeError, "function takes exactly 5 arguments (1 given)");
    DECREF(args);
    for (int i = 0; i < 5; i++)
        DECREF(u[i]);
}
END_TEST

START_TEST(test_exc_attributes)
{
    Object *e = exc_new_cstr(&Exc_ValueError, "boom");
    Object *ctx = exc_new_cstr(&Exc_KeyError, "k");
    ck_assert_int_eq(setattr_c(e, "__context__", ctx), 0);
    ck_assert_ptr_eq(exc_get_context(e), ctx);
    Object *three = int_from_i64(3);
    ck_assert_int_eq(setattr_c(e, "__cause__", three), -1);
    CHECK_RAISED(&Exc_TypeError, "exception cause must be None or derive from BaseException");
    ck_assert_int_eq(setattr_c(e, "note", three), 0);   /* instance dict */
    Object *got = obj_getattr_cstr(e, "note");
    ck_assert_ptr_eq(got, three);
    DECREF(got);
    Object *red = obj_getattr_cstr(e, "__reduce__");
    Object *rv = obj_call(red, NULL, 0, NULL);
    CHECK_STR(obj_repr(rv), "(<class 'ValueError'>, ('boom',), {'note': 3})");
    DECREF(rv);
    DECREF(red);
    Object *sc = obj_getattr_cstr(e, "__suppress_context__");
    ck_assert_ptr_eq(sc, GFalse);
    DECREF(sc);
    ck_assert_ptr_null(obj_getattr_cstr(e, "foo"));
    CHECK_RAISED(&Exc_AttributeError, "'ValueError' object has no attribute 'foo'");
    DECREF(three);
    DECREF(ctx);
    DECREF(e);
}
END_TEST

/* ---- errors ------------------------------------------------------------------------------------ */

START_TEST(test_err_format)
{
    Object *s = s_("hé");
    Object *one = int_from_i64(1);
    err_format(&Exc_ValueError, "%d|%s|%R|%S|%U|%T|%zd|%%", 42, "c", s, s, s, one, (ssize_t)-7);
    CHECK_RAISED(&Exc_ValueError, "42|c|'hé'|hé|hé|int|-7|%");
    err_set_string(&Exc_TypeError, "plain");
    ck_assert(err_matches_type(&Exc_TypeError));
    ck_assert(err_matches_type(&Exc_Exception));
    ck_assert(!err_matches_type(&Exc_ValueError));
    Object *tup = tuple_pack(2, (Object *)&Exc_ValueError, (Object *)&Exc_TypeError);
    ck_assert(err_matches(tup));
    DECREF(tup);
    Object *e = err_fetch();
    ck_assert_ptr_null(err_occurred());
    err_restore(e);
    CHECK_RAISED(&Exc_TypeError, "plain");
    err_raise((Object *)&Exc_KeyError);
    CHECK_RAISED(&Exc_KeyError, "");
    err_raise(one);
    CHECK_RAISED(&Exc_TypeError, "exceptions must derive from BaseException");
    err_set_object(&Exc_KeyError, s);
    CHECK_RAISED(&Exc_KeyError, "'hé'");
    err_no_memory();
    Object *m1 = err_fetch();
    err_no_memory();
    ck_assert_ptr_eq(err_occurred(), m1);       /* preallocated, reused */
    CHECK_RAISED(&Exc_MemoryError, "");
    DECREF(m1);
    DECREF(s);
    DECREF(one);
}
END_TEST

START_TEST(test_recursion_guard)
{
    int depth = ts_current->recursion_depth;
    int failed = 0;
    for (int i = 0; i < 2000; i++)
        if (rt_enter_recursion(" while testing") < 0) {
            failed = 1;
            break;
        }
    ck_assert(failed);
    while (ts_current->recursion_depth > depth)
        rt_leave_recursion();
    CHECK_RAISED(&Exc_RecursionError, "maximum recursion depth exceeded while testing");
    /* A self-containing list's repr stops at the limit instead of crashing
     * (list's own repr guard prints [...]); a deep chain of lists raises. */
    Object *l = list_new(0);
    for (int i = 0; i < 5000; i++) {
        Object *outer = list_new(0);
        list_append(outer, l);
        DECREF(l);
        l = outer;
    }
    Object *r = obj_repr(l);
    ck_assert_ptr_null(r);
    CHECK_RAISED(&Exc_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    ck_assert_int_eq(ts_current->recursion_depth, depth);
    DECREF(l);
}
END_TEST

/* ---- generic operations ---------------------------------------------------------------------- */

START_TEST(test_abstract_messages)
{
    Object *one = int_from_i64(1), *a = s_("a"), *l = list_new(0);
    Object *t = tuple_pack(1, one);
    ck_assert_ptr_null(obj_richcompare(one, a, CMP_LT));
    CHECK_RAISED(&Exc_TypeError, "'<' not supported between instances of 'int' and 'str'");
    Object *r = obj_richcompare(one, a, CMP_EQ);
    ck_assert_ptr_eq(r, GFalse);
    DECREF(r);
    r = obj_richcompare(one, a, CMP_NE);
    ck_assert_ptr_eq(r, GTrue);
    DECREF(r);
    ck_assert_ptr_null(num_binop(one, a, BINOP_ADD));
    CHECK_RAISED(&Exc_TypeError, "unsupported operand type(s) for +: 'int' and 'str'");
    ck_assert_ptr_null(num_binop(one, a, BINOP_POW));
    CHECK_RAISED(&Exc_TypeError, "unsupported operand type(s) for ** or pow(): 'int' and 'str'");
    ck_assert_ptr_null(num_inplace(one, a, BINOP_POW));
    CHECK_RAISED(&Exc_TypeError, "unsupported operand type(s) for **=: 'int' and 'str'");
    ck_assert_ptr_null(num_binop(one, a, BINOP_DIVMOD));
    CHECK_RAISED(&Exc_TypeError, "unsupported operand type(s) for divmod(): 'int' and 'str'");
    ck_assert_ptr_null(num_binop(l, a, BINOP_MUL));
    CHECK_RAISED(&Exc_TypeError, "can't multiply sequence by non-int of type 'str'");
    ck_assert_ptr_null(num_binop(t, l, BINOP_ADD));
    CHECK_RAISED(&Exc_TypeError, "can only concatenate tuple (not \"list\") to tuple");
    ck_assert_ptr_null(num_neg(a));
    CHECK_RAISED(&Exc_TypeError, "bad operand type for unary -: 'str'");
    ck_assert_ptr_null(num_abs(a));
    CHECK_RAISED(&Exc_TypeError, "bad operand type for abs(): 'str'");
    ck_assert_ptr_null(num_index(a));
    CHECK_RAISED(&Exc_TypeError, "'str' object cannot be interpreted as an integer");
    ck_assert_ptr_null(obj_getitem(one, one));
    CHECK_RAISED(&Exc_TypeError, "'int' object is not subscriptable");
    ck_assert_ptr_null(obj_getitem((Object *)&Int_Type, one));
    CHECK_RAISED(&Exc_TypeError, "type 'int' is not subscriptable");
    ck_assert_int_eq(obj_setitem(t, one, one), -1);
    CHECK_RAISED(&Exc_TypeError, "'tuple' object does not support item assignment");
    ck_assert_int_eq(obj_delitem(t, one), -1);
    CHECK_RAISED(&Exc_TypeError, "'tuple' object doesn't support item deletion");
    ck_assert_int_eq(obj_delitem(one, one), -1);
    CHECK_RAISED(&Exc_TypeError, "'int' object does not support item deletion");
    ck_assert_int_eq(obj_contains(one, one), -1);
    CHECK_RAISED(&Exc_TypeError, "argument of type 'int' is not iterable");
    ck_assert_ptr_null(obj_iter(one));
    CHECK_RAISED(&Exc_TypeError, "'int' object is not iterable");
    ck_assert_ptr_null(obj_next(one));
    CHECK_RAISED(&Exc_TypeError, "'int' object is not an iterator");
    ck_assert_ptr_null(obj_call(one, NULL, 0, NULL));
    CHECK_RAISED(&Exc_TypeError, "'int' object is not callable");
    ck_assert_int_eq(obj_length(one), -1);
    CHECK_RAISED(&Exc_TypeError, "object of type 'int' has no len()");
    ck_assert_int_eq(obj_hash(l), -1);
    CHECK_RAISED(&Exc_TypeError, "unhashable type: 'list'");
    ck_assert_int_eq(obj_is_true(l), 0);
    ck_assert_int_eq(obj_is_true(t), 1);
    ck_assert_int_eq(obj_is_true(NONE), 0);
    ck_assert_int_eq(obj_contains(t, one), 1);
    CHECK_STR(obj_repr(NONE), "None");
    CHECK_STR(obj_repr(NOTIMPL), "NotImplemented");
    CHECK_STR(obj_repr(ELLIPSIS), "Ellipsis");
    Object *two = num_binop(one, one, BINOP_ADD);
    CHECK_STR(obj_repr(two), "2");
    DECREF(two);
    Object *empty = s_(""), *x = s_("x");
    CHECK_STR(obj_format(a, empty), "a");
    ck_assert_ptr_null(obj_format(l, x));
    CHECK_RAISED(&Exc_TypeError, "unsupported format string passed to list.__format__");
    CHECK_STR(obj_format(l, empty), "[]");
    DECREF(empty);
    DECREF(x);
    DECREF(t);
    DECREF(l);
    DECREF(a);
    DECREF(one);
}
END_TEST

START_TEST(test_object_defaults)
{
    Object *o = obj_call((Object *)&BaseObject_Type, NULL, 0, NULL);
    ck_assert_ptr_nonnull(o);
    Object *r = obj_repr(o);
    ck_assert(strncmp(STR_UTF8(r), "<object object at 0x", 20) == 0);
    DECREF(r);
    ck_assert_int_eq(obj_richcompare_bool(o, o, CMP_EQ), 1);
    Object *one = int_from_i64(1);
    ck_assert_ptr_null(obj_call((Object *)&BaseObject_Type, &one, 1, NULL));
    CHECK_RAISED(&Exc_TypeError, "object() takes no arguments");
    ck_assert_int_eq(setattr_c(o, "x", one), -1);
    CHECK_RAISED(&Exc_AttributeError, "'object' object has no attribute 'x'");
    ck_assert(obj_hash(o) != -1);
    DECREF(one);
    DECREF(o);
    ck_assert_ptr_null(obj_call((Object *)&ListIter_Type, NULL, 0, NULL));
    CHECK_RAISED(&Exc_TypeError, "cannot create 'list_iterator' instances");
}
END_TEST


START_TEST(test_slot_wrappers)
{
    Object *one = int_from_i64(1), *two = int_from_i64(2), *a = s_("a");
    Object *add = obj_getattr_cstr((Object *)&Int_Type, "__add__");
    CHECK_STR(obj_repr(add), "<slot wrapper '__add__' of 'int' objects>");
    Object *args[2] = { one, two };
    Object *r = obj_call(add, args, 2, NULL);
    CHECK_STR(obj_repr(r), "3");
    DECREF(r);
    Object *bad[2] = { a, one };
    ck_assert_ptr_null(obj_call(add, bad, 2, NULL));
    CHECK_RAISED(&Exc_TypeError, "descriptor '__add__' requires a 'int' object but received a 'str'");
    DECREF(add);
    Object *bound = obj_getattr_cstr(one, "__add__");
    r = obj_repr(bound);
    ck_assert(strncmp(STR_UTF8(r), "<method-wrapper '__add__' of int object at 0x", 45) == 0);
    DECREF(r);
    ck_assert_ptr_null(obj_call(bound, NULL, 0, NULL));
    CHECK_RAISED(&Exc_TypeError, "expected 1 argument, got 0");
    r = obj_call(bound, &a, 1, NULL);
    ck_assert_ptr_eq(r, NOTIMPL);
    DECREF(r);
    DECREF(bound);
    /* bool inherits int's __add__ but defines its own __and__ and __repr__. */
    Object *bd = obj_getattr_cstr((Object *)&Bool_Type, "__dict__");
    ck_assert_ptr_null(dict_getitem_str(bd, "__add__"));
    ck_assert_ptr_nonnull(dict_getitem_str(bd, "__and__"));
    ck_assert_ptr_nonnull(dict_getitem_str(bd, "__repr__"));
    DECREF(bd);
    Object *h = obj_getattr_cstr((Object *)&List_Type, "__hash__");
    ck_assert_ptr_eq(h, NONE);
    DECREF(h);
    Object *init = obj_getattr_cstr((Object *)&BaseObject_Type, "__init__");
    CHECK_STR(obj_repr(init), "<slot wrapper '__init__' of 'object' objects>");
    DECREF(init);
    Object *nw = obj_getattr_cstr((Object *)&BaseObject_Type, "__new__");
    ck_assert_ptr_null(obj_call(nw, &one, 1, NULL));
    CHECK_RAISED(&Exc_TypeError, "object.__new__(X): X is not a type object (int)");
    Object *tp = (Object *)&BaseObject_Type;
    Object *o = obj_call(nw, &tp, 1, NULL);
    ck_assert_ptr_eq(TYPE(o), &BaseObject_Type);
    DECREF(o);
    DECREF(nw);
    Object *l = list_new(0);
    Object *it = obj_iter(l);
    Object *nx = obj_getattr_cstr(it, "__next__");
    ck_assert_ptr_null(obj_call(nx, NULL, 0, NULL));
    CHECK_RAISED(&Exc_StopIteration, "");
    DECREF(nx);
    DECREF(it);
    Object *ln = obj_getattr_cstr(l, "__len__");
    r = obj_call(ln, NULL, 0, NULL);
    CHECK_STR(obj_repr(r), "0");
    DECREF(r);
    DECREF(ln);
    DECREF(l);
    DECREF(one);
    DECREF(two);
    DECREF(a);
}
END_TEST

/* Every built-in exception called with one argument, against python3. */
START_TEST(test_exc_all_types)
{
    static const struct { TypeObject *t; const char *repr, *str; } cases[] = {
        { &Exc_BaseException, "BaseException('m')", "m" },
        { &Exc_SystemExit, "SystemExit('m')", "m" },
        { &Exc_KeyboardInterrupt, "KeyboardInterrupt('m')", "m" },
        { &Exc_GeneratorExit, "GeneratorExit('m')", "m" },
        { &Exc_Exception, "Exception('m')", "m" },
        { &Exc_StopIteration, "StopIteration('m')", "m" },
        { &Exc_StopAsyncIteration, "StopAsyncIteration('m')", "m" },
        { &Exc_ArithmeticError, "ArithmeticError('m')", "m" },
        { &Exc_FloatingPointError, "FloatingPointError('m')", "m" },
        { &Exc_OverflowError, "OverflowError('m')", "m" },
        { &Exc_ZeroDivisionError, "ZeroDivisionError('m')", "m" },
        { &Exc_AssertionError, "AssertionError('m')", "m" },
        { &Exc_AttributeError, "AttributeError('m')", "m" },
        { &Exc_BufferError, "BufferError('m')", "m" },
        { &Exc_EOFError, "EOFError('m')", "m" },
        { &Exc_ImportError, "ImportError('m')", "m" },
        { &Exc_ModuleNotFoundError, "ModuleNotFoundError('m')", "m" },
        { &Exc_LookupError, "LookupError('m')", "m" },
        { &Exc_IndexError, "IndexError('m')", "m" },
        { &Exc_KeyError, "KeyError('m')", "'m'" },
        { &Exc_MemoryError, "MemoryError('m')", "m" },
        { &Exc_NameError, "NameError('m')", "m" },
        { &Exc_UnboundLocalError, "UnboundLocalError('m')", "m" },
        { &Exc_OSError, "OSError('m')", "m" },
        { &Exc_BlockingIOError, "BlockingIOError('m')", "m" },
        { &Exc_ChildProcessError, "ChildProcessError('m')", "m" },
        { &Exc_ConnectionError, "ConnectionError('m')", "m" },
        { &Exc_BrokenPipeError, "BrokenPipeError('m')", "m" },
        { &Exc_ConnectionAbortedError, "ConnectionAbortedError('m')", "m" },
        { &Exc_ConnectionRefusedError, "ConnectionRefusedError('m')", "m" },
        { &Exc_ConnectionResetError, "ConnectionResetError('m')", "m" },
        { &Exc_FileExistsError, "FileExistsError('m')", "m" },
        { &Exc_FileNotFoundError, "FileNotFoundError('m')", "m" },
        { &Exc_InterruptedError, "InterruptedError('m')", "m" },
        { &Exc_IsADirectoryError, "IsADirectoryError('m')", "m" },
        { &Exc_NotADirectoryError, "NotADirectoryError('m')", "m" },
        { &Exc_PermissionError, "PermissionError('m')", "m" },
        { &Exc_ProcessLookupError, "ProcessLookupError('m')", "m" },
        { &Exc_TimeoutError, "TimeoutError('m')", "m" },
        { &Exc_ReferenceError, "ReferenceError('m')", "m" },
        { &Exc_RuntimeError, "RuntimeError('m')", "m" },
        { &Exc_NotImplementedError, "NotImplementedError('m')", "m" },
        { &Exc_RecursionError, "RecursionError('m')", "m" },
        { &Exc_SyntaxError, "SyntaxError('m')", "m" },
        { &Exc_IndentationError, "IndentationError('m')", "m" },
        { &Exc_TabError, "TabError('m')", "m" },
        { &Exc_SystemError, "SystemError('m')", "m" },
        { &Exc_TypeError, "TypeError('m')", "m" },
        { &Exc_ValueError, "ValueError('m')", "m" },
        { &Exc_UnicodeError, "UnicodeError('m')", "m" },
        { &Exc_UnicodeDecodeError, "!TypeError", "function takes exactly 5 arguments (1 given)" },
        { &Exc_UnicodeEncodeError, "!TypeError", "function takes exactly 5 arguments (1 given)" },
        { &Exc_UnicodeTranslateError, "!TypeError", "function takes exactly 4 arguments (1 given)" },
        { &Exc_Warning, "Warning('m')", "m" },
        { &Exc_DeprecationWarning, "DeprecationWarning('m')", "m" },
        { &Exc_PendingDeprecationWarning, "PendingDeprecationWarning('m')", "m" },
        { &Exc_RuntimeWarning, "RuntimeWarning('m')", "m" },
        { &Exc_SyntaxWarning, "SyntaxWarning('m')", "m" },
        { &Exc_UserWarning, "UserWarning('m')", "m" },
        { &Exc_FutureWarning, "FutureWarning('m')", "m" },
        { &Exc_ImportWarning, "ImportWarning('m')", "m" },
        { &Exc_UnicodeWarning, "UnicodeWarning('m')", "m" },
        { &Exc_BytesWarning, "BytesWarning('m')", "m" },
        { &Exc_ResourceWarning, "ResourceWarning('m')", "m" },
        { &Exc_EncodingWarning, "EncodingWarning('m')", "m" },
    };
    Object *m = s_("m");
    Object *args = tuple_pack(1, m);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *e = exc_new(cases[i].t, args);
        if (cases[i].repr[0] == '!') {
            ck_assert_ptr_null(e);
            ck_assert_str_eq(TYPE(err_occurred())->name, cases[i].repr + 1);
            CHECK_RAISED(TYPE(err_occurred()), cases[i].str);
            continue;
        }
        CHECK_STR(obj_repr(e), cases[i].repr);
        CHECK_STR(obj_str(e), cases[i].str);
        DECREF(e);
    }
    size_t n;
    for (n = 0; exc_all_types[n]; n++)
        ck_assert(EXC_TYPE_CHECK(exc_all_types[n]));
    ck_assert_uint_eq(n, sizeof cases / sizeof cases[0]);
    DECREF(args);
    DECREF(m);
}
END_TEST

/* str()/repr() survive any attribute values: each exception is made by
 * new_ alone (fields unset), then every writable attribute is set to an
 * int, to a str and deleted in turn.  Errors are fine, crashes are not. */
START_TEST(test_exc_attribute_torture)
{
    static const char *const attrs[] = {
        "args", "value", "code", "msg", "name", "path", "obj", "errno", "strerror",
        "filename", "filename2", "characters_written", "lineno", "offset", "text",
        "end_lineno", "end_offset", "print_file_and_line", "encoding", "object",
        "reason", "__context__", "__cause__", "__traceback__", NULL,
    };
    Object *vals[3] = { int_from_i64(-5), s_("zz"), NULL };
    for (size_t i = 0; exc_all_types[i]; i++) {
        TypeObject *t = exc_all_types[i];
        Object *e = t->new_(t, NULL, 0, NULL);
        ck_assert_ptr_nonnull(e);
        for (size_t a = 0; attrs[a]; a++)
            for (int v = 0; v < 3; v++) {
                setattr_c(e, attrs[a], vals[v]);
                err_clear();
                Object *r = obj_repr(e);
                XDECREF(r);
                r = obj_str(e);
                XDECREF(r);
                err_clear();
            }
        DECREF(e);
    }
    DECREF(vals[0]);
    DECREF(vals[1]);
}
END_TEST

TU_MAIN("core", test_refcount_balance, test_gc_tracking, test_trashcan_deep_chain,
        test_trashcan_nested_lists, test_cascading_free, test_type_basics, test_descriptors,
        test_cfunc, test_exc_str_repr, test_exc_oserror, test_exc_syntax_unicode,
        test_exc_attributes, test_err_format, test_recursion_guard, test_abstract_messages,
        test_object_defaults, test_slot_wrappers,
        test_exc_all_types, test_exc_attribute_torture)
