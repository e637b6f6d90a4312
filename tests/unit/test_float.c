/* test_float.c — the float type against python3 as the oracle (run at test
 * time): repr of 1,300,000+ doubles, float(str), arithmetic and mixed int/float
 * operations, round(x, n), hex/fromhex; plus hashing rules shared with int,
 * exact int/float comparison, the constructor and refcount balance. */
#include <math.h>
#include <unistd.h>

#include "testutil.h"
#include "objects/bool.h"
#include "objects/float.h"
#include "objects/format.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"

/* ---- helpers ------------------------------------------------------------- */

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

/* Runs python3 program with input on stdin; returns stdout (malloc'd). */
static char *python(const char *program, const char *input)
{
    char inpath[] = "/tmp/garter_test_float_XXXXXX", progpath[] = "/tmp/garter_test_float_py_XXXXXX";
    int fd = mkstemp(inpath);
    ck_assert_int_ge(fd, 0);
    FILE *f = fdopen(fd, "w");
    fputs(input, f);
    fclose(f);
    fd = mkstemp(progpath);
    ck_assert_int_ge(fd, 0);
    f = fdopen(fd, "w");
    fputs(program, f);
    fclose(f);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "python3 %s < %s", progpath, inpath);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    size_t cap = 1 << 20, len = 0, k;
    char *out = malloc(cap);
    while ((k = fread(out + len, 1, cap - len - 1, p)) > 0) {
        len += k;
        if (cap - len < 65536)
            out = realloc(out, cap *= 2);
    }
    out[len] = 0;
    ck_assert_int_eq(pclose(p), 0);
    unlink(inpath);
    unlink(progpath);
    return out;
}

/* Next line of *cur (NUL-terminated in place). */
static char *next_line(char **cur)
{
    char *l = *cur, *nl = strchr(l, '\n');
    ck_assert_msg(nl != NULL, "python output ended early");
    *nl = 0;
    *cur = nl + 1;
    return l;
}

static void describe(Object *o, char *buf, size_t n)
{
    Object *r = o ? TYPE(o)->repr(o) : NULL;
    if (r == NULL) {
        Object *e = err_occurred();
        ck_assert_msg(e != NULL, "NULL result without an exception");
        Object *args = exc_get_args(e);
        if (args && TUPLE_SIZE(args) == 1 && STR_CHECK(TUPLE_GET(args, 0))) {
            snprintf(buf, n, "%s: %s", type_name(TYPE(e)), STR_UTF8(TUPLE_GET(args, 0)));
        } else if (args && TUPLE_SIZE(args) == 2) {
            Object *a0 = TYPE(TUPLE_GET(args, 0))->repr(TUPLE_GET(args, 0));
            Object *a1 = TYPE(TUPLE_GET(args, 1))->repr(TUPLE_GET(args, 1));
            snprintf(buf, n, "%s: (%s, %s)", type_name(TYPE(e)), STR_UTF8(a0), STR_UTF8(a1));
            DECREF(a0);
            DECREF(a1);
        } else {
            snprintf(buf, n, "%s: ", type_name(TYPE(e)));
        }
        err_clear();
        return;
    }
    snprintf(buf, n, "%s", STR_UTF8(r));
    DECREF(r);
}

static double from_bits(uint64_t b)
{
    double d;
    memcpy(&d, &b, 8);
    return d;
}

static uint64_t to_bits(double d)
{
    uint64_t b;
    memcpy(&b, &d, 8);
    return b;
}

static uint64_t rng = 0x243F6A8885A308D3ull;
static uint64_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* A mix of random bit patterns, short decimals and scaled values. */
static double random_double(int i)
{
    uint64_t r = next_rand();
    switch (i % 4) {
    case 0: return from_bits(r);
    case 1: return (double)(int64_t)(r % 2000000001) / pow(10.0, (double)((r >> 40) % 12));
    case 2: return from_bits(r) * 0.0 + ldexp((double)(r >> 11), (int)((r % 200) - 100) - 53);
    default: return (double)(r >> 30) * pow(10.0, (double)((int)((r >> 8) % 61) - 30));
    }
}

static const char *const PY_HEADER =
    "import sys, struct, math\n"
    "def d(h): return struct.unpack('<d', int(h, 16).to_bytes(8, 'little'))[0]\n"
    "def run(f):\n"
    "    try: return f()\n"
    "    except Exception as e: return '%s: %s' % (type(e).__name__, e)\n";

/* ---- repr ------------------------------------------------------------------ */

START_TEST(test_repr_vs_python)
{
    Text in = { 0 };
    size_t n = 0;
    double *vals = malloc(sizeof(double) * 1400000);
    for (int i = 0; i < 1000000; i++)
        vals[n++] = random_double(i);
    for (int i = 0; i < 50000; i++)             /* subnormals and their neighbours */
        vals[n++] = from_bits((next_rand() >> (12 + i % 40)) | ((uint64_t)(i & 1) << 63));
    for (int e = -1074; e <= 1023; e++) {        /* every power of two */
        vals[n++] = ldexp(1.0, e);
        vals[n++] = nextafter(ldexp(1.0, e), 0.0);
    }
    for (uint64_t e = 0; e < 2047; e++)          /* every exponent: edge and random mantissas */
        for (uint64_t j = 0; j < 64; j++) {
            uint64_t m = j < 3 ? j : j < 6 ? (1ull << 52) - (j - 2) : next_rand() & ((1ull << 52) - 1);
            vals[n++] = from_bits(e << 52 | m);
        }
    for (int i = 0; i < 100000; i++) {           /* short decimals at every scale */
        char s[48];
        uint64_t r = next_rand();
        snprintf(s, sizeof s, "%llue%d", (unsigned long long)(r % 100000000000000000ull >> (r % 50)),
                 (int)((r >> 32) % 640) - 330);
        vals[n++] = strtod(s, NULL);
    }
    for (int i = 0; i < 20000; i++)              /* halfway ties between 17-digit decimals */
        vals[n++] = ldexp((double)((next_rand() >> 11) | 1), -2);
    static const double specials[] = { 0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1e16, 1e15, 1e-5, 1e-4,
                                       123456789012345680.0, 1.7976931348623157e308, 5e-324,
                                       2.2250738585072014e-308, 9007199254740993.0, 1e22, 1e23 };
    for (size_t i = 0; i < sizeof specials / sizeof specials[0]; i++)
        vals[n++] = specials[i];
    vals[n++] = INFINITY;
    vals[n++] = -INFINITY;
    vals[n++] = NAN;
    for (size_t i = 0; i < n; i++)
        text_add(&in, "%016llx\n", (unsigned long long)to_bits(vals[i]));
    Text prog = { 0 };
    text_add(&prog, "%sh = sys.stdin.read().split()\n"
             "v = struct.unpack('>%%dd' %% len(h), bytes.fromhex(''.join(h)))\n"
             "sys.stdout.write('\\n'.join(map(repr, v)) + '\\n')\n", PY_HEADER);
    char *out = python(prog.s, in.s), *cur = out;
    for (size_t i = 0; i < n; i++) {
        char *want = next_line(&cur), got[64];
        float_repr_buf(vals[i], got, sizeof got);
        ck_assert_msg(!strcmp(got, want), "repr(%a): got %s, python says %s", vals[i], got, want);
        /* and it reads back to the same double */
        Object *back = float_from_string(got, strlen(got));
        ck_assert_ptr_nonnull(back);
        ck_assert(isnan(vals[i]) || to_bits(FLOAT_VALUE(back)) == to_bits(vals[i]));
        DECREF(back);
        if (i % 8 == 0) {
            /* format(x, '') shares the digits */
            char *f = fmt_double_to_string(vals[i], 'r', 0, FMT_DTSF_ADD_DOT_0);
            ck_assert_str_eq(f, got);
            free(f);
        }
    }
    Object *f = float_from_double(1e16);
    Object *r = TYPE(f)->repr(f);
    ck_assert_str_eq(STR_UTF8(r), "1e+16");
    DECREF(r);
    DECREF(f);
    free(out);
    free(in.s);
    free(prog.s);
    free(vals);
}
END_TEST

/* ---- float(str) --------------------------------------------------------------- */

START_TEST(test_parse_vs_python)
{
    static const char *const cases[] = {
        "1.5", "  -2.5e3  ", "1_000.000_1", "1__0", "_1", "1_", "1_.5", "1._5", "1e_5", "inf",
        "-Infinity", "nAn", "+nan", "-inf", "infinit", "1e500", "-1e500", "1e-400", ".5", "5.",
        ".", "", " ", "e5", "1e", "1e+", "0x1p3", "1.5j", "\xd9\xa1.\xd9\xa2", "\xe2\x80\x83 7 ",
        "1,5", "12abc", "0.1", "000001.5", "1E5", "+.5e-3", "--1", "1 2", "infinity ", "\t3.25\n",
        "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999",
    };
    Text in = { 0 };
    size_t n = sizeof cases / sizeof cases[0];
    for (size_t i = 0; i < n; i++) {
        for (const char *p = cases[i]; *p; p++)
            text_add(&in, "%02x", (unsigned char)*p);
        text_add(&in, ".\n");
    }
    Text prog = { 0 };
    text_add(&prog, "%sfor line in sys.stdin:\n"
             "    s = bytes.fromhex(line.strip()[:-1]).decode()\n"
             "    print(run(lambda: repr(float(s))))\n", PY_HEADER);
    char *out = python(prog.s, in.s), *cur = out;
    for (size_t i = 0; i < n; i++) {
        char *want = next_line(&cur), got[512];
        Object *r = float_from_string(cases[i], strlen(cases[i]));
        describe(r, got, sizeof got);
        ck_assert_msg(!strcmp(got, want), "float(%s): got %s, python says %s", cases[i], got, want);
        XDECREF(r);
    }
    free(out);
    free(in.s);
    free(prog.s);
}
END_TEST

/* ---- arithmetic ----------------------------------------------------------------- */

static binaryfunc slot_for(NumberMethods *nm, const char *op)
{
    if (!strcmp(op, "+")) return nm->add;
    if (!strcmp(op, "-")) return nm->sub;
    if (!strcmp(op, "*")) return nm->mul;
    if (!strcmp(op, "/")) return nm->truediv;
    if (!strcmp(op, "//")) return nm->floordiv;
    if (!strcmp(op, "%")) return nm->mod;
    if (!strcmp(op, "divmod")) return nm->divmod;
    return NULL;
}

/* NEW: a op b through the slots, left then right. */
static Object *binop(Object *a, const char *op, Object *b)
{
    Object *r;
    if (!strcmp(op, "**")) {
        r = TYPE(a)->num->pow(a, b, NONE);
        if (r == NOTIMPL) {
            DECREF(r);
            r = TYPE(b)->num->pow(a, b, NONE);
        }
        return r;
    }
    r = slot_for(TYPE(a)->num, op)(a, b);
    if (r == NOTIMPL) {
        DECREF(r);
        r = slot_for(TYPE(b)->num, op)(a, b);
    }
    return r;
}

static const double OPERANDS[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 7.0, -7.0, 1e308, -1e308, 5e-324, 1e-300, 0.1,
    123.456, -0.75, 2.0, 1e16, 9007199254740993.0, INFINITY, -INFINITY, NAN, 10.0, -3.0,
};
#define NOPER (sizeof OPERANDS / sizeof OPERANDS[0])
static const char *const INTS[] = {
    "0", "1", "-1", "3", "-7", "9007199254740993", "-18446744073709551617",
    "100000000000000000000000000000000000000000000000000",
    "3" "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
};
#define NINTS (sizeof INTS / sizeof INTS[0])

START_TEST(test_arith_vs_python)
{
    static const char *const ops[] = { "+", "-", "*", "/", "//", "%", "**", "divmod" };
    Text in = { 0 };
    /* float op float */
    for (size_t i = 0; i < NOPER; i++)
        for (size_t j = 0; j < NOPER; j++)
            for (size_t k = 0; k < 8; k++)
                text_add(&in, "f %016llx %s f %016llx\n", (unsigned long long)to_bits(OPERANDS[i]),
                         ops[k], (unsigned long long)to_bits(OPERANDS[j]));
    /* int op float and float op int */
    for (size_t i = 0; i < NINTS; i++)
        for (size_t j = 0; j < NOPER; j++)
            for (size_t k = 0; k < 8; k++) {
                text_add(&in, "i %s %s f %016llx\n", INTS[i], ops[k], (unsigned long long)to_bits(OPERANDS[j]));
                text_add(&in, "f %016llx %s i %s\n", (unsigned long long)to_bits(OPERANDS[j]), ops[k], INTS[i]);
            }
    /* random pairs */
    for (int n = 0; n < 20000; n++)
        text_add(&in, "f %016llx %s f %016llx\n", (unsigned long long)to_bits(random_double(n)),
                 ops[n % 8], (unsigned long long)to_bits(random_double(n + 1)));
    Text prog = { 0 };
    text_add(&prog, "%s"
             "def v(t, x): return d(x) if t == 'f' else int(x)\n"
             "def ev(a, op, b):\n"
             "    if op == 'divmod': return repr(divmod(a, b))\n"
             "    r = eval('a %%s b' %% op)\n"
             "    if isinstance(r, complex): return 'ValueError: negative number cannot be raised to a fractional power'\n"
             "    return repr(r)\n"
             "for line in sys.stdin:\n"
             "    ta, a, op, tb, b = line.split()\n"
             "    r = run(lambda: ev(v(ta, a), op, v(tb, b)))\n"
             "    if r == 'OverflowError: complex exponentiation':\n"
             "        r = 'ValueError: negative number cannot be raised to a fractional power'\n"
             "    print(r)\n", PY_HEADER);
    char *out = python(prog.s, in.s), *cur = out;
    const char *p = in.s;
    while (*p) {
        char ta[4], a[512], op[8], tb[4], b[512];
        ck_assert_int_eq(sscanf(p, "%3s %511s %7s %3s %511s", ta, a, op, tb, b), 5);
        p = strchr(p, '\n') + 1;
        Object *x = ta[0] == 'f' ? float_from_double(from_bits(strtoull(a, NULL, 16)))
                                 : int_from_string(a, strlen(a), 10);
        Object *y = tb[0] == 'f' ? float_from_double(from_bits(strtoull(b, NULL, 16)))
                                 : int_from_string(b, strlen(b), 10);
        uint32_t rx = REFCNT(x), ry = REFCNT(y);
        Object *r = binop(x, op, y);
        char *want = next_line(&cur), got[1024];
        describe(r, got, sizeof got);
        ck_assert_msg(!strcmp(got, want), "%s %s %s: got %s, python says %s", a, op, b, got, want);
        XDECREF(r);
        ck_assert_uint_eq(REFCNT(x), rx);
        ck_assert_uint_eq(REFCNT(y), ry);
        DECREF(x);
        DECREF(y);
    }
    free(out);
    free(in.s);
    free(prog.s);
}
END_TEST

/* Calls a method by name through the type's MethodDef table. */
static Object *call_method(Object *self, const char *name, Object *const *args, size_t nargs)
{
    for (TypeObject *t = TYPE(self); t; t = t->base)
        for (MethodDef *m = t->methods; m && m->name; m++)
            if (!strcmp(m->name, name))
                return m->fn((m->flags & METH_CLASS) ? (Object *)t : self, args, nargs, NULL);
    ck_abort_msg("no method %s", name);
    return NULL;
}

START_TEST(test_round_hex_vs_python)
{
    Text in = { 0 };
    static const int nds[] = { 0, 1, 2, 3, 5, -1, -2, -5, 15, 17, 300, -300, 400, -400 };
    const size_t N = 6000;
    double *vals = malloc(sizeof(double) * N);
    for (size_t i = 0; i < N; i++) {
        vals[i] = i < 40 ? (double)((int)i - 20) * 0.5 + (i % 3 ? 0.0 : 0.125) : random_double((int)i);
        if (i >= 40 && i % 5 == 0)
            vals[i] = (double)(int64_t)(next_rand() % 100000) / 1000.0;    /* ties like 2.675 */
        text_add(&in, "%016llx %d\n", (unsigned long long)to_bits(vals[i]), nds[i % 14]);
    }
    Text prog = { 0 };
    text_add(&prog, "%sfor line in sys.stdin:\n"
             "    h, nd = line.split(); x = d(h)\n"
             "    print(run(lambda: repr(round(x, int(nd)))))\n"
             "    print(run(lambda: repr(round(x))))\n"
             "    print(x.hex())\n"
             "    print(run(lambda: repr(x.as_integer_ratio())))\n", PY_HEADER);
    char *out = python(prog.s, in.s), *cur = out;
    for (size_t i = 0; i < N; i++) {
        char got[2048];
        Object *f = float_from_double(vals[i]), *nd = int_from_i64(nds[i % 14]);
        Object *r = call_method(f, "__round__", &nd, 1);
        char *want = next_line(&cur);
        describe(r, got, sizeof got);
        ck_assert_msg(!strcmp(got, want), "round(%a, %d): got %s, python says %s", vals[i], nds[i % 14], got, want);
        XDECREF(r);
        r = call_method(f, "__round__", NULL, 0);
        want = next_line(&cur);
        describe(r, got, sizeof got);
        ck_assert_msg(!strcmp(got, want), "round(%a): got %s, python says %s", vals[i], got, want);
        XDECREF(r);
        r = call_method(f, "hex", NULL, 0);
        want = next_line(&cur);
        ck_assert_msg(!strcmp(STR_UTF8(r), want), "hex(%a): got %s, python says %s", vals[i], STR_UTF8(r), want);
        Object *back = call_method(f, "fromhex", &r, 1);
        ck_assert(isnan(vals[i]) || to_bits(FLOAT_VALUE(back)) == to_bits(vals[i]));
        DECREF(back);
        DECREF(r);
        r = call_method(f, "as_integer_ratio", NULL, 0);
        want = next_line(&cur);
        describe(r, got, sizeof got);
        ck_assert_msg(!strcmp(got, want), "%a.as_integer_ratio(): got %s, python says %s", vals[i], got, want);
        XDECREF(r);
        DECREF(f);
        DECREF(nd);
    }
    free(out);
    free(in.s);
    free(prog.s);
    free(vals);
}
END_TEST

START_TEST(test_fromhex_cases)
{
    static const struct { const char *s; const char *want; } cases[] = {
        { "0x1.8p1", "3.0" }, { "  -0X1P-1074 ", "-5e-324" }, { "0x1p-1075", "0.0" },
        { "0x1.0000000000000fp0", "1.0000000000000002" }, { "0x1.00000000000008p0", "1.0" },
        { "0x1.00000000000018p0", "1.0000000000000004" }, { "1", "1.0" }, { "ff", "255.0" },
        { "inf", "inf" }, { "-Infinity", "-inf" }, { "nan", "nan" }, { "0x.8", "0.5" },
        { "0x1p1024", "OverflowError: hexadecimal value too large to represent as a float" },
        { "0x1.fffffffffffff8p1023", "OverflowError: hexadecimal value too large to represent as a float" },
        { "0x1.fffffffffffffp1023", "1.7976931348623157e+308" },
        { "x", "ValueError: invalid hexadecimal floating-point string" },
        { "0x", "ValueError: invalid hexadecimal floating-point string" },
        { "0x1p", "ValueError: invalid hexadecimal floating-point string" },
        { "0x1p+-1", "ValueError: invalid hexadecimal floating-point string" },
    };
    Object *zero = float_from_double(0.0);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *s = str_from_cstr(cases[i].s);
        Object *r = call_method(zero, "fromhex", &s, 1);
        char got[256];
        describe(r, got, sizeof got);
        ck_assert_msg(!strcmp(got, cases[i].want), "fromhex(%s): got %s, want %s", cases[i].s, got, cases[i].want);
        XDECREF(r);
        DECREF(s);
    }
    DECREF(zero);
}
END_TEST

/* ---- hashing and comparison --------------------------------------------------------- */

START_TEST(test_hash)
{
    Object *one = float_from_double(1.0), *half = float_from_double(0.5), *inf = float_from_double(INFINITY);
    ck_assert(float_hash(one) == 1);
    ck_assert(float_hash(one) == int_hash(INT_SMALL(1)));
    ck_assert(float_hash(one) == int_hash(GTrue));
    ck_assert(float_hash(half) == 1152921504606846976);
    ck_assert(hash_double(NULL, -0.5) == -1152921504606846976);
    ck_assert(float_hash(inf) == 314159);
    ck_assert(hash_double(NULL, -INFINITY) == -314159);
    ck_assert(hash_double(NULL, 1e100) == 1822893315824342674);
    ck_assert(hash_double(NULL, 1.5e-300) == 1876877353711978326);
    ck_assert(hash_double(NULL, -1.0) == -2);
    Object *big = int_from_string("1" "0000000000" "0000000000" "0", 21, 10);   /* 10**20 */
    ck_assert(hash_double(NULL, 1e20) == int_hash(big));
    Object *n1 = float_from_double(NAN), *n2 = float_from_double(NAN);
    ck_assert(float_hash(n1) != float_hash(n2));   /* identity-based */
    ck_assert(hash_bytes("abc", 3) == hash_bytes("abc", 3));
    ck_assert(hash_bytes("abc", 3) != hash_bytes("abd", 3));
    ck_assert(hash_bytes("", 0) != -1);
    DECREF(one);
    DECREF(half);
    DECREF(inf);
    DECREF(big);
    DECREF(n1);
    DECREF(n2);
}
END_TEST

static int cmp(Object *a, Object *b, int op)
{
    Object *r = Float_Type.richcompare(a, b, op);
    ck_assert(r == GTrue || r == GFalse);
    int v = r == GTrue;
    DECREF(r);
    return v;
}

START_TEST(test_mixed_compare)
{
    Object *i53 = int_from_string("9007199254740993", 16, 10);   /* 2**53 + 1 */
    Object *f53 = float_from_double(9007199254740992.0);
    ck_assert(cmp(f53, i53, CMP_LT));
    ck_assert(!cmp(f53, i53, CMP_EQ));
    ck_assert(cmp(f53, i53, CMP_NE));
    Object *huge = int_from_string("1" "0000000000" "0000000000" "0000000000" "0000000000", 41, 10);
    Object *fh = float_from_double(1e40);
    ck_assert(!cmp(fh, huge, CMP_EQ));      /* 1e40 is not exactly 10**40 */
    ck_assert(cmp(fh, huge, CMP_GT));
    Object *inf = float_from_double(INFINITY), *nan = float_from_double(NAN);
    ck_assert(cmp(inf, huge, CMP_GT));
    ck_assert(!cmp(nan, huge, CMP_EQ));
    ck_assert(cmp(nan, huge, CMP_NE));
    ck_assert(!cmp(nan, nan, CMP_EQ));
    Object *three = float_from_double(3.0), *t = int_from_i64(3);
    ck_assert(cmp(three, t, CMP_EQ));
    ck_assert(cmp(three, GTrue, CMP_GT));
    Object *r = Float_Type.richcompare(three, NONE, CMP_LT);
    ck_assert_ptr_eq(r, NOTIMPL);
    DECREF(r);
    Object *objs[] = { i53, f53, huge, fh, inf, nan, three, t };
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        DECREF(objs[i]);
}
END_TEST

/* ---- constructor, free list, misc ----------------------------------------------------- */

START_TEST(test_constructor)
{
    char got[256];
    Object *s = str_from_cstr(" 1_5.25 ");
    Object *r = Float_Type.new_(&Float_Type, &s, 1, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "15.25");
    DECREF(r);
    r = Float_Type.new_(&Float_Type, NULL, 0, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "0.0");
    DECREF(r);
    Object *big = int_from_string("1" "0000000000" "0000000000", 21, 10);
    r = Float_Type.new_(&Float_Type, &big, 1, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "1e+20");
    DECREF(r);
    Object *t = tuple_new(0);
    r = Float_Type.new_(&Float_Type, &t, 1, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "TypeError: float() argument must be a string or a real number, not 'tuple'");
    Object *x = str_from_cstr("x");
    r = Float_Type.new_(&Float_Type, &x, 1, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "ValueError: could not convert string to float: 'x'");
    Object *two = int_from_i64(2), *exp = int_from_string("1024", 4, 10);
    Object *p = Int_Type.num->pow(two, exp, NONE);
    r = Float_Type.new_(&Float_Type, &p, 1, NULL);
    describe(r, got, sizeof got);
    ck_assert_str_eq(got, "OverflowError: int too large to convert to float");
    Object *objs[] = { s, big, t, x, two, exp, p };
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        DECREF(objs[i]);
}
END_TEST

START_TEST(test_free_list_and_methods)
{
    Object *a = float_from_double(1.5);
    DECREF(a);
    Object *b = float_from_double(2.5);     /* reuses the freed object */
    ck_assert_ptr_eq(a, b);
    ck_assert_uint_eq(REFCNT(b), 1);
    ck_assert(FLOAT_VALUE(b) == 2.5);
    ck_assert_uint_eq(sizeof(FloatObject), 24);
    Object *r = call_method(b, "is_integer", NULL, 0);
    ck_assert_ptr_eq(r, GFalse);
    DECREF(r);
    r = call_method(b, "__sizeof__", NULL, 0);
    ck_assert_int_eq(INT_VALUE(r), 24);
    DECREF(r);
    r = call_method(b, "__trunc__", NULL, 0);
    ck_assert_int_eq(INT_VALUE(r), 2);
    DECREF(r);
    r = call_method(b, "__floor__", NULL, 0);
    ck_assert_int_eq(INT_VALUE(r), 2);
    DECREF(r);
    r = call_method(b, "__ceil__", NULL, 0);
    ck_assert_int_eq(INT_VALUE(r), 3);
    DECREF(r);
    Object *m = float_from_double(-2.5);
    r = call_method(m, "__round__", NULL, 0);
    ck_assert_int_eq(INT_VALUE(r), -2);
    DECREF(r);
    ck_assert(float_as_double(INT_SMALL(7)) == 7.0);
    ck_assert(float_as_double(NONE) == -1.0);
    TU_ASSERT_RAISED(&Exc_TypeError);
    /* a thousand floats in and out: balanced */
    Object *many[1000];
    for (int i = 0; i < 1000; i++)
        many[i] = float_from_double(i);
    for (int i = 0; i < 1000; i++)
        DECREF(many[i]);
    DECREF(b);
    DECREF(m);
}
END_TEST

TU_MAIN("float", test_repr_vs_python, test_parse_vs_python, test_arith_vs_python,
        test_round_hex_vs_python, test_fromhex_cases, test_hash, test_mixed_compare,
        test_constructor, test_free_list_and_methods)
