/* percent.c — printf-style formatting for str and bytes, following
 * CPython 3.11's PyUnicode_Format and _PyBytes_FormatEx: argument
 * selection (tuple, single object, mapping for %(key)s), the flag/width/
 * precision grammar, each conversion's coercions, and padding with the
 * sign and 0x/0o prefix kept in front of zero fill.
 *
 * One engine serves both: the format is scanned as bytes (UTF-8 for str;
 * every syntax character is ASCII) and the output is collected as bytes,
 * then wrapped as a str or a bytes object. */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "objects/percent.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/format.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/strformat.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"
#include "runtime/errors.h"

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/* A growable byte buffer for the result: starts in `small` (no malloc for
 * the usual short result), moves to the heap when it outgrows it. */
typedef struct {
    char *p;
    size_t n, cap;
    char small[200];
} Out;

static void out_init(Out *o)
{
    o->p = o->small;
    o->n = 0;
    o->cap = sizeof o->small;
}

static void out_release(Out *o)
{
    if (o->p != o->small)
        free(o->p);
}

static int out_reserve(Out *o, size_t more)
{
    if (o->n + more <= o->cap)
        return 0;
    size_t cap = o->cap;
    while (cap < o->n + more) {
        if (cap > SIZE_MAX / 2) {
            err_no_memory();
            return -1;
        }
        cap *= 2;
    }
    char *np = o->p == o->small ? malloc(cap) : realloc(o->p, cap);
    if (!np) {
        err_no_memory();
        return -1;
    }
    if (o->p == o->small)
        memcpy(np, o->small, o->n);
    o->p = np;
    o->cap = cap;
    return 0;
}

static int out_put(Out *o, const char *s, size_t n)
{
    if (out_reserve(o, n) < 0)
        return -1;
    memcpy(o->p + o->n, s, n);
    o->n += n;
    return 0;
}

static int out_fill(Out *o, char c, intptr_t n)
{
    if (n <= 0)
        return 0;
    if (out_reserve(o, (size_t)n) < 0)
        return -1;
    memset(o->p + o->n, c, (size_t)n);
    o->n += (size_t)n;
    return 0;
}

/* The formatter's state (CPython's unicode_formatter_t). */
typedef struct {
    bool is_bytes;
    const char *fmt, *pos, *end;
    Object *args;               /* current argument source (BORROWED unless owned) */
    bool args_owned;
    intptr_t arglen, argidx;
    Object *dict;               /* BORROWED mapping, or NULL */
    Out out;
} Ctx;

typedef struct {
    uint32_t ch;
    int flags;
    intptr_t width;
    int prec;
    bool sign;
} Arg;

/* BORROWED: the next argument, or NULL with "not enough arguments". */
static Object *next_arg(Ctx *c)
{
    intptr_t idx = c->argidx;
    if (idx < c->arglen) {
        c->argidx++;
        if (c->arglen < 0)
            return c->args;
        return TUPLE_GET(c->args, idx);
    }
    err_set_string(&Exc_TypeError, "not enough arguments for format string");
    return NULL;
}

/* Reads the next format character as a code point (str) or byte. */
static uint32_t read_ch(Ctx *c)
{
    if (c->is_bytes)
        return (unsigned char)*c->pos++;
    return uni_utf8_next(&c->pos);
}

/* Index (in characters) of the byte position p, for error messages. */
static intptr_t char_index(Ctx *c, const char *p)
{
    if (c->is_bytes)
        return p - c->fmt;
    return uni_utf8_count(c->fmt, (size_t)(p - c->fmt));
}

/* unicode_format_arg_parse: mapping key, flags, width, precision, length
 * modifier.  Leaves the conversion character in a->ch. */
static int parse_arg(Ctx *c, Arg *a)
{
    if (c->pos < c->end && *c->pos == '(') {
        if (!c->dict) {
            err_set_string(&Exc_TypeError, "format requires a mapping");
            return -1;
        }
        const char *keystart = ++c->pos;
        int pcount = 1;
        while (pcount > 0 && c->pos < c->end) {
            if (*c->pos == ')')
                pcount--;
            else if (*c->pos == '(')
                pcount++;
            c->pos++;
        }
        if (pcount > 0) {
            err_set_string(&Exc_ValueError, "incomplete format key");
            return -1;
        }
        size_t keylen = (size_t)(c->pos - keystart - 1);
        Object *key = c->is_bytes ? bytes_from(keystart, keylen)
                                  : str_from_utf8_trusted(keystart, keylen, -1);
        if (!key)
            return -1;
        Object *v = obj_getitem(c->dict, key);
        DECREF(key);
        if (!v)
            return -1;
        if (c->args_owned)
            DECREF(c->args);
        c->args = v;
        c->args_owned = true;
        c->arglen = -1;
        c->argidx = -2;
    }
    bool have = false;
    while (c->pos < c->end) {
        a->ch = read_ch(c);
        have = true;
        switch (a->ch) {
        case '-': a->flags |= F_LJUST; have = false; continue;
        case '+': a->flags |= F_SIGN; have = false; continue;
        case ' ': a->flags |= F_BLANK; have = false; continue;
        case '#': a->flags |= F_ALT; have = false; continue;
        case '0': a->flags |= F_ZERO; have = false; continue;
        }
        break;
    }
    if (!have)
        goto incomplete;
    if (a->ch == '*') {
        Object *v = next_arg(c);
        if (!v)
            return -1;
        if (!INT_CHECK(v)) {
            err_set_string(&Exc_TypeError, "* wants int");
            return -1;
        }
        a->width = int_as_ssize(v);
        if (a->width == -1 && err_occurred())
            return -1;
        if (a->width < 0) {
            a->flags |= F_LJUST;
            a->width = -a->width;
        }
        if (c->pos >= c->end)
            goto incomplete;
        a->ch = read_ch(c);
    } else if (a->ch >= '0' && a->ch <= '9') {
        a->width = (intptr_t)(a->ch - '0');
        for (;;) {
            if (c->pos >= c->end)
                goto incomplete;
            a->ch = read_ch(c);
            if (a->ch < '0' || a->ch > '9')
                break;
            if (a->width > (INTPTR_MAX - (intptr_t)(a->ch - '0')) / 10) {
                err_set_string(&Exc_ValueError, "width too big");
                return -1;
            }
            a->width = a->width * 10 + (intptr_t)(a->ch - '0');
        }
    }
    if (a->ch == '.') {
        a->prec = 0;
        if (c->pos >= c->end)
            goto incomplete;
        a->ch = read_ch(c);
        if (a->ch == '*') {
            Object *v = next_arg(c);
            if (!v)
                return -1;
            if (!INT_CHECK(v)) {
                err_set_string(&Exc_TypeError, "* wants int");
                return -1;
            }
            int overflow;
            int64_t p = int_as_i64(v, &overflow);
            if (overflow || p > INT32_MAX || p < INT32_MIN) {
                err_set_string(&Exc_OverflowError, "Python int too large to convert to C int");
                return -1;
            }
            a->prec = p < 0 ? 0 : (int)p;
            if (c->pos >= c->end)
                goto incomplete;
            a->ch = read_ch(c);
        } else if (a->ch >= '0' && a->ch <= '9') {
            a->prec = (int)(a->ch - '0');
            for (;;) {
                if (c->pos >= c->end)
                    goto incomplete;
                a->ch = read_ch(c);
                if (a->ch < '0' || a->ch > '9')
                    break;
                if (a->prec > (INT32_MAX - (int)(a->ch - '0')) / 10) {
                    err_set_string(&Exc_ValueError, "precision too big");
                    return -1;
                }
                a->prec = a->prec * 10 + (int)(a->ch - '0');
            }
        }
    }
    if (a->ch == 'h' || a->ch == 'l' || a->ch == 'L') {
        if (c->pos >= c->end)
            goto incomplete;
        a->ch = read_ch(c);
    }
    return 0;
incomplete:
    err_set_string(&Exc_ValueError, "incomplete format");
    return -1;
}

/* ---- conversions ---------------------------------------------------------- */

/* A formatted piece: text bytes plus its length in characters. */
typedef struct {
    Object *hold;               /* owner of the bytes (str/bytes) or NULL */
    char *own;                  /* malloc'd bytes or NULL */
    const char *p;
    size_t n;
    intptr_t nchars;
    char buf[72];               /* short text formatted here, not malloc'd */
} Piece;

static void piece_release(Piece *pc)
{
    XDECREF(pc->hold);
    free(pc->own);
}

static void piece_from_str(Piece *pc, Object *s)
{
    pc->hold = s;
    pc->p = STR_UTF8(s);
    pc->n = (size_t)STR_NBYTES(s);
    pc->nchars = STR_LEN(s);
}

static void piece_from_bytes(Piece *pc, Object *b)
{
    pc->hold = b;
    pc->p = BYTES_DATA(b);
    pc->n = (size_t)BYTES_SIZE(b);
    pc->nchars = BYTES_SIZE(b);
}

/* PyNumber_Check: the type can become a number. */
static bool is_number(Object *v)
{
    NumberMethods *nm = TYPE(v)->num;
    return INT_CHECK(v) || FLOAT_CHECK(v) || (nm && (nm->index || nm->int_ || nm->float_));
}

/* NEW: int(v) as PyNumber_Long for the %d family. */
static Object *number_long(Object *v)
{
    if (FLOAT_CHECK(v))
        return int_from_double(FLOAT_VALUE(v));
    NumberMethods *nm = TYPE(v)->num;
    if (nm && nm->int_) {
        Object *r = nm->int_(v);
        if (r && !INT_CHECK(r)) {
            err_format(&Exc_TypeError, "__int__ returned non-int (type %s)", type_name(TYPE(r)));
            DECREF(r);
            return NULL;
        }
        return r;
    }
    return int_index(v);
}

/* _PyUnicode_FormatLong: digits of an int in the base for type, with the
 * 0x/0o marker only under '#', zero-extended to prec digits. */
static int format_long_piece(Object *iobj, int alt, int prec, uint32_t type, Piece *pc)
{
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    char small[80];
    const char *digits;
    intptr_t nd;
    bool neg;
    Object *hold = NULL;
    if (INT_IS_SMALL(iobj)) {
        int64_t x = INT_VALUE(iobj);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        char *e = small + sizeof small, *q = e;
        do {
            unsigned d = (unsigned)(u % (unsigned)base);
            *--q = (char)(d < 10 ? '0' + d : 'a' + d - 10);
            u /= (unsigned)base;
        } while (u);
        neg = x < 0;
        digits = q;
        nd = e - q;
    } else {
        hold = base == 10 ? int_to_decimal_string(iobj) : int_format_base(iobj, base);
        if (!hold)
            return -1;
        const char *q = STR_UTF8(hold);
        neg = *q == '-';
        if (neg)
            q++;
        if (base != 10)
            q += 2;
        digits = q;
        nd = STR_NBYTES(hold) - (q - STR_UTF8(hold));
    }
    bool prefix = alt && base != 10;
    intptr_t nzero = prec > nd ? prec - nd : 0;
    size_t total = (size_t)(neg + (prefix ? 2 : 0) + nzero + nd);
    char *buf = total < sizeof pc->buf ? pc->buf : malloc(total + 1);
    if (!buf) {
        XDECREF(hold);
        err_no_memory();
        return -1;
    }
    if (buf != pc->buf)
        pc->own = buf;
    char *w = buf;
    if (neg)
        *w++ = '-';
    if (prefix) {
        *w++ = '0';
        *w++ = base == 8 ? 'o' : 'x';
    }
    memset(w, '0', (size_t)nzero);
    w += nzero;
    memcpy(w, digits, (size_t)nd);
    w += nd;
    if (type == 'X')
        for (char *q = buf; q < w; q++)
            if (*q >= 'a' && *q <= 'x')
                *q = (char)(*q - 'a' + 'A');
    XDECREF(hold);
    pc->p = buf;
    pc->n = total;
    pc->nchars = (intptr_t)total;
    return 0;
}

/* mainformatlong: %d %i %u %o %x %X. */
static int format_long_arg(Object *v, Arg *a, Piece *pc)
{
    uint32_t type = a->ch;
    Object *iobj;
    if (!is_number(v))
        goto wrongtype;
    if (!INT_CHECK(v)) {
        iobj = (type == 'o' || type == 'x' || type == 'X') ? int_index(v) : number_long(v);
        if (!iobj) {
            if (err_matches_type(&Exc_TypeError)) {
                err_clear();
                goto wrongtype;
            }
            return -1;
        }
    } else {
        iobj = NEWREF(v);
    }
    int rc = format_long_piece(iobj, a->flags & F_ALT, a->prec, type, pc);
    DECREF(iobj);
    return rc;
wrongtype:
    if (type == 'o' || type == 'x' || type == 'X')
        err_format(&Exc_TypeError, "%%%c format: an integer is required, not %s",
                   (int)type, type_name(TYPE(v)));
    else
        err_format(&Exc_TypeError, "%%%c format: a real number is required, not %s",
                   (int)type, type_name(TYPE(v)));
    return -1;
}

/* formatfloat: %e %E %f %F %g %G. */
static int format_float_arg(Object *v, Arg *a, Piece *pc)
{
    double x;
    if (FLOAT_CHECK(v))
        x = FLOAT_VALUE(v);
    else if (INT_CHECK(v)) {
        x = int_as_double(v);
        if (x == -1.0 && err_occurred())
            return -1;
    } else {
        NumberMethods *nm = TYPE(v)->num;
        if (!nm || !(nm->float_ || nm->index)) {
            err_format(&Exc_TypeError, "must be real number, not %s", type_name(TYPE(v)));
            return -1;
        }
        x = float_as_double(v);
        if (x == -1.0 && err_occurred())
            return -1;
    }
    int prec = a->prec < 0 ? 6 : a->prec;
    char *s = fmt_double_to_string(x, (char)a->ch, prec, (a->flags & F_ALT) ? FMT_DTSF_ALT : 0);
    if (!s)
        return -1;
    pc->own = s;
    pc->p = s;
    pc->n = strlen(s);
    pc->nchars = (intptr_t)pc->n;
    return 0;
}

/* The %c character for str: a one-character str or an int code point. */
static int format_char_str(Object *v, Piece *pc)
{
    uint32_t ch;
    if (STR_CHECK(v)) {
        if (STR_LEN(v) != 1)
            goto bad;
        const char *p = STR_UTF8(v);
        ch = uni_utf8_next(&p);
    } else {
        Object *i = INT_CHECK(v) ? NEWREF(v) : int_index(v);
        if (!i) {
            if (err_matches_type(&Exc_TypeError)) {
                err_clear();
                goto bad;
            }
            return -1;
        }
        int overflow;
        int64_t x = int_as_i64(i, &overflow);
        DECREF(i);
        if (overflow || x < 0 || x > 0x10ffff) {
            err_set_string(&Exc_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        ch = (uint32_t)x;
    }
    pc->own = malloc(4);
    if (!pc->own) {
        err_no_memory();
        return -1;
    }
    pc->n = (size_t)uni_utf8_encode(ch, pc->own);
    pc->p = pc->own;
    pc->nchars = 1;
    return 0;
bad:
    err_set_string(&Exc_TypeError, "%c requires int or char");
    return -1;
}

/* The %c byte for bytes: an int in range(256) or a length-1 bytes. */
static int format_char_bytes(Object *v, Piece *pc)
{
    unsigned char ch;
    if (BYTES_CHECK(v)) {
        if (BYTES_SIZE(v) != 1)
            goto bad;
        ch = (unsigned char)BYTES_DATA(v)[0];
    } else {
        Object *i = INT_CHECK(v) ? NEWREF(v) : int_index(v);
        if (!i) {
            if (err_matches_type(&Exc_TypeError)) {
                err_clear();
                goto bad;
            }
            return -1;
        }
        int overflow;
        int64_t x = int_as_i64(i, &overflow);
        DECREF(i);
        if (overflow || x < 0 || x > 255) {
            err_set_string(&Exc_OverflowError, "%c arg not in range(256)");
            return -1;
        }
        ch = (unsigned char)x;
    }
    pc->own = malloc(1);
    if (!pc->own) {
        err_no_memory();
        return -1;
    }
    pc->own[0] = (char)ch;
    pc->p = pc->own;
    pc->n = 1;
    pc->nchars = 1;
    return 0;
bad:
    err_set_string(&Exc_TypeError, "%c requires an integer in range(256) or a single byte");
    return -1;
}

/* bytes %s / %b: a bytes object or anything with __bytes__. */
static int format_bytes_obj(Object *v, Piece *pc)
{
    if (BYTES_CHECK(v)) {
        piece_from_bytes(pc, NEWREF(v));
        return 0;
    }
    if (!STR_CHECK(v) && type_lookup_cstr(TYPE(v), "__bytes__")) {
        Object *m = obj_getattr_cstr(v, "__bytes__");
        if (!m)
            return -1;
        Object *r = obj_call(m, NULL, 0, NULL);
        DECREF(m);
        if (!r)
            return -1;
        if (!BYTES_CHECK(r)) {
            err_format(&Exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                       type_name(TYPE(r)));
            DECREF(r);
            return -1;
        }
        piece_from_bytes(pc, r);
        return 0;
    }
    err_format(&Exc_TypeError,
               "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
               type_name(TYPE(v)));
    return -1;
}

/* Formats one argument into pc; a->sign says whether sign/zero-fill rules
 * apply (numbers).  The conversion character was already read. */
static int format_arg(Ctx *c, Arg *a, Piece *pc)
{
    Object *v = next_arg(c);
    if (!v)
        return -1;
    switch (a->ch) {
    case 's': case 'r': case 'a': case 'b': {
        if (c->is_bytes) {
            if (a->ch == 's' || a->ch == 'b')
                return format_bytes_obj(v, pc);
            Object *s = format_ascii(v);
            if (!s)
                return -1;
            /* ascii() output is pure ASCII: its UTF-8 bytes are the bytes. */
            piece_from_str(pc, s);
            return 0;
        }
        if (a->ch == 'b')
            break;
        Object *s;
        if (a->ch == 's')
            s = STR_CHECK_EXACT(v) ? NEWREF(v) : obj_str(v);
        else if (a->ch == 'r')
            s = obj_repr(v);
        else
            s = format_ascii(v);
        if (!s)
            return -1;
        piece_from_str(pc, s);
        return 0;
    }
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        a->sign = true;
        return format_long_arg(v, a, pc);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        a->sign = true;
        return format_float_arg(v, a, pc);
    case 'c':
        return c->is_bytes ? format_char_bytes(v, pc) : format_char_str(v, pc);
    default:
        break;
    }
    err_format(&Exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
               (a->ch >= 31 && a->ch <= 126) ? (int)a->ch : '?', (unsigned)a->ch,
               (ssize_t_)(char_index(c, c->pos) - 1));
    return -1;
}

/* unicode_format_arg_output: width, sign and 0x/0o prefix placement. */
static int output_arg(Ctx *c, Arg *a, Piece *pc)
{
    char fill = (a->sign && (a->flags & F_ZERO)) ? '0' : ' ';
    intptr_t len = pc->nchars;
    const char *p = pc->p;
    size_t nbytes = pc->n;
    if ((a->width == -1 || a->width <= len) && (a->prec == -1 || a->prec >= len)
        && !(a->flags & (F_SIGN | F_BLANK)))
        return out_put(&c->out, p, nbytes);
    if ((a->ch == 's' || a->ch == 'r' || a->ch == 'a' || a->ch == 'b') && a->prec >= 0
        && len > a->prec) {
        len = a->prec;
        if (c->is_bytes || pc->nchars == (intptr_t)pc->n)
            nbytes = (size_t)len;
        else if (pc->hold && STR_CHECK(pc->hold))
            nbytes = (size_t)str_byte_offset(pc->hold, len);
    }
    char signchar = 0;
    if (a->sign) {
        if (p[0] == '-' || p[0] == '+') {
            signchar = p[0];
            len--;
            p++;
            nbytes--;
        } else if (a->flags & F_SIGN)
            signchar = '+';
        else if (a->flags & F_BLANK)
            signchar = ' ';
        else
            a->sign = false;
    }
    if (a->width < len)
        a->width = len;
    if (a->sign) {
        if (fill != ' ' && out_put(&c->out, &signchar, 1) < 0)
            return -1;
        if (a->width > len)
            a->width--;
    }
    bool prefix = (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if (prefix) {
        if (fill != ' ') {
            if (out_put(&c->out, p, 2) < 0)
                return -1;
            p += 2;
            nbytes -= 2;
        }
        a->width -= 2;
        if (a->width < 0)
            a->width = 0;
        len -= 2;
    }
    if (a->width > len && !(a->flags & F_LJUST)) {
        if (out_fill(&c->out, fill, a->width - len) < 0)
            return -1;
        a->width = len;
    }
    if (fill == ' ') {
        if (a->sign && out_put(&c->out, &signchar, 1) < 0)
            return -1;
        if (prefix) {
            if (out_put(&c->out, p, 2) < 0)
                return -1;
            p += 2;
            nbytes -= 2;
        }
    }
    if (out_put(&c->out, p, nbytes) < 0)
        return -1;
    if (a->width > len && out_fill(&c->out, ' ', a->width - len) < 0)
        return -1;
    return 0;
}

/* unicode_format_arg: one '%' directive (c->pos is just past the '%'). */
static int do_arg(Ctx *c)
{
    if (c->pos < c->end && *c->pos == '%') {
        c->pos++;
        return out_put(&c->out, "%", 1);
    }
    Arg a = { 0, 0, -1, -1, false };
    if (parse_arg(c, &a) < 0)
        return -1;
    Piece pc;
    pc.hold = NULL;
    pc.own = NULL;
    if (format_arg(c, &a, &pc) < 0) {
        piece_release(&pc);
        return -1;
    }
    int rc = output_arg(c, &a, &pc);
    piece_release(&pc);
    if (rc < 0)
        return -1;
    if (c->dict && c->argidx < c->arglen) {
        err_set_string(&Exc_TypeError, c->is_bytes
                       ? "not all arguments converted during bytes formatting"
                       : "not all arguments converted during string formatting");
        return -1;
    }
    return 0;
}

/* The shared driver: fmt is n bytes; returns 0 with the result in c->out. */
static int run(Ctx *c, const char *fmt, size_t n, Object *args)
{
    c->fmt = c->pos = fmt;
    c->end = fmt + n;
    c->args = args;
    c->args_owned = false;
    if (TUPLE_CHECK(args)) {
        c->arglen = TUPLE_SIZE(args);
        c->argidx = 0;
    } else {
        c->arglen = -1;
        c->argidx = -2;
    }
    /* PyMapping_Check minus the sequence types CPython excludes. */
    bool mapping = TYPE(args)->getitem && !TUPLE_CHECK(args) && !STR_CHECK(args)
                   && !(c->is_bytes && BYTES_CHECK(args));
    c->dict = mapping ? args : NULL;
    int rc = 0;
    while (c->pos < c->end) {
        if (*c->pos != '%') {
            const char *q = memchr(c->pos, '%', (size_t)(c->end - c->pos));
            if (!q)
                q = c->end;
            if (out_put(&c->out, c->pos, (size_t)(q - c->pos)) < 0) {
                rc = -1;
                break;
            }
            c->pos = q;
            continue;
        }
        c->pos++;
        if (do_arg(c) < 0) {
            rc = -1;
            break;
        }
    }
    if (rc == 0 && c->argidx < c->arglen && !c->dict) {
        err_set_string(&Exc_TypeError, c->is_bytes
                       ? "not all arguments converted during bytes formatting"
                       : "not all arguments converted during string formatting");
        rc = -1;
    }
    if (c->args_owned)
        DECREF(c->args);
    return rc;
}

Object *str_percent_format(Object *fmt, Object *args)
{
    Ctx c;
    memset(&c, 0, offsetof(Ctx, out));
    out_init(&c.out);
    c.is_bytes = false;
    Object *r = NULL;
    if (run(&c, STR_UTF8(fmt), (size_t)STR_NBYTES(fmt), args) == 0)
        r = str_from_utf8_trusted(c.out.p, c.out.n, -1);
    out_release(&c.out);
    return r;
}

Object *bytes_percent_format(Object *fmt, Object *args)
{
    Ctx c;
    memset(&c, 0, offsetof(Ctx, out));
    out_init(&c.out);
    c.is_bytes = true;
    Object *r = NULL;
    if (run(&c, BYTES_DATA(fmt), (size_t)BYTES_SIZE(fmt), args) == 0)
        r = bytes_from(c.out.p, c.out.n);
    out_release(&c.out);
    return r;
}
