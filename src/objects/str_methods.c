/* str_methods.c — the methods of str (split, strip, find, replace, case
 * mapping, is*(), padding, partition, encode, translate ...) and the
 * vector-call argument parser they share with bytes.c.  Searching works on
 * the UTF-8 bytes (a UTF-8 needle can only match at character boundaries)
 * and converts byte positions to code-point indices only for results. */
#include "objects/format.h"
#include "objects/strformat.h"
#include <stdlib.h>
#include <string.h>

#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/fastsearch.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"
#include "runtime/errors.h"

/* ---- argument parsing -------------------------------------------------- */

int str_parse_args(const char *fname, Object *const *args, size_t nargs,
                   Object *kwnames, const char *const *kwlist, size_t nkw,
                   size_t min, size_t max, Object **out)
{
    bool style_b = fname[0] == '!';
    if (style_b)
        fname++;
    size_t nk = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    for (size_t i = 0; i < max; i++)
        out[i] = NULL;
    if (nk && !kwlist) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs > max) {
        if (style_b)
            err_format(&Exc_TypeError, "%s expected at most %zu argument%s, got %zu",
                       fname, max, max == 1 ? "" : "s", nargs);
        else if (max == 0)
            err_format(&Exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        else if (min == max && max == 1)
            err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        else
            err_format(&Exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
                       min == max ? "exactly" : "at most", max, max == 1 ? "" : "s",
                       nargs + nk);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    for (size_t k = 0; k < nk; k++) {
        Object *name = TUPLE_GET(kwnames, k);
        size_t j = 0;
        for (; j < nkw; j++)
            if (str_eq_cstr(name, kwlist[j]))
                break;
        if (j == nkw) {
            err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for %s()", name, fname);
            return -1;
        }
        if (out[j]) {
            err_format(&Exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                       fname, kwlist[j], j + 1);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    size_t have = 0;
    while (have < max && out[have])
        have++;
    if (have < min) {
        if (style_b)
            err_format(&Exc_TypeError, "%s expected at least %zu argument%s, got %zu",
                       fname, min, min == 1 ? "" : "s", nargs);
        else if (min == max && min == 1)
            err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        else
            err_format(&Exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
                       min == max ? "exactly" : "at least", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

#define PARSE(fname, kw, nkw, min, max, out) \
    if (str_parse_args(fname, args, nargs, kwnames, kw, nkw, min, max, out) < 0) return NULL

static Object *need_str(Object *o)
{
    if (!STR_CHECK(o))
        return err_format(&Exc_TypeError, "must be str, not %T", o);
    return o;
}

/* Clamps optional start/end (None or index) to [0, len], slice-style. */
static int get_bounds(Object *so, Object *eo, intptr_t len, intptr_t *start, intptr_t *end)
{
    intptr_t s = 0, e = len;
    for (int k = 0; k < 2; k++) {
        Object *o = k ? eo : so;
        if (!o || IS_NONE(o))
            continue;
        if (!INT_CHECK(o) && !(TYPE(o)->num && TYPE(o)->num->index)) {
            err_set_string(&Exc_TypeError,
                           "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
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

/* Code-point index of byte offset b in s. */
static intptr_t cp_index(Object *s, intptr_t b)
{
    if (STR_IS_ASCII(s))
        return b;
    return uni_utf8_count(STR_UTF8(s), (size_t)b);
}

static const char *mem_rfind(const char *h, size_t nh, const char *n, size_t nn)
{
    return str_fast_rfind(h, nh, n, nn);
}

static const char *mem_find(const char *h, size_t nh, const char *n, size_t nn)
{
    return str_fast_find(h, nh, n, nn);
}

static Object *new_list_or_null(void) { return list_new(0); }

/* Appends a fresh substring [b0, b1) of bytes to list l. */
static int append_piece(Object *l, Object *s, const char *b0, const char *b1)
{
    Object *piece;
    if (b0 == STR_UTF8(s) && b1 == STR_UTF8(s) + STR_NBYTES(s) && STR_CHECK_EXACT(s))
        piece = NEWREF(s);
    else
        piece = str_from_utf8_trusted(b0, (size_t)(b1 - b0),
                                      STR_IS_ASCII(s) ? (intptr_t)(b1 - b0) : -1);
    if (!piece)
        return -1;
    int rc = list_append(l, piece);
    DECREF(piece);
    return rc;
}

/* ---- find family ------------------------------------------------------------ */

/* Shared by find/rfind/index/rindex/count: dir > 0 forward, < 0 backward,
 * 0 count.  Returns the code-point index (or count), -1 if absent, -2 error. */
static intptr_t find_impl(const char *fname, Object *s, Object *const *args, size_t nargs,
                          Object *kwnames, int dir)
{
    Object *a[3];
    if (str_parse_args(fname, args, nargs, kwnames, NULL, 0, 1, 3, a) < 0)
        return -2;
    if (!need_str(a[0]))
        return -2;
    intptr_t start, end, len = STR_LEN(s);
    if (get_bounds(a[1], a[2], len, &start, &end) < 0)
        return -2;
    Object *sub = a[0];
    if (start > len || (end - start < STR_LEN(sub)))
        return dir == 0 ? 0 : -1;
    intptr_t b0 = str_byte_offset(s, start), b1 = str_byte_offset(s, end);
    const char *h = STR_UTF8(s) + b0, *n = STR_UTF8(sub);
    size_t nh = (size_t)(b1 - b0), nn = (size_t)STR_NBYTES(sub);
    if (dir == 0) {
        if (nn == 0)
            return end - start + 1;
        return str_fast_count(h, nh, n, nn, INTPTR_MAX);
    }
    const char *p = dir > 0 ? mem_find(h, nh, n, nn) : mem_rfind(h, nh, n, nn);
    if (!p)
        return -1;
    return cp_index(s, p - STR_UTF8(s));
}

static Object *find_result(intptr_t r, bool raise)
{
    if (r == -2)
        return NULL;
    if (r == -1 && raise)
        return err_set_string(&Exc_ValueError, "substring not found");
    return int_from_ssize(r);
}

static Object *m_find(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return find_result(find_impl("find", s, args, nargs, kwnames, 1), false); }
static Object *m_rfind(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return find_result(find_impl("rfind", s, args, nargs, kwnames, -1), false); }
static Object *m_index(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return find_result(find_impl("index", s, args, nargs, kwnames, 1), true); }
static Object *m_rindex(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return find_result(find_impl("rindex", s, args, nargs, kwnames, -1), true); }
static Object *m_count(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return find_result(find_impl("count", s, args, nargs, kwnames, 0), false); }

/* startswith/endswith: prefix may be a tuple of str. */
static Object *affix_impl(const char *fname, Object *s, Object *const *args, size_t nargs,
                          Object *kwnames, bool end_)
{
    Object *a[3];
    char full[32];
    snprintf(full, sizeof full, "%s", fname);
    if (str_parse_args(full, args, nargs, kwnames, NULL, 0, 1, 3, a) < 0)
        return NULL;
    intptr_t start, end, len = STR_LEN(s);
    if (get_bounds(a[1], a[2], len, &start, &end) < 0)
        return NULL;
    Object *const *cands = &a[0];
    intptr_t ncand = 1;
    if (TUPLE_CHECK(a[0])) {
        cands = TUPLE_ITEMS(a[0]);
        ncand = TUPLE_SIZE(a[0]);
    } else if (!STR_CHECK(a[0])) {
        return err_format(&Exc_TypeError,
                          "%s first arg must be str or a tuple of str, not %T", fname, a[0]);
    }
    intptr_t b0 = start > len ? 0 : str_byte_offset(s, start);
    intptr_t b1 = start > len ? 0 : str_byte_offset(s, end < start ? start : end);
    /* Candidates are checked in order, as CPython: a non-str after a match
     * is never looked at. */
    for (intptr_t i = 0; i < ncand; i++) {
        Object *c = cands[i];
        if (!STR_CHECK(c))
            return err_format(&Exc_TypeError,
                              "tuple for %s must only contain str, not %T", fname, c);
        intptr_t nc = STR_NBYTES(c);
        if (start > len || end - start < STR_LEN(c))
            continue;
        const char *at = end_ ? STR_UTF8(s) + b1 - nc : STR_UTF8(s) + b0;
        if (memcmp(at, STR_UTF8(c), (size_t)nc) == 0)
            return bool_from(1);
    }
    return bool_from(0);
}

static Object *m_startswith(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return affix_impl("startswith", s, args, nargs, kwnames, false); }
static Object *m_endswith(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return affix_impl("endswith", s, args, nargs, kwnames, true); }

/* ---- split family --------------------------------------------------------------- */

static int get_maxsplit(Object *o, intptr_t *out)
{
    *out = -1;
    if (!o)
        return 0;
    intptr_t v = int_as_ssize(o);
    if (v == -1 && err_occurred())
        return -1;
    *out = v < 0 ? INTPTR_MAX : v;
    return 0;
}

static Object *split_impl(Object *s, Object *const *args, size_t nargs, Object *kwnames, bool right)
{
    static const char *const kw[] = { "sep", "maxsplit" };
    Object *a[2];
    PARSE(right ? "rsplit" : "split", kw, 2, 0, 2, a);
    Object *sep = a[0] && !IS_NONE(a[0]) ? a[0] : NULL;
    if (sep && !STR_CHECK(sep))
        return err_format(&Exc_TypeError, "must be str or None, not %T", sep);
    if (sep && STR_NBYTES(sep) == 0)
        return err_set_string(&Exc_ValueError, "empty separator");
    intptr_t maxsplit;
    if (get_maxsplit(a[1], &maxsplit) < 0)
        return NULL;
    if (maxsplit < 0)
        maxsplit = INTPTR_MAX;
    Object *l = new_list_or_null();
    if (!l)
        return NULL;
    const char *base = STR_UTF8(s), *end = base + STR_NBYTES(s);
    if (sep) {
        const char *n = STR_UTF8(sep);
        size_t nn = (size_t)STR_NBYTES(sep);
        if (!right) {
            const char *p = base, *q;
            while (maxsplit-- > 0 && (q = mem_find(p, (size_t)(end - p), n, nn)) != NULL) {
                if (append_piece(l, s, p, q) < 0) goto fail;
                p = q + nn;
            }
            if (append_piece(l, s, p, end) < 0) goto fail;
        } else {
            const char *e = end, *q;
            while (maxsplit-- > 0 && (q = mem_rfind(base, (size_t)(e - base), n, nn)) != NULL) {
                if (append_piece(l, s, q + nn, e) < 0) goto fail;
                e = q;
            }
            if (append_piece(l, s, base, e) < 0) goto fail;
            if (list_reverse(l) < 0) goto fail;
        }
        return l;
    }
    /* whitespace splitting: runs of whitespace separate, ends are trimmed */
    if (!right) {
        const char *p = base;
        while (p < end) {
            const char *q = p;
            while (q < end) {           /* skip whitespace */
                const char *r = q;
                if (!uni_isspace(uni_utf8_next(&r))) break;
                q = r;
            }
            p = q;
            if (p >= end) break;
            if (maxsplit-- <= 0) {
                /* the rest, trailing whitespace kept */
                if (append_piece(l, s, p, end) < 0) goto fail;
                break;
            }
            while (q < end) {
                const char *r = q;
                if (uni_isspace(uni_utf8_next(&r))) break;
                q = r;
            }
            if (append_piece(l, s, p, q) < 0) goto fail;
            p = q;
        }
    } else {
        const char *e = end;
        while (e > base) {
            const char *q = e;
            while (q > base) {
                const char *r = q;
                if (!uni_isspace(uni_utf8_prev(&r))) break;
                q = r;
            }
            e = q;
            if (e <= base) break;
            if (maxsplit-- <= 0) {
                if (append_piece(l, s, base, e) < 0) goto fail;
                break;
            }
            while (q > base) {
                const char *r = q;
                if (uni_isspace(uni_utf8_prev(&r))) break;
                q = r;
            }
            if (append_piece(l, s, q, e) < 0) goto fail;
            e = q;
        }
        if (list_reverse(l) < 0) goto fail;
    }
    return l;
fail:
    DECREF(l);
    return NULL;
}

static Object *m_split(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return split_impl(s, args, nargs, kwnames, false); }
static Object *m_rsplit(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return split_impl(s, args, nargs, kwnames, true); }

static Object *m_splitlines(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "keepends" };
    Object *a[1];
    PARSE("splitlines", kw, 1, 0, 1, a);
    int keep = 0;
    if (a[0] && (keep = obj_is_true(a[0])) < 0)
        return NULL;
    Object *l = new_list_or_null();
    if (!l)
        return NULL;
    const char *p = STR_UTF8(s), *end = p + STR_NBYTES(s), *line = p;
    while (p < end) {
        const char *q = p;
        uint32_t c = uni_utf8_next(&q);
        if (!uni_islinebreak(c)) {
            p = q;
            continue;
        }
        const char *eol = q;
        if (c == '\r' && q < end && *q == '\n')
            eol = q + 1;
        if (append_piece(l, s, line, keep ? eol : p) < 0) {
            DECREF(l);
            return NULL;
        }
        p = line = eol;
    }
    if (line < end && append_piece(l, s, line, end) < 0) {
        DECREF(l);
        return NULL;
    }
    return l;
}

static Object *m_join(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *a[1];
    PARSE("str.join", NULL, 0, 1, 1, a);
    return str_join(s, a[0]);
}

Object *str_join(Object *sep, Object *iterable)
{
    Object *seq;
    if (LIST_CHECK_EXACT(iterable) || TUPLE_CHECK_EXACT(iterable)) {
        seq = NEWREF(iterable);
    } else {
        Object *it = obj_iter(iterable);
        if (!it) {
            if (err_matches_type(&Exc_TypeError)) {
                err_clear();
                err_set_string(&Exc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        seq = list_new(0);
        Object *item;
        while (seq && (item = obj_next(it)) != NULL) {
            int rc = list_append(seq, item);
            DECREF(item);
            if (rc < 0)
                CLEAR(seq);
        }
        DECREF(it);
        if (!seq || err_occurred()) {
            XDECREF(seq);
            return NULL;
        }
    }
    bool is_list = LIST_CHECK_EXACT(seq);
    intptr_t n = is_list ? LIST_SIZE(seq) : TUPLE_SIZE(seq);
    Object *const *items = is_list ? (Object *const *)LIST_ITEMS(seq) : TUPLE_ITEMS(seq);
    if (n == 1 && STR_CHECK_EXACT(items[0])) {
        Object *r = NEWREF(items[0]);
        DECREF(seq);
        return r;
    }
    size_t total = 0;
    intptr_t cps = 0;
    for (intptr_t i = 0; i < n; i++) {
        if (!STR_CHECK(items[i])) {
            err_format(&Exc_TypeError, "sequence item %zd: expected str instance, %T found",
                       i, items[i]);
            DECREF(seq);
            return NULL;
        }
        total += (size_t)STR_NBYTES(items[i]);
        cps += STR_LEN(items[i]);
    }
    if (n > 1) {
        total += (size_t)STR_NBYTES(sep) * (size_t)(n - 1);
        cps += STR_LEN(sep) * (n - 1);
    }
    Object *r = n == 0 ? str_empty() : str_new_raw(total, cps);
    if (r && n) {
        char *d = str_data_mut(r);
        for (intptr_t i = 0; i < n; i++) {
            if (i) {
                memcpy(d, STR_UTF8(sep), (size_t)STR_NBYTES(sep));
                d += STR_NBYTES(sep);
            }
            memcpy(d, STR_UTF8(items[i]), (size_t)STR_NBYTES(items[i]));
            d += STR_NBYTES(items[i]);
        }
        if (cps == 0) {     /* every piece empty: hand back the singleton */
            DECREF(r);
            r = str_empty();
        }
    }
    DECREF(seq);
    return r;
}

/* ---- strip ---------------------------------------------------------------------- */

static bool in_chars(Object *chars, uint32_t c)
{
    if (!chars)
        return uni_isspace(c);
    char buf[4];
    int n = uni_utf8_encode(c, buf);
    return mem_find(STR_UTF8(chars), (size_t)STR_NBYTES(chars), buf, (size_t)n) != NULL;
}

static Object *strip_impl(const char *fname, Object *s, Object *const *args, size_t nargs,
                          Object *kwnames, int which)
{
    Object *a[1];
    PARSE(fname, NULL, 0, 0, 1, a);
    Object *chars = a[0] && !IS_NONE(a[0]) ? a[0] : NULL;
    if (chars && !STR_CHECK(chars))
        return err_format(&Exc_TypeError, "%s arg must be None or str", fname + 1);
    const char *b = STR_UTF8(s), *e = b + STR_NBYTES(s);
    if (which & 1)
        while (b < e) {
            const char *q = b;
            if (!in_chars(chars, uni_utf8_next(&q))) break;
            b = q;
        }
    if (which & 2)
        while (e > b) {
            const char *q = e;
            if (!in_chars(chars, uni_utf8_prev(&q))) break;
            e = q;
        }
    if (b == STR_UTF8(s) && e == STR_UTF8(s) + STR_NBYTES(s) && STR_CHECK_EXACT(s))
        return NEWREF(s);
    return str_from_utf8_trusted(b, (size_t)(e - b), STR_IS_ASCII(s) ? (intptr_t)(e - b) : -1);
}

static Object *m_strip(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return strip_impl("!strip", s, args, nargs, kwnames, 3); }
static Object *m_lstrip(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return strip_impl("!lstrip", s, args, nargs, kwnames, 1); }
static Object *m_rstrip(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return strip_impl("!rstrip", s, args, nargs, kwnames, 2); }

/* ---- replace ----------------------------------------------------------------------- */

/* s.replace(old, new, count) for a non-empty old: counts the matches first
 * (as CPython does) so the result is allocated once at its final size and
 * filled with memcpy; same-size replacements copy s whole and patch it. */
static Object *replace_nonempty(Object *s, Object *old, Object *new_, intptr_t count)
{
    const char *src = STR_UTF8(s), *o = STR_UTF8(old), *nw = STR_UTF8(new_);
    size_t ns = (size_t)STR_NBYTES(s), no = (size_t)STR_NBYTES(old);
    size_t nn = (size_t)STR_NBYTES(new_);
    const char *p = src, *end = src + ns, *q;
    intptr_t k = 0, rlen;
    Object *r;
    if (nn == no) {
        /* one pass: copy s at the first match, then patch each match */
        q = count > 0 ? mem_find(src, ns, o, no) : NULL;
        if (!q)
            goto unchanged;
        rlen = STR_LEN(s);
        if (STR_LEN(new_) != STR_LEN(old)) {
            /* same bytes, other code points (non-ASCII): count the matches */
            k = str_fast_count(q, (size_t)(end - q), o, no, count);
            rlen += k * (STR_LEN(new_) - STR_LEN(old));
        }
        r = str_new_raw(ns, rlen);
        if (!r)
            return NULL;
        char *d = str_data_mut(r);
        memcpy(d, src, ns);
        k = 0;
        do {
            memcpy(d + (q - src), nw, nn);
            p = q + no;
        } while (++k < count && (q = mem_find(p, (size_t)(end - p), o, no)) != NULL);
    } else {
        k = str_fast_count(src, ns, o, no, count);
        if (k == 0)
            goto unchanged;
        intptr_t dbytes = (intptr_t)nn - (intptr_t)no;
        if (dbytes > 0 && k > (INTPTR_MAX - 64 - (intptr_t)ns) / dbytes)
            return err_set_string(&Exc_OverflowError, "replace string is too long");
        intptr_t rbytes = (intptr_t)ns + k * dbytes;
        rlen = STR_LEN(s) + k * (STR_LEN(new_) - STR_LEN(old));
        r = str_new_raw((size_t)rbytes, rlen);
        if (!r)
            return NULL;
        char *d = str_data_mut(r);
        for (intptr_t i = 0; i < k; i++) {
            q = mem_find(p, (size_t)(end - p), o, no);
            memcpy(d, p, (size_t)(q - p));
            d += q - p;
            memcpy(d, nw, nn);
            d += nn;
            p = q + no;
        }
        memcpy(d, p, (size_t)(end - p));
    }
    if (rlen == 0) {
        /* CPython answers the shared empty string (other results are new) */
        DECREF(r);
        return str_empty();
    }
    return r;
unchanged:
    if (STR_CHECK_EXACT(s))
        return NEWREF(s);
    return str_from_utf8_trusted(src, ns, STR_LEN(s));
}

static Object *m_replace(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *a[3];
    PARSE("!replace", NULL, 0, 2, 3, a);
    for (int i = 0; i < 2; i++)
        if (!STR_CHECK(a[i]))
            return err_format(&Exc_TypeError, "replace() argument %d must be str, not %T",
                              i + 1, a[i]);
    intptr_t count = -1;
    if (a[2]) {
        count = int_as_ssize(a[2]);
        if (count == -1 && err_occurred())
            return NULL;
    }
    if (count < 0)
        count = INTPTR_MAX;
    Object *old = a[0], *new_ = a[1];
    if (STR_NBYTES(old) > 0)
        return replace_nonempty(s, old, new_, count);
    const char *p = STR_UTF8(s), *end = p + STR_NBYTES(s);
    StrBuf b;
    str_buf_init(&b);
    intptr_t done = 0;
    /* insert new before every character and at the end */
    while (done < count) {
        if (str_buf_append_str(&b, new_) < 0) goto fail;
        done++;
        if (p >= end) break;
        int k = uni_utf8_seqlen((unsigned char)*p);
        if (str_buf_append(&b, p, (size_t)k) < 0) goto fail;
        p += k;
    }
    if (done == 0 && STR_CHECK_EXACT(s)) {
        str_buf_free(&b);
        return NEWREF(s);
    }
    if (str_buf_append(&b, p, (size_t)(end - p)) < 0)
        goto fail;
    return str_buf_finish(&b);
fail:
    str_buf_free(&b);
    return NULL;
}

static Object *m_removeprefix(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *a[1];
    PARSE("str.removeprefix", NULL, 0, 1, 1, a);
    if (!STR_CHECK(a[0]))
        return err_format(&Exc_TypeError, "removeprefix() argument must be str, not %T", a[0]);
    intptr_t n = STR_NBYTES(a[0]);
    if (n && n <= STR_NBYTES(s) && memcmp(STR_UTF8(s), STR_UTF8(a[0]), (size_t)n) == 0)
        return str_substring(s, STR_LEN(a[0]), STR_LEN(s));
    return str_substring(s, 0, STR_LEN(s));
}

static Object *m_removesuffix(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *a[1];
    PARSE("str.removesuffix", NULL, 0, 1, 1, a);
    if (!STR_CHECK(a[0]))
        return err_format(&Exc_TypeError, "removesuffix() argument must be str, not %T", a[0]);
    intptr_t n = STR_NBYTES(a[0]);
    if (n && n <= STR_NBYTES(s) &&
        memcmp(STR_UTF8(s) + STR_NBYTES(s) - n, STR_UTF8(a[0]), (size_t)n) == 0)
        return str_substring(s, 0, STR_LEN(s) - STR_LEN(a[0]));
    return str_substring(s, 0, STR_LEN(s));
}

/* ---- case mapping -------------------------------------------------------------------- */

/* Decodes s into a fresh array of code points (mem_free it). */
static uint32_t *decode_all(Object *s)
{
    uint32_t *cps = mem_malloc(((size_t)STR_LEN(s) + 1) * sizeof(uint32_t));
    if (!cps) {
        err_no_memory();
        return NULL;
    }
    const char *p = STR_UTF8(s), *e = p + STR_NBYTES(s);
    for (intptr_t i = 0; p < e; i++)
        cps[i] = uni_utf8_next(&p);
    return cps;
}

/* CPython's Final_Sigma context: ς after a cased letter (skipping
 * case-ignorables) when no cased letter follows. */
static uint32_t capital_sigma(const uint32_t *c, intptr_t n, intptr_t i)
{
    intptr_t j = i - 1;
    while (j >= 0 && uni_iscaseignorable(c[j]))
        j--;
    bool final = j >= 0 && uni_iscased(c[j]);
    if (final) {
        j = i + 1;
        while (j < n && uni_iscaseignorable(c[j]))
            j++;
        final = j == n || !uni_iscased(c[j]);
    }
    return final ? 0x3C2 : 0x3C3;
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE };

static int lower_into(StrBuf *b, const uint32_t *c, intptr_t n, intptr_t i)
{
    uint32_t m[3];
    if (c[i] == 0x3A3)
        return str_buf_append_char(b, capital_sigma(c, n, i));
    int k = uni_tolower_full(c[i], m);
    for (int j = 0; j < k; j++)
        if (str_buf_append_char(b, m[j]) < 0)
            return -1;
    return 0;
}

static int map_into(StrBuf *b, uint32_t cp, int (*fn)(uint32_t, uint32_t *))
{
    uint32_t m[3];
    int k = fn(cp, m);
    for (int j = 0; j < k; j++)
        if (str_buf_append_char(b, m[j]) < 0)
            return -1;
    return 0;
}

static Object *case_ascii(Object *s, int mode)
{
    intptr_t n = STR_NBYTES(s);
    Object *r = str_new_raw((size_t)n, n);
    if (!r)
        return NULL;
    const unsigned char *p = (const unsigned char *)STR_UTF8(s);
    char *d = str_data_mut(r);
    if (mode == CASE_UPPER || mode == CASE_LOWER || mode == CASE_FOLD) {
        unsigned char lo = mode == CASE_UPPER ? 'a' : 'A';
        /* eight ASCII bytes at a time: a byte's high bit in ge/gt says
         * byte >= lo / byte > lo + 25 (no carries: every byte < 0x80);
         * the letters in range get bit 0x20 flipped */
        const uint64_t ones = 0x0101010101010101ull;
        const uint64_t add_ge = ones * (unsigned char)(0x80 - lo);
        const uint64_t add_gt = ones * (unsigned char)(0x80 - (lo + 26));
        intptr_t i = 0;
        for (; i + 8 <= n; i += 8) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            uint64_t ge = w + add_ge, gt = w + add_gt;
            w ^= ((ge & ~gt) & (ones * 0x80)) >> 2;
            memcpy(d + i, &w, 8);
        }
        for (; i < n; i++) {
            unsigned c = p[i];
            d[i] = (char)((unsigned)(c - lo) < 26u ? c ^ 0x20 : c);
        }
        return r;
    }
    bool prev_cased = false;
    for (intptr_t i = 0; i < n; i++) {
        unsigned c = p[i];
        bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
        int to = 0;         /* -1 lower, +1 upper */
        switch (mode) {
        case CASE_LOWER: case CASE_FOLD: to = -1; break;
        case CASE_UPPER: to = 1; break;
        case CASE_SWAP: to = lo ? 1 : -1; break;
        case CASE_CAPITALIZE: to = i == 0 ? 1 : -1; break;
        case CASE_TITLE: to = prev_cased ? -1 : 1; prev_cased = lo || up; break;
        }
        if (to < 0 && up) c += 32;
        else if (to > 0 && lo) c -= 32;
        d[i] = (char)c;
    }
    return r;
}

static Object *case_impl(Object *s, int mode)
{
    if (STR_IS_ASCII(s))
        return case_ascii(s, mode);
    uint32_t *c = decode_all(s);
    if (!c)
        return NULL;
    intptr_t n = STR_LEN(s);
    StrBuf b;
    str_buf_init(&b);
    bool prev_cased = false;
    int rc = 0;
    for (intptr_t i = 0; i < n && rc == 0; i++) {
        switch (mode) {
        case CASE_LOWER: rc = lower_into(&b, c, n, i); break;
        case CASE_UPPER: rc = map_into(&b, c[i], uni_toupper_full); break;
        case CASE_FOLD: rc = map_into(&b, c[i], uni_tofold_full); break;
        case CASE_SWAP:
            if (uni_isupper(c[i])) rc = lower_into(&b, c, n, i);
            else if (uni_islower(c[i])) rc = map_into(&b, c[i], uni_toupper_full);
            else rc = str_buf_append_char(&b, c[i]);
            break;
        case CASE_CAPITALIZE:
            rc = i == 0 ? map_into(&b, c[i], uni_totitle_full) : lower_into(&b, c, n, i);
            break;
        case CASE_TITLE:
            rc = prev_cased ? lower_into(&b, c, n, i) : map_into(&b, c[i], uni_totitle_full);
            prev_cased = uni_iscased(c[i]);
            break;
        }
    }
    mem_free(c);
    if (rc < 0) {
        str_buf_free(&b);
        return NULL;
    }
    return str_buf_finish(&b);
}

#define NOARGS(fname) PARSE(fname, NULL, 0, 0, 0, NULL)

static Object *m_lower(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ NOARGS("str.lower"); return case_impl(s, CASE_LOWER); }
static Object *m_upper(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ NOARGS("str.upper"); return case_impl(s, CASE_UPPER); }
static Object *m_casefold(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ NOARGS("str.casefold"); return case_impl(s, CASE_FOLD); }
static Object *m_swapcase(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ NOARGS("str.swapcase"); return case_impl(s, CASE_SWAP); }
static Object *m_capitalize(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ NOARGS("str.capitalize"); return case_impl(s, CASE_CAPITALIZE); }
static Object *m_title(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ NOARGS("str.title"); return case_impl(s, CASE_TITLE); }

/* ---- predicates --------------------------------------------------------------------- */

/* True iff s is non-empty and pred holds for every character. */
static Object *all_chars(Object *s, bool (*pred)(uint32_t))
{
    if (STR_NBYTES(s) == 0)
        return bool_from(0);
    const char *p = STR_UTF8(s), *e = p + STR_NBYTES(s);
    while (p < e)
        if (!pred(uni_utf8_next(&p)))
            return bool_from(0);
    return bool_from(1);
}

#define PRED(name, fn) \
    static Object *m_##name(Object *s, Object *const *args, size_t nargs, Object *kwnames) \
    { NOARGS("str." #name); return all_chars(s, fn); }
PRED(isdigit, uni_isdigit)
PRED(isdecimal, uni_isdecimal)
PRED(isnumeric, uni_isnumeric)
PRED(isalpha, uni_isalpha)
PRED(isalnum, uni_isalnum)
PRED(isspace, uni_isspace)

static Object *m_isprintable(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("str.isprintable");
    const char *p = STR_UTF8(s), *e = p + STR_NBYTES(s);
    while (p < e)
        if (!uni_isprintable(uni_utf8_next(&p)))
            return bool_from(0);
    return bool_from(1);
}

static Object *m_isascii(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("str.isascii");
    return bool_from(STR_IS_ASCII(s));
}

static Object *m_islower(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("str.islower");
    const char *p = STR_UTF8(s), *e = p + STR_NBYTES(s);
    bool cased = false;
    while (p < e) {
        uint32_t c = uni_utf8_next(&p);
        if (uni_isupper(c) || uni_istitle(c))
            return bool_from(0);
        if (!cased && uni_islower(c))
            cased = true;
    }
    return bool_from(cased);
}

static Object *m_isupper(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("str.isupper");
    const char *p = STR_UTF8(s), *e = p + STR_NBYTES(s);
    bool cased = false;
    while (p < e) {
        uint32_t c = uni_utf8_next(&p);
        if (uni_islower(c) || uni_istitle(c))
            return bool_from(0);
        if (!cased && uni_isupper(c))
            cased = true;
    }
    return bool_from(cased);
}

static Object *m_istitle(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("str.istitle");
    const char *p = STR_UTF8(s), *e = p + STR_NBYTES(s);
    bool cased = false, prev = false;
    while (p < e) {
        uint32_t c = uni_utf8_next(&p);
        if (uni_isupper(c) || uni_istitle(c)) {
            if (prev)
                return bool_from(0);
            prev = cased = true;
        } else if (uni_islower(c)) {
            if (!prev)
                return bool_from(0);
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return bool_from(cased);
}

static Object *m_isidentifier(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("str.isidentifier");
    const char *p = STR_UTF8(s), *e = p + STR_NBYTES(s);
    if (p == e || !uni_isxidstart(uni_utf8_next(&p)))
        return bool_from(0);
    while (p < e)
        if (!uni_isxidcontinue(uni_utf8_next(&p)))
            return bool_from(0);
    return bool_from(1);
}

/* ---- padding ---------------------------------------------------------------------------- */

static int get_fill(Object *o, uint32_t *fill)
{
    *fill = ' ';
    if (!o)
        return 0;
    if (!STR_CHECK(o)) {
        err_format(&Exc_TypeError, "The fill character must be a unicode character, not %T", o);
        return -1;
    }
    if (STR_LEN(o) != 1) {
        err_set_string(&Exc_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    *fill = str_char_at(o, 0);
    return 0;
}

static Object *pad(Object *s, intptr_t left, intptr_t right, uint32_t fill)
{
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0 && STR_CHECK_EXACT(s))
        return NEWREF(s);
    StrBuf b;
    str_buf_init(&b);
    for (intptr_t i = 0; i < left; i++)
        if (str_buf_append_char(&b, fill) < 0) goto fail;
    if (str_buf_append_str(&b, s) < 0) goto fail;
    for (intptr_t i = 0; i < right; i++)
        if (str_buf_append_char(&b, fill) < 0) goto fail;
    return str_buf_finish(&b);
fail:
    str_buf_free(&b);
    return NULL;
}

static Object *just_impl(const char *fname, Object *s, Object *const *args, size_t nargs,
                         Object *kwnames, int how)
{
    Object *a[2];
    PARSE(fname, NULL, 0, 1, 2, a);
    intptr_t width = int_as_ssize(a[0]);
    if (width == -1 && err_occurred())
        return NULL;
    uint32_t fill;
    if (get_fill(a[1], &fill) < 0)
        return NULL;
    intptr_t marg = width - STR_LEN(s);
    if (marg <= 0)
        return pad(s, 0, 0, fill);
    if (how < 0)
        return pad(s, 0, marg, fill);
    if (how > 0)
        return pad(s, marg, 0, fill);
    intptr_t left = marg / 2 + (marg & width & 1);
    return pad(s, left, marg - left, fill);
}

static Object *m_center(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return just_impl("!center", s, args, nargs, kwnames, 0); }
static Object *m_ljust(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return just_impl("!ljust", s, args, nargs, kwnames, -1); }
static Object *m_rjust(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return just_impl("!rjust", s, args, nargs, kwnames, 1); }

static Object *m_zfill(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *a[1];
    PARSE("str.zfill", NULL, 0, 1, 1, a);
    intptr_t width = int_as_ssize(a[0]);
    if (width == -1 && err_occurred())
        return NULL;
    intptr_t fill = width - STR_LEN(s);
    if (fill <= 0)
        return pad(s, 0, 0, ' ');
    Object *r = pad(s, fill, 0, '0');
    if (!r)
        return NULL;
    char *d = str_data_mut(r);
    if (d[fill] == '+' || d[fill] == '-') {     /* move the sign to the front */
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

static Object *m_expandtabs(Object *s, Object *const *args, size_t nargs, Object *kwnames)
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
    StrBuf b;
    str_buf_init(&b);
    const char *p = STR_UTF8(s), *e = p + STR_NBYTES(s);
    intptr_t col = 0;
    while (p < e) {
        const char *q = p;
        uint32_t c = uni_utf8_next(&q);
        int rc = 0;
        if (c == '\t') {
            if (tab > 0) {
                intptr_t k = tab - col % tab;
                col += k;
                for (; k > 0 && rc == 0; k--)
                    rc = str_buf_append_ascii(&b, " ", 1);
            }
        } else {
            col++;
            if (c == '\n' || c == '\r')
                col = 0;
            rc = str_buf_append(&b, p, (size_t)(q - p));
        }
        if (rc < 0) {
            str_buf_free(&b);
            return NULL;
        }
        p = q;
    }
    return str_buf_finish(&b);
}

/* ---- partition --------------------------------------------------------------------------- */

static Object *partition_impl(const char *fname, Object *s, Object *const *args, size_t nargs,
                              Object *kwnames, bool right)
{
    Object *a[1];
    PARSE(fname, NULL, 0, 1, 1, a);
    if (!need_str(a[0]))
        return NULL;
    if (STR_NBYTES(a[0]) == 0)
        return err_set_string(&Exc_ValueError, "empty separator");
    const char *base = STR_UTF8(s);
    size_t n = (size_t)STR_NBYTES(s), nn = (size_t)STR_NBYTES(a[0]);
    const char *q = right ? mem_rfind(base, n, STR_UTF8(a[0]), nn)
                          : mem_find(base, n, STR_UTF8(a[0]), nn);
    Object *x, *y, *z;
    if (!q) {
        Object *e = str_empty();
        Object *whole = STR_CHECK_EXACT(s) ? NEWREF(s) : str_substring(s, 0, STR_LEN(s));
        Object *t = right ? tuple_pack(3, e, e, whole) : tuple_pack(3, whole, e, e);
        DECREF(e);
        XDECREF(whole);
        return t;
    }
    intptr_t ascii = STR_IS_ASCII(s);
    x = str_from_utf8_trusted(base, (size_t)(q - base), ascii ? q - base : -1);
    y = NEWREF(a[0]);
    z = str_from_utf8_trusted(q + nn, n - (size_t)(q - base) - nn,
                              ascii ? (intptr_t)(n - (size_t)(q - base) - nn) : -1);
    Object *t = x && z ? tuple_pack(3, x, y, z) : NULL;
    XDECREF(x);
    DECREF(y);
    XDECREF(z);
    return t;
}

static Object *m_partition(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return partition_impl("str.partition", s, args, nargs, kwnames, false); }
static Object *m_rpartition(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{ return partition_impl("str.rpartition", s, args, nargs, kwnames, true); }

/* ---- encode, translate, sizeof ------------------------------------------------------------ */

static Object *m_encode(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "encoding", "errors" };
    Object *a[2];
    PARSE("encode", kw, 2, 0, 2, a);
    const char *enc = NULL, *errs = NULL;
    if (a[0]) {
        if (!STR_CHECK(a[0]))
            return err_format(&Exc_TypeError, "encode() argument 'encoding' must be str, not %T", a[0]);
        enc = STR_UTF8(a[0]);
    }
    if (a[1]) {
        if (!STR_CHECK(a[1]))
            return err_format(&Exc_TypeError, "encode() argument 'errors' must be str, not %T", a[1]);
        errs = STR_UTF8(a[1]);
    }
    return str_encode(s, enc, errs);
}

/* translate(table): table[ord(c)] gives None (delete), an int or a str;
 * LookupError leaves the character alone. */
static Object *m_translate(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *a[1];
    PARSE("str.translate", NULL, 0, 1, 1, a);
    StrBuf b;
    str_buf_init(&b);
    const char *p = STR_UTF8(s), *e = p + STR_NBYTES(s);
    while (p < e) {
        uint32_t c = uni_utf8_next(&p);
        Object *key = int_from_i64(c);
        if (!key)
            goto fail;
        Object *v = obj_getitem(a[0], key);
        DECREF(key);
        int rc;
        if (!v) {
            if (!err_matches_type(&Exc_LookupError))
                goto fail;
            err_clear();
            rc = str_buf_append_char(&b, c);
        } else if (IS_NONE(v)) {
            rc = 0;
        } else if (INT_CHECK(v)) {
            intptr_t x = int_as_ssize(v);
            if (x < 0 || x > 0x10FFFF) {
                if (!err_occurred())
                    err_set_string(&Exc_ValueError, "character mapping must be in range(0x110000)");
                rc = -1;
            } else {
                rc = str_buf_append_char(&b, (uint32_t)x);
            }
        } else if (STR_CHECK(v)) {
            rc = str_buf_append_str(&b, v);
        } else {
            err_set_string(&Exc_TypeError, "character mapping must return integer, None or str");
            rc = -1;
        }
        XDECREF(v);
        if (rc < 0)
            goto fail;
    }
    return str_buf_finish(&b);
fail:
    str_buf_free(&b);
    return NULL;
}

/* str.maketrans(x[, y[, z]]) -> dict of ordinals. */
static Object *m_maketrans(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *a[3];
    PARSE("!maketrans", NULL, 0, 1, 3, a);
    Object *d = dict_new();
    if (!d)
        return NULL;
    if (!a[1]) {
        if (!DICT_CHECK(a[0])) {
            DECREF(d);
            return err_set_string(&Exc_TypeError,
                                  "if you give only one argument to maketrans it must be a dict");
        }
        intptr_t pos = 0;
        Object *k, *v;
        while (dict_next(a[0], &pos, &k, &v)) {
            Object *key;
            if (STR_CHECK(k)) {
                if (STR_LEN(k) != 1) {
                    DECREF(d);
                    return err_set_string(&Exc_ValueError,
                                          "string keys in translate table must be of length 1");
                }
                key = int_from_i64(str_char_at(k, 0));
            } else if (INT_CHECK(k)) {
                key = NEWREF(k);
            } else {
                DECREF(d);
                return err_set_string(&Exc_TypeError,
                                      "keys in translate table must be strings or integers");
            }
            int rc = key ? dict_setitem(d, key, v) : -1;
            XDECREF(key);
            if (rc < 0) {
                DECREF(d);
                return NULL;
            }
        }
        return d;
    }
    if (!STR_CHECK(a[0]) || !STR_CHECK(a[1])) {
        DECREF(d);
        return err_set_string(&Exc_TypeError, "maketrans() argument 1 must be str");
    }
    if (STR_LEN(a[0]) != STR_LEN(a[1])) {
        DECREF(d);
        return err_set_string(&Exc_ValueError,
                              "the first two maketrans arguments must have equal length");
    }
    for (intptr_t i = 0; i < STR_LEN(a[0]); i++) {
        Object *k = int_from_i64(str_char_at(a[0], i));
        Object *v = int_from_i64(str_char_at(a[1], i));
        int rc = k && v ? dict_setitem(d, k, v) : -1;
        XDECREF(k);
        XDECREF(v);
        if (rc < 0) {
            DECREF(d);
            return NULL;
        }
    }
    if (a[2]) {
        if (!STR_CHECK(a[2])) {
            DECREF(d);
            return err_format(&Exc_TypeError, "maketrans() argument 3 must be str, not %T", a[2]);
        }
        for (intptr_t i = 0; i < STR_LEN(a[2]); i++) {
            Object *k = int_from_i64(str_char_at(a[2], i));
            int rc = k ? dict_setitem(d, k, NONE) : -1;
            XDECREF(k);
            if (rc < 0) {
                DECREF(d);
                return NULL;
            }
        }
    }
    return d;
}

static Object *m_sizeof(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("str.__sizeof__");
    size_t n = offsetof(StrObject, data) + (size_t)STR_NBYTES(s) + 1;
    if (!STR_IS_ASCII(s)) {
        n = ((n + 7) & ~(size_t)7) + sizeof(void *);
        if (STR_LEN(s) >= STR_INDEX_STEP)
            n += ((size_t)STR_LEN(s) / STR_INDEX_STEP + 1) * sizeof(intptr_t);
    }
    return int_from_ssize((intptr_t)n);
}

static Object *m_getnewargs(Object *s, Object *const *args, size_t nargs, Object *kwnames)
{
    NOARGS("str.__getnewargs__");
    Object *c = str_substring(s, 0, STR_LEN(s));
    if (!c)
        return NULL;
    Object *t = tuple_pack(1, c);
    DECREF(c);
    return t;
}

/* __format__ checks its argument as CPython does, then defers to format.c. */
static Object *m_format_spec(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    if (kwnames && TUPLE_SIZE(kwnames))
        return err_set_string(&Exc_TypeError, "str.__format__() takes no keyword arguments");
    if (nargs != 1)
        return err_format(&Exc_TypeError, "str.__format__() takes exactly one argument (%zu given)", nargs);
    if (!STR_CHECK(args[0]))
        return err_format(&Exc_TypeError, "__format__() argument must be str, not %s",
                          type_name(TYPE(args[0])));
    return format_str(self, args[0]);
}

MethodDef str_methods[] = {
    { "format", str_format_method, 0, "Return a formatted version of S, using substitutions from args and kwargs." },
    { "format_map", str_format_map_method, 0, "Return a formatted version of S, using substitutions from mapping." },
    { "__format__", m_format_spec, 0, "Return a formatted version of the string as described by format_spec." },
    { "split", m_split, 0, "Return a list of the substrings in the string, using sep as the separator string." },
    { "rsplit", m_rsplit, 0, "Return a list of the substrings in the string, splitting from the right." },
    { "splitlines", m_splitlines, 0, "Return a list of the lines in the string, breaking at line boundaries." },
    { "join", m_join, 0, "Concatenate any number of strings." },
    { "strip", m_strip, 0, "Return a copy of the string with leading and trailing whitespace removed." },
    { "lstrip", m_lstrip, 0, "Return a copy of the string with leading whitespace removed." },
    { "rstrip", m_rstrip, 0, "Return a copy of the string with trailing whitespace removed." },
    { "find", m_find, 0, "Return the lowest index in S where substring sub is found." },
    { "rfind", m_rfind, 0, "Return the highest index in S where substring sub is found." },
    { "index", m_index, 0, "Like find() but raise ValueError when the substring is not found." },
    { "rindex", m_rindex, 0, "Like rfind() but raise ValueError when the substring is not found." },
    { "count", m_count, 0, "Return the number of non-overlapping occurrences of substring sub." },
    { "replace", m_replace, 0, "Return a copy with all occurrences of substring old replaced by new." },
    { "removeprefix", m_removeprefix, 0, "Return a str with the given prefix string removed if present." },
    { "removesuffix", m_removesuffix, 0, "Return a str with the given suffix string removed if present." },
    { "startswith", m_startswith, 0, "Return True if S starts with the specified prefix, False otherwise." },
    { "endswith", m_endswith, 0, "Return True if S ends with the specified suffix, False otherwise." },
    { "lower", m_lower, 0, "Return a copy of the string converted to lowercase." },
    { "upper", m_upper, 0, "Return a copy of the string converted to uppercase." },
    { "casefold", m_casefold, 0, "Return a version of the string suitable for caseless comparisons." },
    { "swapcase", m_swapcase, 0, "Convert uppercase characters to lowercase and lowercase characters to uppercase." },
    { "capitalize", m_capitalize, 0, "Return a capitalized version of the string." },
    { "title", m_title, 0, "Return a version of the string where each word is titlecased." },
    { "isdigit", m_isdigit, 0, "Return True if the string is a digit string, False otherwise." },
    { "isdecimal", m_isdecimal, 0, "Return True if the string is a decimal string, False otherwise." },
    { "isnumeric", m_isnumeric, 0, "Return True if the string is a numeric string, False otherwise." },
    { "isalpha", m_isalpha, 0, "Return True if the string is an alphabetic string, False otherwise." },
    { "isalnum", m_isalnum, 0, "Return True if the string is an alpha-numeric string, False otherwise." },
    { "isspace", m_isspace, 0, "Return True if the string is a whitespace string, False otherwise." },
    { "islower", m_islower, 0, "Return True if the string is a lowercase string, False otherwise." },
    { "isupper", m_isupper, 0, "Return True if the string is an uppercase string, False otherwise." },
    { "istitle", m_istitle, 0, "Return True if the string is a title-cased string, False otherwise." },
    { "isidentifier", m_isidentifier, 0, "Return True if the string is a valid Python identifier, False otherwise." },
    { "isprintable", m_isprintable, 0, "Return True if the string is printable, False otherwise." },
    { "isascii", m_isascii, 0, "Return True if all characters in the string are ASCII, False otherwise." },
    { "zfill", m_zfill, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width." },
    { "center", m_center, 0, "Return a centered string of length width." },
    { "ljust", m_ljust, 0, "Return a left-justified string of length width." },
    { "rjust", m_rjust, 0, "Return a right-justified string of length width." },
    { "expandtabs", m_expandtabs, 0, "Return a copy where all tab characters are expanded using spaces." },
    { "partition", m_partition, 0, "Partition the string into three parts using the given separator." },
    { "rpartition", m_rpartition, 0, "Partition the string into three parts using the given separator, from the right." },
    { "encode", m_encode, 0, "Encode the string using the codec registered for encoding." },
    { "translate", m_translate, 0, "Replace each character in the string using the given translation table." },
    { "maketrans", m_maketrans, METH_STATIC, "Return a translation table usable for str.translate()." },
    { "__sizeof__", m_sizeof, 0, "Return the size of the string in memory, in bytes." },
    { "__getnewargs__", m_getnewargs, 0, NULL },
    { NULL, NULL, 0, NULL },
};
