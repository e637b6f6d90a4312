/* lex_string.c — string-literal decoding as CPython 3.11 does it
 * (Parser/string_parser.c decode_unicode_with_escapes and
 * Objects/unicodeobject.c's unicode-escape decoder, Objects/bytesobject.c's
 * _PyBytes_DecodeEscape), plus UTF-8 helpers and character classes. */
#include "parse/lex_string.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* ---- UTF-8 ------------------------------------------------------------ */

int32_t lexs_utf8_decode(const unsigned char *s, size_t n, int *len)
{
    *len = 1;
    if (n == 0)
        return -1;
    unsigned c = s[0];
    if (c < 0x80)
        return (int32_t)c;
    int need;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; min = 0x10000; }
    else return -1;
    if ((size_t)need >= n)
        return -1;
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    *len = need + 1;
    return (int32_t)cp;
}

size_t lexs_utf8_check(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        int len;
        if (lexs_utf8_decode(s + i, n - i, &len) < 0)
            return i;
        i += (size_t)len;
    }
    return n;
}

int lexs_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
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

/* ---- source encoding ------------------------------------------------ */

/* The PEP 263 coding cookie of the comment line s[0..n), lower-cased with
 * '_' as '-', into enc; false if the line declares none. */
bool lexs_coding_cookie(const char *s, size_t n, char *enc, size_t encsz)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
        i++;
    if (i >= n || s[i] != '#')
        return false;
    for (; i + 7 < n; i++) {
        if (memcmp(s + i, "coding", 6) == 0 && (s[i + 6] == ':' || s[i + 6] == '=')) {
            size_t j = i + 7, k = 0;
            while (j < n && (s[j] == ' ' || s[j] == '\t'))
                j++;
            while (j < n && k + 1 < encsz && (isalnum((unsigned char)s[j]) || s[j] == '-'
                                               || s[j] == '_' || s[j] == '.')) {
                enc[k++] = s[j] == '_' ? '-' : (char)tolower((unsigned char)s[j]);
                j++;
            }
            enc[k] = '\0';
            return k > 0;
        }
    }
    return false;
}

/* ---- character classes ------------------------------------------------ */

typedef struct Range { uint32_t lo, hi; } Range;

/* Non-ASCII code points that are neither letters nor identifier marks:
 * an approximation of "not XID_Continue" covering the blocks people
 * actually paste into code by mistake. */
static const Range not_xid[] = {
    {0x0080, 0x00A9}, {0x00AB, 0x00B4}, {0x00B6, 0x00B6}, {0x00B8, 0x00B9},
    {0x00BB, 0x00BF}, {0x00D7, 0x00D7}, {0x00F7, 0x00F7},
    {0x02C2, 0x02C5}, {0x02D2, 0x02DF}, {0x037E, 0x037E}, {0x0387, 0x0387},
    {0x055A, 0x055F}, {0x0589, 0x058A}, {0x05BE, 0x05BE}, {0x05C0, 0x05C0},
    {0x05C3, 0x05C3}, {0x05F3, 0x05F4}, {0x0600, 0x060F}, {0x061B, 0x061F},
    {0x066A, 0x066D}, {0x06D4, 0x06D4}, {0x0964, 0x0965}, {0x0E3F, 0x0E3F},
    {0x0E4F, 0x0E4F}, {0x0E5A, 0x0E5B}, {0x10FB, 0x10FB},
    {0x1680, 0x1680}, {0x180E, 0x180E},
    {0x2000, 0x203E}, {0x2041, 0x2053}, {0x2055, 0x2070}, {0x2074, 0x207E},
    {0x2080, 0x208E}, {0x20A0, 0x20CF}, {0x2100, 0x2101}, {0x2103, 0x2106},
    {0x2108, 0x2109}, {0x2114, 0x2114}, {0x2116, 0x2118}, {0x211E, 0x2123},
    {0x2125, 0x2125}, {0x2127, 0x2127}, {0x2129, 0x2129}, {0x213A, 0x213B},
    {0x2140, 0x2144}, {0x214A, 0x214D}, {0x214F, 0x215F}, {0x2189, 0x2BFF},
    {0x2E00, 0x2E7F}, {0x3000, 0x3004}, {0x3008, 0x3020}, {0x3030, 0x3030},
    {0x303D, 0x303F}, {0xD800, 0xF8FF}, {0xFD3E, 0xFD3F}, {0xFE10, 0xFE19},
    {0xFE30, 0xFE32}, {0xFE35, 0xFE4C}, {0xFE50, 0xFE6B}, {0xFEFF, 0xFEFF},
    {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20}, {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40},
    {0xFF5B, 0xFF65}, {0xFFE0, 0xFFFF},
    {0x1D000, 0x1D0FF},   /* musical symbols */
    {0x1F000, 0x1FAFF}, {0xE0000, 0xE007F}, {0xF0000, 0x10FFFF},
};

/* Combining marks and digits: may continue but not start an identifier. */
static const Range continue_only[] = {
    {0x0300, 0x036F}, {0x0483, 0x0487}, {0x0591, 0x05BD}, {0x0610, 0x061A},
    {0x064B, 0x0669}, {0x06F0, 0x06F9}, {0x0900, 0x0903}, {0x093A, 0x094F},
    {0x0966, 0x096F}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x203F, 0x2040},
    {0x20D0, 0x20FF}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFF10, 0xFF19},
};

static bool in_ranges(const Range *r, size_t n, uint32_t cp)
{
    for (size_t i = 0; i < n; i++)
        if (cp >= r[i].lo && cp <= r[i].hi)
            return true;
    return false;
}

bool lexs_is_xid(uint32_t cp, bool start)
{
    if (cp < 0x80) {
        if (isalpha((int)cp) || cp == '_')
            return true;
        return !start && isdigit((int)cp);
    }
    if (in_ranges(not_xid, sizeof not_xid / sizeof *not_xid, cp))
        return false;
    if (start && in_ranges(continue_only, sizeof continue_only / sizeof *continue_only, cp))
        return false;
    return true;
}

bool lexs_is_printable(uint32_t cp)
{
    if (cp < 0x20 || cp == 0x7F)
        return false;
    if (cp >= 0x80 && cp <= 0xA0)
        return false;
    if (cp == 0xAD || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F)
        || (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF
        || cp == 0x1680 || cp == 0x180E || (cp >= 0xD800 && cp <= 0xF8FF)
        || (cp >= 0xFFF0 && cp <= 0xFFFB) || cp >= 0xE0000)
        return false;
    return true;
}

/* ---- \N{...} names ---------------------------------------------------- */

typedef struct NameEntry { const char *name; uint32_t cp; } NameEntry;

static const NameEntry names[] = {
    {"NULL", 0x0}, {"BELL", 0x7}, {"BACKSPACE", 0x8}, {"CHARACTER TABULATION", 0x9},
    {"LINE FEED", 0xA}, {"LF", 0xA}, {"NEW LINE", 0xA}, {"LINE TABULATION", 0xB},
    {"FORM FEED", 0xC}, {"CARRIAGE RETURN", 0xD}, {"CR", 0xD}, {"ESCAPE", 0x1B},
    {"DELETE", 0x7F}, {"TAB", 0x9}, {"NUL", 0x0}, {"ESC", 0x1B},
    {"SPACE", 0x20}, {"EXCLAMATION MARK", 0x21}, {"QUOTATION MARK", 0x22},
    {"NUMBER SIGN", 0x23}, {"DOLLAR SIGN", 0x24}, {"PERCENT SIGN", 0x25},
    {"AMPERSAND", 0x26}, {"APOSTROPHE", 0x27}, {"LEFT PARENTHESIS", 0x28},
    {"RIGHT PARENTHESIS", 0x29}, {"ASTERISK", 0x2A}, {"PLUS SIGN", 0x2B},
    {"COMMA", 0x2C}, {"HYPHEN-MINUS", 0x2D}, {"FULL STOP", 0x2E}, {"SOLIDUS", 0x2F},
    {"COLON", 0x3A}, {"SEMICOLON", 0x3B}, {"LESS-THAN SIGN", 0x3C},
    {"EQUALS SIGN", 0x3D}, {"GREATER-THAN SIGN", 0x3E}, {"QUESTION MARK", 0x3F},
    {"COMMERCIAL AT", 0x40}, {"LEFT SQUARE BRACKET", 0x5B}, {"REVERSE SOLIDUS", 0x5C},
    {"RIGHT SQUARE BRACKET", 0x5D}, {"CIRCUMFLEX ACCENT", 0x5E}, {"LOW LINE", 0x5F},
    {"GRAVE ACCENT", 0x60}, {"LEFT CURLY BRACKET", 0x7B}, {"VERTICAL LINE", 0x7C},
    {"RIGHT CURLY BRACKET", 0x7D}, {"TILDE", 0x7E},
    {"NO-BREAK SPACE", 0xA0}, {"INVERTED EXCLAMATION MARK", 0xA1}, {"CENT SIGN", 0xA2},
    {"POUND SIGN", 0xA3}, {"CURRENCY SIGN", 0xA4}, {"YEN SIGN", 0xA5},
    {"SECTION SIGN", 0xA7}, {"DIAERESIS", 0xA8}, {"COPYRIGHT SIGN", 0xA9},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB}, {"NOT SIGN", 0xAC},
    {"SOFT HYPHEN", 0xAD}, {"REGISTERED SIGN", 0xAE}, {"MACRON", 0xAF},
    {"DEGREE SIGN", 0xB0}, {"PLUS-MINUS SIGN", 0xB1}, {"SUPERSCRIPT TWO", 0xB2},
    {"SUPERSCRIPT THREE", 0xB3}, {"ACUTE ACCENT", 0xB4}, {"MICRO SIGN", 0xB5},
    {"PILCROW SIGN", 0xB6}, {"MIDDLE DOT", 0xB7}, {"SUPERSCRIPT ONE", 0xB9},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB},
    {"VULGAR FRACTION ONE QUARTER", 0xBC}, {"VULGAR FRACTION ONE HALF", 0xBD},
    {"VULGAR FRACTION THREE QUARTERS", 0xBE}, {"INVERTED QUESTION MARK", 0xBF},
    {"MULTIPLICATION SIGN", 0xD7}, {"DIVISION SIGN", 0xF7},
    {"LATIN SMALL LETTER SHARP S", 0xDF},
    {"LATIN SMALL LETTER A WITH GRAVE", 0xE0}, {"LATIN SMALL LETTER A WITH ACUTE", 0xE1},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4}, {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7},
    {"LATIN SMALL LETTER E WITH GRAVE", 0xE8}, {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"LATIN SMALL LETTER N WITH TILDE", 0xF1}, {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC}, {"LATIN CAPITAL LETTER A WITH DIAERESIS", 0xC4},
    {"LATIN CAPITAL LETTER O WITH DIAERESIS", 0xD6}, {"LATIN CAPITAL LETTER U WITH DIAERESIS", 0xDC},
    {"EN DASH", 0x2013}, {"EM DASH", 0x2014}, {"HORIZONTAL BAR", 0x2015},
    {"LEFT SINGLE QUOTATION MARK", 0x2018}, {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C}, {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"DAGGER", 0x2020}, {"DOUBLE DAGGER", 0x2021}, {"BULLET", 0x2022},
    {"HORIZONTAL ELLIPSIS", 0x2026}, {"PER MILLE SIGN", 0x2030}, {"PRIME", 0x2032},
    {"ZERO WIDTH SPACE", 0x200B}, {"ZERO WIDTH NON-JOINER", 0x200C},
    {"ZERO WIDTH JOINER", 0x200D}, {"LINE SEPARATOR", 0x2028},
    {"PARAGRAPH SEPARATOR", 0x2029}, {"EURO SIGN", 0x20AC}, {"INDIAN RUPEE SIGN", 0x20B9},
    {"TRADE MARK SIGN", 0x2122}, {"OHM SIGN", 0x2126}, {"ANGSTROM SIGN", 0x212B},
    {"LEFTWARDS ARROW", 0x2190}, {"UPWARDS ARROW", 0x2191}, {"RIGHTWARDS ARROW", 0x2192},
    {"DOWNWARDS ARROW", 0x2193}, {"LEFT RIGHT ARROW", 0x2194},
    {"RIGHTWARDS DOUBLE ARROW", 0x21D2}, {"FOR ALL", 0x2200}, {"PARTIAL DIFFERENTIAL", 0x2202},
    {"THERE EXISTS", 0x2203}, {"EMPTY SET", 0x2205}, {"NABLA", 0x2207},
    {"ELEMENT OF", 0x2208}, {"N-ARY PRODUCT", 0x220F}, {"N-ARY SUMMATION", 0x2211},
    {"MINUS SIGN", 0x2212}, {"SQUARE ROOT", 0x221A}, {"INFINITY", 0x221E},
    {"LOGICAL AND", 0x2227}, {"LOGICAL OR", 0x2228}, {"INTERSECTION", 0x2229},
    {"UNION", 0x222A}, {"INTEGRAL", 0x222B}, {"ALMOST EQUAL TO", 0x2248},
    {"NOT EQUAL TO", 0x2260}, {"IDENTICAL TO", 0x2261}, {"LESS-THAN OR EQUAL TO", 0x2264},
    {"GREATER-THAN OR EQUAL TO", 0x2265}, {"BLACK SQUARE", 0x25A0}, {"WHITE SQUARE", 0x25A1},
    {"BLACK CIRCLE", 0x25CF}, {"WHITE CIRCLE", 0x25CB}, {"BLACK STAR", 0x2605},
    {"WHITE STAR", 0x2606}, {"BLACK HEART SUIT", 0x2665}, {"CHECK MARK", 0x2713},
    {"HEAVY CHECK MARK", 0x2714}, {"BALLOT X", 0x2717}, {"SNOWMAN", 0x2603},
    {"REPLACEMENT CHARACTER", 0xFFFD}, {"BYTE ORDER MARK", 0xFEFF},
    {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF}, {"GRINNING FACE", 0x1F600},
    {"SMILING FACE WITH SMILING EYES", 0x1F60A}, {"THUMBS UP SIGN", 0x1F44D},
    {"SNAKE", 0x1F40D}, {"PILE OF POO", 0x1F4A9}, {"HEAVY BLACK HEART", 0x2764},
    {"FACE WITH TEARS OF JOY", 0x1F602}, {"FIRE", 0x1F525}, {"ROCKET", 0x1F680},
};

static const char *const greek[] = {
    "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA",
    "KAPPA", "LAMDA", "MU", "NU", "XI", "OMICRON", "PI", "RHO", "FINAL SIGMA",
    "SIGMA", "TAU", "UPSILON", "PHI", "CHI", "PSI", "OMEGA",
};

static const char *const digits[] = {
    "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
};

/* Matches upper-cased name u against a "PREFIX" and returns the rest. */
static const char *after(const char *u, const char *prefix)
{
    size_t n = strlen(prefix);
    return strncmp(u, prefix, n) == 0 ? u + n : NULL;
}

int32_t lexs_lookup_name(const char *name, size_t n)
{
    char u[128];
    if (n == 0 || n >= sizeof u)
        return -1;
    for (size_t i = 0; i < n; i++)
        u[i] = (char)toupper((unsigned char)name[i]);
    u[n] = '\0';
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(u, names[i].name) == 0)
            return (int32_t)names[i].cp;
    const char *r;
    if ((r = after(u, "LATIN SMALL LETTER ")) && r[0] >= 'A' && r[0] <= 'Z' && !r[1])
        return r[0] - 'A' + 'a';
    if ((r = after(u, "LATIN CAPITAL LETTER ")) && r[0] >= 'A' && r[0] <= 'Z' && !r[1])
        return r[0];
    if ((r = after(u, "DIGIT ")))
        for (int i = 0; i < 10; i++)
            if (strcmp(r, digits[i]) == 0)
                return '0' + i;
    bool small = false;
    if ((r = after(u, "GREEK SMALL LETTER ")))
        small = true;
    else
        r = after(u, "GREEK CAPITAL LETTER ");
    if (r) {
        for (int i = 0; i < (int)(sizeof greek / sizeof *greek); i++) {
            if (strcmp(r, greek[i]) == 0) {
                if (!small && i == 17)  /* no capital final sigma */
                    return -1;
                return (small ? 0x3B1 : 0x391) + i;
            }
        }
    }
    if ((r = after(u, "CJK UNIFIED IDEOGRAPH-"))) {
        size_t k = strlen(r);
        if (k == 4 || k == 5) {
            uint32_t cp = 0;
            for (size_t i = 0; i < k; i++) {
                if (!isxdigit((unsigned char)r[i]))
                    return -1;
                cp = cp * 16 + (uint32_t)(isdigit((unsigned char)r[i]) ? r[i] - '0' : r[i] - 'A' + 10);
            }
            if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x20000 && cp <= 0x2A6DF))
                return (int32_t)cp;
        }
    }
    return -1;
}

/* ---- literal decoding ------------------------------------------------- */

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* CPython first rewrites every non-ASCII character of a str literal as a
 * \U escape (and a backslash before one, or at the very end, as \u005c),
 * then runs the unicode-escape codec; error positions refer to that
 * rewritten text, so we build it too. */
static char *escape_non_ascii(Arena *a, const char *s, size_t n, size_t *outn)
{
    char *buf = arena_alloc(a, n * 6 + 16);
    if (!buf)
        return NULL;
    char *p = buf;
    const char *end = s + n;
    while (s < end) {
        if (*s == '\\') {
            *p++ = *s++;
            if (s >= end || (*s & 0x80)) {
                memcpy(p, "u005c", 5);
                p += 5;
                if (s >= end)
                    break;
            }
        }
        if (*s & 0x80) {
            int len;
            int32_t cp = lexs_utf8_decode((const unsigned char *)s, (size_t)(end - s), &len);
            if (cp < 0)
                cp = 0xFFFD;
            p += sprintf(p, "\\U%08x", (unsigned)cp);
            s += len;
        } else {
            *p++ = *s++;
        }
    }
    *outn = (size_t)(p - buf);
    return buf;
}

static int decode_str(Arena *a, const char *s, size_t n, char **out, size_t *outn,
                      char *msg, size_t msgsz)
{
    size_t tn;
    const char *t = escape_non_ascii(a, s, n, &tn);
    char *o = t ? arena_alloc(a, tn + 1) : NULL;
    if (!o) {
        snprintf(msg, msgsz, "out of memory");
        return -1;
    }
    char *p = o;
    const char *starts = t, *end = t + tn;
    s = t;
    while (s < end) {
        if (*s != '\\') {
            *p++ = *s++;
            continue;
        }
        size_t startpos = (size_t)(s - starts);
        const char *message;
        s++;
        if (s >= end) {
            message = "\\ at end of string";
            goto error;
        }
        int c = (unsigned char)*s++;
        uint32_t ch;
        int count;
        switch (c) {
        case '\n': continue;
        case '\\': *p++ = '\\'; continue;
        case '\'': *p++ = '\''; continue;
        case '"': *p++ = '"'; continue;
        case 'b': *p++ = '\b'; continue;
        case 'f': *p++ = '\f'; continue;
        case 't': *p++ = '\t'; continue;
        case 'n': *p++ = '\n'; continue;
        case 'r': *p++ = '\r'; continue;
        case 'v': *p++ = '\v'; continue;
        case 'a': *p++ = '\a'; continue;
        case '0': case '1': case '2': case '3':
        case '4': case '5': case '6': case '7':
            ch = (uint32_t)(c - '0');
            if (s < end && *s >= '0' && *s <= '7') {
                ch = (ch << 3) + (uint32_t)(*s++ - '0');
                if (s < end && *s >= '0' && *s <= '7')
                    ch = (ch << 3) + (uint32_t)(*s++ - '0');
            }
            p += lexs_utf8_encode(ch, p);
            continue;
        case 'x': count = 2; message = "truncated \\xXX escape"; goto hexescape;
        case 'u': count = 4; message = "truncated \\uXXXX escape"; goto hexescape;
        case 'U': count = 8; message = "truncated \\UXXXXXXXX escape";
        hexescape:
            for (ch = 0; count; ++s, --count) {
                if (s >= end)
                    goto error;
                int h = hexval((unsigned char)*s);
                if (h < 0)
                    goto error;
                ch = (ch << 4) + (uint32_t)h;
            }
            if (ch > 0x10FFFF) {
                message = "illegal Unicode character";
                goto error;
            }
            p += lexs_utf8_encode(ch, p);
            continue;
        case 'N':
            message = "malformed \\N character escape";
            if (s >= end)
                goto error;
            if (*s == '{') {
                const char *start = ++s;
                while (s < end && *s != '}')
                    s++;
                if (s >= end)
                    goto error;
                size_t namelen = (size_t)(s - start);
                if (namelen) {
                    s++;
                    int32_t cp = lexs_lookup_name(start, namelen);
                    if (cp >= 0) {
                        p += lexs_utf8_encode((uint32_t)cp, p);
                        continue;
                    }
                    message = "unknown Unicode character name";
                }
            }
            goto error;
        default:
            *p++ = '\\';
            *p++ = (char)c;
            continue;
        }
    error:;
        size_t endpos = (size_t)(s - starts);
        if (endpos - startpos <= 1)
            snprintf(msg, msgsz, "(unicode error) 'unicodeescape' codec can't decode "
                     "byte 0x%02x in position %zu: %s",
                     (unsigned char)starts[startpos], startpos, message);
        else
            snprintf(msg, msgsz, "(unicode error) 'unicodeescape' codec can't decode "
                     "bytes in position %zu-%zu: %s", startpos, endpos - 1, message);
        return -1;
    }
    *p = '\0';
    *out = o;
    *outn = (size_t)(p - o);
    return 0;
}

static int decode_bytes(Arena *a, const char *s, size_t n, char **out, size_t *outn,
                        char *msg, size_t msgsz)
{
    char *o = arena_alloc(a, n + 1);
    if (!o) {
        snprintf(msg, msgsz, "out of memory");
        return -1;
    }
    char *p = o;
    const char *starts = s, *end = s + n;
    while (s < end) {
        if (*s != '\\') {
            *p++ = *s++;
            continue;
        }
        s++;
        if (s >= end) {
            snprintf(msg, msgsz, "(value error) Trailing \\ in string");
            return -1;
        }
        int c = (unsigned char)*s++;
        switch (c) {
        case '\n': break;
        case '\\': *p++ = '\\'; break;
        case '\'': *p++ = '\''; break;
        case '"': *p++ = '"'; break;
        case 'b': *p++ = '\b'; break;
        case 'f': *p++ = '\f'; break;
        case 't': *p++ = '\t'; break;
        case 'n': *p++ = '\n'; break;
        case 'r': *p++ = '\r'; break;
        case 'v': *p++ = '\v'; break;
        case 'a': *p++ = '\a'; break;
        case '0': case '1': case '2': case '3':
        case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            if (s < end && *s >= '0' && *s <= '7') {
                v = (v << 3) + (unsigned)(*s++ - '0');
                if (s < end && *s >= '0' && *s <= '7')
                    v = (v << 3) + (unsigned)(*s++ - '0');
            }
            *p++ = (char)(v & 0xFF);
            break;
        }
        case 'x':
            if (s + 1 < end && hexval((unsigned char)s[0]) >= 0
                && hexval((unsigned char)s[1]) >= 0) {
                *p++ = (char)(hexval((unsigned char)s[0]) * 16 + hexval((unsigned char)s[1]));
                s += 2;
                break;
            }
            snprintf(msg, msgsz, "(value error) invalid \\x escape at position %zu",
                     (size_t)(s - 2 - starts));
            return -1;
        default:
            *p++ = '\\';
            s--;
            break;
        }
    }
    *p = '\0';
    *out = o;
    *outn = (size_t)(p - o);
    return 0;
}

int lexs_decode(Arena *a, const char *s, size_t n, bool bytes, bool raw,
                char **out, size_t *outn, char *msg, size_t msgsz,
                bool *bytes_ascii_err)
{
    *bytes_ascii_err = false;
    if (bytes) {
        for (size_t i = 0; i < n; i++) {
            if ((unsigned char)s[i] >= 0x80) {
                snprintf(msg, msgsz, "bytes can only contain ASCII literal characters");
                *bytes_ascii_err = true;
                return -1;
            }
        }
    }
    if (raw || !memchr(s, '\\', n)) {
        char *o = arena_strndup(a, s, n);
        if (!o) {
            snprintf(msg, msgsz, "out of memory");
            return -1;
        }
        *out = o;
        *outn = n;
        return 0;
    }
    return bytes ? decode_bytes(a, s, n, out, outn, msg, msgsz)
                 : decode_str(a, s, n, out, outn, msg, msgsz);
}
