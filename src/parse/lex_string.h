/* lex_string.h — lexer helpers that do not depend on the token machinery:
 * decoding string-literal bodies (escapes, \N{...}), UTF-8 utilities and the
 * identifier/printable character classes.  Used only by grammar/lexer.re. */
#ifndef GARTER_LEX_STRING_H
#define GARTER_LEX_STRING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parse/arena.h"

/* Decodes a literal body s[0..n) into a NUL-terminated arena copy: escapes
 * are processed unless raw; bytes keeps raw bytes, str produces UTF-8.
 * Returns 0, or -1 with CPython's message in msg ("(unicode error) ...",
 * "(value error) ...", "bytes can only contain ASCII literal characters")
 * and *bytes_ascii_err set for the last one (it has a different location). */
int lexs_decode(Arena *a, const char *s, size_t n, bool bytes, bool raw,
                char **out, size_t *outn, char *msg, size_t msgsz,
                bool *bytes_ascii_err);
/* Code point of the UTF-8 sequence at s (at most n bytes); *len gets its
 * length.  Returns -1 (len 1) for an invalid sequence. */
int32_t lexs_utf8_decode(const unsigned char *s, size_t n, int *len);
/* Offset of the first invalid UTF-8 byte in s[0..n), or n if valid. */
size_t lexs_utf8_check(const unsigned char *s, size_t n);
/* Appends cp as UTF-8 to out; returns the number of bytes written (1..4). */
int lexs_utf8_encode(uint32_t cp, char *out);
/* Whether cp may start (start=true) or continue an identifier.  ASCII is
 * exact; beyond ASCII this excludes the common non-letter blocks
 * (punctuation, symbols, currency, arrows, box drawing, emoji, ...). */
bool lexs_is_xid(uint32_t cp, bool start);
/* Whether cp is printable in the sense of str.isprintable(). */
bool lexs_is_printable(uint32_t cp);
/* The PEP 263 coding cookie of the comment line s[0..n), lower-cased with
 * '_' as '-', into enc; false if the line declares none. */
bool lexs_coding_cookie(const char *s, size_t n, char *enc, size_t encsz);
/* Code point for a \N{...} name (case-insensitive), or -1 if unknown. */
int32_t lexs_lookup_name(const char *name, size_t n);

#endif
