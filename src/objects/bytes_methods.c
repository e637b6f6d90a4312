/* bytes_methods.c — the bytes methods beyond bytes.c's core set: hex with a
 * separator, rsplit, splitlines, partition/rpartition, center/ljust/rjust,
 * zfill, expandtabs, the ASCII case methods (swapcase, title, capitalize),
 * the is* predicates, removeprefix/removesuffix, translate and maketrans.
 * All follow CPython 3.11's bytes semantics and messages (ASCII only). */
#include <string.h>

#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/bytes_methods.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

#define PARSE(fname, kw, nkw, min, max, out) \
    if (str_parse_args(fname, args, nargs, kwnames, kw, nkw, min, max, out) < 0) return NULL

#define D(o) ((const unsigned char *)BYTES_DATA(o))
#define N(o) BYTES_SIZE(o)

static bool is_space(unsigned c) { return c == ' ' || (c >= 9 && c <= 13); }
static bool is_lower(unsigned c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned c) { return c >= 'A' && c <= 'Z'; }
static bool is_alpha(unsigned c) { return is_lower(c) || is_upper(c); }
static bool is_digit(unsigned c) { return c >= '0' && c <= '9'; }

/* BORROWED o when it is bytes, else NULL with CPython's TypeError. */
static Object *need_bytes(Object *o)
{
    if (!BYTES_CHECK(o))
        return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'",
                          type_name(TYPE(o)));
    return o;
}

/* Unchanged exact bytes come back as themselves, as CPython returns self. */
static Object *same_or_copy(Object *b, const unsigned char *p, intptr_t n)
{
    if (p == D(b) && n == N(b) && BYTES_CHECK_EXACT(b))
        return NEWREF(b);
    return bytes_from((const char *)p, (size_t)n);
}

/* ---- hex ------------------------------------------------------------------ */

Object *bytes_m_hex(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "sep", "bytes_per_sep" };
    static const char hx[] = "0123456789abcdef";
    Object *a[2];
    PARSE("hex", kw, 2, 0, 2, a);
    char sep = 0;
    intptr_t per = 1;
    if (a[0]) {
        intptr_t slen;
        const char *sp;
        if (STR_CHECK(a[0])) {
            slen = STR_LEN(a[0]);
            sp = STR_UTF8(a[0]);
        } else if (BYTES_CHECK(a[0])) {
            slen = N(a[0]);
            sp = BYTES_DATA(a[0]);
        } else {
            return err_format(&Exc_TypeError, "object of type '%s' has no len()",
                              type_name(TYPE(a[0])));
        }
        if (slen != 1)
            return err_set_string(&Exc_ValueError, "sep must be length 1.");
        if ((unsigned char)sp[0] >= 0x80)
            return err_set_string(&Exc_ValueError, "sep must be ASCII.");
        sep = sp[0];
    }
    if (a[1]) {
        per = int_as_ssize(a[1]);
        if (per == -1 && err_occurred())
            return NULL;
    }
    intptr_t n = N(b);
    intptr_t group = per < 0 ? -per : per;
    intptr_t nseps = sep && group && n ? (n - 1) / group : 0;
    if (!sep || !group)
        nseps = 0;
    intptr_t len = n * 2 + nseps;
    Object *s = str_new_raw((size_t)len, len);
    if (!s)
        return NULL;
    char *d = str_data_mut(s);
    intptr_t k = 0;
    for (intptr_t i = 0; i < n; i++) {
        /* A separator goes before byte i when a group boundary falls there:
         * groups count from the right for positive bytes_per_sep. */
        if (nseps && i > 0) {
            intptr_t from = per > 0 ? n - i : i;
            if (from % group == 0)
                d[k++] = sep;
        }
        unsigned c = D(b)[i];
        d[k++] = hx[c >> 4];
        d[k++] = hx[c & 15];
    }
    return s;
}

/* ---- rsplit, splitlines, partition -------------------------------------- */

static int add_piece(Object *l, const unsigned char *p, intptr_t n)
{
    Object *o = bytes_from((const char *)p, (size_t)n);
    if (!o)
        return -1;
    int rc = list_append(l, o);
    DECREF(o);
    return rc;
}

/* Finds the last n-byte needle in h[0, nh), or NULL. */
static const unsigned char *rfind_mem(const unsigned char *h, intptr_t nh,
                                      const unsigned char *nd, intptr_t n)
{
    for (intptr_t i = nh - n; i >= 0; i--)
        if (memcmp(h + i, nd, (size_t)n) == 0)
            return h + i;
    return NULL;
}

Object *bytes_m_rsplit(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "sep", "maxsplit" };
    Object *a[2];
    PARSE("rsplit", kw, 2, 0, 2, a);
    Object *sep = a[0] && !IS_NONE(a[0]) ? a[0] : NULL;
    if (sep && !need_bytes(sep))
        return NULL;
    if (sep && N(sep) == 0)
        return err_set_string(&Exc_ValueError, "empty separator");
    intptr_t maxsplit = -1;
    if (a[1]) {
        maxsplit = int_as_ssize(a[1]);
        if (maxsplit == -1 && err_occurred())
            return NULL;
    }
    if (maxsplit < 0)
        maxsplit = INTPTR_MAX;
    Object *l = list_new(0);
    if (!l)
        return NULL;
    const unsigned char *base = D(b);
    intptr_t end = N(b);
    if (sep) {
        intptr_t ns = N(sep);
        const unsigned char *q;
        while (maxsplit-- > 0 && (q = rfind_mem(base, end, D(sep), ns)) != NULL) {
            if (add_piece(l, q + ns, end - (q - base) - ns) < 0) goto fail;
            end = q - base;
        }
        if (add_piece(l, base, end) < 0) goto fail;
    } else {
        while (end > 0) {
            while (end > 0 && is_space(base[end - 1]))
                end--;
            if (end == 0)
                break;
            if (maxsplit-- <= 0) {
                if (add_piece(l, base, end) < 0) goto fail;
                break;
            }
            intptr_t st = end;
            while (st > 0 && !is_space(base[st - 1]))
                st--;
            if (add_piece(l, base + st, end - st) < 0) goto fail;
            end = st;
        }
    }
    if (list_reverse(l) < 0) goto fail;
    return l;
fail:
    DECREF(l);
    return NULL;
}

Object *bytes_m_splitlines(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "keepends" };
    Object *a[1];
    PARSE("splitlines", kw, 1, 0, 1, a);
    int keep = 0;
    if (a[0]) {
        keep = obj_is_true(a[0]);
        if (keep < 0)
            return NULL;
    }
    Object *l = list_new(0);
    if (!l)
        return NULL;
    const unsigned char *p = D(b);
    intptr_t n = N(b), i = 0;
    while (i < n) {
        intptr_t j = i;
        while (j < n && p[j] != '\n' && p[j] != '\r')
            j++;
        intptr_t eol = j;
        if (j < n) {
            eol = j + (p[j] == '\r' && j + 1 < n && p[j + 1] == '\n' ? 2 : 1);
        }
        if (add_piece(l, p + i, (keep ? eol : j) - i) < 0) {
            DECREF(l);
            return NULL;
        }
        i = eol;
    }
    return l;
}

static Object *partition_impl(const char *fname, Object *b, Object *const *args, size_t nargs,
                              Object *kwnames, bool right)
{
    Object *a[1];
    PARSE(fname, NULL, 0, 1, 1, a);
    if (!need_bytes(a[0]))
        return NULL;
    if (N(a[0]) == 0)
        return err_set_string(&Exc_ValueError, "empty separator");
    const unsigned char *p = D(b), *q = NULL;
    intptr_t n = N(b), ns = N(a[0]);
    if (right) {
        q = rfind_mem(p, n, D(a[0]), ns);
    } else {
        for (intptr_t i = 0; i + ns <= n && !q; i++)
            if (memcmp(p + i, D(a[0]), (size_t)ns) == 0)
                q = p + i;
    }
    Object *x, *y, *z;
    if (!q) {
        Object *e = bytes_from("", 0);
        Object *whole = same_or_copy(b, p, n);
        if (!e || !whole) {
            XDECREF(e); XDECREF(whole);
            return NULL;
        }
        Object *t = right ? tuple_pack(3, e, e, whole) : tuple_pack(3, whole, e, e);
        DECREF(e); DECREF(whole);
        return t;
    }
    x = bytes_from((const char *)p, (size_t)(q - p));
    y = NEWREF(a[0]);
    if (!BYTES_CHECK_EXACT(y)) {
        DECREF(y);
        y = bytes_from(BYTES_DATA(a[0]), (size_t)ns);
    }
    z = bytes_from((const char *)q + ns, (size_t)(n - (q - p) - ns));
    Object *t = x && y && z ? tuple_pack(3, x, y, z) : NULL;
    XDECREF(x); XDECREF(y); XDECREF(z);
    return t;
}

Object *bytes_m_partition(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return partition_impl("bytes.partition", b, args, nargs, kwnames, false); }
Object *bytes_m_rpartition(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return partition_impl("bytes.rpartition", b, args, nargs, kwnames, true); }

/* ---- padding --------------------------------------------------------------- */

/* NEW: b with `left` and `right` fill bytes around it. */
static Object *pad(Object *b, intptr_t left, intptr_t right, char fill)
{
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0)
        return same_or_copy(b, D(b), N(b));
    intptr_t n = N(b);
    Object *o = bytes_new_raw((size_t)(left + n + right));
    if (!o)
        return NULL;
    memset(BYTES_DATA(o), fill, (size_t)left);
    memcpy(BYTES_DATA(o) + left, D(b), (size_t)n);
    memset(BYTES_DATA(o) + left + n, fill, (size_t)right);
    return o;
}

/* which: 0 center, -1 ljust, 1 rjust. */
static Object *just_impl(const char *fname, Object *b, Object *const *args, size_t nargs,
                         Object *kwnames, int which)
{
    Object *a[2];
    PARSE(fname, NULL, 0, 1, 2, a);
    intptr_t width = int_as_ssize(a[0]);
    if (width == -1 && err_occurred())
        return NULL;
    char fill = ' ';
    if (a[1]) {
        if (!BYTES_CHECK(a[1]) || N(a[1]) != 1)
            return err_format(&Exc_TypeError,
                              "%s() argument 2 must be a byte string of length 1, not %s",
                              fname + 1, type_name(TYPE(a[1])));
        fill = BYTES_DATA(a[1])[0];
    }
    intptr_t marg = width - N(b);
    if (marg <= 0)
        return pad(b, 0, 0, fill);
    if (which < 0)
        return pad(b, 0, marg, fill);
    if (which > 0)
        return pad(b, marg, 0, fill);
    intptr_t left = marg / 2 + (marg & width & 1);     /* CPython's rounding */
    return pad(b, left, marg - left, fill);
}

Object *bytes_m_center(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return just_impl("!center", b, args, nargs, kwnames, 0); }
Object *bytes_m_ljust(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return just_impl("!ljust", b, args, nargs, kwnames, -1); }
Object *bytes_m_rjust(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return just_impl("!rjust", b, args, nargs, kwnames, 1); }

Object *bytes_m_zfill(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *a[1];
    PARSE("bytes.zfill", NULL, 0, 1, 1, a);
    intptr_t width = int_as_ssize(a[0]);
    if (width == -1 && err_occurred())
        return NULL;
    intptr_t fill = width - N(b);
    if (fill <= 0)
        return pad(b, 0, 0, ' ');
    Object *r = pad(b, fill, 0, '0');
    if (!r)
        return NULL;
    char *d = BYTES_DATA(r);
    if (d[fill] == '+' || d[fill] == '-') {     /* the sign goes in front */
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

Object *bytes_m_expandtabs(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "tabsize" };
    Object *a[1];
    PARSE("expandtabs", kw, 1, 0, 1, a);
    intptr_t tab = 8;
    if (a[0]) {
        tab = int_as_ssize(a[0]);
        if (tab == -1 && err_occurred())
            return NULL;
    }
    const unsigned char *p = D(b);
    intptr_t n = N(b), len = 0, col = 0;
    for (intptr_t i = 0; i < n; i++) {           /* first pass: the size */
        if (p[i] == '\t') {
            if (tab > 0) {
                intptr_t k = tab - col % tab;
                len += k;
                col += k;
            }
        } else {
            len++;
            col = p[i] == '\n' || p[i] == '\r' ? 0 : col + 1;
        }
    }
    Object *o = bytes_new_raw((size_t)len);
    if (!o)
        return NULL;
    char *d = BYTES_DATA(o);
    col = 0;
    for (intptr_t i = 0; i < n; i++) {
        if (p[i] == '\t') {
            if (tab > 0) {
                intptr_t k = tab - col % tab;
                memset(d, ' ', (size_t)k);
                d += k;
                col += k;
            }
        } else {
            *d++ = (char)p[i];
            col = p[i] == '\n' || p[i] == '\r' ? 0 : col + 1;
        }
    }
    return o;
}

/* ---- case ---------------------------------------------------------------- */

/* mode: 0 swapcase, 1 title, 2 capitalize. */
static Object *recase(Object *b, int mode)
{
    intptr_t n = N(b);
    Object *o = bytes_new_raw((size_t)n);
    if (!o)
        return NULL;
    const unsigned char *p = D(b);
    unsigned char *d = (unsigned char *)BYTES_DATA(o);
    bool prev_cased = false;
    for (intptr_t i = 0; i < n; i++) {
        unsigned c = p[i];
        if (mode == 0) {
            c = is_lower(c) ? c - 32 : is_upper(c) ? c + 32 : c;
        } else if (mode == 1) {
            if (is_alpha(c)) {
                c = prev_cased ? (is_upper(c) ? c + 32 : c) : (is_lower(c) ? c - 32 : c);
                prev_cased = true;
            } else {
                prev_cased = false;
            }
        } else {
            c = i == 0 ? (is_lower(c) ? c - 32 : c) : (is_upper(c) ? c + 32 : c);
        }
        d[i] = (unsigned char)c;
    }
    return o;
}

Object *bytes_m_swapcase(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ PARSE("bytes.swapcase", NULL, 0, 0, 0, NULL); return recase(b, 0); }
Object *bytes_m_title(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ PARSE("bytes.title", NULL, 0, 0, 0, NULL); return recase(b, 1); }
Object *bytes_m_capitalize(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ PARSE("bytes.capitalize", NULL, 0, 0, 0, NULL); return recase(b, 2); }

/* ---- predicates ------------------------------------------------------------ */

enum { P_ALNUM, P_ALPHA, P_ASCII, P_DIGIT, P_LOWER, P_SPACE, P_TITLE, P_UPPER };

static Object *predicate(Object *b, int which)
{
    const unsigned char *p = D(b);
    intptr_t n = N(b);
    if (which == P_ASCII) {
        for (intptr_t i = 0; i < n; i++)
            if (p[i] >= 0x80)
                return bool_from(0);
        return bool_from(1);
    }
    if (which == P_LOWER || which == P_UPPER) {
        bool cased = false;
        for (intptr_t i = 0; i < n; i++) {
            if (which == P_LOWER ? is_upper(p[i]) : is_lower(p[i]))
                return bool_from(0);
            if (is_alpha(p[i]))
                cased = true;
        }
        return bool_from(cased);
    }
    if (which == P_TITLE) {
        bool cased = false, prev = false;
        for (intptr_t i = 0; i < n; i++) {
            unsigned c = p[i];
            if (is_upper(c)) {
                if (prev)
                    return bool_from(0);
                prev = cased = true;
            } else if (is_lower(c)) {
                if (!prev)
                    return bool_from(0);
                prev = cased = true;
            } else {
                prev = false;
            }
        }
        return bool_from(cased);
    }
    if (n == 0)
        return bool_from(0);
    for (intptr_t i = 0; i < n; i++) {
        unsigned c = p[i];
        bool ok = which == P_ALNUM ? is_alpha(c) || is_digit(c)
                : which == P_ALPHA ? is_alpha(c)
                : which == P_DIGIT ? is_digit(c)
                : is_space(c);
        if (!ok)
            return bool_from(0);
    }
    return bool_from(1);
}

#define PRED(name, which) \
    Object *bytes_m_##name(Object *b, Object *const *args, size_t nargs, Object *kwnames) \
    { PARSE("bytes." #name, NULL, 0, 0, 0, NULL); return predicate(b, which); }
PRED(isalnum, P_ALNUM)
PRED(isalpha, P_ALPHA)
PRED(isascii, P_ASCII)
PRED(isdigit, P_DIGIT)
PRED(islower, P_LOWER)
PRED(isspace, P_SPACE)
PRED(istitle, P_TITLE)
PRED(isupper, P_UPPER)
#undef PRED

/* ---- removeprefix / removesuffix --------------------------------------------- */

static Object *remove_affix(const char *fname, Object *b, Object *const *args, size_t nargs,
                            Object *kwnames, bool suffix)
{
    Object *a[1];
    PARSE(fname, NULL, 0, 1, 1, a);
    if (!need_bytes(a[0]))
        return NULL;
    intptr_t n = N(b), k = N(a[0]);
    if (k > 0 && k <= n &&
        memcmp(D(b) + (suffix ? n - k : 0), D(a[0]), (size_t)k) == 0)
        return bytes_from((const char *)D(b) + (suffix ? 0 : k), (size_t)(n - k));
    return same_or_copy(b, D(b), n);
}

Object *bytes_m_removeprefix(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return remove_affix("bytes.removeprefix", b, args, nargs, kwnames, false); }
Object *bytes_m_removesuffix(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return remove_affix("bytes.removesuffix", b, args, nargs, kwnames, true); }

/* ---- translate / maketrans ----------------------------------------------------- */

Object *bytes_m_translate(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "", "delete" };
    Object *a[2];
    if (nargs == 0)
        return err_set_string(&Exc_TypeError, "translate() takes at least 1 positional argument (0 given)");
    PARSE("translate", kw, 2, 1, 2, a);
    Object *table = IS_NONE(a[0]) ? NULL : a[0];
    if (table) {
        if (!need_bytes(table))
            return NULL;
        if (N(table) != 256)
            return err_set_string(&Exc_ValueError, "translation table must be 256 characters long");
    }
    bool del[256] = { false };
    if (a[1]) {
        if (!need_bytes(a[1]))
            return NULL;
        for (intptr_t i = 0; i < N(a[1]); i++)
            del[D(a[1])[i]] = true;
    }
    intptr_t n = N(b), k = 0;
    Object *o = bytes_new_raw((size_t)n);
    if (!o)
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        unsigned c = D(b)[i];
        if (del[c])
            continue;
        BYTES_DATA(o)[k++] = table ? (char)D(table)[c] : (char)c;
    }
    if (k == n && !table && BYTES_CHECK_EXACT(b)) {
        DECREF(o);
        return NEWREF(b);
    }
    BYTES_SIZE(o) = k;
    BYTES_DATA(o)[k] = 0;
    return o;
}

Object *bytes_m_maketrans(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)self;
    Object *a[2];
    PARSE("maketrans", NULL, 0, 2, 2, a);
    if (!need_bytes(a[0]) || !need_bytes(a[1]))
        return NULL;
    if (N(a[0]) != N(a[1]))
        return err_set_string(&Exc_ValueError, "maketrans arguments must have same length");
    Object *o = bytes_new_raw(256);
    if (!o)
        return NULL;
    for (int i = 0; i < 256; i++)
        BYTES_DATA(o)[i] = (char)i;
    for (intptr_t i = 0; i < N(a[0]); i++)
        BYTES_DATA(o)[D(a[0])[i]] = (char)D(a[1])[i];
    return o;
}
