/* unicode.c — UTF-8 validation/encoding and Unicode character properties
 * (classification and full case mapping) looked up in the generated tables
 * of unicode_db.h.  ASCII takes a fast path everywhere; other code points
 * binary-search sorted range tables. */
#include "objects/unicode.h"
#include "objects/unicode_db.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Strict UTF-8 as CPython decodes it: reports the maximal valid prefix of a
 * bad sequence ("position a-b") and one of CPython's three reasons. */
int uni_utf8_check(const char *s, size_t n, intptr_t *ncp, bool *ascii,
                   size_t *errpos, size_t *errlen, const char **reason)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    intptr_t count = 0;
    bool all_ascii = true;
    while (i < n) {
        /* Skip ASCII eight bytes at a time when aligned runs allow. */
        while (i + 8 <= n) {
            uint64_t w;
            __builtin_memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            i += 8;
            count += 8;
        }
        if (i >= n)
            break;
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            count++;
            continue;
        }
        all_ascii = false;
        int need;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;
        } else {
            *errpos = i; *errlen = 1; *reason = "invalid start byte";
            return -1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= n) {
                *errpos = i; *errlen = (size_t)k; *reason = "unexpected end of data";
                return -1;
            }
            unsigned d = p[i + k];
            unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (d < l || d > h) {
                *errpos = i; *errlen = (size_t)k; *reason = "invalid continuation byte";
                return -1;
            }
        }
        i += (size_t)need + 1;
        count++;
    }
    *ncp = count;
    *ascii = all_ascii;
    return 0;
}

int uni_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

intptr_t uni_utf8_count(const char *s, size_t n)
{
    intptr_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid][0]) hi = mid;
        else if (cp > r[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}

#define IN(tab, cp) in_ranges(tab, COUNT(tab), cp)

bool uni_isspace(uint32_t cp)
{
    if (cp < 128)
        return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x1F);
    return IN(uni_space, cp);
}
bool uni_isalpha(uint32_t cp)
{
    if (cp < 128) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    return IN(uni_alpha, cp);
}
bool uni_isdecimal(uint32_t cp)
{
    if (cp < 128) return cp >= '0' && cp <= '9';
    return IN(uni_decimal, cp);
}
bool uni_isdigit(uint32_t cp)
{
    if (cp < 128) return cp >= '0' && cp <= '9';
    return IN(uni_digit, cp);
}
bool uni_isnumeric(uint32_t cp)
{
    if (cp < 128) return cp >= '0' && cp <= '9';
    return IN(uni_numeric, cp);
}
bool uni_isalnum(uint32_t cp)
{
    return uni_isalpha(cp) || uni_isdecimal(cp) || uni_isdigit(cp) || uni_isnumeric(cp);
}
bool uni_isprintable(uint32_t cp)
{
    if (cp < 128) return cp >= 0x20 && cp < 0x7F;
    return IN(uni_printable, cp);
}
bool uni_islower(uint32_t cp)
{
    if (cp < 128) return cp >= 'a' && cp <= 'z';
    return IN(uni_lower, cp);
}
bool uni_isupper(uint32_t cp)
{
    if (cp < 128) return cp >= 'A' && cp <= 'Z';
    return IN(uni_upper, cp);
}
bool uni_istitle(uint32_t cp) { return cp >= 128 && IN(uni_title, cp); }
bool uni_iscased(uint32_t cp)
{
    if (cp < 128) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    return IN(uni_cased, cp);
}
bool uni_iscaseignorable(uint32_t cp) { return IN(uni_ignorable, cp); }
bool uni_islinebreak(uint32_t cp)
{
    if (cp < 128) return (cp >= 10 && cp <= 13) || (cp >= 0x1C && cp <= 0x1E);
    return IN(uni_linebreak, cp);
}
bool uni_isxidstart(uint32_t cp)
{
    if (cp < 128) return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z');
    return IN(uni_xidstart, cp);
}
bool uni_isxidcontinue(uint32_t cp)
{
    if (cp < 128)
        return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z') || (cp >= '0' && cp <= '9');
    return IN(uni_xidcont, cp);
}

int uni_decimal_value(uint32_t cp)
{
    if (cp < 128) return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    if (!IN(uni_decimal, cp)) return -1;
    size_t lo = 0, hi = COUNT(uni_decimal_zero);
    while (lo < hi) {           /* last run start <= cp */
        size_t mid = (lo + hi) / 2;
        if (uni_decimal_zero[mid] <= cp) lo = mid + 1;
        else hi = mid;
    }
    return lo ? (int)(cp - uni_decimal_zero[lo - 1]) : -1;
}

/* The case entry for cp, or NULL if every mapping is the identity. */
static const uint32_t *case_entry(uint32_t cp)
{
    size_t lo = 0, hi = COUNT(uni_case);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < uni_case[mid][0]) hi = mid;
        else if (cp > uni_case[mid][0]) lo = mid + 1;
        else return uni_case[mid];
    }
    return NULL;
}

static int case_full(uint32_t cp, int which, uint32_t out[3])
{
    const uint32_t *e = cp < 128 ? NULL : case_entry(cp);
    if (cp < 128) {
        if (which == 2 || which == 3) out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        else out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        return 1;
    }
    if (!e) { out[0] = cp; return 1; }
    uint32_t v = e[which];
    if (!(v & 0x80000000u)) { out[0] = v; return 1; }
    const uint32_t *sp = uni_special[v & 0x7FFFFFFFu];
    for (uint32_t k = 0; k < sp[0]; k++)
        out[k] = sp[k + 1];
    return (int)sp[0];
}

/* Column numbers in uni_case: 1 lower, 2 upper, 3 title, 4 fold. */
int uni_tolower_full(uint32_t cp, uint32_t out[3]) { return case_full(cp, 1, out); }
int uni_toupper_full(uint32_t cp, uint32_t out[3]) { return case_full(cp, 2, out); }
int uni_totitle_full(uint32_t cp, uint32_t out[3]) { return case_full(cp, 3, out); }
int uni_tofold_full(uint32_t cp, uint32_t out[3]) { return case_full(cp, 4, out); }

uint32_t uni_tolower(uint32_t cp)
{
    uint32_t out[3];
    case_full(cp, 1, out);
    return out[0];
}
uint32_t uni_toupper(uint32_t cp)
{
    uint32_t out[3];
    case_full(cp, 2, out);
    return out[0];
}
