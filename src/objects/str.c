/* str.c — the str type: allocation (inline UTF-8, the empty singleton and the
 * Latin-1 one-character cache), the code-point offset index for non-ASCII
 * strings, hashing, comparison, concatenation/repetition, indexing and
 * slicing, iteration, repr, the StrBuf builder, str_from_format, the
 * utf-8/ascii/latin-1 codecs and the str() constructor.  The text methods
 * (split, strip, find ...) live in str_methods.c. */
#include "objects/percent.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/fastsearch.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"
#include "runtime/errors.h"

#define STR_HEAD offsetof(StrObject, data)

static Object *empty_str;                 /* the "" singleton */
static Object *char_cache[256];           /* one-character strings U+0000..U+00FF */

/* ---- allocation and the offset index ------------------------------------ */

/* Where a non-ASCII string keeps its index pointer: the first 8-aligned
 * slot after the data's NUL. */
static inline intptr_t **index_slot(Object *o)
{
    size_t off = (STR_HEAD + (size_t)STR_NBYTES(o) + 1 + 7) & ~(size_t)7;
    return (intptr_t **)((char *)o + off);
}

/* NEW: see str.h.  Non-ASCII strings (length != nbytes) get room for the
 * index pointer, zeroed by the allocator. */
Object *str_new_raw(size_t nbytes, intptr_t length)
{
    bool ascii = (size_t)length == nbytes;
    size_t extra = 0, end = 0;
    if (!ascii) {
        end = (STR_HEAD + nbytes + 1 + 7) & ~(size_t)7;
        extra = end + sizeof(intptr_t *) - (STR_HEAD + nbytes + 1);
    }
    if (nbytes > (size_t)INTPTR_MAX - 64)
        return err_no_memory();
    /* the caller writes every data byte: the buffer is not cleared first */
    Object *o = obj_alloc_var_raw(&Str_Type, nbytes + extra);
    if (!o)
        return NULL;
    if (!ascii)
        *(intptr_t **)((char *)o + end) = NULL;     /* no offset index yet */
    StrObject *s = (StrObject *)o;
    s->nbytes = (intptr_t)nbytes;
    s->hash = -1;
    s->length = length;
    s->data[nbytes] = '\0';
    if (ascii)
        o->flags |= STRF_ASCII;
    return o;
}

static void str_dealloc(Object *o)
{
    if (!STR_IS_ASCII(o)) {
        intptr_t **slot = index_slot(o);
        if (*slot)
            mem_free(*slot);
    }
    obj_free(o);
}

/* Builds the sparse index: idx[k] = byte offset of code point k*STEP. */
static intptr_t *build_index(Object *s)
{
    intptr_t n = STR_LEN(s) / STR_INDEX_STEP + 1;
    intptr_t *idx = mem_malloc((size_t)n * sizeof(intptr_t));
    if (!idx)
        return NULL;
    const char *base = STR_UTF8(s), *p = base;
    for (intptr_t k = 0, cp = 0; k < n; k++) {
        idx[k] = p - base;
        for (int j = 0; j < STR_INDEX_STEP && cp < STR_LEN(s); j++, cp++)
            p += uni_utf8_seqlen((unsigned char)*p);
    }
    return idx;
}

intptr_t str_byte_offset(Object *s, intptr_t i)
{
    if (STR_IS_ASCII(s))
        return i;
    if (i == STR_LEN(s))
        return STR_NBYTES(s);
    const char *base = STR_UTF8(s), *p = base;
    intptr_t from = 0;
    if (i >= STR_INDEX_STEP) {
        intptr_t **slot = index_slot(s);
        if (!*slot)
            *slot = build_index(s);     /* on failure: walk from the start */
        if (*slot) {
            intptr_t k = i / STR_INDEX_STEP;
            p = base + (*slot)[k];
            from = k * STR_INDEX_STEP;
        }
    }
    for (; from < i; from++)
        p += uni_utf8_seqlen((unsigned char)*p);
    return p - base;
}

uint32_t str_char_at(Object *s, intptr_t i)
{
    if (STR_IS_ASCII(s))
        return (unsigned char)STR_UTF8(s)[i];
    const char *p = STR_UTF8(s) + str_byte_offset(s, i);
    return uni_utf8_next(&p);
}

Object *str_from_utf8_trusted(const char *s, size_t n, intptr_t length)
{
    if (length < 0)
        length = uni_utf8_count(s, n);
    if (n == 0 && empty_str)
        return NEWREF(empty_str);
    if (length == 1) {
        const char *p = s;
        uint32_t cp = uni_utf8_next(&p);
        if (cp < 256)
            return str_from_codepoint(cp);
    }
    Object *o = str_new_raw(n, length);
    if (o)
        memcpy(str_data_mut(o), s, n);
    return o;
}

/* Raises t(encoding, object, start, end, reason) — the exception's own
 * __str__ words the message as CPython does.  STEALS obj.  Returns NULL. */
static Object *raise_unicode_error(TypeObject *t, const char *enc, Object *obj,
                                   intptr_t start, intptr_t end, const char *reason)
{
    if (!obj)
        return NULL;
    Object *e = str_from_cstr(enc), *r = str_from_cstr(reason);
    Object *a = int_from_ssize(start), *b = int_from_ssize(end);
    Object *args = e && r && a && b ? tuple_pack(5, e, obj, a, b, r) : NULL;
    XDECREF(e); XDECREF(r); XDECREF(a); XDECREF(b); DECREF(obj);
    if (!args)
        return NULL;
    Object *exc = exc_new(t, args);
    DECREF(args);
    if (exc)
        err_restore(exc);
    return NULL;
}

/* Raises UnicodeDecodeError for the bad byte run s[pos, pos+len). */
static Object *decode_error(const char *enc, const char *s, size_t n, size_t pos, size_t len,
                            const char *reason)
{
    return raise_unicode_error(&Exc_UnicodeDecodeError, enc, bytes_from(s, n),
                               (intptr_t)pos, (intptr_t)(pos + (len ? len : 1)), reason);
}

Object *str_from_utf8(const char *s, size_t n)
{
    intptr_t ncp;
    bool ascii;
    size_t pos, len;
    const char *reason;
    if (uni_utf8_check(s, n, &ncp, &ascii, &pos, &len, &reason) < 0)
        return decode_error("utf-8", s, n, pos, len, reason);
    return str_from_utf8_trusted(s, n, ncp);
}

Object *str_from_cstr(const char *s)
{
    return str_from_utf8(s, strlen(s));
}

Object *str_empty(void)
{
    if (empty_str)
        return NEWREF(empty_str);
    return str_new_raw(0, 0);
}

Object *str_from_codepoint(uint32_t cp)
{
    if (cp < 256 && char_cache[cp])
        return NEWREF(char_cache[cp]);
    char buf[4];
    int n = uni_utf8_encode(cp, buf);
    Object *o = str_new_raw((size_t)n, 1);
    if (!o)
        return NULL;
    memcpy(str_data_mut(o), buf, (size_t)n);
    if (cp < 256 && empty_str) {            /* cache only once initialised */
        char_cache[cp] = o;
        INCREF(o);
    }
    return o;
}

/* ---- basic protocol ------------------------------------------------------ */

intptr_t str_len(Object *o) { return STR_LEN(o); }

static intptr_t str_length_slot(Object *o) { return STR_LEN(o); }

int str_eq(Object *a, Object *b)
{
    if (a == b)
        return 1;
    if (STR_NBYTES(a) != STR_NBYTES(b))
        return 0;
    StrObject *x = (StrObject *)a, *y = (StrObject *)b;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return 0;
    return memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
}

int str_eq_cstr(Object *s, const char *c)
{
    size_t n = strlen(c);
    return (size_t)STR_NBYTES(s) == n && memcmp(STR_UTF8(s), c, n) == 0;
}

int str_compare(Object *a, Object *b)
{
    intptr_t na = STR_NBYTES(a), nb = STR_NBYTES(b);
    int c = memcmp(STR_UTF8(a), STR_UTF8(b), (size_t)(na < nb ? na : nb));
    if (c)
        return c;
    return na < nb ? -1 : na > nb;
}

hash_t str_hash(Object *o)
{
    StrObject *s = (StrObject *)o;
    if (s->hash == -1)
        s->hash = hash_bytes(s->data, (size_t)s->nbytes);
    return s->hash;
}

static Object *str_richcompare(Object *a, Object *b, int op)
{
    if (!STR_CHECK(a) || !STR_CHECK(b))
        RETURN_NOTIMPL;
    int r;
    if (op == CMP_EQ || op == CMP_NE) {
        r = str_eq(a, b);
        if (op == CMP_NE)
            r = !r;
    } else {
        int c = str_compare(a, b);
        switch (op) {
        case CMP_LT: r = c < 0; break;
        case CMP_LE: r = c <= 0; break;
        case CMP_GT: r = c > 0; break;
        default:     r = c >= 0; break;
        }
    }
    return bool_from(r);
}

/* Byte position of needle in hay (an empty needle is found at hay). */
static const char *find_bytes(const char *hay, size_t nh, const char *needle, size_t nn)
{
    return str_fast_find(hay, nh, needle, nn);
}

int str_contains(Object *s, Object *sub)
{
    return find_bytes(STR_UTF8(s), (size_t)STR_NBYTES(s), STR_UTF8(sub),
                      (size_t)STR_NBYTES(sub)) != NULL;
}

static int str_contains_slot(Object *s, Object *sub)
{
    if (!STR_CHECK(sub)) {
        err_format(&Exc_TypeError, "'in <string>' requires string as left operand, not %T", sub);
        return -1;
    }
    return str_contains(s, sub);
}

Object *str_concat(Object *a, Object *b)
{
    if (STR_NBYTES(b) == 0 && STR_CHECK_EXACT(a))
        return NEWREF(a);
    if (STR_NBYTES(a) == 0 && STR_CHECK_EXACT(b))
        return NEWREF(b);
    size_t na = (size_t)STR_NBYTES(a), nb = (size_t)STR_NBYTES(b);
    Object *o = str_new_raw(na + nb, STR_LEN(a) + STR_LEN(b));
    if (!o)
        return NULL;
    memcpy(str_data_mut(o), STR_UTF8(a), na);
    memcpy(str_data_mut(o) + na, STR_UTF8(b), nb);
    return o;
}

/* + : only str + str; the message is CPython's sq_concat one.  Heap types on
 * the right get their chance at __radd__ first. */
static Object *str_add(Object *a, Object *b)
{
    if (!STR_CHECK(a))
        RETURN_NOTIMPL;
    if (!STR_CHECK(b)) {
        if (TYPE_HAS(TYPE(b), TPF_HEAPTYPE))
            RETURN_NOTIMPL;
        return err_format(&Exc_TypeError, "can only concatenate str (not \"%s\") to str",
                          type_name(TYPE(b)));
    }
    return str_concat(a, b);
}

static Object *str_repeat(Object *s, intptr_t n)
{
    if (n <= 0)
        return str_empty();
    if (n == 1 && STR_CHECK_EXACT(s))
        return NEWREF(s);
    size_t nb = (size_t)STR_NBYTES(s);
    if (nb == 0)
        return str_empty();
    if ((size_t)n > (size_t)INTPTR_MAX / nb)
        return err_set_string(&Exc_OverflowError, "repeated string is too long");
    Object *o = str_new_raw(nb * (size_t)n, STR_LEN(s) * n);
    if (!o)
        return NULL;
    char *d = str_data_mut(o);
    if (nb == 1) {
        memset(d, STR_UTF8(s)[0], (size_t)n);
    } else {            /* doubling copies */
        size_t done = nb, total = nb * (size_t)n;
        memcpy(d, STR_UTF8(s), nb);
        while (done < total) {
            size_t k = done < total - done ? done : total - done;
            memcpy(d + done, d, k);
            done += k;
        }
    }
    return o;
}

static int index_like(Object *o)
{
    return INT_CHECK(o) || (TYPE(o)->num && TYPE(o)->num->index);
}

static Object *str_mul(Object *a, Object *b)
{
    Object *s = a, *n = b;
    if (!STR_CHECK(a)) {
        s = b;
        n = a;
    }
    if (!index_like(n)) {
        if (TYPE_HAS(TYPE(n), TPF_HEAPTYPE) && n == b)
            RETURN_NOTIMPL;
        return err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          type_name(TYPE(n)));
    }
    intptr_t count;             /* 2**63: "cannot fit 'int' into an index-sized integer" */
    if (slice_as_ssize(n, &Exc_OverflowError, &count) < 0)
        return NULL;
    return str_repeat(s, count);
}

static Object *str_item(Object *s, intptr_t i)
{
    if (i < 0 || i >= STR_LEN(s))
        return err_set_string(&Exc_IndexError, "string index out of range");
    if (STR_IS_ASCII(s))
        return str_from_codepoint((unsigned char)STR_UTF8(s)[i]);
    const char *p = STR_UTF8(s) + str_byte_offset(s, i);
    const char *q = p;
    uint32_t cp = uni_utf8_next(&q);
    if (cp < 256)
        return str_from_codepoint(cp);
    return str_from_utf8_trusted(p, (size_t)(q - p), 1);
}

Object *str_getitem(Object *s, intptr_t i)
{
    if (i < 0)
        i += STR_LEN(s);
    return str_item(s, i);
}

Object *str_substring(Object *s, intptr_t start, intptr_t end)
{
    intptr_t len = STR_LEN(s);
    if (start < 0) start = 0;
    if (end > len) end = len;
    if (start >= end)
        return str_empty();
    if (start == 0 && end == len && STR_CHECK_EXACT(s))
        return NEWREF(s);
    intptr_t b0 = str_byte_offset(s, start);
    intptr_t b1 = STR_IS_ASCII(s) ? end : b0;
    if (!STR_IS_ASCII(s)) {
        const char *p = STR_UTF8(s) + b0;
        if (end - start > STR_INDEX_STEP) {
            b1 = str_byte_offset(s, end);
        } else {
            for (intptr_t k = start; k < end; k++)
                p += uni_utf8_seqlen((unsigned char)*p);
            b1 = p - STR_UTF8(s);
        }
    }
    return str_from_utf8_trusted(STR_UTF8(s) + b0, (size_t)(b1 - b0), end - start);
}

static Object *str_subscript(Object *s, Object *key)
{
    if (SLICE_CHECK(key)) {
        intptr_t start, stop, step, n;
        if (slice_indices(key, STR_LEN(s), &start, &stop, &step, &n) < 0)
            return NULL;
        if (step == 1)
            return str_substring(s, start, start + n);
        if (n <= 0)
            return str_empty();
        if (STR_IS_ASCII(s)) {
            Object *o = str_new_raw((size_t)n, n);
            if (!o)
                return NULL;
            char *d = str_data_mut(o);
            for (intptr_t k = 0, i = start; k < n; k++, i += step)
                d[k] = STR_UTF8(s)[i];
            return o;
        }
        StrBuf b;
        str_buf_init(&b);
        for (intptr_t k = 0, i = start; k < n; k++, i += step) {
            const char *p = STR_UTF8(s) + str_byte_offset(s, i);
            if (str_buf_append(&b, p, (size_t)uni_utf8_seqlen((unsigned char)*p)) < 0) {
                str_buf_free(&b);
                return NULL;
            }
        }
        return str_buf_finish(&b);
    }
    if (!index_like(key))
        return err_format(&Exc_TypeError, "string indices must be integers, not '%s'",
                          type_name(TYPE(key)));
    intptr_t i = int_as_ssize(key);
    if (i == -1 && err_occurred()) {
        if (err_matches_type(&Exc_OverflowError)) {
            err_clear();
            return err_set_string(&Exc_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return NULL;
    }
    return str_getitem(s, i);
}

static int str_bool(Object *s) { return STR_NBYTES(s) != 0; }

static Object *str_str(Object *s)
{
    if (STR_CHECK_EXACT(s))
        return NEWREF(s);
    return str_from_utf8_trusted(STR_UTF8(s), (size_t)STR_NBYTES(s), STR_LEN(s));
}

/* ---- repr ------------------------------------------------------------------ */

static const char hexdigits[] = "0123456789abcdef";

Object *str_repr(Object *s)
{
    const char *p = STR_UTF8(s), *end = p + STR_NBYTES(s);
    bool has_sq = memchr(p, '\'', (size_t)STR_NBYTES(s)) != NULL;
    bool has_dq = memchr(p, '"', (size_t)STR_NBYTES(s)) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    StrBuf b;
    str_buf_init(&b);
    char esc[12];
    int rc = str_buf_append_ascii(&b, &quote, 1);
    while (rc == 0 && p < end) {
        const char *start = p;
        uint32_t c = uni_utf8_next(&p);
        int n = 0;
        if (c == (uint32_t)quote || c == '\\') {
            esc[0] = '\\'; esc[1] = (char)c; n = 2;
        } else if (c == '\t') {
            esc[0] = '\\'; esc[1] = 't'; n = 2;
        } else if (c == '\n') {
            esc[0] = '\\'; esc[1] = 'n'; n = 2;
        } else if (c == '\r') {
            esc[0] = '\\'; esc[1] = 'r'; n = 2;
        } else if (c < ' ' || c == 0x7F) {
            n = snprintf(esc, sizeof esc, "\\x%c%c", hexdigits[c >> 4], hexdigits[c & 15]);
        } else if (c < 0x7F) {
            esc[0] = (char)c; n = 1;
        } else if (uni_isprintable(c)) {
            rc = str_buf_append(&b, start, (size_t)(p - start));
            continue;
        } else if (c < 0x100) {
            n = snprintf(esc, sizeof esc, "\\x%02x", c);
        } else if (c < 0x10000) {
            n = snprintf(esc, sizeof esc, "\\u%04x", c);
        } else {
            n = snprintf(esc, sizeof esc, "\\U%08x", c);
        }
        rc = str_buf_append_ascii(&b, esc, (size_t)n);
    }
    if (rc == 0)
        rc = str_buf_append_ascii(&b, &quote, 1);
    if (rc < 0) {
        str_buf_free(&b);
        return NULL;
    }
    return str_buf_finish(&b);
}

/* ---- iterator -------------------------------------------------------------- */

typedef struct StrIterObject {
    Object ob;
    Object *str;                /* NULL once exhausted */
    intptr_t pos;               /* byte offset of the next character */
} StrIterObject;

static Object *str_iter(Object *s)
{
    StrIterObject *it = (StrIterObject *)obj_alloc(&StrIter_Type);
    if (!it)
        return NULL;
    it->str = NEWREF(s);
    it->pos = 0;
    return (Object *)it;
}

static Object *striter_next(Object *o)
{
    StrIterObject *it = (StrIterObject *)o;
    if (!it->str)
        return NULL;
    if (it->pos >= STR_NBYTES(it->str)) {
        CLEAR(it->str);
        return NULL;
    }
    const char *p = STR_UTF8(it->str) + it->pos, *q = p;
    uint32_t cp = uni_utf8_next(&q);
    it->pos += q - p;
    if (cp < 256)
        return str_from_codepoint(cp);
    return str_from_utf8_trusted(p, (size_t)(q - p), 1);
}

static Object *striter_self(Object *o) { return NEWREF(o); }

static void striter_dealloc(Object *o)
{
    XDECREF(((StrIterObject *)o)->str);
    obj_free(o);
}

/* ---- StrBuf ------------------------------------------------------------------ */

void str_buf_init(StrBuf *b)
{
    b->buf = b->small;
    b->len = 0;
    b->cap = sizeof b->small;
    b->ncp = 0;
    b->ascii = true;
}

static int buf_reserve(StrBuf *b, size_t more)
{
    if (b->len + more <= b->cap)
        return 0;
    size_t cap = b->cap * 2;
    while (cap < b->len + more)
        cap *= 2;
    char *nb;
    if (b->buf == b->small) {
        nb = mem_malloc(cap);
        if (nb)
            memcpy(nb, b->small, b->len);
    } else {
        nb = mem_realloc(b->buf, cap);
    }
    if (!nb) {
        err_no_memory();
        return -1;
    }
    b->buf = nb;
    b->cap = cap;
    return 0;
}

int str_buf_append_ascii(StrBuf *b, const char *s, size_t n)
{
    if (buf_reserve(b, n) < 0)
        return -1;
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->ncp += (intptr_t)n;
    return 0;
}

int str_buf_append(StrBuf *b, const char *s, size_t n)
{
    if (buf_reserve(b, n) < 0)
        return -1;
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    intptr_t cps = uni_utf8_count(s, n);
    if ((size_t)cps != n)
        b->ascii = false;
    b->ncp += cps;
    return 0;
}

int str_buf_append_cstr(StrBuf *b, const char *s)
{
    return str_buf_append(b, s, strlen(s));
}

int str_buf_append_str(StrBuf *b, Object *s)
{
    if (buf_reserve(b, (size_t)STR_NBYTES(s)) < 0)
        return -1;
    memcpy(b->buf + b->len, STR_UTF8(s), (size_t)STR_NBYTES(s));
    b->len += (size_t)STR_NBYTES(s);
    b->ncp += STR_LEN(s);
    if (!STR_IS_ASCII(s))
        b->ascii = false;
    return 0;
}

int str_buf_append_char(StrBuf *b, uint32_t cp)
{
    char tmp[4];
    int n = uni_utf8_encode(cp, tmp);
    if (buf_reserve(b, (size_t)n) < 0)
        return -1;
    memcpy(b->buf + b->len, tmp, (size_t)n);
    b->len += (size_t)n;
    b->ncp++;
    if (cp >= 0x80)
        b->ascii = false;
    return 0;
}

Object *str_buf_finish(StrBuf *b)
{
    Object *o = str_from_utf8_trusted(b->buf, b->len, b->ncp);
    str_buf_free(b);
    return o;
}

void str_buf_free(StrBuf *b)
{
    if (b->buf != b->small)
        mem_free(b->buf);
    str_buf_init(b);
}

/* ---- str_from_format ----------------------------------------------------------- */

/* Appends s, at most prec code points of it (prec < 0: all), padded to width. */
static int fmt_put(StrBuf *b, const char *s, size_t n, int width, int prec, bool left)
{
    intptr_t cps = uni_utf8_count(s, n);
    if (prec >= 0 && cps > prec) {
        const char *p = s;
        for (int k = 0; k < prec; k++)
            p += uni_utf8_seqlen((unsigned char)*p);
        n = (size_t)(p - s);
        cps = prec;
    }
    int pad = width > cps ? width - (int)cps : 0;
    if (!left)
        for (; pad > 0; pad--)
            if (str_buf_append_ascii(b, " ", 1) < 0)
                return -1;
    if (str_buf_append(b, s, n) < 0)
        return -1;
    for (; pad > 0; pad--)
        if (str_buf_append_ascii(b, " ", 1) < 0)
            return -1;
    return 0;
}

static int fmt_put_obj(StrBuf *b, Object *s, int width, int prec, bool left)
{
    if (!s)
        return -1;
    int rc = fmt_put(b, STR_UTF8(s), (size_t)STR_NBYTES(s), width, prec, left);
    DECREF(s);
    return rc;
}

Object *str_from_vformat(const char *fmt, va_list ap)
{
    StrBuf b;
    str_buf_init(&b);
    const char *f = fmt;
    while (*f) {
        const char *lit = f;
        while (*f && *f != '%')
            f++;
        if (f > lit && str_buf_append(&b, lit, (size_t)(f - lit)) < 0)
            goto fail;
        if (!*f)
            break;
        const char *spec = f++;
        bool left = false, zero = false;
        while (*f == '-' || *f == '0') {
            if (*f == '-') left = true; else zero = true;
            f++;
        }
        int width = 0, prec = -1;
        while (*f >= '0' && *f <= '9')
            width = width * 10 + (*f++ - '0');
        if (*f == '.') {
            f++;
            prec = 0;
            while (*f >= '0' && *f <= '9')
                prec = prec * 10 + (*f++ - '0');
        }
        int lng = 0;
        bool z = false;
        while (*f == 'l') { lng++; f++; }
        if (*f == 'z') { z = true; f++; }
        char num[64], cfmt[32];
        int rc = 0;
        switch (*f) {
        case '%':
            rc = str_buf_append_ascii(&b, "%", 1);
            break;
        case 'd': case 'i': case 'u': case 'x': case 'X': {
            size_t speclen = (size_t)(f - spec) + 1;
            if (speclen >= sizeof cfmt)
                speclen = sizeof cfmt - 1;
            memcpy(cfmt, spec, speclen);
            cfmt[speclen] = 0;
            int n;
            bool is_unsigned = *f != 'd' && *f != 'i';
            if (z)
                n = is_unsigned ? snprintf(num, sizeof num, cfmt, va_arg(ap, size_t))
                                : snprintf(num, sizeof num, cfmt, va_arg(ap, ssize_t_));
            else if (lng >= 2)
                n = is_unsigned ? snprintf(num, sizeof num, cfmt, va_arg(ap, unsigned long long))
                                : snprintf(num, sizeof num, cfmt, va_arg(ap, long long));
            else if (lng == 1)
                n = is_unsigned ? snprintf(num, sizeof num, cfmt, va_arg(ap, unsigned long))
                                : snprintf(num, sizeof num, cfmt, va_arg(ap, long));
            else
                n = is_unsigned ? snprintf(num, sizeof num, cfmt, va_arg(ap, unsigned))
                                : snprintf(num, sizeof num, cfmt, va_arg(ap, int));
            (void)zero;
            rc = str_buf_append_ascii(&b, num, (size_t)(n < (int)sizeof num ? n : (int)sizeof num - 1));
            break;
        }
        case 'p': {
            int n = snprintf(num, sizeof num, "%p", va_arg(ap, void *));
            rc = str_buf_append_ascii(&b, num, (size_t)n);
            break;
        }
        case 'c': {
            int c = va_arg(ap, int);
            rc = str_buf_append_char(&b, (uint32_t)c);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s)
                s = "(null)";
            rc = fmt_put(&b, s, strlen(s), width, prec, left);
            break;
        }
        case 'U': {
            Object *o = va_arg(ap, Object *);
            rc = fmt_put(&b, STR_UTF8(o), (size_t)STR_NBYTES(o), width, prec, left);
            break;
        }
        case 'R':
            rc = fmt_put_obj(&b, obj_repr(va_arg(ap, Object *)), width, prec, left);
            break;
        case 'S':
            rc = fmt_put_obj(&b, obj_str(va_arg(ap, Object *)), width, prec, left);
            break;
        case 'A': {
            Object *r = obj_repr(va_arg(ap, Object *));
            if (!r)
                goto fail;
            /* ascii(): escape every non-ASCII character of the repr */
            StrBuf t;
            str_buf_init(&t);
            const char *p = STR_UTF8(r), *e = p + STR_NBYTES(r);
            rc = 0;
            while (rc == 0 && p < e) {
                uint32_t c = uni_utf8_next(&p);
                int n;
                if (c < 0x80) { num[0] = (char)c; n = 1; }
                else if (c < 0x100) n = snprintf(num, sizeof num, "\\x%02x", c);
                else if (c < 0x10000) n = snprintf(num, sizeof num, "\\u%04x", c);
                else n = snprintf(num, sizeof num, "\\U%08x", c);
                rc = str_buf_append_ascii(&t, num, (size_t)n);
            }
            DECREF(r);
            if (rc < 0) {
                str_buf_free(&t);
                goto fail;
            }
            rc = fmt_put_obj(&b, str_buf_finish(&t), width, prec, left);
            break;
        }
        case 'T': {
            const char *tn = type_name(TYPE(va_arg(ap, Object *)));
            rc = fmt_put(&b, tn, strlen(tn), width, prec, left);
            break;
        }
        default:    /* unknown: copy the rest literally, as CPython does */
            rc = str_buf_append(&b, spec, strlen(spec));
            f = spec + strlen(spec) - 1;
            break;
        }
        if (rc < 0)
            goto fail;
        if (*f)
            f++;
    }
    return str_buf_finish(&b);
fail:
    str_buf_free(&b);
    return NULL;
}

Object *str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Object *o = str_from_vformat(fmt, ap);
    va_end(ap);
    return o;
}

/* ---- codecs ---------------------------------------------------------------------- */

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UNKNOWN };
enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_XMLREF, ERR_BACKSLASH, ERR_OTHER };

/* Normalises an encoding name as CPython's codec lookup does (case, '-'/'_'
 * and spaces folded) and picks one of the codecs garter knows. */
static int encoding_id(const char *e)
{
    if (!e)
        return ENC_UTF8;
    char n[32];
    size_t k = 0;
    for (; *e && k < sizeof n - 1; e++) {
        char c = *e;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c == '-' || c == ' ') c = '_';
        n[k++] = c;
    }
    n[k] = 0;
    if (!strcmp(n, "utf_8") || !strcmp(n, "utf8") || !strcmp(n, "u8") || !strcmp(n, "utf"))
        return ENC_UTF8;
    if (!strcmp(n, "ascii") || !strcmp(n, "us_ascii") || !strcmp(n, "646"))
        return ENC_ASCII;
    if (!strcmp(n, "latin_1") || !strcmp(n, "latin1") || !strcmp(n, "latin") ||
        !strcmp(n, "iso_8859_1") || !strcmp(n, "iso8859_1") || !strcmp(n, "8859") ||
        !strcmp(n, "cp819") || !strcmp(n, "l1"))
        return ENC_LATIN1;
    return ENC_UNKNOWN;
}

static const char *const enc_names[] = { "utf-8", "ascii", "latin-1" };

static int errors_id(const char *e)
{
    if (!e || !strcmp(e, "strict")) return ERR_STRICT;
    if (!strcmp(e, "ignore")) return ERR_IGNORE;
    if (!strcmp(e, "replace")) return ERR_REPLACE;
    if (!strcmp(e, "xmlcharrefreplace")) return ERR_XMLREF;
    if (!strcmp(e, "backslashreplace")) return ERR_BACKSLASH;
    return ERR_OTHER;
}

/* CPython looks the handler up only when an error happens: an unknown
 * name (or one garter lacks) is a LookupError then.  NULL. */
static Object *unknown_handler(const char *errors)
{
    return err_format(&Exc_LookupError, "unknown error handler name '%s'", errors);
}

/* Appends \xNN for each byte of s[0, n) (the backslashreplace decoder). */
static int buf_append_hex_bytes(StrBuf *b, const char *s, size_t n)
{
    char tmp[8];
    for (size_t i = 0; i < n; i++) {
        snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned char)s[i]);
        if (str_buf_append_ascii(b, tmp, 4) < 0)
            return -1;
    }
    return 0;
}

Object *str_decode(const char *s, size_t n, const char *encoding, const char *errors)
{
    int enc = encoding_id(encoding);
    if (enc == ENC_UNKNOWN)
        return err_format(&Exc_LookupError, "unknown encoding: %s", encoding);
    int err = errors_id(errors);
    if (enc == ENC_UTF8) {
        intptr_t ncp;
        bool ascii;
        size_t pos, len;
        const char *reason;
        if (uni_utf8_check(s, n, &ncp, &ascii, &pos, &len, &reason) == 0)
            return str_from_utf8_trusted(s, n, ncp);
        if (err == ERR_OTHER)
            return unknown_handler(errors);
        if (err == ERR_STRICT || err == ERR_XMLREF)
            return decode_error("utf-8", s, n, pos, len, reason);
        StrBuf b;
        str_buf_init(&b);
        size_t i = 0;
        while (i < n) {
            if (uni_utf8_check(s + i, n - i, &ncp, &ascii, &pos, &len, &reason) == 0) {
                pos = n - i;
                len = 0;
            }
            if (str_buf_append(&b, s + i, pos) < 0)
                goto fail8;
            i += pos;
            if (len == 0 && i >= n)
                break;
            if (err == ERR_REPLACE && str_buf_append_char(&b, 0xFFFD) < 0)
                goto fail8;
            if (err == ERR_BACKSLASH && buf_append_hex_bytes(&b, s + i, len ? len : 1) < 0)
                goto fail8;
            i += len ? len : 1;
        }
        return str_buf_finish(&b);
    fail8:
        str_buf_free(&b);
        return NULL;
    }
    StrBuf b;
    str_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int rc;
        if (c < 0x80 || enc == ENC_LATIN1) {
            rc = str_buf_append_char(&b, c);
        } else if (err == ERR_IGNORE) {
            continue;
        } else if (err == ERR_REPLACE) {
            rc = str_buf_append_char(&b, 0xFFFD);
        } else if (err == ERR_BACKSLASH) {
            rc = buf_append_hex_bytes(&b, s + i, 1);
        } else {
            str_buf_free(&b);
            if (err == ERR_OTHER)
                return unknown_handler(errors);
            return decode_error("ascii", s, n, i, 1, "ordinal not in range(128)");
        }
        if (rc < 0) {
            str_buf_free(&b);
            return NULL;
        }
    }
    return str_buf_finish(&b);
}

Object *str_encode(Object *s, const char *encoding, const char *errors)
{
    int enc = encoding_id(encoding);
    if (enc == ENC_UNKNOWN)
        return err_format(&Exc_LookupError, "unknown encoding: %s", encoding);
    if (enc == ENC_UTF8 || STR_IS_ASCII(s))
        return bytes_from(STR_UTF8(s), (size_t)STR_NBYTES(s));
    int err = errors_id(errors);
    uint32_t limit = enc == ENC_ASCII ? 0x80 : 0x100;
    /* At most 10 bytes per character (\U0001f600, &#1114111;). */
    size_t cap = (size_t)STR_LEN(s) + 16, k = 0;
    char *d = mem_malloc(cap);
    if (!d)
        return err_no_memory();
    const char *p = STR_UTF8(s), *e = p + STR_NBYTES(s);
    for (intptr_t i = 0; p < e; i++) {
        uint32_t c = uni_utf8_next(&p);
        if (cap - k < 12) {
            char *nd = mem_realloc(d, cap * 2);
            if (!nd) {
                mem_free(d);
                return err_no_memory();
            }
            d = nd;
            cap *= 2;
        }
        if (c < limit) {
            d[k++] = (char)c;
        } else if (err == ERR_IGNORE) {
            continue;
        } else if (err == ERR_REPLACE) {
            d[k++] = '?';
        } else if (err == ERR_XMLREF) {
            k += (size_t)snprintf(d + k, cap - k, "&#%u;", (unsigned)c);
        } else if (err == ERR_BACKSLASH) {
            k += (size_t)snprintf(d + k, cap - k, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x"
                                                           : "\\U%08x", (unsigned)c);
        } else {
            mem_free(d);
            if (err == ERR_OTHER)
                return unknown_handler(errors);
            /* CPython reports the whole run of unencodable characters. */
            intptr_t j = i;
            const char *q = p;
            while (q < e) {
                const char *r = q;
                if (uni_utf8_next(&r) < limit)
                    break;
                q = r;
                j++;
            }
            return raise_unicode_error(&Exc_UnicodeEncodeError, enc_names[enc], NEWREF(s),
                                       i, j + 1, enc == ENC_ASCII ? "ordinal not in range(128)"
                                                                  : "ordinal not in range(256)");
        }
    }
    Object *out = bytes_from(d, k);
    mem_free(d);
    return out;
}

/* ---- str() ---------------------------------------------------------------------- */

/* Copies an exact str into an instance of the subclass t. */
static Object *str_subtype_new(TypeObject *t, Object *s)
{
    size_t need = (size_t)STR_NBYTES(s);
    if (!STR_IS_ASCII(s))
        need += 16;
    Object *o = obj_alloc_var(t, need);
    if (!o)
        return NULL;
    StrObject *d = (StrObject *)o;
    d->nbytes = STR_NBYTES(s);
    d->hash = -1;
    d->length = STR_LEN(s);
    memcpy(d->data, STR_UTF8(s), (size_t)STR_NBYTES(s) + 1);
    if (STR_IS_ASCII(s))
        o->flags |= STRF_ASCII;
    return o;
}

/* Positional or keyword C-string argument: NULL if absent. */
static int str_arg_cstr(const char *fn, const char *argname, Object *v, const char **out)
{
    if (!v)
        return 0;
    if (!STR_CHECK(v)) {
        err_format(&Exc_TypeError, "%s() argument '%s' must be str, not %T", fn, argname, v);
        return -1;
    }
    *out = STR_UTF8(v);
    return 0;
}

static Object *str_new(TypeObject *t, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kwlist[] = { "object", "encoding", "errors" };
    Object *vals[3] = { NULL, NULL, NULL };
    if (str_parse_args("str", args, nargs, kwnames, kwlist, 3, 0, 3, vals) < 0)
        return NULL;
    Object *res;
    if (!vals[1] && !vals[2]) {
        res = vals[0] ? obj_str(vals[0]) : str_empty();
    } else {
        const char *enc = NULL, *errs = NULL;
        if (str_arg_cstr("str", "encoding", vals[1], &enc) < 0 ||
            str_arg_cstr("str", "errors", vals[2], &errs) < 0)
            return NULL;
        if (!vals[0])
            res = str_empty();
        else if (BYTES_CHECK(vals[0]))
            res = str_decode(BYTES_DATA(vals[0]), (size_t)BYTES_SIZE(vals[0]), enc, errs);
        else if (STR_CHECK(vals[0]))
            return err_set_string(&Exc_TypeError, "decoding str is not supported");
        else
            return err_format(&Exc_TypeError,
                              "decoding to str: need a bytes-like object, %T found", vals[0]);
    }
    if (!res || t == &Str_Type)
        return res;
    Object *o = str_subtype_new(t, res);
    DECREF(res);
    return o;
}

static Object *str_vectorcall(Object *callable, Object *const *args, size_t nargs,
                              Object *kwnames)
{
    return str_new((TypeObject *)callable, args, nargs, kwnames);
}

/* ---- type objects ------------------------------------------------------------------ */

/* str % args: printf-style formatting (percent.c); only with str on the left. */
static Object *str_mod(Object *a, Object *b)
{
    if (!STR_CHECK(a))
        return NEWREF(NOTIMPL);
    return str_percent_format(a, b);
}

static NumberMethods str_as_number = {
    .add = str_add,
    .mod = str_mod,
    .mul = str_mul,
    .bool_ = str_bool,
};

TypeObject Str_Type = {
    TYPE_HEAD_INIT,
    .name = "str",
    .basicsize = offsetof(StrObject, data) + 1,
    .itemsize = 1,
    .tpflags = TPF_BASETYPE | TPF_STR_SUB,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .num = &str_as_number,
    .len = str_length_slot,
    .getitem = str_subscript,
    .contains = str_contains_slot,
    .item = str_item,
    .new_ = str_new,
    .vectorcall = str_vectorcall,
    .methods = str_methods,
};

TypeObject StrIter_Type = {
    TYPE_HEAD_INIT,
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObject),
    .dealloc = striter_dealloc,
    .iter = striter_self,
    .iternext = striter_next,
    .hash = NULL,
};

int str_init(void)
{
    if (type_ready(&Str_Type) < 0 || type_ready(&StrIter_Type) < 0)
        return -1;
    if (!empty_str) {
        empty_str = str_new_raw(0, 0);
        if (!empty_str)
            return -1;
    }
    return 0;
}

void str_fini(void)
{
    for (int i = 0; i < 256; i++)
        CLEAR(char_cache[i]);
    CLEAR(empty_str);
}
