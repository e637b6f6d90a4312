/* str.h — the str type: immutable Unicode text stored as UTF-8 inline in the
 * object, NUL-terminated.  ASCII-only strings carry STRF_ASCII, where code
 * point index == byte index.  Non-ASCII strings may hang a lazily built
 * sparse offset index (one byte offset per STR_INDEX_STEP code points) off a
 * pointer stored after their data, so repeated indexing is near O(1).
 * Also: a string builder (StrBuf) for reprs and formatting. */
#ifndef GARTER_STR_H
#define GARTER_STR_H

#include <stdarg.h>
#include <stdint.h>
#include <stddef.h>
#include "objects/object.h"

/* Layout keeps nbytes where VarObject keeps size. */
typedef struct StrObject {
    Object ob;
    intptr_t nbytes;            /* UTF-8 bytes, NUL excluded */
    hash_t hash;                /* cached, -1 = not computed */
    intptr_t length;            /* code points */
    char data[];                /* nbytes + NUL; non-ASCII: then an aligned
                                   pointer to the offset index (or NULL) */
} StrObject;

extern TypeObject Str_Type;
extern TypeObject StrIter_Type;

enum { STRF_ASCII = 1u << 16 };     /* every byte < 0x80 */
#define STR_INDEX_STEP 64

#define STR_CHECK(o)        TYPE_HAS(TYPE(o), TPF_STR_SUB)
#define STR_CHECK_EXACT(o)  IS_TYPE((o), &Str_Type)
#define STR_UTF8(o)         ((const char *)((StrObject *)(o))->data)
#define STR_NBYTES(o)       (((StrObject *)(o))->nbytes)
#define STR_LEN(o)          (((StrObject *)(o))->length)
#define STR_IS_ASCII(o)     ((((Object *)(o))->flags & STRF_ASCII) != 0)

/* NEW: str from n bytes of UTF-8; invalid input raises UnicodeDecodeError
 * with CPython's 'utf-8' codec message. */
Object *str_from_utf8(const char *s, size_t n);
/* NEW: str from a NUL-terminated UTF-8 C string (validated). */
Object *str_from_cstr(const char *s);
/* NEW: str from bytes already known to be valid UTF-8 (no validation);
 * length < 0 means "count it". */
Object *str_from_utf8_trusted(const char *s, size_t n, intptr_t length);
/* NEW: an uninitialised str of nbytes bytes and `length` code points for the
 * caller to fill (STR_UTF8 is writable through str_data_mut).  Only for
 * freshly made strings nobody else has seen. */
Object *str_new_raw(size_t nbytes, intptr_t length);
static inline char *str_data_mut(Object *o) { return ((StrObject *)o)->data; }
/* NEW: printf-like, with %R (repr), %S (str), %U (str object's text),
 * %T (type name of an object), %A (ascii repr) besides the C formats
 * %s %d %i %u %ld %lld %zd %zu %x %p %c %%. */
Object *str_from_format(const char *fmt, ...);
Object *str_from_vformat(const char *fmt, va_list ap);
/* NEW: the one-character string for cp (cached for cp < 256); cp must be
 * <= 0x10FFFF. */
Object *str_from_codepoint(uint32_t cp);
/* NEW: the empty string singleton. */
Object *str_empty(void);

/* NEW: a + b (both str). */
Object *str_concat(Object *a, Object *b);
/* NEW: sep.join(iterable); sep is a str. */
Object *str_join(Object *sep, Object *iterable);
/* NEW: repr(s) with CPython's quoting and escapes. */
Object *str_repr(Object *s);
/* NEW: s[i] for 0 <= i < len, or negative i counted from the end;
 * IndexError "string index out of range" otherwise. */
Object *str_getitem(Object *s, intptr_t i);
/* NEW: s[start:end] in code points (clamped like a slice, step 1). */
Object *str_substring(Object *s, intptr_t start, intptr_t end);
/* Code point at index i (0 <= i < len, unchecked). */
uint32_t str_char_at(Object *s, intptr_t i);
/* Byte offset of code point i (0 <= i <= len). */
intptr_t str_byte_offset(Object *s, intptr_t i);

/* Length in code points of a str. */
intptr_t str_len(Object *o);
/* 1 if equal text (identity fast path), 0 otherwise; never fails. */
int str_eq(Object *a, Object *b);
/* 1 if s's text equals the C string c. */
int str_eq_cstr(Object *s, const char *c);
/* <0, 0, >0: code-point order (== UTF-8 byte order). */
int str_compare(Object *a, Object *b);
/* hash(s), cached in the object; same value as hash(bytes) for equal bytes. */
hash_t str_hash(Object *o);
/* 1 if sub occurs in s, 0 if not (both str). */
int str_contains(Object *s, Object *sub);
/* NEW: s.encode(encoding, errors) — NULL args mean "utf-8"/"strict". */
Object *str_encode(Object *s, const char *encoding, const char *errors);
/* NEW: str from bytes in the given encoding (utf-8, ascii, latin-1) with
 * errors strict/ignore/replace. */
Object *str_decode(const char *s, size_t n, const char *encoding, const char *errors);

int str_init(void);
void str_fini(void);

/* ---- shared with str_methods.c and bytes.c ---------------------------- */
/* Vector-call argument parsing with CPython's messages.  Fills out[0..max)
 * with BORROWED references (NULL when absent).  kwlist names every
 * parameter (NULL: keywords refused, "NAME() takes no keyword arguments",
 * with NAME = fname, e.g. "str.find").  A leading '!' in fname selects the
 * "NAME expected at most N arguments, got M" wording.  0 or -1. */
int str_parse_args(const char *fname, Object *const *args, size_t nargs,
                   Object *kwnames, const char *const *kwlist, size_t nkw,
                   size_t min, size_t max, Object **out);
extern MethodDef str_methods[];         /* str_methods.c */

/* ---- string builder ---------------------------------------------------- */
/* Accumulates UTF-8 text; str_buf_finish turns it into a str. */
typedef struct StrBuf {
    char *buf;
    size_t len, cap;
    intptr_t ncp;               /* code points so far */
    bool ascii;                 /* all appended text ASCII so far */
    char small[120];
} StrBuf;

void str_buf_init(StrBuf *b);
/* All appends return 0, or -1 with MemoryError set. */
int str_buf_append(StrBuf *b, const char *s, size_t n);     /* valid UTF-8 */
int str_buf_append_ascii(StrBuf *b, const char *s, size_t n);
int str_buf_append_cstr(StrBuf *b, const char *s);
int str_buf_append_str(StrBuf *b, Object *s);               /* a str; BORROWED */
int str_buf_append_char(StrBuf *b, uint32_t cp);
/* NEW: the text as a str; the buffer is released either way. */
Object *str_buf_finish(StrBuf *b);
void str_buf_free(StrBuf *b);

#endif
