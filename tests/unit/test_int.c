/* test_int.c — the int and bool types: arithmetic across the word/GMP
 * boundary checked against python3 (run at test time as the oracle, plus a
 * few expectations embedded below), int(str, base) and its errors, the
 * 4300-digit limit, small-int identity, conversions, methods and the
 * refcount balance of every operation. */
#include <math.h>
#include <unistd.h>

#include "testutil.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

/* ---- helpers ------------------------------------------------------------- */

/* The number slot for a textual operator. */
static binaryfunc slot_for(NumberMethods *nm, const char *op)
{
    if (nm == NULL)
        return NULL;
    static const struct { const char *op; size_t off; } tab[] = {
        { "+", offsetof(NumberMethods, add) }, { "-", offsetof(NumberMethods, sub) },
        { "*", offsetof(NumberMethods, mul) }, { "/", offsetof(NumberMethods, truediv) },
        { "//", offsetof(NumberMethods, floordiv) }, { "%", offsetof(NumberMethods, mod) },
        { "divmod", offsetof(NumberMethods, divmod) },
        { "<<", offsetof(NumberMethods, lshift) }, { ">>", offsetof(NumberMethods, rshift) },
        { "&", offsetof(NumberMethods, and_) }, { "|", offsetof(NumberMethods, or_) },
        { "^", offsetof(NumberMethods, xor) },
    };
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if (!strcmp(tab[i].op, op))
            return *(binaryfunc *)((char *)nm + tab[i].off);
    return NULL;
}

/* NEW: a op b through the slots (left, then right), as num_binop does for
 * these types. */
static Object *binop(Object *a, const char *op, Object *b)
{
    if (!strcmp(op, "**")) {
        Object *r = TYPE(a)->num->pow(a, b, NONE);
        if (r == NOTIMPL) {
            DECREF(r);
            r = TYPE(b)->num->pow(a, b, NONE);
        }
        return r;
    }
    binaryfunc f = slot_for(TYPE(a)->num, op), g = slot_for(TYPE(b)->num, op);
    Object *r = f(a, b);
    if (r == NOTIMPL && g && g != f) {
        DECREF(r);
        r = g(a, b);
    }
    return r;
}

/* Writes repr(o) or, when o is NULL or its repr fails, "ExcType: message"
 * of the current exception (cleared) into buf. */
static void describe(Object *o, char *buf, size_t n)
{
    Object *r = o ? TYPE(o)->repr(o) : NULL;
    if (r == NULL) {
        Object *e = err_occurred();
        ck_assert_msg(e != NULL, "NULL result without an exception");
        Object *args = exc_get_args(e);
        const char *msg = "";
        if (args && TUPLE_SIZE(args) == 1 && STR_CHECK(TUPLE_GET(args, 0)))
            msg = STR_UTF8(TUPLE_GET(args, 0));
        snprintf(buf, n, "%s: %s", type_name(TYPE(e)), msg);
        err_clear();
        return;
    }
    snprintf(buf, n, "%s", STR_UTF8(r));
    DECREF(r);
}

/* NEW: an int from decimal text. */
static Object *I(const char *s)
{
    Object *o = int_from_string(s, strlen(s), 10);
    ck_assert_msg(o != NULL, "cannot parse %s", s);
    return o;
}

/* Runs python3 with program on the given input text; returns its stdout
 * (malloc'd). */
static char *python(const char *program, const char *input)
{
    char inpath[] = "/tmp/garter_test_int_XXXXXX";
    int fd = mkstemp(inpath);
    ck_assert_int_ge(fd, 0);
    FILE *f = fdopen(fd, "w");
    fputs(input, f);
    fclose(f);
    char progpath[] = "/tmp/garter_test_int_py_XXXXXX";
    fd = mkstemp(progpath);
    f = fdopen(fd, "w");
    fputs(program, f);
    fclose(f);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "python3 %s < %s", progpath, inpath);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    size_t cap = 1 << 16, len = 0;
    char *out = malloc(cap);
    size_t k;
    while ((k = fread(out + len, 1, cap - len - 1, p)) > 0) {
        len += k;
        if (cap - len < 4096)
            out = realloc(out, cap *= 2);
    }
    out[len] = 0;
    ck_assert_int_eq(pclose(p), 0);
    unlink(inpath);
    unlink(progpath);
    return out;
}

/* A dynamic text buffer for building python input. */
typedef struct { char *s; size_t len, cap; } Text;
static void text_add(Text *t, const char *fmt, ...)
{
    va_list ap;
    for (;;) {
        va_start(ap, fmt);
        int n = vsnprintf(t->s ? t->s + t->len : NULL, t->s ? t->cap - t->len : 0, fmt, ap);
        va_end(ap);
        if (t->s && (size_t)n < t->cap - t->len) {
            t->len += (size_t)n;
            return;
        }
        t->cap = (t->cap + (size_t)n + 1) * 2;
        t->s = realloc(t->s, t->cap);
        if (t->len == 0)
            t->s[0] = 0;
    }
}

static const char *const VALUES[] = {
    "0", "1", "-1", "2", "-3", "7", "255", "256", "257", "-5", "-6", "1000",
    "2147483648", "4294967297", "9007199254740993", "4611686018427387904",
    "9223372036854775807", "-9223372036854775808", "9223372036854775808",
    "-9223372036854775809", "18446744073709551616", "-18446744073709551613",
    "100000000000000000000", "-99999999999999999993", "717897987691852588770249",
    "-6366805760909027985741435139224001", "1000000000000000000000000000000",
    "170141183460469231731687303715884105727",
    "-1606938044258990275541962092341162602522202993782792835301376",
};
#define NVALUES (sizeof VALUES / sizeof VALUES[0])

static const char *const PY_EVAL =
    "import sys\n"
    "for line in sys.stdin:\n"
    "    a, op, b = line.split()\n"
    "    a = int(a); b = int(b)\n"
    "    try:\n"
    "        r = repr(divmod(a, b) if op == 'divmod' else eval('a %s b' % op))\n"
    "    except Exception as e:\n"
    "        r = '%s: %s' % (type(e).__name__, e)\n"
    "    print(r)\n";

/* Checks every line "a op b" of input against python3's answers, and the
 * refcount balance of the operands. */
static void check_against_python(const char *input)
{
    char *expect = python(PY_EVAL, input);
    const char *in = input;
    char *exp_line = expect;
    int ncases = 0;
    while (*in) {
        char a[200], op[16], b[200];
        ck_assert_int_eq(sscanf(in, "%199s %15s %199s", a, op, b), 3);
        in = strchr(in, '\n') + 1;
        char *nl = strchr(exp_line, '\n');
        ck_assert_ptr_nonnull(nl);
        *nl = 0;
        Object *x = I(a), *y = I(b);
        uint32_t rx = REFCNT(x), ry = REFCNT(y);
        Object *r = binop(x, op, y);
        static char got[1 << 14];
        describe(r, got, sizeof got);
        ck_assert_msg(!strcmp(got, exp_line), "%s %s %s: got %s, python says %s",
                      a, op, b, got, exp_line);
        XDECREF(r);
        ck_assert_uint_eq(REFCNT(x), rx);
        ck_assert_uint_eq(REFCNT(y), ry);
        DECREF(x);
        DECREF(y);
        exp_line = nl + 1;
        ncases++;
    }
    ck_assert_int_gt(ncases, 0);
    free(expect);
}

/* ---- tests ------------------------------------------------------------------ */

START_TEST(test_arith_vs_python)
{
    static const char *const ops[] = { "+", "-", "*", "//", "%", "/", "&", "|", "^", "divmod" };
    Text t = { 0 };
    for (size_t i = 0; i < NVALUES; i++)
        for (size_t j = 0; j < NVALUES; j++)
            for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++)
                text_add(&t, "%s %s %s\n", VALUES[i], ops[k], VALUES[j]);
    check_against_python(t.s);
    free(t.s);
}
END_TEST

START_TEST(test_shift_pow_vs_python)
{
    static const char *const shifts[] = { "0", "1", "3", "31", "63", "64", "65", "100", "200", "-1",
                                          "9223372036854775808" };
    static const char *const exps[] = { "0", "1", "2", "3", "5", "10", "63", "64", "100", "-1", "-2" };
    Text t = { 0 };
    for (size_t i = 0; i < NVALUES; i++) {
        for (size_t j = 0; j < sizeof shifts / sizeof shifts[0]; j++) {
            if (strcmp(shifts[j], "9223372036854775808") || !strcmp(VALUES[i], "0"))
                text_add(&t, "%s << %s\n", VALUES[i], shifts[j]);
            text_add(&t, "%s >> %s\n", VALUES[i], shifts[j]);
        }
        for (size_t j = 0; j < sizeof exps / sizeof exps[0]; j++)
            text_add(&t, "%s ** %s\n", VALUES[i], exps[j]);
    }
    check_against_python(t.s);
    free(t.s);
}
END_TEST

/* Random values of every size around the word boundary. */
START_TEST(test_random_vs_python)
{
    static const char *const ops[] = { "+", "-", "*", "//", "%", "/", "&", "|", "^" };
    Text t = { 0 };
    uint64_t s = 0x9E3779B97F4A7C15ull;
    char a[128], b[128];
    for (int n = 0; n < 3000; n++) {
        char *bufs[2] = { a, b };
        for (int w = 0; w < 2; w++) {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            int digits = 1 + (int)(s % 40);
            char *p = bufs[w];
            if (s & (1ull << 40))
                *p++ = '-';
            uint64_t r = s;
            for (int d = 0; d < digits; d++) {
                r = r * 6364136223846793005ull + 1442695040888963407ull;
                *p++ = (char)('0' + (d == 0 ? 1 + (r >> 33) % 9 : (r >> 33) % 10));
            }
            *p = 0;
        }
        text_add(&t, "%s %s %s\n", a, ops[n % 9], b);
    }
    check_against_python(t.s);
    free(t.s);
}
END_TEST

/* Embedded expectations (computed with python3 3.11). */
START_TEST(test_embedded_cases)
{
    static const char *const cases[][4] = {
        { "-7", "//", "2", "-4" }, { "-7", "%", "2", "1" }, { "7", "%", "-2", "-1" },
        { "7", "//", "-2", "-4" }, { "-9223372036854775808", "//", "-1", "9223372036854775808" },
        { "-9223372036854775808", "%", "-1", "0" },
        { "9223372036854775807", "+", "1", "9223372036854775808" },
        { "-9223372036854775808", "-", "1", "-9223372036854775809" },
        { "1000000000000000000000000000000", "/", "7", "1.4285714285714285e+29" },
        { "-1", ">>", "100", "-1" }, { "-5", "&", "3", "3" }, { "-5", "|", "3", "-5" },
        { "-5", "^", "3", "-8" }, { "2", "**", "64", "18446744073709551616" },
        { "2", "**", "-1", "0.5" }, { "0", "**", "-1", "ZeroDivisionError: 0.0 cannot be raised to a negative power" },
        { "1", "//", "0", "ZeroDivisionError: integer division or modulo by zero" },
        { "1", "%", "0", "ZeroDivisionError: integer modulo by zero" },
        { "1", "/", "0", "ZeroDivisionError: division by zero" },
        { "1", "<<", "-1", "ValueError: negative shift count" },
        { "1", "<<", "64", "18446744073709551616" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *x = I(cases[i][0]), *y = I(cases[i][2]);
        Object *r = binop(x, cases[i][1], y);
        char got[256];
        describe(r, got, sizeof got);
        ck_assert_msg(!strcmp(got, cases[i][3]), "%s %s %s: got %s, want %s",
                      cases[i][0], cases[i][1], cases[i][2], got, cases[i][3]);
        XDECREF(r);
        DECREF(x);
        DECREF(y);
    }
}
END_TEST

START_TEST(test_powmod)
{
    static const char *const cases[][4] = {
        { "3", "4", "5", "1" }, { "2", "100000000000000000000", "1000000007", "855473248" },
        { "-3", "5", "7", "2" }, { "3", "5", "-7", "-2" }, { "3", "-1", "7", "5" },
        { "2", "-1", "4", "ValueError: base is not invertible for the given modulus" },
        { "1000000000000000000000000000000", "3", "97", "18" }, { "5", "0", "1", "0" },
        { "5", "-1", "1", "0" }, { "7", "3", "0", "ValueError: pow() 3rd argument cannot be 0" },
        { "0", "0", "7", "1" }, { "-1000000000000000000000000000000", "1000000000000000000", "-1000000000", "0" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *a = I(cases[i][0]), *b = I(cases[i][1]), *m = I(cases[i][2]);
        Object *r = Int_Type.num->pow(a, b, m);
        char got[256];
        describe(r, got, sizeof got);
        ck_assert_msg(!strcmp(got, cases[i][3]), "pow(%s, %s, %s): got %s, want %s",
                      cases[i][0], cases[i][1], cases[i][2], got, cases[i][3]);
        XDECREF(r);
        DECREF(a);
        DECREF(b);
        DECREF(m);
    }
}
END_TEST

START_TEST(test_small_identity_and_layout)
{
    Object *a = int_from_i64(30), *b = int_from_string("30", 2, 10);
    ck_assert_ptr_eq(a, b);
    ck_assert_ptr_eq(a, INT_SMALL(30));
    Object *c = int_from_i64(256), *d = int_from_i64(255), *one = int_from_i64(1);
    Object *e = binop(d, "+", one);
    ck_assert_ptr_eq(c, e);
    Object *f = int_from_i64(257), *g = int_from_i64(257);
    ck_assert_ptr_ne(f, g);                     /* outside the cache */
    Object *m5 = int_from_i64(-5), *m6 = int_from_i64(-6);
    ck_assert_ptr_eq(m5, INT_SMALL(-5));
    ck_assert(!(m6->flags & OF_STATIC));
    ck_assert_uint_eq(sizeof(IntObject), 24);
    ck_assert(INT_IS_SMALL(f));
    Object *big = I("18446744073709551616");
    ck_assert(!INT_IS_SMALL(big));
    Object *back = binop(big, "-", big);         /* normalised to the cached 0 */
    ck_assert_ptr_eq(back, INT_SMALL(0));
    Object *objs[] = { a, b, c, d, one, e, f, g, m5, m6, big, back };
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        DECREF(objs[i]);
}
END_TEST

START_TEST(test_parse)
{
    static const struct { const char *s; int base; const char *want; } cases[] = {
        { "  42  ", 10, "42" }, { "-0", 10, "0" }, { "+17", 10, "17" }, { "1_000_000", 10, "1000000" },
        { "0x_1f", 0, "31" }, { "0x1F", 16, "31" }, { "1f", 16, "31" }, { "0o17", 0, "15" },
        { "0b101", 0, "5" }, { "00", 0, "0" }, { "0_0", 0, "0" }, { "z", 36, "35" },
        { "\xd9\xa1\xd9\xa2\xd9\xa3", 10, "123" }, { " \xe2\x80\x83 12 ", 10, "12" },
        { "123456789012345678901234567890", 10, "123456789012345678901234567890" },
        { "-ffffffffffffffffffff", 16, "-1208925819614629174706175" },
        { "x", 10, "ValueError: invalid literal for int() with base 10: 'x'" },
        { "", 10, "ValueError: invalid literal for int() with base 10: ''" },
        { "010", 0, "ValueError: invalid literal for int() with base 0: '010'" },
        { "1__0", 10, "ValueError: invalid literal for int() with base 10: '1__0'" },
        { "_1", 0, "ValueError: invalid literal for int() with base 0: '_1'" },
        { "1_", 0, "ValueError: invalid literal for int() with base 0: '1_'" },
        { "0x", 0, "ValueError: invalid literal for int() with base 0: '0x'" },
        { "+ 1", 0, "ValueError: invalid literal for int() with base 0: '+ 1'" },
        { "0b102", 0, "ValueError: invalid literal for int() with base 0: '0b102'" },
        { "12", 1, "ValueError: int() base must be >= 2 and <= 36, or 0" },
        { "5", 37, "ValueError: int() base must be >= 2 and <= 36, or 0" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *r = int_from_string(cases[i].s, strlen(cases[i].s), cases[i].base);
        char got[256];
        describe(r, got, sizeof got);
        ck_assert_msg(!strcmp(got, cases[i].want), "int(%s, %d): got %s, want %s",
                      cases[i].s, cases[i].base, got, cases[i].want);
        XDECREF(r);
    }
    Object *l = int_from_literal("0xFF_FF", 7);
    ck_assert_int_eq(INT_VALUE(l), 65535);
    DECREF(l);
}
END_TEST

START_TEST(test_digit_limit)
{
    char *s = malloc(10001);
    memset(s, '7', 10000);
    s[10000] = 0;
    Object *r = int_from_string(s, 5000, 10);
    char got[512];
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "ValueError: Exceeds the limit (4300 digits) for integer string "
                          "conversion: value has 5000 digits; use sys.set_int_max_str_digits() "
                          "to increase the limit");
    ck_assert_int_eq(int_set_max_str_digits(5), -1);
    TU_ASSERT_RAISED(&Exc_ValueError);
    ck_assert_int_eq(int_set_max_str_digits(0), 0);           /* unlimited */
    Object *big = int_from_string(s, 10000, 10);
    ck_assert_ptr_nonnull(big);
    Object *str = int_to_decimal_string(big);                  /* 10,000 digits */
    ck_assert_int_eq(STR_LEN(str), 10000);
    ck_assert(!memcmp(STR_UTF8(str), s, 10000));
    DECREF(str);
    ck_assert_int_eq(int_set_max_str_digits(4300), 0);
    str = int_to_decimal_string(big);
    describe(str, got, sizeof got);
    ck_assert_str_eq(got, "ValueError: Exceeds the limit (4300 digits) for integer string "
                          "conversion; use sys.set_int_max_str_digits() to increase the limit");
    Object *h = int_format_base(big, 16);                      /* no limit for base 16 */
    ck_assert_ptr_nonnull(h);
    ck_assert(!strncmp(STR_UTF8(h), "0x", 2));
    DECREF(h);
    DECREF(big);
    /* exactly 4300 digits is fine */
    big = int_from_string(s, 4300, 10);
    str = int_to_decimal_string(big);
    ck_assert_int_eq(STR_LEN(str), 4300);
    DECREF(str);
    DECREF(big);
    free(s);
}
END_TEST

START_TEST(test_conversions)
{
    int ov;
    Object *a = I("9223372036854775807"), *b = I("9223372036854775808"), *c = I("-9223372036854775809");
    ck_assert_int_eq(int_as_i64(a, &ov), INT64_MAX);
    ck_assert_int_eq(ov, 0);
    int_as_i64(b, &ov);
    ck_assert_int_eq(ov, 1);
    int_as_i64(c, &ov);
    ck_assert_int_eq(ov, -1);
    ck_assert_int_eq(int_as_ssize(b), -1);
    TU_ASSERT_RAISED(&Exc_OverflowError);
    ck_assert(int_as_ssize_clamped(c) == INTPTR_MIN);
    /* correctly rounded int -> float: 2**53 + 1 rounds to even, 2**54+3 up */
    Object *d = I("9007199254740993"), *e = I("18014398509481987"), *f = I("123456789012345678901234567890");
    ck_assert(int_as_double(d) == 9007199254740992.0);
    ck_assert(int_as_double(e) == 18014398509481988.0);
    ck_assert(int_as_double(f) == 1.2345678901234568e+29);
    Object *huge = binop(INT_SMALL(2), "**", INT_SMALL(256));
    Object *h2 = binop(huge, "**", INT_SMALL(4));            /* 2**1024 */
    ck_assert(int_as_double(h2) == -1.0);
    TU_ASSERT_RAISED(&Exc_OverflowError);
    Object *x = int_from_double(1e20), *y = int_from_double(-2.5);
    char got[128];
    describe(x, got, sizeof got);
    ck_assert_str_eq(got, "100000000000000000000");
    ck_assert_int_eq(INT_VALUE(y), -2);
    ck_assert_ptr_null(int_from_double(INFINITY));
    TU_ASSERT_RAISED(&Exc_OverflowError);
    ck_assert_ptr_null(int_from_double(NAN));
    TU_ASSERT_RAISED(&Exc_ValueError);
    ck_assert_int_eq(int_compare_double(d, 9007199254740992.0), 1);   /* 2**53+1 > float(2**53) */
    ck_assert_int_eq(int_compare_double(a, INFINITY), -1);
    ck_assert_int_eq(int_compare_double(c, -INFINITY), 1);
    Object *hx = int_format_base(c, 16), *bn = int_format_base(INT_SMALL(-5), 2);
    describe(hx, got, sizeof got);
    ck_assert_str_eq(got, "'-0x8000000000000001'");
    describe(bn, got, sizeof got);
    ck_assert_str_eq(got, "'-0b101'");
    ck_assert_uint_eq(int_bit_length(b), 64);
    ck_assert_uint_eq(int_bit_length(INT_SMALL(-5)), 3);
    Object *objs[] = { a, b, c, d, e, f, huge, h2, x, y, hx, bn };
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        DECREF(objs[i]);
}
END_TEST

START_TEST(test_hash)
{
    static const struct { const char *v; hash_t h; } cases[] = {
        { "-1", -2 }, { "2305843009213693951", 0 }, { "2305843009213693952", 1 },
        { "-2305843009213693952", -2 }, { "1", 1 }, { "0", 0 },
        { "123456789012345678901234567890", 248789772095949448 },
        { "-18446744073709551616", -8 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *o = I(cases[i].v);
        ck_assert_msg(int_hash(o) == cases[i].h, "hash(%s) = %lld", cases[i].v, (long long)int_hash(o));
        DECREF(o);
    }
    ck_assert(int_hash(GTrue) == 1);
}
END_TEST

START_TEST(test_bool)
{
    ck_assert(INT_CHECK(GTrue));
    ck_assert(!INT_CHECK_EXACT(GTrue));
    char got[64];
    Object *r = binop(GTrue, "+", GTrue);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "2");
    DECREF(r);
    r = binop(GTrue, "&", GFalse);
    ck_assert_ptr_eq(r, GFalse);
    DECREF(r);
    r = binop(GTrue, "^", GTrue);
    ck_assert_ptr_eq(r, GFalse);
    DECREF(r);
    r = binop(GTrue, "|", INT_SMALL(2));
    ck_assert_ptr_eq(TYPE(r), &Int_Type);
    ck_assert_int_eq(INT_VALUE(r), 3);
    DECREF(r);
    r = binop(INT_SMALL(1), "-", GTrue);
    ck_assert_ptr_eq(r, INT_SMALL(0));
    DECREF(r);
    r = Bool_Type.num->invert(GTrue);
    ck_assert_int_eq(INT_VALUE(r), -2);
    DECREF(r);
    describe(GTrue, got, sizeof got);
    ck_assert_str_eq(got, "True");
    describe(GFalse, got, sizeof got);
    ck_assert_str_eq(got, "False");
    r = bool_from(7);
    ck_assert_ptr_eq(r, GTrue);
    DECREF(r);
}
END_TEST

/* Calls a method by name through the type's MethodDef table. */
static Object *call_method(Object *self, const char *name, Object *const *args, size_t nargs,
                           Object *kwnames)
{
    for (TypeObject *t = TYPE(self); t; t = t->base)
        for (MethodDef *m = t->methods; m && m->name; m++)
            if (!strcmp(m->name, name))
                return m->fn((m->flags & METH_CLASS) ? (Object *)t : self, args, nargs, kwnames);
    ck_abort_msg("no method %s", name);
    return NULL;
}

START_TEST(test_methods)
{
    char got[256];
    Object *big = I("-123456789012345678901234567890");
    Object *r = call_method(big, "bit_length", NULL, 0, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "97");
    DECREF(r);
    r = call_method(big, "bit_count", NULL, 0, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "54");
    DECREF(r);
    r = call_method(big, "bit_length", &big, 1, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "TypeError: int.bit_length() takes no arguments (1 given)");

    /* to_bytes / from_bytes round trips, signed and not */
    Object *len = int_from_i64(16), *little = str_from_cstr("little"), *bigs = str_from_cstr("big");
    Object *kw = tuple_pack(1, str_from_cstr("signed"));
    DECREF(TUPLE_GET(kw, 0));   /* tuple_pack took its own reference */
    Object *args[3] = { len, little, GTrue };
    Object *by = call_method(big, "to_bytes", args, 2, kw);
    ck_assert_ptr_nonnull(by);
    ck_assert_int_eq(BYTES_SIZE(by), 16);
    Object *fargs[3] = { by, little, GTrue };
    Object *back = call_method(INT_SMALL(0), "from_bytes", fargs, 2, kw);
    ck_assert_int_eq(int_compare(back, big), 0);
    DECREF(back);
    DECREF(by);
    r = call_method(big, "to_bytes", args, 2, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "OverflowError: can't convert negative int to unsigned");
    Object *one = INT_SMALL(1);
    Object *a2[3] = { INT_SMALL(2), bigs, GTrue };
    by = call_method(INT_SMALL(-1), "to_bytes", a2, 2, kw);
    describe(by, got, sizeof got);
    ck_assert_str_eq(got, "b'\\xff\\xff'");
    DECREF(by);
    Object *a3[3] = { one, bigs, GTrue };
    r = call_method(INT_SMALL(256), "to_bytes", a3, 2, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "OverflowError: int too big to convert");
    r = call_method(INT_SMALL(128), "to_bytes", a3, 2, kw);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "OverflowError: int too big to convert");
    Object *m128 = int_from_i64(-128);
    by = call_method(m128, "to_bytes", a3, 2, kw);
    describe(by, got, sizeof got);
    ck_assert_str_eq(got, "b'\\x80'");
    DECREF(by);
    DECREF(m128);
    Object *bad = str_from_cstr("bog");
    Object *a4[2] = { one, bad };
    r = call_method(one, "to_bytes", a4, 2, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "ValueError: byteorder must be either 'little' or 'big'");
    DECREF(bad);

    /* __round__ */
    static const struct { int64_t v, nd; const char *want; } rc[] = {
        { 25, -1, "20" }, { 35, -1, "40" }, { -25, -1, "-20" }, { 5, -1, "0" },
        { 15, -1, "20" }, { 123456, -3, "123000" }, { 2, 5, "2" }, { 999, -5, "0" },
    };
    for (size_t i = 0; i < sizeof rc / sizeof rc[0]; i++) {
        Object *v = int_from_i64(rc[i].v), *nd = int_from_i64(rc[i].nd);
        r = call_method(v, "__round__", &nd, 1, NULL);
        describe(r, got, sizeof got);
        ck_assert_msg(!strcmp(got, rc[i].want), "round(%lld, %lld) = %s", (long long)rc[i].v,
                      (long long)rc[i].nd, got);
        XDECREF(r);
        DECREF(v);
        DECREF(nd);
    }
    r = call_method(big, "as_integer_ratio", NULL, 0, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "(-123456789012345678901234567890, 1)");
    DECREF(r);
    r = call_method(big, "__sizeof__", NULL, 0, NULL);
    ck_assert_int_ge(INT_VALUE(r), 32);
    DECREF(r);
    Object *seven = int_from_i64(1000);
    r = call_method(seven, "__sizeof__", NULL, 0, NULL);
    ck_assert_int_eq(INT_VALUE(r), 24);
    DECREF(r);
    DECREF(seven);
    DECREF(kw);
    DECREF(len);
    DECREF(little);
    DECREF(bigs);
    DECREF(big);
}
END_TEST

START_TEST(test_constructor)
{
    char got[256];
    Object *s = str_from_cstr("  -12_3 "), *base = int_from_i64(0);
    Object *r = Int_Type.new_(&Int_Type, &s, 1, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "-123");
    DECREF(r);
    Object *fl = float_from_double(-3.99);
    r = Int_Type.new_(&Int_Type, &fl, 1, NULL);
    ck_assert_int_eq(INT_VALUE(r), -3);
    DECREF(r);
    r = Int_Type.new_(&Int_Type, NULL, 0, NULL);
    ck_assert_ptr_eq(r, INT_SMALL(0));
    DECREF(r);
    r = Int_Type.new_(&Int_Type, (Object *[]){ GTrue }, 1, NULL);
    ck_assert_ptr_eq(r, INT_SMALL(1));
    DECREF(r);
    Object *hex = str_from_cstr("0x10");
    r = Int_Type.new_(&Int_Type, (Object *[]){ hex, base }, 2, NULL);
    ck_assert_int_eq(INT_VALUE(r), 16);
    DECREF(r);
    r = Int_Type.new_(&Int_Type, (Object *[]){ fl, base }, 2, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "TypeError: int() can't convert non-string with explicit base");
    Object *t = tuple_new(0);
    r = Int_Type.new_(&Int_Type, &t, 1, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'tuple'");
    Object *kw = tuple_pack(1, str_from_cstr("x"));
    DECREF(TUPLE_GET(kw, 0));
    r = Int_Type.new_(&Int_Type, &hex, 0, kw);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "TypeError: 'x' is an invalid keyword argument for int()");
    Object *by = bytes_from("x", 1);
    r = Int_Type.new_(&Int_Type, &by, 1, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "ValueError: invalid literal for int() with base 10: b'x'");
    Object *inf = float_from_double(INFINITY);
    r = Int_Type.new_(&Int_Type, &inf, 1, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "OverflowError: cannot convert float infinity to integer");
    Object *objs[] = { s, base, fl, hex, t, kw, by, inf };
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        DECREF(objs[i]);
}
END_TEST

TU_MAIN("int", test_arith_vs_python, test_shift_pow_vs_python, test_random_vs_python,
        test_embedded_cases, test_powmod, test_small_identity_and_layout, test_parse,
        test_digit_limit, test_conversions, test_hash, test_bool, test_methods,
        test_constructor)
