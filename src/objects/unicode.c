/* unicode.c — UTF-8 helpers and character properties (stub). */
#include "objects/unicode.h"

int uni_utf8_check(const char *s, size_t n, intptr_t *ncp, bool *ascii,
                   size_t *errpos, size_t *errlen, const char **reason)
{ (void)s; (void)errpos; (void)errlen; (void)reason; *ncp = (intptr_t)n; *ascii = true; return 0; }
int uni_utf8_encode(uint32_t cp, char *out) { out[0] = (char)cp; return 1; }
intptr_t uni_utf8_count(const char *s, size_t n) { (void)s; return (intptr_t)n; }
bool uni_isspace(uint32_t cp) { return cp == ' '; }
bool uni_isalpha(uint32_t cp) { return (cp | 32) >= 'a' && (cp | 32) <= 'z'; }
bool uni_isdecimal(uint32_t cp) { return cp >= '0' && cp <= '9'; }
bool uni_isdigit(uint32_t cp) { return uni_isdecimal(cp); }
bool uni_isnumeric(uint32_t cp) { return uni_isdecimal(cp); }
bool uni_isalnum(uint32_t cp) { return uni_isalpha(cp) || uni_isdecimal(cp); }
bool uni_isprintable(uint32_t cp) { return cp >= ' ' && cp != 127; }
bool uni_islower(uint32_t cp) { return cp >= 'a' && cp <= 'z'; }
bool uni_isupper(uint32_t cp) { return cp >= 'A' && cp <= 'Z'; }
bool uni_istitle(uint32_t cp) { (void)cp; return false; }
bool uni_iscased(uint32_t cp) { return uni_isalpha(cp); }
bool uni_iscaseignorable(uint32_t cp) { (void)cp; return false; }
bool uni_islinebreak(uint32_t cp) { return cp == '\n'; }
bool uni_isxidstart(uint32_t cp) { return uni_isalpha(cp) || cp == '_'; }
bool uni_isxidcontinue(uint32_t cp) { return uni_isalnum(cp) || cp == '_'; }
int uni_decimal_value(uint32_t cp) { return uni_isdecimal(cp) ? (int)(cp - '0') : -1; }
int uni_tolower_full(uint32_t cp, uint32_t out[3]) { out[0] = uni_tolower(cp); return 1; }
int uni_toupper_full(uint32_t cp, uint32_t out[3]) { out[0] = uni_toupper(cp); return 1; }
int uni_totitle_full(uint32_t cp, uint32_t out[3]) { out[0] = uni_toupper(cp); return 1; }
int uni_tofold_full(uint32_t cp, uint32_t out[3]) { out[0] = uni_tolower(cp); return 1; }
uint32_t uni_tolower(uint32_t cp) { return uni_isupper(cp) ? cp + 32 : cp; }
uint32_t uni_toupper(uint32_t cp) { return uni_islower(cp) ? cp - 32 : cp; }
