/* bytes.c — the immutable bytes type: allocation (empty and one-byte caches),
 * repr, hashing (same function as str, so equal ASCII text hashes equal),
 * comparison, concatenation/repetition, indexing (ints) and slicing,
 * iteration, the bytes() constructor and the common methods (decode, hex,
 * fromhex, join, split, strip, find, count, replace, upper, lower ...). */
#include "objects/percent.h"
#include <stdio.h>
#include <string.h>

#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/bytes_methods.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"
#include "runtime/errors.h"

static Object *empty_bytes;
static Object *byte_cache[256];

Object *bytes_new_raw(size_t n)
{
    if (n > (size_t)INTPTR_MAX - 64)
        return err_no_memory();
    Object *o = obj_alloc_var(&Bytes_Type, n);
    if (!o)
        return NULL;
    ((BytesObject *)o)->hash = -1;
    BYTES_DATA(o)[n] = 0;
    return o;
}

Object *bytes_from(const char *s, size_t n)
{
    if (n == 0 && empty_bytes)
        return NEWREF(empty_bytes);
    if (n == 1 && byte_cache[(unsigned char)s[0]])
        return NEWREF(byte_cache[(unsigned char)s[0]]);
    Object *o = bytes_new_raw(n);
    if (!o)
        return NULL;
    char *d = BYTES_DATA(o);
    for (size_t i = 0; i < n; i += 4096)      /* chunked: avoids a bogus -Wrestrict */
        memcpy(d + i, s + i, n - i < 4096 ? n - i : 4096);
    if (n == 1 && empty_bytes) {
        byte_cache[(unsigned char)s[0]] = o;
        INCREF(o);
    }
    return o;
}

hash_t bytes_hash(Object *b)
{
    BytesObject *o = (BytesObject *)b;
    if (o->hash == -1)
        o->hash = hash_bytes(o->data, (size_t)o->size);
    return o->hash;
}

static void bytes_dealloc(Object *o) { obj_free(o); }

static intptr_t bytes_length(Object *o) { return BYTES_SIZE(o); }

Object *bytes_concat(Object *a, Object *b)
{
    size_t na = (size_t)BYTES_SIZE(a), nb = (size_t)BYTES_SIZE(b);
    if (nb == 0 && BYTES_CHECK_EXACT(a))
        return NEWREF(a);
    if (na == 0 && BYTES_CHECK_EXACT(b))
        return NEWREF(b);
    Object *o = bytes_new_raw(na + nb);
    if (!o)
        return NULL;
    memcpy(BYTES_DATA(o), BYTES_DATA(a), na);
    memcpy(BYTES_DATA(o) + na, BYTES_DATA(b), nb);
    return o;
}

static Object *bytes_add(Object *a, Object *b)
{
    if (!BYTES_CHECK(a))
        RETURN_NOTIMPL;
    if (!BYTES_CHECK(b)) {
        if (TYPE_HAS(TYPE(b), TPF_HEAPTYPE))
            RETURN_NOTIMPL;
        return err_format(&Exc_TypeError, "can't concat %T to bytes", b);
    }
    return bytes_concat(a, b);
}

static Object *bytes_mul(Object *a, Object *b)
{
    Object *s = a, *n = b;
    if (!BYTES_CHECK(a)) {
        s = b;
        n = a;
    }
    if (!INT_CHECK(n) && !(TYPE(n)->num && TYPE(n)->num->index)) {
        if (TYPE_HAS(TYPE(n), TPF_HEAPTYPE) && n == b)
            RETURN_NOTIMPL;
        return err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          type_name(TYPE(n)));
    }
    intptr_t count;             /* 2**63: "cannot fit 'int' into an index-sized integer" */
    if (slice_as_ssize(n, &Exc_OverflowError, &count) < 0)
        return NULL;
    size_t size = (size_t)BYTES_SIZE(s);
    if (count <= 0 || size == 0)
        return bytes_from("", 0);
    if (count == 1 && BYTES_CHECK_EXACT(s))
        return NEWREF(s);
    if ((size_t)count > (size_t)INTPTR_MAX / size)
        return err_set_string(&Exc_OverflowError, "repeated bytes are too long");
    Object *o = bytes_new_raw(size * (size_t)count);
    if (!o)
        return NULL;
    for (intptr_t i = 0; i < count; i++)
        memcpy(BYTES_DATA(o) + (size_t)i * size, BYTES_DATA(s), size);
    return o;
}

static int bytes_bool(Object *o) { return BYTES_SIZE(o) != 0; }

static Object *bytes_richcompare(Object *a, Object *b, int op)
{
    if (!BYTES_CHECK(a) || !BYTES_CHECK(b))
        RETURN_NOTIMPL;
    intptr_t na = BYTES_SIZE(a), nb = BYTES_SIZE(b);
    int c;
    if ((op == CMP_EQ || op == CMP_NE) && na != nb) {
        c = 1;
    } else {
        c = memcmp(BYTES_DATA(a), BYTES_DATA(b), (size_t)(na < nb ? na : nb));
        if (c == 0)
            c = na < nb ? -1 : na > nb;
    }
    int r;
    switch (op) {
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_GT: r = c > 0; break;
    default:     r = c >= 0; break;
    }
    return bool_from(r);
}

Object *bytes_repr(Object *b)
{
    const unsigned char *p = (const unsigned char *)BYTES_DATA(b);
    intptr_t n = BYTES_SIZE(b);
    bool sq = memchr(p, '\'', (size_t)n) != NULL, dq = memchr(p, '"', (size_t)n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    StrBuf sb;
    str_buf_init(&sb);
    char tmp[8];
    int rc = str_buf_append_ascii(&sb, "b", 1);
    if (rc == 0)
        rc = str_buf_append_ascii(&sb, &quote, 1);
    for (intptr_t i = 0; i < n && rc == 0; i++) {
        unsigned c = p[i];
        int k;
        if (c == (unsigned)quote || c == '\\') { tmp[0] = '\\'; tmp[1] = (char)c; k = 2; }
        else if (c == '\t') { tmp[0] = '\\'; tmp[1] = 't'; k = 2; }
        else if (c == '\n') { tmp[0] = '\\'; tmp[1] = 'n'; k = 2; }
        else if (c == '\r') { tmp[0] = '\\'; tmp[1] = 'r'; k = 2; }
        else if (c < ' ' || c >= 0x7F) k = snprintf(tmp, sizeof tmp, "\\x%02x", c);
        else { tmp[0] = (char)c; k = 1; }
        rc = str_buf_append_ascii(&sb, tmp, (size_t)k);
    }
    if (rc == 0)
        rc = str_buf_append_ascii(&sb, &quote, 1);
    if (rc < 0) {
        str_buf_free(&sb);
        return NULL;
    }
    return str_buf_finish(&sb);
}

static Object *bytes_item(Object *b, intptr_t i)
{
    if (i < 0 || i >= BYTES_SIZE(b))
        return err_set_string(&Exc_IndexError, "index out of range");
    return int_from_i64((unsigned char)BYTES_DATA(b)[i]);
}

static Object *bytes_subscript(Object *b, Object *key)
{
    if (SLICE_CHECK(key)) {
        intptr_t start, stop, step, n;
        if (slice_indices(key, BYTES_SIZE(b), &start, &stop, &step, &n) < 0)
            return NULL;
        if (n <= 0)
            return bytes_from("", 0);
        if (step == 1) {
            if (n == BYTES_SIZE(b) && BYTES_CHECK_EXACT(b))
                return NEWREF(b);
            return bytes_from(BYTES_DATA(b) + start, (size_t)n);
        }
        Object *o = bytes_new_raw((size_t)n);
        if (!o)
            return NULL;
        for (intptr_t k = 0, i = start; k < n; k++, i += step)
            BYTES_DATA(o)[k] = BYTES_DATA(b)[i];
        return o;
    }
    if (!INT_CHECK(key) && !(TYPE(key)->num && TYPE(key)->num->index))
        return err_format(&Exc_TypeError, "byte indices must be integers or slices, not %T", key);
    intptr_t i = int_as_ssize(key);
    if (i == -1 && err_occurred()) {
        if (err_matches_type(&Exc_OverflowError)) {
            err_clear();
            return err_set_string(&Exc_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return NULL;
    }
    if (i < 0)
        i += BYTES_SIZE(b);
    return bytes_item(b, i);
}

static const char *bfind(const char *h, size_t nh, const char *n, size_t nn)
{
    if (nn == 0)
        return h;
    if (nn > nh)
        return NULL;
    return memmem(h, nh, n, nn);
}

static const char *brfind(const char *h, size_t nh, const char *n, size_t nn)
{
    if (nn > nh)
        return NULL;
    for (const char *p = h + nh - nn;; p--) {
        if (memcmp(p, n, nn) == 0)
            return p;
        if (p == h)
            return NULL;
    }
}

static int bytes_contains(Object *b, Object *x)
{
    if (INT_CHECK(x)) {
        intptr_t v = int_as_ssize(x);
        if (v == -1 && err_occurred()) {
            if (!err_matches_type(&Exc_OverflowError))
                return -1;
            err_clear();
            v = -1;
        }
        if (v < 0 || v > 255) {
            err_set_string(&Exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(BYTES_DATA(b), (int)v, (size_t)BYTES_SIZE(b)) != NULL;
    }
    if (!BYTES_CHECK(x)) {
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(TYPE(x)));
        return -1;
    }
    return bfind(BYTES_DATA(b), (size_t)BYTES_SIZE(b), BYTES_DATA(x), (size_t)BYTES_SIZE(x)) != NULL;
}

/* ---- iterator ------------------------------------------------------------------- */

typedef struct BytesIterObject {
    Object ob;
    Object *b;                  /* NULL once exhausted */
    intptr_t i;
} BytesIterObject;

static Object *bytes_iter(Object *b)
{
    BytesIterObject *it = (BytesIterObject *)obj_alloc(&BytesIter_Type);
    if (!it)
        return NULL;
    it->b = NEWREF(b);
    it->i = 0;
    return (Object *)it;
}

static Object *bytesiter_next(Object *o)
{
    BytesIterObject *it = (BytesIterObject *)o;
    if (!it->b)
        return NULL;
    if (it->i >= BYTES_SIZE(it->b)) {
        CLEAR(it->b);
        return NULL;
    }
    return int_from_i64((unsigned char)BYTES_DATA(it->b)[it->i++]);
}

static Object *bytesiter_self(Object *o) { return NEWREF(o); }

static void bytesiter_dealloc(Object *o)
{
    XDECREF(((BytesIterObject *)o)->b);
    obj_free(o);
}

/* ---- codecs ---------------------------------------------------------------------- */

Object *bytes_decode(Object *b, const char *encoding, const char *errors)
{
    return str_decode(BYTES_DATA(b), (size_t)BYTES_SIZE(b), encoding, errors);
}

#define PARSE(fname, kw, nkw, min, max, out) \
    if (str_parse_args(fname, args, nargs, kwnames, kw, nkw, min, max, out) < 0) return NULL

static int opt_cstr(const char *fn, const char *an, Object *v, const char **out)
{
    *out = NULL;
    if (!v)
        return 0;
    if (!STR_CHECK(v)) {
        err_format(&Exc_TypeError, "%s() argument '%s' must be str, not %T", fn, an, v);
        return -1;
    }
    *out = STR_UTF8(v);
    return 0;
}

static Object *m_decode(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "encoding", "errors" };
    Object *a[2];
    PARSE("decode", kw, 2, 0, 2, a);
    const char *enc, *errs;
    if (opt_cstr("decode", "encoding", a[0], &enc) < 0 || opt_cstr("decode", "errors", a[1], &errs) < 0)
        return NULL;
    return bytes_decode(b, enc, errs);
}

static int hexval(unsigned c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if ((c | 32) >= 'a' && (c | 32) <= 'f') return (int)((c | 32) - 'a' + 10);
    return -1;
}

static Object *m_fromhex(Object *cls, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *a[1];
    PARSE("bytes.fromhex", NULL, 0, 1, 1, a);
    if (!STR_CHECK(a[0]))
        return err_format(&Exc_TypeError, "fromhex() argument must be str, not %T", a[0]);
    const unsigned char *p = (const unsigned char *)STR_UTF8(a[0]);
    intptr_t n = STR_NBYTES(a[0]);
    Object *o = bytes_new_raw((size_t)n / 2);
    if (!o)
        return NULL;
    intptr_t k = 0, i = 0;
    while (i < n) {
        if (p[i] == ' ' || (p[i] >= 9 && p[i] <= 13)) {
            i++;
            continue;
        }
        int hi = hexval(p[i]), lo = i + 1 < n ? hexval(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            DECREF(o);
            intptr_t at = hi < 0 ? i : i + 1;
            return err_format(&Exc_ValueError,
                              "non-hexadecimal number found in fromhex() arg at position %zd",
                              uni_utf8_count(STR_UTF8(a[0]), (size_t)at));
        }
        BYTES_DATA(o)[k++] = (char)(hi << 4 | lo);
        i += 2;
    }
    BYTES_SIZE(o) = k;
    BYTES_DATA(o)[k] = 0;
    return o;
}

static Object *need_bytes(Object *o)
{
    if (!BYTES_CHECK(o))
        return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'",
                          type_name(TYPE(o)));
    return o;
}

static Object *m_join(Object *sep, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *a[1];
    PARSE("bytes.join", NULL, 0, 1, 1, a);
    Object *seq = list_from_iterable(a[0]);
    if (!seq)
        return NULL;
    intptr_t n = LIST_SIZE(seq);
    size_t total = 0;
    for (intptr_t i = 0; i < n; i++) {
        Object *it = LIST_GET(seq, i);
        if (!BYTES_CHECK(it)) {
            err_format(&Exc_TypeError, "sequence item %zd: expected a bytes-like object, %T found",
                       i, it);
            DECREF(seq);
            return NULL;
        }
        total += (size_t)BYTES_SIZE(it);
    }
    if (n > 1)
        total += (size_t)BYTES_SIZE(sep) * (size_t)(n - 1);
    Object *o = bytes_new_raw(total);
    if (o) {
        char *d = BYTES_DATA(o);
        for (intptr_t i = 0; i < n; i++) {
            if (i) {
                memcpy(d, BYTES_DATA(sep), (size_t)BYTES_SIZE(sep));
                d += BYTES_SIZE(sep);
            }
            Object *it = LIST_GET(seq, i);
            memcpy(d, BYTES_DATA(it), (size_t)BYTES_SIZE(it));
            d += BYTES_SIZE(it);
        }
    }
    DECREF(seq);
    return o;
}

static bool bspace(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

static int add_piece(Object *l, const char *b, const char *e)
{
    Object *p = bytes_from(b, (size_t)(e - b));
    if (!p)
        return -1;
    int rc = list_append(l, p);
    DECREF(p);
    return rc;
}

static Object *m_split(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "sep", "maxsplit" };
    Object *a[2];
    PARSE("split", kw, 2, 0, 2, a);
    Object *sep = a[0] && !IS_NONE(a[0]) ? a[0] : NULL;
    if (sep && !need_bytes(sep))
        return NULL;
    if (sep && BYTES_SIZE(sep) == 0)
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
    const char *p = BYTES_DATA(b), *end = p + BYTES_SIZE(b);
    if (sep) {
        const char *q;
        size_t nn = (size_t)BYTES_SIZE(sep);
        while (maxsplit-- > 0 && (q = bfind(p, (size_t)(end - p), BYTES_DATA(sep), nn)) != NULL) {
            if (add_piece(l, p, q) < 0) goto fail;
            p = q + nn;
        }
        if (add_piece(l, p, end) < 0) goto fail;
        return l;
    }
    while (p < end) {
        while (p < end && bspace((unsigned char)*p))
            p++;
        if (p >= end)
            break;
        if (maxsplit-- <= 0) {
            if (add_piece(l, p, end) < 0) goto fail;
            break;
        }
        const char *q = p;
        while (q < end && !bspace((unsigned char)*q))
            q++;
        if (add_piece(l, p, q) < 0) goto fail;
        p = q;
    }
    return l;
fail:
    DECREF(l);
    return NULL;
}

static Object *strip_impl(const char *fname, Object *b, Object *const *args, size_t nargs,
                          Object *kwnames, int which)
{
    Object *a[1];
    PARSE(fname, NULL, 0, 0, 1, a);
    Object *chars = a[0] && !IS_NONE(a[0]) ? a[0] : NULL;
    if (chars && !need_bytes(chars))
        return NULL;
    const char *p = BYTES_DATA(b), *e = p + BYTES_SIZE(b);
    #define IN_SET(c) (chars ? memchr(BYTES_DATA(chars), (unsigned char)(c), (size_t)BYTES_SIZE(chars)) != NULL \
                             : bspace((unsigned char)(c)))
    if (which & 1)
        while (p < e && IN_SET(*p))
            p++;
    if (which & 2)
        while (e > p && IN_SET(e[-1]))
            e--;
    #undef IN_SET
    if (p == BYTES_DATA(b) && e == p + BYTES_SIZE(b) && BYTES_CHECK_EXACT(b))
        return NEWREF(b);
    return bytes_from(p, (size_t)(e - p));
}

static Object *m_strip(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return strip_impl("!strip", b, args, nargs, kwnames, 3); }
static Object *m_lstrip(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return strip_impl("!lstrip", b, args, nargs, kwnames, 1); }
static Object *m_rstrip(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return strip_impl("!rstrip", b, args, nargs, kwnames, 2); }

static int bounds(Object *so, Object *eo, intptr_t len, intptr_t *start, intptr_t *end)
{
    intptr_t s = 0, e = len;
    for (int k = 0; k < 2; k++) {
        Object *o = k ? eo : so;
        if (!o || IS_NONE(o))
            continue;
        intptr_t v = int_as_ssize_clamped(o);
        if (v == -1 && err_occurred())
            return -1;
        if (k) e = v; else s = v;
    }
    if (e > len) e = len;
    else if (e < 0) { e += len; if (e < 0) e = 0; }
    if (s < 0) { s += len; if (s < 0) s = 0; }
    *start = s;
    *end = e;
    return 0;
}

/* find/rfind/index/count: sub may be bytes or an int in range(256). */
static Object *find_impl(const char *fname, Object *b, Object *const *args, size_t nargs,
                         Object *kwnames, int dir, bool raise)
{
    Object *a[3];
    PARSE(fname, NULL, 0, 1, 3, a);
    char one;
    const char *n;
    size_t nn;
    if (INT_CHECK(a[0])) {
        intptr_t v = int_as_ssize(a[0]);
        if (v == -1 && err_occurred())
            return NULL;
        if (v < 0 || v > 255)
            return err_set_string(&Exc_ValueError, "byte must be in range(0, 256)");
        one = (char)v;
        n = &one;
        nn = 1;
    } else if (BYTES_CHECK(a[0])) {
        n = BYTES_DATA(a[0]);
        nn = (size_t)BYTES_SIZE(a[0]);
    } else {
        return err_format(&Exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                          type_name(TYPE(a[0])));
    }
    intptr_t start, end, len = BYTES_SIZE(b);
    if (bounds(a[1], a[2], len, &start, &end) < 0)
        return NULL;
    intptr_t r = -1;
    if (dir == 0) {
        r = 0;
        if (start <= len && end - start >= (intptr_t)nn) {
            if (nn == 0) {
                r = end - start + 1;
            } else {
                const char *p = BYTES_DATA(b) + start, *e = BYTES_DATA(b) + end;
                while ((p = bfind(p, (size_t)(e - p), n, nn)) != NULL) {
                    r++;
                    p += nn;
                }
            }
        }
        return int_from_ssize(r);
    }
    if (start <= len && end - start >= (intptr_t)nn) {
        const char *h = BYTES_DATA(b) + start;
        const char *p = dir > 0 ? bfind(h, (size_t)(end - start), n, nn)
                                : brfind(h, (size_t)(end - start), n, nn);
        if (p)
            r = p - BYTES_DATA(b);
    }
    if (r < 0 && raise)
        return err_set_string(&Exc_ValueError, "subsection not found");
    return int_from_ssize(r);
}

static Object *m_find(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return find_impl("find", b, args, nargs, kwnames, 1, false); }
static Object *m_rfind(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return find_impl("rfind", b, args, nargs, kwnames, -1, false); }
static Object *m_index(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return find_impl("index", b, args, nargs, kwnames, 1, true); }
static Object *m_rindex(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return find_impl("rindex", b, args, nargs, kwnames, -1, true); }
static Object *m_count(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return find_impl("count", b, args, nargs, kwnames, 0, false); }

static Object *affix_impl(const char *fname, Object *b, Object *const *args, size_t nargs,
                          Object *kwnames, bool at_end)
{
    Object *a[3];
    PARSE(fname, NULL, 0, 1, 3, a);
    intptr_t start, end, len = BYTES_SIZE(b);
    if (bounds(a[1], a[2], len, &start, &end) < 0)
        return NULL;
    Object *const *c = &a[0];
    intptr_t nc = 1;
    if (TUPLE_CHECK(a[0])) {
        c = TUPLE_ITEMS(a[0]);
        nc = TUPLE_SIZE(a[0]);
    }
    for (intptr_t i = 0; i < nc; i++) {
        if (!BYTES_CHECK(c[i])) {
            if (c == &a[0])
                return err_format(&Exc_TypeError,
                                  "%s first arg must be bytes or a tuple of bytes, not %T", fname, c[i]);
            return err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'",
                              type_name(TYPE(c[i])));
        }
        intptr_t k = BYTES_SIZE(c[i]);
        if (start > len || end - start < k)
            continue;
        const char *at = BYTES_DATA(b) + (at_end ? end - k : start);
        if (memcmp(at, BYTES_DATA(c[i]), (size_t)k) == 0)
            return bool_from(1);
    }
    return bool_from(0);
}

static Object *m_startswith(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return affix_impl("startswith", b, args, nargs, kwnames, false); }
static Object *m_endswith(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ return affix_impl("endswith", b, args, nargs, kwnames, true); }

static Object *m_replace(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *a[3];
    PARSE("!replace", NULL, 0, 2, 3, a);
    if (!need_bytes(a[0]) || !need_bytes(a[1]))
        return NULL;
    intptr_t count = -1;
    if (a[2]) {
        count = int_as_ssize(a[2]);
        if (count == -1 && err_occurred())
            return NULL;
    }
    if (count < 0)
        count = INTPTR_MAX;
    /* Build through a list of pieces joined by `new`: simple and exact. */
    const char *p = BYTES_DATA(b), *end = p + BYTES_SIZE(b);
    size_t no = (size_t)BYTES_SIZE(a[0]), nw = (size_t)BYTES_SIZE(a[1]);
    size_t cap = (size_t)BYTES_SIZE(b) + 16, len = 0;
    Object *out = bytes_new_raw(cap);
    if (!out)
        return NULL;
    intptr_t done = 0;
    #define PUT(src, k) do { \
        size_t k_ = (k); \
        if (len + k_ > cap) { \
            size_t nc = (len + k_) * 2; \
            Object *g = bytes_new_raw(nc); \
            if (!g) { DECREF(out); return NULL; } \
            memcpy(BYTES_DATA(g), BYTES_DATA(out), len); \
            DECREF(out); out = g; cap = nc; \
        } \
        memcpy(BYTES_DATA(out) + len, (src), k_); len += k_; } while (0)
    if (no == 0) {
        while (done < count) {
            PUT(BYTES_DATA(a[1]), nw);
            done++;
            if (p >= end) break;
            PUT(p, 1);
            p++;
        }
    } else {
        const char *q;
        while (done < count && (q = bfind(p, (size_t)(end - p), BYTES_DATA(a[0]), no)) != NULL) {
            PUT(p, (size_t)(q - p));
            PUT(BYTES_DATA(a[1]), nw);
            p = q + no;
            done++;
        }
    }
    PUT(p, (size_t)(end - p));
    #undef PUT
    BYTES_SIZE(out) = (intptr_t)len;
    BYTES_DATA(out)[len] = 0;
    return out;
}

static Object *case_impl(Object *b, bool upper)
{
    intptr_t n = BYTES_SIZE(b);
    Object *o = bytes_new_raw((size_t)n);
    if (!o)
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)BYTES_DATA(b)[i];
        if (upper && c >= 'a' && c <= 'z') c -= 32;
        else if (!upper && c >= 'A' && c <= 'Z') c += 32;
        BYTES_DATA(o)[i] = (char)c;
    }
    return o;
}

static Object *m_upper(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ PARSE("bytes.upper", NULL, 0, 0, 0, NULL); return case_impl(b, true); }
static Object *m_lower(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{ PARSE("bytes.lower", NULL, 0, 0, 0, NULL); return case_impl(b, false); }

static Object *m_sizeof(Object *b, Object *const *args, size_t nargs, Object *kwnames)
{
    PARSE("bytes.__sizeof__", NULL, 0, 0, 0, NULL);
    return int_from_ssize((intptr_t)(offsetof(BytesObject, data) + (size_t)BYTES_SIZE(b) + 1));
}

static MethodDef bytes_methods[] = {
    { "decode", m_decode, 0, "Decode the bytes using the codec registered for encoding." },
    { "hex", bytes_m_hex, 0, "Create a string of hexadecimal numbers from a bytes object." },
    { "fromhex", m_fromhex, METH_CLASS, "Create a bytes object from a string of hexadecimal numbers." },
    { "join", m_join, 0, "Concatenate any number of bytes objects." },
    { "split", m_split, 0, "Return a list of the sections in the bytes, using sep as the delimiter." },
    { "strip", m_strip, 0, "Strip leading and trailing bytes contained in the argument." },
    { "lstrip", m_lstrip, 0, "Strip leading bytes contained in the argument." },
    { "rstrip", m_rstrip, 0, "Strip trailing bytes contained in the argument." },
    { "find", m_find, 0, "Return the lowest index in B where subsection sub is found." },
    { "rfind", m_rfind, 0, "Return the highest index in B where subsection sub is found." },
    { "index", m_index, 0, "Like find() but raise ValueError when the subsection is not found." },
    { "rindex", m_rindex, 0, "Like rfind() but raise ValueError when the subsection is not found." },
    { "count", m_count, 0, "Return the number of non-overlapping occurrences of subsection sub." },
    { "startswith", m_startswith, 0, "Return True if B starts with the specified prefix, False otherwise." },
    { "endswith", m_endswith, 0, "Return True if B ends with the specified suffix, False otherwise." },
    { "replace", m_replace, 0, "Return a copy with all occurrences of substring old replaced by new." },
    { "upper", m_upper, 0, "B.upper() -> copy of B with ASCII letters uppercased." },
    { "lower", m_lower, 0, "B.lower() -> copy of B with ASCII letters lowercased." },
    { "rsplit", bytes_m_rsplit, 0, "Return a list of the sections in the bytes, using sep as the delimiter, from the right." },
    { "splitlines", bytes_m_splitlines, 0, "Return a list of the lines in the bytes, breaking at line boundaries." },
    { "partition", bytes_m_partition, 0, "Partition the bytes into three parts using the given separator." },
    { "rpartition", bytes_m_rpartition, 0, "Partition the bytes into three parts using the given separator, from the right." },
    { "center", bytes_m_center, 0, "Return a centered string of length width." },
    { "ljust", bytes_m_ljust, 0, "Return a left-justified string of length width." },
    { "rjust", bytes_m_rjust, 0, "Return a right-justified string of length width." },
    { "zfill", bytes_m_zfill, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width." },
    { "expandtabs", bytes_m_expandtabs, 0, "Return a copy where all tab characters are expanded using spaces." },
    { "swapcase", bytes_m_swapcase, 0, "B.swapcase() -> copy of B with uppercase ASCII characters converted to lowercase ASCII and vice versa." },
    { "title", bytes_m_title, 0, "B.title() -> copy of B with ASCII words titlecased." },
    { "capitalize", bytes_m_capitalize, 0, "B.capitalize() -> copy of B with only its first character capitalized (ASCII) and the rest lower-cased." },
    { "isalnum", bytes_m_isalnum, 0, "B.isalnum() -> bool" },
    { "isalpha", bytes_m_isalpha, 0, "B.isalpha() -> bool" },
    { "isascii", bytes_m_isascii, 0, "B.isascii() -> bool" },
    { "isdigit", bytes_m_isdigit, 0, "B.isdigit() -> bool" },
    { "islower", bytes_m_islower, 0, "B.islower() -> bool" },
    { "isspace", bytes_m_isspace, 0, "B.isspace() -> bool" },
    { "istitle", bytes_m_istitle, 0, "B.istitle() -> bool" },
    { "isupper", bytes_m_isupper, 0, "B.isupper() -> bool" },
    { "removeprefix", bytes_m_removeprefix, 0, "Return a bytes object with the given prefix string removed if present." },
    { "removesuffix", bytes_m_removesuffix, 0, "Return a bytes object with the given suffix string removed if present." },
    { "translate", bytes_m_translate, 0, "Return a copy with each character mapped by the given translation table." },
    { "maketrans", bytes_m_maketrans, METH_STATIC, "Return a translation table useable for the bytes or bytearray translate method." },
    { "__sizeof__", m_sizeof, 0, "Return the size of the bytes in memory, in bytes." },
    { NULL, NULL, 0, NULL },
};

/* ---- bytes() ------------------------------------------------------------------------- */

static Object *from_iterable(Object *src)
{
    Object *it = obj_iter(src);
    if (!it) {
        if (err_matches_type(&Exc_TypeError)) {
            err_clear();
            err_format(&Exc_TypeError, "cannot convert '%s' object to bytes", type_name(TYPE(src)));
        }
        return NULL;
    }
    size_t cap = 16, len = 0;
    Object *out = bytes_new_raw(cap);
    Object *x;
    while (out && (x = obj_next(it)) != NULL) {
        intptr_t v = int_as_ssize(x);
        DECREF(x);
        if (v == -1 && err_occurred()) {
            if (err_matches_type(&Exc_OverflowError)) {
                err_clear();
                err_set_string(&Exc_ValueError, "bytes must be in range(0, 256)");
            }
            CLEAR(out);
            break;
        }
        if (v < 0 || v > 255) {
            err_set_string(&Exc_ValueError, "bytes must be in range(0, 256)");
            CLEAR(out);
            break;
        }
        if (len == cap) {
            Object *g = bytes_new_raw(cap * 2);
            if (!g) {
                CLEAR(out);
                break;
            }
            memcpy(BYTES_DATA(g), BYTES_DATA(out), len);
            DECREF(out);
            out = g;
            cap *= 2;
        }
        BYTES_DATA(out)[len++] = (char)v;
    }
    DECREF(it);
    if (!out || err_occurred()) {
        XDECREF(out);
        return NULL;
    }
    Object *r = bytes_from(BYTES_DATA(out), len);     /* exact size, caches */
    DECREF(out);
    return r;
}

static Object *bytes_new(TypeObject *t, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "source", "encoding", "errors" };
    Object *a[3];
    PARSE("bytes", kw, 3, 0, 3, a);
    const char *enc, *errs;
    if (opt_cstr("bytes", "encoding", a[1], &enc) < 0 || opt_cstr("bytes", "errors", a[2], &errs) < 0)
        return NULL;
    Object *src = a[0];
    Object *r;
    if (!src) {
        if (a[1] || a[2])
            return err_set_string(&Exc_TypeError,
                                  a[1] ? "encoding without a string argument"
                                       : "errors without a string argument");
        r = bytes_from("", 0);
    } else if (STR_CHECK(src)) {
        if (!a[1])
            return err_set_string(&Exc_TypeError, "string argument without an encoding");
        r = str_encode(src, enc, errs);
    } else if (a[1] || a[2]) {
        return err_set_string(&Exc_TypeError,
                              a[1] ? "encoding without a string argument"
                                   : "errors without a string argument");
    } else if (BYTES_CHECK(src)) {
        r = BYTES_CHECK_EXACT(src) ? NEWREF(src)
                                   : bytes_from(BYTES_DATA(src), (size_t)BYTES_SIZE(src));
    } else if (INT_CHECK(src) || (TYPE(src)->num && TYPE(src)->num->index)) {
        intptr_t n;
        if (slice_as_ssize(src, &Exc_OverflowError, &n) < 0)
            return NULL;
        if (n < 0)
            return err_set_string(&Exc_ValueError, "negative count");
        r = bytes_new_raw((size_t)n);
        if (r)
            memset(BYTES_DATA(r), 0, (size_t)n);
    } else {
        r = from_iterable(src);
    }
    if (!r || t == &Bytes_Type)
        return r;
    Object *o = obj_alloc_var(t, (size_t)BYTES_SIZE(r));
    if (o) {
        ((BytesObject *)o)->hash = -1;
        memcpy(BYTES_DATA(o), BYTES_DATA(r), (size_t)BYTES_SIZE(r) + 1);
    }
    DECREF(r);
    return o;
}

static Object *bytes_vectorcall(Object *callable, Object *const *args, size_t nargs,
                                Object *kwnames)
{
    return bytes_new((TypeObject *)callable, args, nargs, kwnames);
}

/* str(b) is the repr, as CPython (without -b) prints it. */
static Object *bytes_str(Object *b) { return bytes_repr(b); }

/* bytes % args: printf-style formatting (percent.c); only with bytes on the left. */
static Object *bytes_mod(Object *a, Object *b)
{
    if (!BYTES_CHECK(a))
        return NEWREF(NOTIMPL);
    return bytes_percent_format(a, b);
}

static NumberMethods bytes_as_number = {
    .add = bytes_add,
    .mod = bytes_mod,
    .mul = bytes_mul,
    .bool_ = bytes_bool,
};

TypeObject Bytes_Type = {
    TYPE_HEAD_INIT,
    .name = "bytes",
    .basicsize = offsetof(BytesObject, data) + 1,
    .itemsize = 1,
    .tpflags = TPF_BASETYPE | TPF_BYTES_SUB,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .str = bytes_str,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .num = &bytes_as_number,
    .len = bytes_length,
    .getitem = bytes_subscript,
    .contains = bytes_contains,
    .item = bytes_item,
    .new_ = bytes_new,
    .vectorcall = bytes_vectorcall,
    .methods = bytes_methods,
};

TypeObject BytesIter_Type = {
    TYPE_HEAD_INIT,
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIterObject),
    .dealloc = bytesiter_dealloc,
    .iter = bytesiter_self,
    .iternext = bytesiter_next,
};

int bytes_init(void)
{
    if (type_ready(&Bytes_Type) < 0 || type_ready(&BytesIter_Type) < 0)
        return -1;
    if (!empty_bytes) {
        empty_bytes = bytes_new_raw(0);
        if (!empty_bytes)
            return -1;
    }
    return 0;
}

void bytes_fini(void)
{
    for (int i = 0; i < 256; i++)
        CLEAR(byte_cache[i]);
    CLEAR(empty_bytes);
}
