/* unicode.h — UTF-8 decoding/encoding helpers and Unicode character
 * properties (classification, case mapping) for the str type and the lexer.
 * Pure functions on code points and byte buffers: no objects, no errors set.
 * The property tables (unicode_db.h) are generated once from CPython 3.11's
 * unicodedata (Unicode 14.0) by src/objects/unicode_gen.py and committed. */
#ifndef GARTER_UNICODE_H
#define GARTER_UNICODE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define UNI_MAX 0x10FFFFu

/* Validates n bytes of UTF-8 (strict: no surrogates, no overlongs).
 * Returns 0 and stores the code-point count in *ncp (and whether every byte
 * is ASCII in *ascii); on error returns -1 and stores the offending
 * position, the length of the bad sequence (bytes CPython reports as
 * "position a-b") and CPython's reason text. */
int uni_utf8_check(const char *s, size_t n, intptr_t *ncp, bool *ascii,
                   size_t *errpos, size_t *errlen, const char **reason);

/* Decodes the code point at *p (valid UTF-8) and advances *p past it. */
static inline uint32_t uni_utf8_next(const char **pp)
{
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t c = p[0];
    if (c < 0x80) { *pp += 1; return c; }
    if (c < 0xE0) { *pp += 2; return ((c & 0x1F) << 6) | (p[1] & 0x3F); }
    if (c < 0xF0) {
        *pp += 3;
        return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *pp += 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

/* Decodes the code point ending just before *pp and moves *pp back to its
 * first byte (valid UTF-8). */
static inline uint32_t uni_utf8_prev(const char **pp)
{
    const char *p = *pp;
    do { p--; } while (((unsigned char)*p & 0xC0) == 0x80);
    *pp = p;
    const char *q = p;
    return uni_utf8_next(&q);
}

/* Byte length of the UTF-8 sequence starting with lead byte b (valid UTF-8). */
static inline int uni_utf8_seqlen(unsigned char b)
{
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

/* Bytes needed to encode cp. */
static inline int uni_utf8_size(uint32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* Writes cp as UTF-8 into out (room for 4 bytes); returns the byte count. */
int uni_utf8_encode(uint32_t cp, char *out);

/* Number of code points in n bytes of valid UTF-8. */
intptr_t uni_utf8_count(const char *s, size_t n);

/* Character classes, as CPython's str.is*() methods see one character. */
bool uni_isspace(uint32_t cp);
bool uni_isalpha(uint32_t cp);
bool uni_isdecimal(uint32_t cp);
bool uni_isdigit(uint32_t cp);
bool uni_isnumeric(uint32_t cp);
bool uni_isalnum(uint32_t cp);
bool uni_isprintable(uint32_t cp);
bool uni_islower(uint32_t cp);
bool uni_isupper(uint32_t cp);
bool uni_istitle(uint32_t cp);
bool uni_iscased(uint32_t cp);
bool uni_iscaseignorable(uint32_t cp);
bool uni_islinebreak(uint32_t cp);
bool uni_isxidstart(uint32_t cp);       /* identifier start (plus '_') */
bool uni_isxidcontinue(uint32_t cp);    /* identifier continuation */
/* Decimal value of cp (0..9), or -1. */
int uni_decimal_value(uint32_t cp);

/* Full case mappings: write 1..3 code points to out, return the count. */
int uni_tolower_full(uint32_t cp, uint32_t out[3]);
int uni_toupper_full(uint32_t cp, uint32_t out[3]);
int uni_totitle_full(uint32_t cp, uint32_t out[3]);
int uni_tofold_full(uint32_t cp, uint32_t out[3]);
/* Simple (one-to-one) mappings. */
uint32_t uni_tolower(uint32_t cp);
uint32_t uni_toupper(uint32_t cp);

#endif
