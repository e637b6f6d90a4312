/* str.c — the str type (stub: filled in next). */
#include <string.h>
#include "objects/str.h"

TypeObject Str_Type;
TypeObject StrIter_Type;

Object *str_from_utf8(const char *s, size_t n) { (void)s; (void)n; return NULL; }
Object *str_from_cstr(const char *s) { return str_from_utf8(s, strlen(s)); }
Object *str_from_utf8_trusted(const char *s, size_t n, intptr_t length) { (void)length; return str_from_utf8(s, n); }
Object *str_new_raw(size_t nbytes, intptr_t length) { (void)nbytes; (void)length; return NULL; }
Object *str_from_format(const char *fmt, ...) { (void)fmt; return NULL; }
Object *str_from_vformat(const char *fmt, va_list ap) { (void)fmt; (void)ap; return NULL; }
Object *str_from_codepoint(uint32_t cp) { (void)cp; return NULL; }
Object *str_empty(void) { return NULL; }
Object *str_concat(Object *a, Object *b) { (void)a; (void)b; return NULL; }
Object *str_join(Object *sep, Object *it) { (void)sep; (void)it; return NULL; }
Object *str_repr(Object *s) { (void)s; return NULL; }
Object *str_getitem(Object *s, intptr_t i) { (void)s; (void)i; return NULL; }
Object *str_substring(Object *s, intptr_t a, intptr_t b) { (void)s; (void)a; (void)b; return NULL; }
uint32_t str_char_at(Object *s, intptr_t i) { return (unsigned char)STR_UTF8(s)[i]; }
intptr_t str_byte_offset(Object *s, intptr_t i) { (void)s; return i; }
intptr_t str_len(Object *o) { return STR_LEN(o); }
int str_eq(Object *a, Object *b) { return a == b || (STR_NBYTES(a) == STR_NBYTES(b) && memcmp(STR_UTF8(a), STR_UTF8(b), STR_NBYTES(a)) == 0); }
int str_eq_cstr(Object *s, const char *c) { return strcmp(STR_UTF8(s), c) == 0; }
int str_compare(Object *a, Object *b) { return strcmp(STR_UTF8(a), STR_UTF8(b)); }
hash_t str_hash(Object *o) { (void)o; return 0; }
int str_contains(Object *s, Object *sub) { return strstr(STR_UTF8(s), STR_UTF8(sub)) != NULL; }
Object *str_encode(Object *s, const char *e, const char *r) { (void)s; (void)e; (void)r; return NULL; }
Object *str_decode(const char *s, size_t n, const char *e, const char *r) { (void)s; (void)n; (void)e; (void)r; return NULL; }
int str_init(void) { return 0; }
void str_fini(void) { }
void str_buf_init(StrBuf *b) { b->buf = b->small; b->len = 0; b->cap = sizeof b->small; b->ncp = 0; b->ascii = true; }
int str_buf_append(StrBuf *b, const char *s, size_t n) { (void)b; (void)s; (void)n; return -1; }
int str_buf_append_ascii(StrBuf *b, const char *s, size_t n) { return str_buf_append(b, s, n); }
int str_buf_append_cstr(StrBuf *b, const char *s) { return str_buf_append(b, s, strlen(s)); }
int str_buf_append_str(StrBuf *b, Object *s) { return str_buf_append(b, STR_UTF8(s), STR_NBYTES(s)); }
int str_buf_append_char(StrBuf *b, uint32_t cp) { (void)b; (void)cp; return -1; }
Object *str_buf_finish(StrBuf *b) { (void)b; return NULL; }
void str_buf_free(StrBuf *b) { (void)b; }
