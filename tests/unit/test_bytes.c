/* test_bytes.c — unit tests of the bytes type: repr, indexing (ints) and
 * slicing, concatenation/repetition, containment, hashing, the bytes()
 * constructor and its errors, codecs and the methods (table below).
 * Expected values were computed with CPython 3.11 when writing the tests. */
#include "testutil.h"

#include "strcase.h"


static const struct { const char *in; size_t n; const char *expect; } brepr_cases[] = {
    { "it's", 4, "b\"it's\"" },
    { "\000\377\177", 3, "b'\\x00\\xff\\x7f'" },
    { "a\"b'c", 5, "b'a\"b\\'c'" },
    { "", 0, "b''" },
    { "\\\012\011\015 ~", 6, "b'\\\\\\n\\t\\r ~'" },
};

START_TEST(test_repr)
{
    for (size_t i = 0; i < sizeof brepr_cases / sizeof brepr_cases[0]; i++) {
        Object *b = bytes_from(brepr_cases[i].in, brepr_cases[i].n);
        Object *r = bytes_repr(b);
        ck_assert_msg(strcmp(STR_UTF8(r), brepr_cases[i].expect) == 0, "case %zu: %s", i, STR_UTF8(r));
        DECREF(r);
        r = Bytes_Type.str(b);                  /* str(b) is the repr */
        ck_assert_str_eq(STR_UTF8(r), brepr_cases[i].expect);
        DECREF(r);
        DECREF(b);
    }
}
END_TEST

START_TEST(test_index_slice)
{
    Object *b = bytes_from("a\377c", 3);
    Object *r = Bytes_Type.item(b, 1);
    ck_assert_int_eq(int_as_ssize(r), 255);
    DECREF(r);
    Object *k = int_from_i64(-1);
    r = Bytes_Type.getitem(b, k);
    ck_assert_int_eq(int_as_ssize(r), 'c');
    DECREF(r);
    DECREF(k);
    k = int_from_i64(3);
    ck_assert_ptr_null(Bytes_Type.getitem(b, k));
    ck_assert_str_eq(tu_err_text(), "IndexError: index out of range");
    DECREF(k);
    k = str_from_cstr("x");
    ck_assert_ptr_null(Bytes_Type.getitem(b, k));
    ck_assert_str_eq(tu_err_text(), "TypeError: byte indices must be integers or slices, not str");
    DECREF(k);
    Object *m1 = int_from_i64(-1);
    Object *sl = slice_new(NULL, NULL, m1);
    r = Bytes_Type.getitem(b, sl);
    ck_assert_int_eq(BYTES_SIZE(r), 3);
    ck_assert(memcmp(BYTES_DATA(r), "c\377a", 3) == 0);
    DECREF(r); DECREF(sl); DECREF(m1);
    ck_assert_int_eq(Bytes_Type.len(b), 3);
    /* iteration gives ints */
    Object *it = Bytes_Type.iter(b);
    int want[] = { 'a', 255, 'c' };
    for (int i = 0; i < 3; i++) {
        Object *x = TYPE(it)->iternext(it);
        ck_assert_int_eq(int_as_ssize(x), want[i]);
        DECREF(x);
    }
    ck_assert_ptr_null(TYPE(it)->iternext(it));
    ck_assert_ptr_null(err_occurred());
    DECREF(it);
    DECREF(b);
}
END_TEST

START_TEST(test_operators)
{
    Object *a = bytes_from("ab", 2), *s = str_from_cstr("ab"), *two = int_from_i64(2);
    Object *r = Bytes_Type.num->add(a, a);
    ck_assert_int_eq(BYTES_SIZE(r), 4);
    ck_assert_str_eq(BYTES_DATA(r), "abab");
    DECREF(r);
    ck_assert_ptr_null(Bytes_Type.num->add(a, s));
    ck_assert_str_eq(tu_err_text(), "TypeError: can't concat str to bytes");
    r = Bytes_Type.num->mul(two, a);
    ck_assert_str_eq(BYTES_DATA(r), "abab");
    DECREF(r);
    ck_assert_int_eq(Bytes_Type.contains(a, two), 0);
    Object *big = int_from_i64(300), *ch = int_from_i64('b');
    ck_assert_int_eq(Bytes_Type.contains(a, ch), 1);
    ck_assert_int_eq(Bytes_Type.contains(a, big), -1);
    ck_assert_str_eq(tu_err_text(), "ValueError: byte must be in range(0, 256)");
    ck_assert_int_eq(Bytes_Type.contains(a, s), -1);
    ck_assert_str_eq(tu_err_text(), "TypeError: a bytes-like object is required, not 'str'");
    Object *sub = bytes_from("b", 1);
    ck_assert_int_eq(Bytes_Type.contains(a, sub), 1);
    ck_assert_int_eq(bytes_hash(a), str_hash(s));
    r = Bytes_Type.richcompare(sub, a, CMP_GT);
    ck_assert_ptr_eq(r, GTrue);
    DECREF(r);
    r = Bytes_Type.richcompare(a, s, CMP_EQ);
    ck_assert_ptr_eq(r, NOTIMPL);
    DECREF(r);
    Object *e1 = bytes_from("", 0), *e2 = bytes_from("", 0);
    ck_assert_ptr_eq(e1, e2);
    DECREF(e1); DECREF(e2); DECREF(sub); DECREF(big); DECREF(ch);
    DECREF(a); DECREF(s); DECREF(two);
}
END_TEST

/* bytes(*args) through the constructor; returns the outcome text. */
static const char *construct(const char *a0, const char *a1)
{
    Object *args[2] = { NULL, NULL };
    size_t n = 0;
    if (a0) args[n++] = mk(a0);
    if (a1) args[n++] = mk(a1);
    Object *r = Bytes_Type.new_(&Bytes_Type, args, n, NULL);
    for (size_t i = 0; i < n; i++)
        DECREF(args[i]);
    return outcome(r);
}

START_TEST(test_constructor)
{
    ck_assert_str_eq(construct(NULL, NULL), "b''");
    ck_assert_str_eq(construct("i3", NULL), "b'\\x00\\x00\\x00'");
    ck_assert_str_eq(construct("i-1", NULL), "!ValueError: negative count");
    ck_assert_str_eq(construct("sa", NULL), "!TypeError: string argument without an encoding");
    ck_assert_str_eq(construct("s\303\251", "sutf-8"), "b'\\xc3\\xa9'");
    ck_assert_str_eq(construct("s\303\251", "slatin-1"), "b'\\xe9'");
    ck_assert_str_eq(construct("s\342\202\254", "slatin-1"),
                     "!UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)");
    ck_assert_str_eq(construct("yxy", NULL), "b'xy'");
    ck_assert_str_eq(construct("i1", "i2"), "!TypeError: bytes() argument 'encoding' must be str, not int");
    ck_assert_str_eq(construct("sa", "sfoo"), "!LookupError: unknown encoding: foo");
    /* from an iterable of ints */
    Object *l = list_new(0);
    int vals[] = { 104, 105, 255 };
    for (int i = 0; i < 3; i++) {
        Object *v = int_from_i64(vals[i]);
        list_append(l, v);
        DECREF(v);
    }
    Object *r = Bytes_Type.new_(&Bytes_Type, &l, 1, NULL);
    ck_assert_str_eq(outcome(r), "b'hi\\xff'");
    Object *v = int_from_i64(256);
    list_append(l, v);
    DECREF(v);
    ck_assert_ptr_null(Bytes_Type.new_(&Bytes_Type, &l, 1, NULL));
    ck_assert_str_eq(tu_err_text(), "ValueError: bytes must be in range(0, 256)");
    DECREF(l);
    /* fromhex is a class method */
    Object *hx = str_from_cstr("de ad BE");
    Object *b = bytes_from("", 0);
    r = call_method(b, "fromhex", &hx, 1);
    ck_assert_str_eq(outcome(r), "b'\\xde\\xad\\xbe'");
    DECREF(hx);
    hx = str_from_cstr("a");
    ck_assert_ptr_null(call_method(b, "fromhex", &hx, 1));
    ck_assert_str_eq(tu_err_text(), "ValueError: non-hexadecimal number found in fromhex() arg at position 1");
    DECREF(hx);
    hx = str_from_cstr("zz");
    ck_assert_ptr_null(call_method(b, "fromhex", &hx, 1));
    ck_assert_str_eq(tu_err_text(), "ValueError: non-hexadecimal number found in fromhex() arg at position 0");
    DECREF(hx);
    DECREF(b);
}
END_TEST

static const MethodCase bytes_cases[] = {
    { "hello", 5, "decode", { NULL }, "'hello'" },
    { "h\303\251", 3, "decode", { NULL }, "'h\303\251'" },
    { "\377", 1, "decode", { NULL }, "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" },
    { "a\344\270", 3, "decode", { NULL }, "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data" },
    { "a\377b", 3, "decode", { "sutf-8", "sreplace" }, "'a\357\277\275b'" },
    { "a\377b", 3, "decode", { "sutf-8", "signore" }, "'ab'" },
    { "a\377b", 3, "decode", { "sascii" }, "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 1: ordinal not in range(128)" },
    { "a\377b", 3, "decode", { "slatin-1" }, "'a\303\277b'" },
    { "a\344\270x", 4, "decode", { "sutf-8", "sreplace" }, "'a\357\277\275x'" },
    { "x", 1, "decode", { "snope" }, "!LookupError: unknown encoding: nope" },
    { "\000\377ab", 4, "hex", { NULL }, "'00ff6162'" },
    { "-", 1, "join", { "tya\001yb" }, "b'a-b'" },
    { "-", 1, "join", { "tya\001i1" }, "!TypeError: sequence item 1: expected a bytes-like object, int found" },
    { " a  b ", 6, "split", { NULL }, "[b'a', b'b']" },
    { "a,b,c", 5, "split", { "y,", "i1" }, "[b'a', b'b,c']" },
    { "a", 1, "split", { "y" }, "!ValueError: empty separator" },
    { "  x  ", 5, "strip", { NULL }, "b'x'" },
    { "xxaxx", 5, "strip", { "yx" }, "b'a'" },
    { "  x", 3, "lstrip", { NULL }, "b'x'" },
    { "x  ", 3, "rstrip", { NULL }, "b'x'" },
    { "hello", 5, "find", { "yl" }, "2" },
    { "hello", 5, "find", { "i108" }, "2" },
    { "hello", 5, "rfind", { "yl" }, "3" },
    { "hello", 5, "index", { "yz" }, "!ValueError: subsection not found" },
    { "hello", 5, "find", { "i300" }, "!ValueError: byte must be in range(0, 256)" },
    { "hello", 5, "count", { "yl" }, "2" },
    { "hello", 5, "startswith", { "yhe" }, "True" },
    { "hello", 5, "endswith", { "tyx\001ylo" }, "True" },
    { "hello", 5, "startswith", { "she" }, "!TypeError: startswith first arg must be bytes or a tuple of bytes, not str" },
    { "a-b-c", 5, "replace", { "y-", "y+" }, "b'a+b+c'" },
    { "abc", 3, "replace", { "y", "y." }, "b'.a.b.c.'" },
    { "Hello", 5, "upper", { NULL }, "b'HELLO'" },
    { "Hello", 5, "lower", { NULL }, "b'hello'" },
    { "abc", 3, "__sizeof__", { NULL }, "36" },
};

START_TEST(test_methods)
{
    int n = run_cases(bytes_cases, sizeof bytes_cases / sizeof bytes_cases[0], 1);
    ck_assert_int_gt(n, 30);
}
END_TEST

TU_MAIN("bytes", test_repr, test_index_slice, test_operators, test_constructor, test_methods)
