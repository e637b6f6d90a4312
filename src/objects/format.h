/* format.h — CPython 3.11's format-spec mini-language
 *     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * and the __format__ bodies of int, float and str built on it, plus the
 * double-to-text conversion (PyOS_double_to_string's rules) that
 * %-formatting shares.  Nothing here knows about str.format's field grammar
 * (strformat.h) or printf-style formatting (percent.h). */
#ifndef GARTER_FORMAT_H
#define GARTER_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "objects/object.h"

/* A parsed spec.  Unset fields: align 0, sign 0, width -1, precision -1,
 * grouping 0, type 0.  `zero` records the legacy '0' before the width; the
 * type-specific formatter turns it into fill '0' (and '=' alignment for
 * numbers) exactly as CPython does. */
typedef struct FormatSpec {
    uint32_t fill;          /* fill code point; ' ' unless given */
    bool fill_given;        /* an explicit fill character preceded align */
    char align;             /* '<' '>' '^' '=' or 0 */
    char sign;              /* '+' '-' ' ' or 0 */
    bool no_neg_0;          /* 'z' */
    bool alternate;         /* '#' */
    bool zero;              /* '0' before the width */
    intptr_t width;         /* -1: not given */
    char grouping;          /* ',' or '_' or 0 */
    intptr_t precision;     /* -1: not given */
    uint32_t type;          /* presentation type code point, 0 if none */
} FormatSpec;

/* Parses n bytes of UTF-8 spec text.  0 on success, -1 with ValueError set
 * (CPython's messages; the "for object of type" suffixes need the object,
 * so the typed formatters below use their own entry point). */
int fmtspec_parse(const char *spec, size_t n, FormatSpec *out);

/* int.__format__(v, spec): NEW str.  v is an int (or bool/subclass); spec a
 * str.  Types b c d o x X n, none, and e E f F g G % via float. */
Object *format_int(Object *v, Object *spec);
/* float.__format__(v, spec): NEW str.  Types e E f F g G n % and none. */
Object *format_float(Object *v, Object *spec);
/* str.__format__(v, spec): NEW str.  Type s and none. */
Object *format_str(Object *v, Object *spec);
/* format(v, spec) for any object: exact int/bool/float/str go straight to
 * the formatters above, anything else through obj_format (type(v).__format__).
 * spec may be NULL (empty).  NEW str. */
Object *format_object(Object *v, Object *spec);
/* object.__format__(v, spec): str(v) for an empty spec, else TypeError
 * "unsupported format string passed to T.__format__".  NEW str. */
Object *format_object_default(Object *v, Object *spec);

/* Flags for fmt_double_to_string (CPython's Py_DTSF_*). */
enum {
    FMT_DTSF_SIGN      = 1 << 0,    /* always emit a sign */
    FMT_DTSF_ADD_DOT_0 = 1 << 1,    /* "1" becomes "1.0" when no exponent */
    FMT_DTSF_ALT       = 1 << 2,    /* '#': keep the point and zeros */
    FMT_DTSF_NO_NEG_0  = 1 << 3,    /* 'z': -0 after rounding becomes 0 */
};
/* CPython's PyOS_double_to_string: code is e E f F g G or r (repr; then
 * precision must be 0).  Returns a malloc'd NUL-terminated ASCII string the
 * caller free()s, or NULL with MemoryError set. */
char *fmt_double_to_string(double v, char code, int precision, int flags);

#endif
