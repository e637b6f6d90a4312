/* strformat.c — str.format and str.format_map: CPython 3.11's field grammar
 * (Objects/stringlib/unicode_format.h) — literal text with {{ }} escapes,
 * replacement fields {name.attr[key]!conv:spec}, automatic and manual
 * numbering, one level of nested fields inside the spec — plus the
 * f-string FormattedValue helper and ascii().
 *
 * Works on the str's UTF-8 bytes: every delimiter is ASCII, so byte scanning
 * never splits a character.  Rendering a field is format_object's job. */
#include <string.h>

#include "objects/strformat.h"
#include "objects/format.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "runtime/errors.h"

/* A slice of the format string's bytes. */
typedef struct {
    const char *s;
    const char *e;
} Sub;

/* Where field values come from: positional args (absent for format_map),
 * keyword values named by kwnames, or a mapping. */
typedef struct {
    Object *const *args;
    size_t nargs;
    bool has_args;
    Object *const *kwvals;
    Object *kwnames;
    Object *mapping;
    int an_state;               /* 0 init, 1 auto, 2 manual */
    intptr_t an_next;
} FmtArgs;

enum { ANS_INIT, ANS_AUTO, ANS_MANUAL };

static Object *build_string(Sub in, FmtArgs *a, int depth);

static Object *sub_str(Sub x)
{
    return str_from_utf8_trusted(x.s, (size_t)(x.e - x.s), -1);
}

/* The field-name integer: -1 when x is empty or not all decimal digits;
 * -1 with ValueError on overflow (check err_occurred). */
static intptr_t sub_integer(Sub x)
{
    if (x.s >= x.e)
        return -1;
    intptr_t acc = 0;
    const char *p = x.s;
    while (p < x.e) {
        uint32_t c = uni_utf8_next(&p);
        int dv = c < 128 ? (c >= '0' && c <= '9' ? (int)(c - '0') : -1) : uni_decimal_value(c);
        if (dv < 0)
            return -1;
        if (acc > (INTPTR_MAX - dv) / 10) {
            err_set_string(&Exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + dv;
    }
    return acc;
}

/* ---- field names ---------------------------------------------------------- */

/* FieldNameIterator_next: 1 at the end, 2 with the next part, -1 on error. */
static int field_next(Sub *rest, bool *is_attr, intptr_t *idx, Sub *name)
{
    if (rest->s >= rest->e)
        return 1;
    char c = *rest->s++;
    if (c == '.') {
        *is_attr = true;
        name->s = rest->s;
        while (rest->s < rest->e && *rest->s != '.' && *rest->s != '[')
            rest->s++;
        name->e = rest->s;
        *idx = -1;
    } else if (c == '[') {
        *is_attr = false;
        name->s = rest->s;
        while (rest->s < rest->e && *rest->s != ']')
            rest->s++;
        if (rest->s >= rest->e) {
            err_set_string(&Exc_ValueError, "Missing ']' in format string");
            return -1;
        }
        name->e = rest->s++;
        *idx = sub_integer(*name);
        if (*idx == -1 && err_occurred())
            return -1;
    } else {
        err_set_string(&Exc_ValueError,
                       "Only '.' or '[' may follow ']' in format field specifier");
        return -1;
    }
    if (name->s == name->e) {
        err_set_string(&Exc_ValueError, "Empty attribute in format string");
        return -1;
    }
    return 2;
}

/* NEW: the keyword value named key (a str), KeyError when absent. */
static Object *lookup_keyword(FmtArgs *a, Object *key)
{
    if (a->mapping)
        return obj_getitem(a->mapping, key);
    if (a->kwnames) {
        intptr_t n = TUPLE_SIZE(a->kwnames);
        for (intptr_t i = 0; i < n; i++)
            if (str_eq(TUPLE_GET(a->kwnames, i), key))
                return NEWREF(a->kwvals[i]);
    }
    return err_set_object(&Exc_KeyError, key);
}

/* get_field_object: NEW reference to the value a field name denotes. */
static Object *get_field(Sub field, FmtArgs *a)
{
    Sub first = field;
    const char *p = field.s;
    while (p < field.e && *p != '.' && *p != '[')
        p++;
    first.e = p;
    Sub rest = { p, field.e };
    intptr_t index = sub_integer(first);
    if (index == -1 && err_occurred())
        return NULL;
    bool empty = first.s >= first.e;
    if (empty || index != -1) {
        if (a->an_state == ANS_INIT)
            a->an_state = empty ? ANS_AUTO : ANS_MANUAL;
        if (a->an_state == ANS_MANUAL && empty)
            return err_set_string(&Exc_ValueError,
                "cannot switch from manual field specification to automatic field numbering");
        if (a->an_state == ANS_AUTO && !empty)
            return err_set_string(&Exc_ValueError,
                "cannot switch from automatic field numbering to manual field specification");
        if (empty)
            index = a->an_next++;
    }
    Object *obj;
    if (index == -1) {
        Object *key = sub_str(first);
        if (!key)
            return NULL;
        obj = lookup_keyword(a, key);
        DECREF(key);
    } else {
        if (!a->has_args)
            return err_set_string(&Exc_ValueError, "Format string contains positional fields");
        if ((size_t)index >= a->nargs)
            return err_format(&Exc_IndexError,
                              "Replacement index %zd out of range for positional args tuple",
                              (ssize_t_)index);
        obj = NEWREF(a->args[index]);
    }
    if (!obj)
        return NULL;
    bool is_attr;
    Sub name;
    int ok;
    while ((ok = field_next(&rest, &is_attr, &index, &name)) == 2) {
        Object *tmp;
        if (is_attr || index == -1) {
            Object *key = sub_str(name);
            if (!key) {
                DECREF(obj);
                return NULL;
            }
            tmp = is_attr ? obj_getattr(obj, key) : obj_getitem(obj, key);
            DECREF(key);
        } else {
            Object *key = int_from_ssize(index);
            if (!key) {
                DECREF(obj);
                return NULL;
            }
            tmp = obj_getitem(obj, key);
            DECREF(key);
        }
        DECREF(obj);
        if (!tmp)
            return NULL;
        obj = tmp;
    }
    if (ok < 0) {
        DECREF(obj);
        return NULL;
    }
    return obj;
}

/* ---- conversions ------------------------------------------------------------ */

Object *format_ascii(Object *o)
{
    Object *r = obj_repr(o);
    if (!r || STR_IS_ASCII(r))
        return r;
    StrBuf b;
    str_buf_init(&b);
    const char *p = STR_UTF8(r), *e = p + STR_NBYTES(r);
    int rc = 0;
    while (p < e && !rc) {
        const char *start = p;
        uint32_t c = uni_utf8_next(&p);
        if (c < 128) {
            rc = str_buf_append_ascii(&b, start, 1);
            continue;
        }
        char esc[12];
        int n;
        if (c < 0x100)
            n = snprintf(esc, sizeof esc, "\\x%02x", (unsigned)c);
        else if (c < 0x10000)
            n = snprintf(esc, sizeof esc, "\\u%04x", (unsigned)c);
        else
            n = snprintf(esc, sizeof esc, "\\U%08x", (unsigned)c);
        rc = str_buf_append_ascii(&b, esc, (size_t)n);
    }
    DECREF(r);
    if (rc) {
        str_buf_free(&b);
        return NULL;
    }
    return str_buf_finish(&b);
}

/* do_conversion: NEW str for !r !s !a. */
static Object *convert(Object *obj, uint32_t conv)
{
    switch (conv) {
    case 'r': return obj_repr(obj);
    case 's': return obj_str(obj);
    case 'a': return format_ascii(obj);
    default:
        if (conv > 32 && conv < 127)
            return err_format(&Exc_ValueError, "Unknown conversion specifier %c", (int)conv);
        return err_format(&Exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
    }
}

Object *format_value(Object *value, Object *spec, int conversion)
{
    Object *conv = NULL;
    if (conversion != -1 && conversion != 0) {
        conv = convert(value, (uint32_t)conversion);
        if (!conv)
            return NULL;
        value = conv;
    }
    Object *r;
    if (!spec || STR_NBYTES(spec) == 0) {
        /* The common f"{x}" case: no spec object needed. */
        r = format_object(value, NULL);
    } else {
        r = format_object(value, spec);
    }
    XDECREF(conv);
    return r;
}

/* ---- the markup loop ------------------------------------------------------- */

/* parse_field: reads "name[!c][:spec]}" from *in (just past the '{').
 * Returns 0 or -1 with ValueError. */
static int parse_field(Sub *in, Sub *name, Sub *spec, bool *expand, uint32_t *conv)
{
    char c = 0;
    *conv = 0;
    spec->s = spec->e = NULL;
    *expand = false;
    name->s = in->s;
    while (in->s < in->e) {
        c = *in->s++;
        if (c == '{') {
            err_set_string(&Exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (in->s < in->e && *in->s != ']')
                in->s++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    name->e = in->s - 1;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (in->s >= in->e) {
                err_set_string(&Exc_ValueError,
                               "end of string while looking for conversion specifier");
                return -1;
            }
            *conv = uni_utf8_next(&in->s);
            if (in->s < in->e) {
                c = *in->s++;
                if (c == '}')
                    return 0;
                if (c != ':') {
                    err_set_string(&Exc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        spec->s = in->s;
        int count = 1;
        while (in->s < in->e) {
            c = *in->s++;
            if (c == '{') {
                *expand = true;
                count++;
            } else if (c == '}') {
                if (--count == 0) {
                    spec->e = in->s - 1;
                    return 0;
                }
            }
        }
        err_set_string(&Exc_ValueError, "unmatched '{' in format spec");
        return -1;
    }
    if (c != '}') {
        err_set_string(&Exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    return 0;
}

/* output_markup: renders one field into b. */
static int output_field(StrBuf *b, Sub name, Sub spec, bool expand, uint32_t conv,
                        FmtArgs *a, int depth)
{
    Object *obj = get_field(name, a);
    if (!obj)
        return -1;
    if (conv) {
        Object *t = convert(obj, conv);
        DECREF(obj);
        if (!t)
            return -1;
        obj = t;
    }
    Object *specobj;
    if (expand)
        specobj = build_string(spec, a, depth - 1);
    else if (spec.s && spec.e > spec.s)
        specobj = sub_str(spec);
    else
        specobj = str_empty();
    if (!specobj) {
        DECREF(obj);
        return -1;
    }
    Object *r = format_object(obj, specobj);
    DECREF(specobj);
    DECREF(obj);
    if (!r)
        return -1;
    int rc = str_buf_append_str(b, r);
    DECREF(r);
    return rc;
}

/* build_string + do_markup + MarkupIterator_next. */
static Object *build_string(Sub in, FmtArgs *a, int depth)
{
    if (depth <= 0)
        return err_set_string(&Exc_ValueError, "Max string recursion exceeded");
    StrBuf b;
    str_buf_init(&b);
    while (in.s < in.e) {
        const char *start = in.s;
        char c = 0;
        bool markup = false;
        while (in.s < in.e) {
            c = *in.s++;
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = in.s >= in.e;
        size_t len = (size_t)(in.s - start);
        if (c == '}' && markup && (at_end || *in.s != '}')) {
            err_set_string(&Exc_ValueError, "Single '}' encountered in format string");
            goto fail;
        }
        if (at_end && c == '{' && markup) {
            err_set_string(&Exc_ValueError, "Single '{' encountered in format string");
            goto fail;
        }
        if (!at_end && markup) {
            if (*in.s == c) {
                in.s++;             /* {{ or }}: keep one brace as text */
                markup = false;
            } else {
                len--;
            }
        }
        if (len && str_buf_append(&b, start, len) < 0)
            goto fail;
        if (!markup)
            continue;
        Sub name, spec;
        bool expand;
        uint32_t conv;
        if (parse_field(&in, &name, &spec, &expand, &conv) < 0)
            goto fail;
        if (output_field(&b, name, spec, expand, conv, a, depth) < 0)
            goto fail;
    }
    return str_buf_finish(&b);
fail:
    str_buf_free(&b);
    return NULL;
}

Object *str_format_method(Object *fmt, Object *const *args, size_t nargs, Object *kwnames)
{
    FmtArgs a = { args, nargs, true, args + nargs,
                  (kwnames && TUPLE_SIZE(kwnames) > 0) ? kwnames : NULL, NULL, ANS_INIT, 0 };
    Sub in = { STR_UTF8(fmt), STR_UTF8(fmt) + STR_NBYTES(fmt) };
    return build_string(in, &a, 2);
}

Object *str_format_map(Object *fmt, Object *mapping)
{
    FmtArgs a = { NULL, 0, false, NULL, NULL, mapping, ANS_INIT, 0 };
    Sub in = { STR_UTF8(fmt), STR_UTF8(fmt) + STR_NBYTES(fmt) };
    return build_string(in, &a, 2);
}

Object *str_format_map_method(Object *fmt, Object *const *args, size_t nargs,
                              Object *kwnames)
{
    if (kwnames && TUPLE_SIZE(kwnames) > 0)
        return err_set_string(&Exc_TypeError, "str.format_map() takes no keyword arguments");
    if (nargs != 1)
        return err_format(&Exc_TypeError, "str.format_map() takes exactly one argument (%zu given)",
                          nargs);
    return str_format_map(fmt, args[0]);
}
