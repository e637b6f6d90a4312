/* test_str.c — unit tests of the str type: construction and caches, UTF-8
 * validation messages, indexing (ASCII, multi-byte, 4-byte emoji, long
 * strings through the offset index), slicing with steps, repr quoting,
 * hashing, comparison, concatenation/repetition, iteration,
 * str_from_format, the constructor and every method (the table below).
 * Expected values were computed with CPython 3.11 when writing the tests. */
#include "testutil.h"
#include "objects/unicode.h"

#include "strcase.h"


/* ---- construction and caches --------------------------------------------- */

START_TEST(test_construct)
{
    Object *a = str_from_cstr("hello");
    ck_assert_ptr_nonnull(a);
    ck_assert_int_eq(STR_LEN(a), 5);
    ck_assert_int_eq(STR_NBYTES(a), 5);
    ck_assert(STR_IS_ASCII(a));
    ck_assert_str_eq(STR_UTF8(a), "hello");
    Object *b = str_from_cstr("h\303\251\360\237\230\200");     /* hé + emoji */
    ck_assert_int_eq(STR_LEN(b), 3);
    ck_assert_int_eq(str_len(b), 3);
    ck_assert_int_eq(STR_NBYTES(b), 7);
    ck_assert(!STR_IS_ASCII(b));
    ck_assert(STR_CHECK(b) && STR_CHECK_EXACT(b));
    Object *e1 = str_from_cstr(""), *e2 = str_empty();
    ck_assert_ptr_eq(e1, e2);                   /* one empty string */
    Object *c1 = str_from_codepoint('x'), *c2 = str_from_cstr("x");
    ck_assert_ptr_eq(c1, c2);                   /* cached 1-char strings */
    Object *l1 = str_from_codepoint(0xE9), *l2 = str_getitem(b, 1);
    ck_assert_ptr_eq(l1, l2);                   /* Latin-1 cache too */
    ck_assert_str_eq(STR_UTF8(l1), "\303\251");
    Object *big = str_from_codepoint(0x1F600);
    ck_assert_int_eq(STR_LEN(big), 1);
    ck_assert_int_eq(STR_NBYTES(big), 4);
    Object *f = str_from_format("%d|%s|%U|%zd|%c|%%|%T|%.3s|%5s|%-4s|%x", -42, "h\303\251", a,
                                (intptr_t)7, 'Z', a, "abcdef", "ab", "cd", 255u);
    ck_assert_str_eq(STR_UTF8(f), "-42|h\303\251|hello|7|Z|%|str|abc|   ab|cd  |ff");
    ck_assert_int_eq(STR_LEN(f), 40);
    DECREF(a); DECREF(b); DECREF(e1); DECREF(e2); DECREF(c1); DECREF(c2);
    DECREF(l1); DECREF(l2); DECREF(big); DECREF(f);
}
END_TEST

START_TEST(test_decode_errors)
{
    static const struct { const char *in; size_t n; const char *msg; } cases[] = {
        { "\377", 1, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" },
        { "\344\270x", 3, "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte" },
        { "\355\240\200", 3, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte" },
        { "ab\360\237\230", 5, "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 2-4: unexpected end of data" },
        { "\300\257", 2, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte" },
        { "\344", 1, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe4 in position 0: unexpected end of data" },
        { "\364\220\200\200", 4, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte" },
        { "abcdefghij\377", 11, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 10: invalid start byte" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ck_assert_ptr_null(str_from_utf8(cases[i].in, cases[i].n));
        ck_assert_str_eq(tu_err_text(), cases[i].msg);
    }
}
END_TEST

/* ---- indexing and slicing ------------------------------------------------------ */

START_TEST(test_indexing)
{
    Object *s = str_from_cstr("hello");
    Object *r = str_getitem(s, -1);
    ck_assert_str_eq(STR_UTF8(r), "o");
    DECREF(r);
    ck_assert_ptr_null(str_getitem(s, 5));
    ck_assert_str_eq(tu_err_text(), "IndexError: string index out of range");
    ck_assert_ptr_null(str_getitem(s, -6));
    ck_assert_str_eq(tu_err_text(), "IndexError: string index out of range");
    Object *key = int_from_i64(1);
    r = Str_Type.getitem(s, key);
    ck_assert_str_eq(STR_UTF8(r), "e");
    DECREF(r);
    DECREF(key);
    key = list_new(0);
    ck_assert_ptr_null(Str_Type.getitem(s, key));
    ck_assert_str_eq(tu_err_text(), "TypeError: string indices must be integers, not 'list'");
    DECREF(key);
    DECREF(s);

    /* A long string mixing 1- to 4-byte characters: every index, forwards
     * and then backwards (the offset index must serve both). */
    static const uint32_t pool[] = { 'a', 0xE9, 0x3A3, 0x65E5, 0x1F600, 'z', 0x10FFFF };
    enum { N = 1000 };
    uint32_t cps[N];
    StrBuf b;
    str_buf_init(&b);
    for (int i = 0; i < N; i++) {
        cps[i] = pool[(i * 7 + i / 3) % 7];
        str_buf_append_char(&b, cps[i]);
    }
    s = str_buf_finish(&b);
    ck_assert_int_eq(STR_LEN(s), N);
    for (int i = 0; i < N; i++)
        ck_assert_uint_eq(str_char_at(s, i), cps[i]);
    for (int i = N - 1; i >= 0; i -= 13) {
        r = str_getitem(s, i - N);
        const char *p = STR_UTF8(r);
        ck_assert_uint_eq(uni_utf8_next(&p), cps[i]);
        DECREF(r);
    }
    r = str_substring(s, 500, 503);
    ck_assert_int_eq(STR_LEN(r), 3);
    ck_assert_uint_eq(str_char_at(r, 0), cps[500]);
    ck_assert_uint_eq(str_char_at(r, 2), cps[502]);
    DECREF(r);
    DECREF(s);
}
END_TEST

#define NONEV INTPTR_MIN
static const struct { intptr_t start, stop, step; const char *expect; } slice_cases[] = {
    { NONEV, NONEV, 2, "hlowrd\357\254\201e\316\243\316\243\303\251l\360\237\230\200\303\266l n \316\221hlowrd\357\254\201e\316\243\316\243\303\251l\360\237\230\200\303\266l n \316\221hlowrd\357\254\201e\316\243\316\243" },
    { NONEV, NONEV, -1, "\316\243\316\221\316\243 en\357\254\201 dlr\303\266w\360\237\230\200oll\303\251h\316\243\316\221\316\243 en\357\254\201 dlr\303\266w\360\237\230\200oll\303\251h\316\243\316\221\316\243 en\357\254\201 dlr\303\266w\360\237\230\200oll\303\251h\316\243\316\221\316\243 en\357\254\201 dlr\303\266w\360\237\230\200oll\303\251h\316\243\316\221\316\243 en\357\254\201 dlr\303\266w\360\237\230\200oll\303\251h" },
    { 1, 9, 3, "\303\251o\303\266" },
    { -3, NONEV, NONEV, "\316\243\316\221\316\243" },
    { 2, -2, NONEV, "llo\360\237\230\200w\303\266rld \357\254\201ne \316\243\316\221\316\243h\303\251llo\360\237\230\200w\303\266rld \357\254\201ne \316\243\316\221\316\243h\303\251llo\360\237\230\200w\303\266rld \357\254\201ne \316\243\316\221\316\243h\303\251llo\360\237\230\200w\303\266rld \357\254\201ne \316\243\316\221\316\243h\303\251llo\360\237\230\200w\303\266rld \357\254\201ne \316\243" },
    { 50, 3, -4, "\357\254\201roh  \303\266l\316\243edw" },
    { NONEV, NONEV, 7, "h\303\266ell\316\243o \316\243wn\303\251r " },
    { 5, 5, NONEV, "" },
    { 100, NONEV, NONEV, "" },
};

static Object *mkidx(intptr_t v) { return v == NONEV ? NEWREF(NONE) : int_from_i64(v); }

START_TEST(test_slicing)
{
    Object *unit = str_from_cstr("h\303\251llo\360\237\230\200w\303\266rld \357\254\201ne \316\243\316\221\316\243");
    Object *s = unit;
    INCREF(s);
    for (int i = 0; i < 4; i++) {
        Object *t = str_concat(s, unit);
        DECREF(s);
        s = t;
    }
    for (size_t i = 0; i < sizeof slice_cases / sizeof slice_cases[0]; i++) {
        Object *a = mkidx(slice_cases[i].start), *b = mkidx(slice_cases[i].stop),
               *c = mkidx(slice_cases[i].step);
        Object *sl = slice_new(a, b, c);
        Object *r = Str_Type.getitem(s, sl);
        ck_assert_ptr_nonnull(r);
        ck_assert_msg(strcmp(STR_UTF8(r), slice_cases[i].expect) == 0, "slice case %zu: %s", i, STR_UTF8(r));
        ck_assert_int_eq(STR_LEN(r), uni_utf8_count(STR_UTF8(r), (size_t)STR_NBYTES(r)));
        DECREF(r); DECREF(sl); DECREF(a); DECREF(b); DECREF(c);
    }
    Object *zero = int_from_i64(0);
    Object *sl = slice_new(NULL, NULL, zero);
    ck_assert_ptr_null(Str_Type.getitem(s, sl));
    ck_assert_str_eq(tu_err_text(), "ValueError: slice step cannot be zero");
    DECREF(sl); DECREF(zero); DECREF(s); DECREF(unit);
}
END_TEST

/* ---- repr ----------------------------------------------------------------------------- */

static const struct { const char *in; size_t n; const char *expect; } repr_cases[] = {
    { "it's", 4, "\"it's\"" },
    { "it's \"x\"", 8, "'it\\'s \"x\"'" },
    { "a\"b", 3, "'a\"b'" },
    { "\012\011\\\015", 4, "'\\n\\t\\\\\\r'" },
    { "\000\177\037", 3, "'\\x00\\x7f\\x1f'" },
    { "\303\251", 2, "'\303\251'" },
    { "\342\200\213", 3, "'\\u200b'" },
    { "\360\237\230\200", 4, "'\360\237\230\200'" },
    { "\302\240", 2, "'\\xa0'" },
    { "\363\240\200\201", 4, "'\\U000e0001'" },
    { "\302\255", 2, "'\\xad'" },
    { "\346\227\245\346\234\254", 6, "'\346\227\245\346\234\254'" },
    { "", 0, "''" },
    { "'", 1, "\"'\"" },
    { "\"", 1, "'\"'" },
    { "\342\200\250", 3, "'\\u2028'" },
    { "\355\237\277", 3, "'\\ud7ff'" },
};

START_TEST(test_repr)
{
    for (size_t i = 0; i < sizeof repr_cases / sizeof repr_cases[0]; i++) {
        Object *s = str_from_utf8(repr_cases[i].in, repr_cases[i].n);
        Object *r = str_repr(s);
        ck_assert_msg(strcmp(STR_UTF8(r), repr_cases[i].expect) == 0, "repr case %zu: %s", i, STR_UTF8(r));
        DECREF(r);
        DECREF(s);
    }
}
END_TEST

/* ---- hash, equality, comparison ---------------------------------------------------------- */

START_TEST(test_hash_eq)
{
    Object *a = str_from_cstr("spam and eggs"), *b = str_from_cstr("spam and eggs");
    Object *c = str_from_cstr("spam and eggz");
    ck_assert_ptr_ne(a, b);
    ck_assert_int_eq(((StrObject *)a)->hash, -1);           /* not computed yet */
    hash_t h = str_hash(a);
    ck_assert_int_ne(h, -1);
    ck_assert_int_eq(((StrObject *)a)->hash, h);            /* cached */
    ck_assert_int_eq(str_hash(a), h);
    ck_assert_int_eq(str_hash(b), h);
    ck_assert(str_eq(a, a) && str_eq(a, b) && !str_eq(a, c));
    ck_assert(str_eq_cstr(a, "spam and eggs") && !str_eq_cstr(a, "spam"));
    Object *by = bytes_from("spam and eggs", 13);
    ck_assert_int_eq(bytes_hash(by), h);                    /* hash('x') == hash(b'x') */
    ck_assert_int_eq(Str_Type.hash(a), h);
    Object *r = Str_Type.richcompare(a, c, CMP_LT);
    ck_assert_ptr_eq(r, GTrue);
    DECREF(r);
    r = Str_Type.richcompare(a, b, CMP_EQ);
    ck_assert_ptr_eq(r, GTrue);
    DECREF(r);
    r = Str_Type.richcompare(a, by, CMP_EQ);
    ck_assert_ptr_eq(r, NOTIMPL);
    DECREF(r);
    Object *e = str_from_cstr("\303\251"), *z = str_from_cstr("z"), *ab = str_from_cstr("ab"),
           *abc = str_from_cstr("abc"), *emoji = str_from_cstr("\360\237\230\200"),
           *hi = str_from_cstr("\357\277\277");
    ck_assert_int_gt(str_compare(e, z), 0);                 /* code-point order */
    ck_assert_int_lt(str_compare(ab, abc), 0);
    ck_assert_int_gt(str_compare(emoji, hi), 0);            /* U+1F600 > U+FFFF */
    ck_assert_int_eq(str_compare(ab, ab), 0);
    DECREF(a); DECREF(b); DECREF(c); DECREF(by); DECREF(e); DECREF(z); DECREF(ab);
    DECREF(abc); DECREF(emoji); DECREF(hi);
}
END_TEST

/* ---- operators ------------------------------------------------------------------------------ */

START_TEST(test_operators)
{
    Object *a = str_from_cstr("ab"), *b = str_from_cstr("\303\251"), *three = int_from_i64(3);
    Object *r = Str_Type.num->add(a, b);
    ck_assert_str_eq(STR_UTF8(r), "ab\303\251");
    ck_assert_int_eq(STR_LEN(r), 3);
    DECREF(r);
    ck_assert_ptr_null(Str_Type.num->add(a, three));
    ck_assert_str_eq(tu_err_text(), "TypeError: can only concatenate str (not \"int\") to str");
    r = Str_Type.num->mul(a, three);
    ck_assert_str_eq(STR_UTF8(r), "ababab");
    DECREF(r);
    r = Str_Type.num->mul(three, b);                         /* 3 * 'é' */
    ck_assert_str_eq(STR_UTF8(r), "\303\251\303\251\303\251");
    ck_assert_int_eq(STR_LEN(r), 3);
    DECREF(r);
    Object *neg = int_from_i64(-2);
    r = Str_Type.num->mul(a, neg);
    ck_assert_int_eq(STR_LEN(r), 0);
    DECREF(r);
    ck_assert_ptr_null(Str_Type.num->mul(a, b));
    ck_assert_str_eq(tu_err_text(), "TypeError: can't multiply sequence by non-int of type 'str'");
    ck_assert_int_eq(Str_Type.len(b), 1);
    ck_assert_int_eq(Str_Type.num->bool_(a), 1);
    Object *e = str_empty();
    ck_assert_int_eq(Str_Type.num->bool_(e), 0);
    Object *big = str_from_cstr("xxab\303\251yy");
    ck_assert_int_eq(Str_Type.contains(big, a), 1);
    ck_assert_int_eq(Str_Type.contains(big, b), 1);
    ck_assert_int_eq(Str_Type.contains(big, e), 1);
    ck_assert_int_eq(Str_Type.contains(a, big), 0);
    ck_assert_int_eq(Str_Type.contains(a, three), -1);
    ck_assert_str_eq(tu_err_text(), "TypeError: 'in <string>' requires string as left operand, not int");
    /* iteration yields one str per code point */
    Object *it = Str_Type.iter(big);
    const char *want[] = { "x", "x", "a", "b", "\303\251", "y", "y" };
    for (int i = 0; i < 7; i++) {
        Object *ch = TYPE(it)->iternext(it);
        ck_assert_ptr_nonnull(ch);
        ck_assert_str_eq(STR_UTF8(ch), want[i]);
        DECREF(ch);
    }
    ck_assert_ptr_null(TYPE(it)->iternext(it));
    ck_assert_ptr_null(err_occurred());
    ck_assert_ptr_null(TYPE(it)->iternext(it));
    DECREF(it);
    /* str() of an exact str is itself */
    uint32_t rc = REFCNT(big);
    r = Str_Type.str(big);
    ck_assert_ptr_eq(r, big);
    ck_assert_uint_eq(REFCNT(big), rc + 1);
    DECREF(r);
    ck_assert_uint_eq(REFCNT(big), rc);
    DECREF(a); DECREF(b); DECREF(three); DECREF(neg); DECREF(e); DECREF(big);
}
END_TEST

START_TEST(test_join_concat)
{
    Object *sep = str_from_cstr(", ");
    Object *l = list_new(0);
    const char *words[] = { "a", "\303\251t\303\251", "\360\237\230\200" };
    for (int i = 0; i < 3; i++) {
        Object *w = str_from_cstr(words[i]);
        list_append(l, w);
        DECREF(w);
    }
    Object *r = str_join(sep, l);
    ck_assert_str_eq(STR_UTF8(r), "a, \303\251t\303\251, \360\237\230\200");
    ck_assert_int_eq(STR_LEN(r), 9);
    DECREF(r);
    Object *one = int_from_i64(1);
    list_append(l, one);
    ck_assert_ptr_null(str_join(sep, l));
    ck_assert_str_eq(tu_err_text(), "TypeError: sequence item 3: expected str instance, int found");
    ck_assert_ptr_null(str_join(sep, one));
    ck_assert_str_eq(tu_err_text(), "TypeError: can only join an iterable");
    Object *empty = str_empty();
    r = str_concat(sep, empty);
    ck_assert_ptr_eq(r, sep);                   /* s + '' is s */
    DECREF(r);
    DECREF(empty); DECREF(one); DECREF(l); DECREF(sep);
}
END_TEST

START_TEST(test_constructor_sizeof)
{
    Object *r = Str_Type.new_(&Str_Type, NULL, 0, NULL);
    ck_assert_int_eq(STR_LEN(r), 0);
    DECREF(r);
    Object *by = bytes_from("h\303\251", 3), *enc = str_from_cstr("utf-8"), *lat = str_from_cstr("latin-1");
    Object *args[2] = { by, enc };
    r = Str_Type.new_(&Str_Type, args, 2, NULL);
    ck_assert_str_eq(STR_UTF8(r), "h\303\251");
    DECREF(r);
    args[1] = lat;
    r = Str_Type.new_(&Str_Type, args, 2, NULL);
    ck_assert_str_eq(STR_UTF8(r), "h\303\203\302\251");       /* 'hÃ©' */
    DECREF(r);
    Object *one = int_from_i64(1);
    args[0] = one;
    args[1] = enc;
    ck_assert_ptr_null(Str_Type.new_(&Str_Type, args, 2, NULL));
    ck_assert_str_eq(tu_err_text(), "TypeError: decoding to str: need a bytes-like object, int found");
    Object *four[4] = { one, one, one, one };
    ck_assert_ptr_null(Str_Type.new_(&Str_Type, four, 4, NULL));
    ck_assert_str_eq(tu_err_text(), "TypeError: str() takes at most 3 arguments (4 given)");
    /* sys.getsizeof must not exceed CPython's: 49 + len for ASCII */
    Object *s = str_from_cstr("abc");
    r = call_method(s, "__sizeof__", NULL, 0);
    ck_assert_int_le(int_as_ssize(r), 52);
    DECREF(r);
    Object *e = str_empty();
    r = call_method(e, "__sizeof__", NULL, 0);
    ck_assert_int_le(int_as_ssize(r), 49);
    DECREF(r);
    DECREF(e); DECREF(s); DECREF(one); DECREF(by); DECREF(enc); DECREF(lat);
}
END_TEST

/* ---- methods ---------------------------------------------------------------------------------- */

static const MethodCase str_cases[] = {
    { "  a b  c ", 9, "split", { NULL }, "['a', 'b', 'c']" },
    { "a,b,,c", 6, "split", { "s," }, "['a', 'b', '', 'c']" },
    { "a,b,,c", 6, "split", { "s,", "i1" }, "['a', 'b,,c']" },
    { "  a b  c ", 9, "split", { "n", "i1" }, "['a', 'b  c ']" },
    { "a b c", 5, "rsplit", { "n", "i1" }, "['a b', 'c']" },
    { "a,b,c", 5, "rsplit", { "s,", "i1" }, "['a,b', 'c']" },
    { "  a  b  ", 8, "rsplit", { NULL }, "['a', 'b']" },
    { "", 0, "split", { NULL }, "[]" },
    { "", 0, "split", { "s," }, "['']" },
    { "a\343\200\200b\302\205c", 8, "split", { NULL }, "['a', 'b', 'c']" },
    { "a", 1, "split", { "s" }, "!ValueError: empty separator" },
    { "a", 1, "split", { "i1" }, "!TypeError: must be str or None, not int" },
    { "a", 1, "split", { "i1", "i2", "i3" }, "!TypeError: split() takes at most 2 arguments (3 given)" },
    { "x\342\200\250y\015\012z\015w\012", 11, "splitlines", { NULL }, "['x', 'y', 'z', 'w']" },
    { "x\342\200\250y\015\012z\015w\012", 11, "splitlines", { "b1" }, "['x\\u2028', 'y\\r\\n', 'z\\r', 'w\\n']" },
    { "", 0, "splitlines", { NULL }, "[]" },
    { "a\013b\034c", 5, "splitlines", { NULL }, "['a', 'b', 'c']" },
    { "-", 1, "join", { "tsa\001sb\001sc" }, "'a-b-c'" },
    { "", 0, "join", { "t" }, "''" },
    { "\303\266", 2, "join", { "tsx\001sy" }, "'x\303\266y'" },
    { "-", 1, "join", { "ti1" }, "!TypeError: sequence item 0: expected str instance, int found" },
    { "-", 1, "join", { "tsa\001i2" }, "!TypeError: sequence item 1: expected str instance, int found" },
    { "  hi  ", 6, "strip", { NULL }, "'hi'" },
    { "xxhixx", 6, "strip", { "sx" }, "'hi'" },
    { "  hi  ", 6, "lstrip", { NULL }, "'hi  '" },
    { "  hi  ", 6, "rstrip", { NULL }, "'  hi'" },
    { "\303\251\303\251a\303\251\303\251", 9, "strip", { "s\303\251" }, "'a'" },
    { "\343\200\200a\343\200\200", 7, "strip", { NULL }, "'a'" },
    { "a", 1, "strip", { "i1" }, "!TypeError: strip arg must be None or str" },
    { "abcba", 5, "rstrip", { "sab" }, "'abc'" },
    { "hello", 5, "find", { "sl" }, "2" },
    { "hello", 5, "rfind", { "sl" }, "3" },
    { "hello", 5, "find", { "sz" }, "-1" },
    { "hello", 5, "find", { "sl", "i3" }, "3" },
    { "hello", 5, "find", { "sl", "i-2", "i-1" }, "3" },
    { "hello", 5, "find", { "s" }, "0" },
    { "hello", 5, "find", { "s", "i5" }, "5" },
    { "hello", 5, "find", { "s", "i6" }, "-1" },
    { "h\303\251llo w\303\266rld \316\243\316\221\316\243", 20, "find", { "s\303\266" }, "7" },
    { "h\303\251llo w\303\266rld \316\243\316\221\316\243", 20, "rfind", { "s\316\243" }, "14" },
    { "h\303\251llo w\303\266rld \316\243\316\221\316\243", 20, "index", { "sw" }, "6" },
    { "hello", 5, "index", { "sz" }, "!ValueError: substring not found" },
    { "hello", 5, "rindex", { "sl" }, "3" },
    { "hello", 5, "rindex", { "sz" }, "!ValueError: substring not found" },
    { "hello", 5, "find", { "i1" }, "!TypeError: must be str, not int" },
    { "hello", 5, "find", { NULL }, "!TypeError: find() takes at least 1 argument (0 given)" },
    { "aaaa", 4, "count", { "sa" }, "4" },
    { "aaaa", 4, "count", { "saa" }, "2" },
    { "aaaa", 4, "count", { "s" }, "5" },
    { "aaaa", 4, "count", { "sa", "i1", "i3" }, "2" },
    { "h\303\251llo w\303\266rld \316\243\316\221\316\243", 20, "count", { "sl" }, "3" },
    { "aaaa", 4, "count", { "s", "i5" }, "0" },
    { "a-b-c", 5, "replace", { "s-", "s+" }, "'a+b+c'" },
    { "a-b-c", 5, "replace", { "s-", "s", "i1" }, "'ab-c'" },
    { "abc", 3, "replace", { "s", "s." }, "'.a.b.c.'" },
    { "abc", 3, "replace", { "s", "s.", "i2" }, "'.a.bc'" },
    { "h\303\251\303\251", 5, "replace", { "s\303\251", "se" }, "'hee'" },
    { "abc", 3, "replace", { "sx", "sy" }, "'abc'" },
    { "a", 1, "replace", { "i1", "i2" }, "!TypeError: replace() argument 1 must be str, not int" },
    { "hello", 5, "startswith", { "she" }, "True" },
    { "hello", 5, "startswith", { "tsx\001shel" }, "True" },
    { "hello", 5, "startswith", { "sl", "i2" }, "True" },
    { "hello", 5, "endswith", { "slo" }, "True" },
    { "hello", 5, "endswith", { "sl", "i0", "i4" }, "True" },
    { "hello", 5, "endswith", { "s" }, "True" },
    { "hello", 5, "startswith", { "s", "i6" }, "False" },
    { "hello", 5, "startswith", { "i1" }, "!TypeError: startswith first arg must be str or a tuple of str, not int" },
    { "hello", 5, "startswith", { "ti1" }, "!TypeError: tuple for startswith must only contain str, not int" },
    { "h\303\251llo w\303\266rld \316\243\316\221\316\243", 20, "endswith", { "s\316\221\316\243" }, "True" },
    { "Hello World", 11, "upper", { NULL }, "'HELLO WORLD'" },
    { "Hello World", 11, "lower", { NULL }, "'hello world'" },
    { "stra\303\237e", 7, "upper", { NULL }, "'STRASSE'" },
    { "\316\243\316\221\316\243", 6, "lower", { NULL }, "'\317\203\316\261\317\202'" },
    { "\316\221\316\243 \316\243", 7, "lower", { NULL }, "'\316\261\317\202 \317\203'" },
    { "\304\260x", 3, "lower", { NULL }, "'i\314\207x'" },
    { "\357\254\201x", 4, "upper", { NULL }, "'FIX'" },
    { "Stra\303\237e", 7, "casefold", { NULL }, "'strasse'" },
    { "hELLo", 5, "swapcase", { NULL }, "'HellO'" },
    { "\307\205", 2, "swapcase", { NULL }, "'\307\205'" },
    { "hello WORLD", 11, "capitalize", { NULL }, "'Hello world'" },
    { "\307\206emal", 6, "capitalize", { NULL }, "'\307\205emal'" },
    { "they're bill's friends", 22, "title", { NULL }, "\"They'Re Bill'S Friends\"" },
    { "\357\254\202ow \307\206", 8, "title", { NULL }, "'Flow \307\205'" },
    { "\320\277\321\200\320\270\320\262\320\265\321\202 \320\234\320\230\320\240", 19, "upper", { NULL }, "'\320\237\320\240\320\230\320\222\320\225\320\242 \320\234\320\230\320\240'" },
    { "\320\237\320\240\320\230\320\222\320\225\320\242", 12, "lower", { NULL }, "'\320\277\321\200\320\270\320\262\320\265\321\202'" },
    { "\303\200\303\211\303\216", 6, "lower", { NULL }, "'\303\240\303\251\303\256'" },
    { "\303\277", 2, "upper", { NULL }, "'\305\270'" },
    { "a", 1, "lower", { "i1" }, "!TypeError: str.lower() takes no arguments (1 given)" },
    { "123", 3, "isdigit", { NULL }, "True" },
    { "\302\262", 2, "isdigit", { NULL }, "True" },
    { "\302\262", 2, "isdecimal", { NULL }, "False" },
    { "\302\275", 2, "isnumeric", { NULL }, "True" },
    { "\331\243", 2, "isdecimal", { NULL }, "True" },
    { "", 0, "isdigit", { NULL }, "False" },
    { "abc", 3, "isalpha", { NULL }, "True" },
    { "ab1", 3, "isalpha", { NULL }, "False" },
    { "\303\251\303\274", 4, "isalpha", { NULL }, "True" },
    { "ab1", 3, "isalnum", { NULL }, "True" },
    { " \011\012", 3, "isspace", { NULL }, "True" },
    { "", 0, "isspace", { NULL }, "False" },
    { "abc", 3, "islower", { NULL }, "True" },
    { "aBc", 3, "islower", { NULL }, "False" },
    { "123", 3, "islower", { NULL }, "False" },
    { "ABC1", 4, "isupper", { NULL }, "True" },
    { "Title Case", 10, "istitle", { NULL }, "True" },
    { "Title case", 10, "istitle", { NULL }, "False" },
    { "\307\205a", 3, "istitle", { NULL }, "True" },
    { "_a1", 3, "isidentifier", { NULL }, "True" },
    { "1a", 2, "isidentifier", { NULL }, "False" },
    { "\303\251t\303\251", 5, "isidentifier", { NULL }, "True" },
    { "", 0, "isidentifier", { NULL }, "False" },
    { "ab\012", 3, "isprintable", { NULL }, "False" },
    { "", 0, "isprintable", { NULL }, "True" },
    { "\303\251\302\240", 4, "isprintable", { NULL }, "False" },
    { "abc", 3, "isascii", { NULL }, "True" },
    { "\303\251", 2, "isascii", { NULL }, "False" },
    { "42", 2, "zfill", { "i5" }, "'00042'" },
    { "-42", 3, "zfill", { "i5" }, "'-0042'" },
    { "+4", 2, "zfill", { "i1" }, "'+4'" },
    { "", 0, "zfill", { "i3" }, "'000'" },
    { "a", 1, "zfill", { "sa" }, "!TypeError: 'str' object cannot be interpreted as an integer" },
    { "ab", 2, "center", { "i7" }, "'   ab  '" },
    { "abc", 3, "center", { "i6", "s*" }, "'*abc**'" },
    { "abc", 3, "center", { "i2" }, "'abc'" },
    { "a", 1, "center", { "i4", "s\303\251" }, "'\303\251a\303\251\303\251'" },
    { "ab", 2, "ljust", { "i5", "s." }, "'ab...'" },
    { "ab", 2, "rjust", { "i5" }, "'   ab'" },
    { "a", 1, "center", { NULL }, "!TypeError: center expected at least 1 argument, got 0" },
    { "a", 1, "center", { "i3", "sab" }, "!TypeError: The fill character must be exactly one character long" },
    { "a", 1, "center", { "i3", "i1" }, "!TypeError: The fill character must be a unicode character, not int" },
    { "a=b=c", 5, "partition", { "s=" }, "('a', '=', 'b=c')" },
    { "a=b=c", 5, "rpartition", { "s=" }, "('a=b', '=', 'c')" },
    { "abc", 3, "partition", { "sx" }, "('abc', '', '')" },
    { "abc", 3, "rpartition", { "sx" }, "('', '', 'abc')" },
    { "a", 1, "partition", { "s" }, "!ValueError: empty separator" },
    { "a\011b\011c", 5, "expandtabs", { NULL }, "'a       b       c'" },
    { "ab\011c\012\011d", 7, "expandtabs", { "i4" }, "'ab  c\\n    d'" },
    { "\011", 1, "expandtabs", { "i0" }, "''" },
    { "h\303\251llo", 6, "encode", { NULL }, "b'h\\xc3\\xa9llo'" },
    { "h\303\251llo", 6, "encode", { "slatin-1" }, "b'h\\xe9llo'" },
    { "h\303\251llo", 6, "encode", { "sascii" }, "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)" },
    { "h\303\251llo", 6, "encode", { "sascii", "signore" }, "b'hllo'" },
    { "h\303\251llo", 6, "encode", { "sascii", "sreplace" }, "b'h\077llo'" },
    { "ab\342\202\254\342\202\254c", 9, "encode", { "sascii" }, "!UnicodeEncodeError: 'ascii' codec can't encode characters in position 2-3: ordinal not in range(128)" },
    { "\342\202\254", 3, "encode", { "slatin-1" }, "!UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)" },
    { "a", 1, "encode", { "sfoo" }, "!LookupError: unknown encoding: foo" },
    { "\360\237\230\200x", 5, "encode", { "sascii" }, "!UnicodeEncodeError: 'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)" },
    { "prefix-x", 8, "removeprefix", { "sprefix-" }, "'x'" },
    { "x-suffix", 8, "removesuffix", { "s-suffix" }, "'x'" },
    { "abc", 3, "removeprefix", { "sz" }, "'abc'" },
};

START_TEST(test_methods)
{
    int n = run_cases(str_cases, sizeof str_cases / sizeof str_cases[0], 0);
    ck_assert_int_gt(n, 100);
}
END_TEST

START_TEST(test_maketrans_translate)
{
    Object *x = str_from_cstr("abc"), *y = str_from_cstr("xyz"), *z = str_from_cstr("h");
    Object *a3[3] = { x, y, z };
    Object *table = call_method(x, "maketrans", a3, 3);
    ck_assert_ptr_nonnull(table);
    Object *s = str_from_cstr("cabbage h\303\251");
    Object *r = call_method(s, "translate", &table, 1);
    ck_assert_str_eq(STR_UTF8(r), "zxyyxge \303\251");
    DECREF(r); DECREF(s); DECREF(table); DECREF(x); DECREF(y); DECREF(z);
}
END_TEST

TU_MAIN("str", test_construct, test_decode_errors, test_indexing, test_slicing, test_repr,
        test_hash_eq, test_operators, test_join_concat, test_constructor_sizeof, test_methods,
        test_maketrans_translate)
