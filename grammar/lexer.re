/* lexer.re — garter's tokenizer (re2c).  Turns source text into the token
 * stream the bison parser reads: NEWLINE/INDENT/DEDENT from an indent stack,
 * literals decoded into the lexer's arena, f-strings split into
 * FSTRING_START / FSTRING_MIDDLE / replacement fields / FSTRING_END.
 *
 * The logic follows CPython 3.11's Parser/tokenizer.c (tok_get) and, for
 * f-strings, Parser/string_parser.c (fstring_find_literal/_expr), so that
 * the same inputs fail with the same messages at the same places.
 *
 * Buffers: the source is copied once, normalised (\r\n and \r become \n, a
 * BOM is dropped, a final \n is added) and NUL-terminated, which is re2c's
 * sentinel.  The expression part of an f-string replacement field is copied
 * into its own NUL-terminated arena buffer and scanned there; every such
 * frame knows the distance (delta) from its buffer back to the source, so
 * token positions are exact.  Interface and token contract: parse/lex.h. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "parse/lex.h"
#include "parse/lex_string.h"

#define TABSIZE 8
#define ALTTABSIZE 1

enum { FR_FSTR, FR_EXPR };
/* Where an f-string frame stands inside a replacement field. */
enum { PH_LIT, PH_AFTER_EXPR, PH_AFTER_EQ, PH_CONV, PH_AFTER_CONV, PH_AFTER_SPEC };

typedef struct Frame {
    int kind;
    const char *pos;        /* next unread character (frame buffer) */
    const char *end;        /* FSTR: end of the contents; EXPR: unused */
    ptrdiff_t delta;        /* main buffer address = frame address + delta */
    int phase, lvl;         /* FSTR: field phase, format-spec nesting level */
    bool raw, spec;         /* FSTR: r prefix; this frame is a format spec */
    const char *close;      /* FSTR: the closing quotes */
    int qsize;
} Frame;

enum { STOP_NONE, STOP_NUL, STOP_UTF8 };

struct Lexer {
    char *src;              /* normalised source (pristine: lex_line, texts) */
    char *buf;              /* scanning copy: src with a NUL at a bad line */
    size_t len;
    const char *end;        /* buf + len: the real end of input */
    char *filename;
    Arena *arena;
    size_t *lines;          /* start offset of line i+1; lines[nlines] = len */
    int nlines;
    int hint;               /* line lookup cache */
    const char *cur;        /* main cursor */
    const char *linebuf;    /* start of the lines CPython would hold in its
                               buffer (for its continuation-error columns) */
    bool atbol;
    int pendin;
    int indent;
    int indstack[LEX_MAXINDENT + 1], altindstack[LEX_MAXINDENT + 1];
    int level;
    char parenstack[LEX_MAXLEVEL];
    const char *parenpos[LEX_MAXLEVEL];
    Frame *frames;
    int nframes, capframes;
    const char *ferrpos;    /* where errors inside the current f-string point */
    int stop_kind;          /* a line we may not read: NUL byte, bad UTF-8 */
    int stop_line;
    unsigned char stop_byte;
    SyntaxErr err;
    bool has_err;
    bool byte_cols;         /* parser-raised errors count bytes (scripts) */
    bool eof_incomplete;
};

/* ---- positions -------------------------------------------------------- */

/* 1-based line holding main-buffer offset off. */
static int line_of(Lexer *lx, size_t off)
{
    int h = lx->hint;
    if (h < 0 || h > lx->nlines)
        h = 0;
    if (lx->lines[h] <= off && (h == lx->nlines || off < lx->lines[h + 1]))
        return h + 1;
    int lo = 0, hi = lx->nlines;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (lx->lines[mid] <= off)
            lo = mid;
        else
            hi = mid - 1;
    }
    lx->hint = lo;
    return lo + 1;
}

static const char *line_start(Lexer *lx, int line)
{
    return lx->buf + lx->lines[line - 1];
}

static void set_loc(Lexer *lx, YYLTYPE *loc, const char *a, const char *b)
{
    int la = line_of(lx, (size_t)(a - lx->buf));
    loc->first_line = la;
    loc->first_column = (int)(a - line_start(lx, la));
    /* The end belongs to the line of the token's last character, so a
     * NEWLINE ends at (line, col + 1) rather than at the next line. */
    int lb = b > a ? line_of(lx, (size_t)(b - 1 - lx->buf)) : la;
    loc->last_line = lb;
    loc->last_column = (int)(b - line_start(lx, lb));
}

/* Pointer into the pristine source for a main-buffer pointer. */
static const char *src_of(Lexer *lx, const char *p)
{
    return lx->src + (p - lx->buf);
}

/* ---- errors ----------------------------------------------------------- */

static char *line_text(Lexer *lx, int line)
{
    size_t n;
    const char *s = lex_line(lx, line, &n);
    if (!s)
        return NULL;
    return arena_strndup(lx->arena, s, strnlen(s, n));
}

static int fail_vrange(Lexer *lx, int kind, int line, int col1, int eline, int ecol1,
                       const char *fmt, va_list ap)
{
    if (lx->has_err)
        return LEXERROR;
    lx->has_err = true;
    lx->err.kind = kind;
    vsnprintf(lx->err.msg, sizeof lx->err.msg, fmt, ap);
    lx->err.lineno = line;
    lx->err.col_offset = col1;
    lx->err.end_lineno = eline;
    lx->err.end_col_offset = ecol1;
    lx->err.text = line > 0 ? line_text(lx, line) : NULL;
    return LEXERROR;
}

static int fail_range(Lexer *lx, int kind, int line, int col1, int eline, int ecol1,
                      const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fail_vrange(lx, kind, line, col1, eline, ecol1, fmt, ap);
    va_end(ap);
    return LEXERROR;
}

/* 1-based character offset of the character just before p (CPython's
 * offset for "the tokenizer stopped at p"), and its line. */
static int chars_before(Lexer *lx, const char *p, int *line)
{
    size_t off = (size_t)(p - lx->buf);
    int l = line_of(lx, off > 0 ? off - 1 : 0);
    *line = l;
    const char *ls = line_start(lx, l);
    return syntaxerr_chars(ls, (size_t)(p - ls));
}

/* As chars_before, for the errors CPython raises from its parser rather
 * than its tokenizer: for a script those columns stay in bytes (3.11 does
 * not convert them when reading a file), for strings they are characters. */
static int pegen_before(Lexer *lx, const char *p, int *line)
{
    if (!lx->byte_cols)
        return chars_before(lx, p, line);
    size_t off = (size_t)(p - lx->buf);
    *line = line_of(lx, off > 0 ? off - 1 : 0);
    return (int)(p - line_start(lx, *line));
}

/* Column count of s[0..n) in the unit pegen_before uses. */
static int pegen_cols(Lexer *lx, const char *s, size_t n)
{
    return lx->byte_cols ? (int)n : syntaxerr_chars(s, n);
}

/* An error where CPython's tokenizer reports it: on the character before p
 * (a main-buffer pointer). */
static int fail_at(Lexer *lx, int kind, const char *p, const char *fmt, ...)
{
    int line, col = chars_before(lx, p, &line);
    va_list ap;
    va_start(ap, fmt);
    fail_vrange(lx, kind, line, col, line, col, fmt, ap);
    va_end(ap);
    return LEXERROR;
}

/* An error reported, as CPython's parser does, on the token after the
 * literal being processed (lx->ferrpos). */
static int fail_literal(Lexer *lx, const char *fmt, ...)
{
    int line, col = pegen_before(lx, lx->ferrpos + 1, &line);
    va_list ap;
    va_start(ap, fmt);
    fail_vrange(lx, SE_SYNTAX, line, col, line, col, fmt, ap);
    va_end(ap);
    return LEXERROR;
}

/* The error for reaching the line that cannot be read. */
static int fail_stop(Lexer *lx)
{
    if (lx->stop_kind == STOP_NUL)
        return fail_range(lx, SE_SYNTAX, lx->stop_line, 0, lx->stop_line, 0,
                          "source code cannot contain null bytes");
    return fail_range(lx, SE_SYNTAX, 0, 0, 0, 0,
                      "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                      "but no encoding declared; see https://peps.python.org/pep-0263/ "
                      "for details", lx->stop_byte, lx->filename, lx->stop_line);
}

/* ---- construction ----------------------------------------------------- */

Lexer *lex_new(const char *src, size_t len, const char *filename)
{
    Lexer *lx = calloc(1, sizeof *lx);
    if (!lx)
        return NULL;
    lx->arena = arena_new();
    lx->filename = strdup(filename ? filename : "<unknown>");
    if (!lx->arena || !lx->filename) {
        lex_free(lx);
        return NULL;
    }
    /* A latin-1 coding cookie on line 1 or 2: re-encode as UTF-8 first
     * (other declared encodings besides UTF-8 are refused as CPython
     * refuses unknown ones). */
    char *recoded = NULL;
    const char *bad_enc = NULL;
    char enc[64];
    for (size_t ls = 0, ln = 0; ls < len && ln < 2; ln++) {
        const char *nl = memchr(src + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - src) : len;
        if (lexs_coding_cookie(src + ls, le - ls, enc, sizeof enc)) {
            if (strncmp(enc, "utf-8", 5) == 0 || strcmp(enc, "utf8") == 0
                || strcmp(enc, "ascii") == 0 || strcmp(enc, "us-ascii") == 0) {
                break;
            } else if (strcmp(enc, "latin-1") == 0 || strcmp(enc, "latin1") == 0
                       || strcmp(enc, "iso-8859-1") == 0 || strcmp(enc, "iso8859-1") == 0
                       || strcmp(enc, "iso-latin-1") == 0 || strcmp(enc, "l1") == 0) {
                recoded = malloc(len * 2 + 1);
                if (!recoded) {
                    lex_free(lx);
                    return NULL;
                }
                size_t o = 0;
                for (size_t k = 0; k < len; k++)
                    o += (size_t)lexs_utf8_encode((unsigned char)src[k], recoded + o);
                src = recoded;
                len = o;
            } else {
                bad_enc = enc;
            }
            break;
        }
        /* line 2 counts only after a comment or blank line 1 */
        size_t k = ls;
        while (k < le && (src[k] == ' ' || src[k] == '\t' || src[k] == '\f' || src[k] == '\r'))
            k++;
        if (k < le && src[k] != '#')
            break;
        ls = le + 1;
    }
    if (!(lx->src = malloc(len + 2)) || !(lx->buf = malloc(len + 2))) {
        free(recoded);
        lex_free(lx);
        return NULL;
    }
    size_t i = 0, n = 0;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    for (; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            if (i + 1 < len && src[i + 1] == '\n')
                i++;
            c = '\n';
        }
        lx->src[n++] = c;
    }
    if (n > 0 && lx->src[n - 1] != '\n')
        lx->src[n++] = '\n';
    lx->src[n] = '\0';
    lx->len = n;
    free(recoded);
    memcpy(lx->buf, lx->src, n + 1);
    lx->end = lx->buf + n;

    int nl = 0;
    for (size_t k = 0; k < n; k++)
        if (lx->src[k] == '\n')
            nl++;
    lx->lines = malloc(sizeof(size_t) * (size_t)(nl + 2));
    if (!lx->lines) {
        lex_free(lx);
        return NULL;
    }
    int li = 0;
    lx->lines[li++] = 0;
    for (size_t k = 0; k < n; k++)
        if (lx->src[k] == '\n')
            lx->lines[li++] = k + 1;
    lx->nlines = nl;        /* lines[nl] == n: the empty place after the end */

    /* A NUL byte or invalid UTF-8 makes its whole line unreadable, as CPython
     * reads and decodes line by line: cut the scanning copy there. */
    size_t nul = strnlen(lx->src, n);
    size_t bad = lexs_utf8_check((const unsigned char *)lx->src, n);
    size_t stop = nul < bad ? nul : bad;
    if (stop < n) {
        lx->stop_kind = nul <= bad ? STOP_NUL : STOP_UTF8;
        lx->stop_byte = (unsigned char)lx->src[stop];
        lx->stop_line = line_of(lx, stop);
        lx->buf[lx->lines[lx->stop_line - 1]] = '\0';
    }
    lx->byte_cols = lx->filename[0] != '<';
    if (bad_enc)
        fail_range(lx, SE_SYNTAX, 0, 0, 0, 0, "encoding problem: %s", bad_enc);
    lx->cur = lx->buf;
    lx->linebuf = lx->buf;
    lx->atbol = true;
    return lx;
}

void lex_free(Lexer *lx)
{
    if (!lx)
        return;
    arena_free(lx->arena);
    free(lx->filename);
    free(lx->src);
    free(lx->buf);
    free(lx->lines);
    free(lx->frames);
    free(lx);
}

const SyntaxErr *lex_error(Lexer *lx)
{
    return lx->has_err ? &lx->err : NULL;
}

Arena *lex_arena(Lexer *lx)
{
    return lx->arena;
}

void *lex_arena_alloc(Lexer *lx, size_t n)
{
    return arena_alloc(lx->arena, n);
}

const char *lex_line(Lexer *lx, int lineno, size_t *len)
{
    if (lineno < 1 || lineno > lx->nlines)
        return NULL;
    size_t a = lx->lines[lineno - 1], b = lx->lines[lineno];
    if (len)
        *len = b - a - 1;
    return lx->src + a;
}

bool lex_byte_columns(Lexer *lx)
{
    return lx->byte_cols;
}

bool lex_hit_eof_incomplete(Lexer *lx)
{
    return lx->eof_incomplete;
}

void lex_set_error(Lexer *lx, SyntaxErr *e, int kind, int line, int col,
                   int end_line, int end_col, const char *msg)
{
    memset(e, 0, sizeof *e);
    e->kind = kind;
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    e->lineno = line;
    e->end_lineno = end_line;
    size_t n;
    const char *s = lex_line(lx, line, &n);
    e->text = s ? arena_strndup(lx->arena, s, strnlen(s, n)) : NULL;
    e->col_offset = col < 0 ? col : (s ? syntaxerr_chars(s, (size_t)col < n ? (size_t)col : n) : col) + 1;
    size_t en;
    const char *es = lex_line(lx, end_line, &en);
    e->end_col_offset = end_col < 0 ? end_col
        : (es ? syntaxerr_chars(es, (size_t)end_col < en ? (size_t)end_col : en) : end_col) + 1;
}

/* ---- frames ----------------------------------------------------------- */

static Frame *push_frame(Lexer *lx)
{
    if (lx->nframes == lx->capframes) {
        int cap = lx->capframes ? lx->capframes * 2 : 8;
        Frame *nf = realloc(lx->frames, sizeof(Frame) * (size_t)cap);
        if (!nf)
            return NULL;
        lx->frames = nf;
        lx->capframes = cap;
    }
    Frame *f = &lx->frames[lx->nframes++];
    memset(f, 0, sizeof *f);
    return f;
}

/* ---- strings ---------------------------------------------------------- */

/* Finds the end of the string literal whose opening quote is at q, exactly
 * as tok_get does.  Returns the position after the closing quotes, or NULL
 * at an unterminated literal (*nl says it stopped at a newline). */
static const char *string_end(const char *q, int *qsize, const char **body, bool *nl)
{
    char quote = *q;
    const char *p = q + 1;
    int qs = 1, endq = 0;
    if (*p == quote) {
        p++;
        if (*p == quote) {
            p++;
            qs = 3;
        } else {
            endq = 1;
        }
    }
    *qsize = qs;
    *body = qs == 3 ? q + 3 : q + 1;
    *nl = false;
    while (endq != qs) {
        char c = *p;
        if (c == '\0' || (qs == 1 && c == '\n')) {
            *nl = c == '\n';
            *body = p;          /* where scanning stopped */
            return NULL;
        }
        p++;
        if (c == quote) {
            endq++;
        } else {
            endq = 0;
            if (c == '\\' && *p)
                p++;
        }
    }
    return p;
}

/* Main-buffer position of the token after the literal ending at p, which
 * is where CPython's parser reports errors found while processing it
 * (adjacent literals are one atom, so they are skipped too). */
static const char *token_after(Lexer *lx, const char *p)
{
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\f')
            p++;
        if (*p == '#')
            while (*p && *p != '\n')
                p++;
        if (*p == '\\' && p[1] == '\n') {
            p += 2;
            continue;
        }
        if (*p == '\n' && lx->level > 0) {
            p++;
            continue;
        }
        const char *q = p;
        for (int k = 0; k < 2 && strchr("rRbBuUfF", *q) && *q; k++)
            q++;
        if (*q == '\'' || *q == '"') {
            int qs;
            const char *body;
            bool nl;
            const char *e = string_end(q, &qs, &body, &nl);
            if (e) {
                p = e;
                continue;
            }
        }
        return p;
    }
}

/* Decodes a literal body into lval; on failure reports CPython's error. */
static int decode_into(Lexer *lx, const char *s, size_t n, bool bytes, bool raw,
                       const char *tok_a, const char *tok_b, char **out, size_t *outn)
{
    char msg[256];
    bool ascii_err;
    if (lexs_decode(lx->arena, s, n, bytes, raw, out, outn, msg, sizeof msg, &ascii_err) == 0)
        return 0;
    if (ascii_err) {
        int l1, l2;
        int c1 = pegen_before(lx, tok_a + 1, &l1);
        chars_before(lx, tok_b, &l2);
        /* CPython leaves this end column in bytes */
        int c2 = (int)(tok_b - line_start(lx, l2)) + 1;
        return fail_range(lx, SE_SYNTAX, l1, c1, l2, c2, "%s", msg);
    }
    return fail_literal(lx, "%s", msg);
}

static int scan_string(Lexer *lx, const char *tokstart, const char *q, const char **pend,
                       ptrdiff_t delta, YYSTYPE *lval, YYLTYPE *lloc)
{
    unsigned flags = 0;
    bool fstr = false;
    for (const char *c = tokstart; c < q; c++) {
        switch (*c) {
        case 'r': case 'R': flags |= TOKF_RAW; break;
        case 'b': case 'B': flags |= TOKF_BYTES; break;
        case 'u': case 'U': flags |= TOKF_UNICODE; break;
        default: fstr = true; break;
        }
    }
    int qs;
    const char *body;
    bool nl;
    const char *e = string_end(q, &qs, &body, &nl);
    if (!e) {
        if (!nl && body + delta < lx->end && delta == 0)
            return fail_stop(lx);
        int l, dl;
        int col = chars_before(lx, tokstart + delta + 1, &l);
        const char *stopped = body + delta;
        dl = line_of(lx, (size_t)((nl ? stopped : stopped - 1) - lx->buf));
        if (qs == 3) {
            if (delta == 0)
                lx->eof_incomplete = true;
            return fail_range(lx, SE_SYNTAX, l, col, l, col,
                              "unterminated triple-quoted string literal (detected at line %d)", dl);
        }
        return fail_range(lx, SE_SYNTAX, l, col, l, col,
                          "unterminated string literal (detected at line %d)", dl);
    }
    if (qs == 3)
        flags |= TOKF_TRIPLE;
    *pend = e;
    if (fstr) {
        if (lx->nframes == 0)
            lx->ferrpos = token_after(lx, e);
        Frame *f = push_frame(lx);
        if (!f)
            return fail_at(lx, SE_SYNTAX, tokstart + delta + 1, "out of memory");
        f->kind = FR_FSTR;
        f->pos = body;
        f->end = e - qs;
        f->close = e - qs;
        f->qsize = qs;
        f->delta = delta;
        f->raw = (flags & TOKF_RAW) != 0;
        f->phase = PH_LIT;
        lval->tok.s = src_of(lx, tokstart + delta);
        lval->tok.n = (size_t)(body - tokstart);
        lval->tok.flags = flags;
        set_loc(lx, lloc, tokstart + delta, body + delta);
        return FSTRING_START;
    }
    if (lx->nframes == 0)
        lx->ferrpos = token_after(lx, e);
    char *out;
    size_t outn;
    if (decode_into(lx, body, (size_t)(e - qs - body), (flags & TOKF_BYTES) != 0,
                    (flags & TOKF_RAW) != 0, tokstart + delta, e + delta, &out, &outn) != 0)
        return LEXERROR;
    lval->tok.s = out;
    lval->tok.n = outn;
    lval->tok.flags = flags;
    set_loc(lx, lloc, tokstart + delta, e + delta);
    return STRING;
}

/* ---- numbers (a port of tok_get's number scanning) -------------------- */

#define NEXT() (c = *p ? (unsigned char)*p++ : -1)
#define BACKUP(ch) do { if ((ch) != -1) p--; } while (0)
#define ISDIGIT(ch) ((ch) >= '0' && (ch) <= '9')
#define ISXDIGIT(ch) (ISDIGIT(ch) || ((ch) >= 'a' && (ch) <= 'f') || ((ch) >= 'A' && (ch) <= 'F'))
#define IDCHAR(ch) (((ch) >= 'a' && (ch) <= 'z') || ((ch) >= 'A' && (ch) <= 'Z') \
                    || ISDIGIT(ch) || (ch) == '_' || (ch) >= 128)

/* Whether test follows at p as a whole word (tokenizer.c's lookahead). */
static bool lookahead(const char *p, const char *test)
{
    size_t n = strlen(test);
    if (strncmp(p, test, n) != 0)
        return false;
    int c = (unsigned char)p[n];
    return !(c && IDCHAR(c));
}

/* verify_end_of_number: a literal directly followed by a keyword that can
 * follow a number ("1if x else y") is allowed; any other identifier
 * character is an error.  p points after c. */
static bool end_of_number_ok(int c, const char *p)
{
    if (c == 'a') return lookahead(p, "nd");
    if (c == 'e') return lookahead(p, "lse");
    if (c == 'f') return lookahead(p, "or");
    if (c == 'i') return *p == 'f' || *p == 'n' || *p == 's';
    if (c == 'o') return lookahead(p, "r");
    if (c == 'n') return lookahead(p, "ot");
    return !(c != -1 && IDCHAR(c));
}

static int scan_number(Lexer *lx, const char *start, const char **pend, ptrdiff_t delta,
                       unsigned *flags)
{
    const char *p = start;
    int c;
    bool isfloat = false;
    const char *kind = "decimal";
#define NUMERR(...) return fail_at(lx, SE_SYNTAX, p + delta, __VA_ARGS__)
#define DECIMAL_TAIL() do { \
        for (;;) { \
            do { NEXT(); } while (ISDIGIT(c)); \
            if (c != '_') break; \
            NEXT(); \
            if (!ISDIGIT(c)) { BACKUP(c); NUMERR("invalid decimal literal"); } \
        } } while (0)
#define VERIFY_END(k) do { \
        if (!end_of_number_ok(c, p)) { BACKUP(c); NUMERR("invalid %s literal", (k)); } \
    } while (0)

    NEXT();
    if (c == '.') {
        NEXT();
        goto fraction;
    }
    if (c == '0') {
        NEXT();
        if (c == 'x' || c == 'X') {
            NEXT();
            do {
                if (c == '_')
                    NEXT();
                if (!ISXDIGIT(c)) {
                    BACKUP(c);
                    NUMERR("invalid hexadecimal literal");
                }
                do { NEXT(); } while (ISXDIGIT(c));
            } while (c == '_');
            VERIFY_END("hexadecimal");
        } else if (c == 'o' || c == 'O') {
            NEXT();
            do {
                if (c == '_')
                    NEXT();
                if (c < '0' || c >= '8') {
                    if (ISDIGIT(c))
                        NUMERR("invalid digit '%c' in octal literal", c);
                    BACKUP(c);
                    NUMERR("invalid octal literal");
                }
                do { NEXT(); } while (c >= '0' && c < '8');
            } while (c == '_');
            if (ISDIGIT(c))
                NUMERR("invalid digit '%c' in octal literal", c);
            VERIFY_END("octal");
        } else if (c == 'b' || c == 'B') {
            NEXT();
            do {
                if (c == '_')
                    NEXT();
                if (c != '0' && c != '1') {
                    if (ISDIGIT(c))
                        NUMERR("invalid digit '%c' in binary literal", c);
                    BACKUP(c);
                    NUMERR("invalid binary literal");
                }
                do { NEXT(); } while (c == '0' || c == '1');
            } while (c == '_');
            if (ISDIGIT(c))
                NUMERR("invalid digit '%c' in binary literal", c);
            VERIFY_END("binary");
        } else {
            bool nonzero = false;
            for (;;) {
                if (c == '_') {
                    NEXT();
                    if (!ISDIGIT(c)) {
                        BACKUP(c);
                        NUMERR("invalid decimal literal");
                    }
                }
                if (c != '0')
                    break;
                NEXT();
            }
            const char *zeros_end = p;
            if (ISDIGIT(c)) {
                nonzero = true;
                DECIMAL_TAIL();
            }
            if (c == '.') {
                NEXT();
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero) {
                BACKUP(c);
                int l1, l2;
                int c1 = chars_before(lx, start + delta + 1, &l1);
                int c2 = chars_before(lx, zeros_end + delta, &l2);
                return fail_range(lx, SE_SYNTAX, l1, c1, l1, c2,
                                  "leading zeros in decimal integer literals are not "
                                  "permitted; use an 0o prefix for octal integers");
            }
            VERIFY_END("decimal");
        }
    } else {
        DECIMAL_TAIL();
        if (c == '.') {
            NEXT();
        fraction:
            isfloat = true;
            if (ISDIGIT(c)) {
                BACKUP(c);
                DECIMAL_TAIL();
            }
        }
        if (c == 'e' || c == 'E') {
            int e;
        exponent:
            e = c;
            NEXT();
            if (c == '+' || c == '-') {
                NEXT();
                if (!ISDIGIT(c)) {
                    BACKUP(c);
                    NUMERR("invalid decimal literal");
                }
            } else if (!ISDIGIT(c)) {
                BACKUP(c);
                p--;        /* back before the 'e': "1else" is 1 else */
                if (!end_of_number_ok(e, p + 1))
                    NUMERR("invalid %s literal", kind);
                *pend = p;
                *flags = isfloat ? TOKF_FLOAT : TOKF_INT;
                return 0;
            }
            isfloat = true;
            BACKUP(c);
            DECIMAL_TAIL();
        }
        if (c == 'j' || c == 'J') {
        imaginary:
            NEXT();
            VERIFY_END("imaginary");
            BACKUP(c);
            {
                int l1, l2;
                int c1 = chars_before(lx, start + delta + 1, &l1);
                int c2 = chars_before(lx, p + delta, &l2) + 1;
                return fail_range(lx, SE_SYNTAX, l1, c1, l1, c2,
                                  "imaginary literals are not supported");
            }
        }
        VERIFY_END("decimal");
    }
    BACKUP(c);
    *pend = p;
    *flags = isfloat ? TOKF_FLOAT : TOKF_INT;
    return 0;
#undef NUMERR
#undef DECIMAL_TAIL
#undef VERIFY_END
}

/* ---- one token -------------------------------------------------------- */

/* Checks a NAME with non-ASCII characters as _PyUnicode_ScanIdentifier. */
static int verify_identifier(Lexer *lx, const char *a, const char *b, ptrdiff_t delta)
{
    const unsigned char *s = (const unsigned char *)a;
    bool first = true;
    while (s < (const unsigned char *)b) {
        int len;
        int32_t cp = lexs_utf8_decode(s, (size_t)((const unsigned char *)b - s), &len);
        if (cp < 0)
            cp = 0xFFFD;
        if (!lexs_is_xid((uint32_t)cp, first)) {
            const char *after = (const char *)s + len + delta;
            if (lexs_is_printable((uint32_t)cp))
                return fail_at(lx, SE_SYNTAX, after, "invalid character '%.*s' (U+%04X)",
                               len, (const char *)s, (unsigned)cp);
            return fail_at(lx, SE_SYNTAX, after, "invalid non-printable character U+%04X",
                           (unsigned)cp);
        }
        first = false;
        s += len;
    }
    return 0;
}

/* Scans the token at *pp (not whitespace, not NUL) in a buffer whose
 * addresses map to the main buffer by +delta; in_expr means inside an
 * f-string expression (brackets were checked by the field pre-scan). */
static int scan_one(Lexer *lx, const char **pp, ptrdiff_t delta, bool in_expr,
                    YYSTYPE *lval, YYLTYPE *lloc)
{
    const unsigned char *YYCURSOR = (const unsigned char *)*pp, *YYMARKER = YYCURSOR;
    const char *start = *pp;
    int tok;
    /*!re2c
      re2c:yyfill:enable = 0;
      re2c:define:YYCTYPE = "unsigned char";
      re2c:indent:top = 1;

      id_start = [a-zA-Z_\x80-\xff];
      id_cont  = [a-zA-Z0-9_\x80-\xff];
      prefix   = [rRuUfFbB] | [rR][bBfF] | [bBfF][rR];

      "False"    { tok = FALSE; goto keyword; }
      "None"     { tok = NONE; goto keyword; }
      "True"     { tok = TRUE; goto keyword; }
      "and"      { tok = AND; goto keyword; }
      "as"       { tok = AS; goto keyword; }
      "assert"   { tok = ASSERT; goto keyword; }
      "async"    { tok = ASYNC; goto keyword; }
      "await"    { tok = AWAIT; goto keyword; }
      "break"    { tok = BREAK; goto keyword; }
      "class"    { tok = CLASS; goto keyword; }
      "continue" { tok = CONTINUE; goto keyword; }
      "def"      { tok = DEF; goto keyword; }
      "del"      { tok = DEL; goto keyword; }
      "elif"     { tok = ELIF; goto keyword; }
      "else"     { tok = ELSE; goto keyword; }
      "except"   { tok = EXCEPT; goto keyword; }
      "finally"  { tok = FINALLY; goto keyword; }
      "for"      { tok = FOR; goto keyword; }
      "from"     { tok = FROM; goto keyword; }
      "global"   { tok = GLOBAL; goto keyword; }
      "if"       { tok = IF; goto keyword; }
      "import"   { tok = IMPORT; goto keyword; }
      "in"       { tok = IN; goto keyword; }
      "is"       { tok = IS; goto keyword; }
      "lambda"   { tok = LAMBDA; goto keyword; }
      "nonlocal" { tok = NONLOCAL; goto keyword; }
      "not"      { tok = NOT; goto keyword; }
      "or"       { tok = OR; goto keyword; }
      "pass"     { tok = PASS; goto keyword; }
      "raise"    { tok = RAISE; goto keyword; }
      "return"   { tok = RETURN; goto keyword; }
      "try"      { tok = TRY; goto keyword; }
      "while"    { tok = WHILE; goto keyword; }
      "with"     { tok = WITH; goto keyword; }
      "yield"    { tok = YIELD; goto keyword; }

      id_start id_cont*  { goto name; }
      prefix? ['"]       { goto string; }
      [0-9] | "." [0-9]  { goto number; }

      "->"   { tok = ARROW; goto op; }
      "**"   { tok = POWER; goto op; }
      "//"   { tok = FLOORDIV; goto op; }
      "<<"   { tok = LSHIFT; goto op; }
      ">>"   { tok = RSHIFT; goto op; }
      "<="   { tok = LE; goto op; }
      ">="   { tok = GE; goto op; }
      "=="   { tok = EQ; goto op; }
      "!="   { tok = NE; goto op; }
      "<>"   { tok = LTGT; goto op; }   /* one token the grammar never takes */
      ":="   { tok = COLONEQ; goto op; }
      "..."  { tok = ELLIPSIS; goto op; }
      "+="   { tok = PLUSEQ; goto op; }
      "-="   { tok = MINUSEQ; goto op; }
      "*="   { tok = STAREQ; goto op; }
      "/="   { tok = SLASHEQ; goto op; }
      "//="  { tok = DSLASHEQ; goto op; }
      "%="   { tok = PERCENTEQ; goto op; }
      "@="   { tok = ATEQ; goto op; }
      "&="   { tok = AMPEQ; goto op; }
      "|="   { tok = PIPEEQ; goto op; }
      "^="   { tok = CARETEQ; goto op; }
      "<<="  { tok = LSHIFTEQ; goto op; }
      ">>="  { tok = RSHIFTEQ; goto op; }
      "**="  { tok = POWEQ; goto op; }

      [([{]  { goto open; }
      [)\]}] { goto close; }
      [,:;.+\-*/%@&|^~<>=!] { tok = (unsigned char)*start; goto op; }
      *      { goto other; }
    */

keyword:
    lval->tok.s = src_of(lx, start + delta);
    lval->tok.n = (size_t)((const char *)YYCURSOR - start);
    *pp = (const char *)YYCURSOR;
    set_loc(lx, lloc, start + delta, (const char *)YYCURSOR + delta);
    return tok;

name:
    for (const char *c = start; c < (const char *)YYCURSOR; c++) {
        if ((unsigned char)*c >= 0x80) {
            if (verify_identifier(lx, start, (const char *)YYCURSOR, delta) != 0)
                return LEXERROR;
            break;
        }
    }
    tok = NAME;
    goto keyword;

string: {
    const char *q = (const char *)YYCURSOR - 1;
    return scan_string(lx, start, q, pp, delta, lval, lloc);
}

number: {
    const char *e = start;
    unsigned flags = 0;
    if (scan_number(lx, start, &e, delta, &flags) != 0)
        return LEXERROR;
    lval->tok.s = src_of(lx, start + delta);
    lval->tok.n = (size_t)(e - start);
    lval->tok.flags = flags;
    *pp = e;
    set_loc(lx, lloc, start + delta, e + delta);
    return NUMBER;
}

open:
    tok = (unsigned char)*start;
    if (!in_expr) {
        if (lx->level >= LEX_MAXLEVEL)
            return fail_at(lx, SE_SYNTAX, start + 1, "too many nested parentheses");
        lx->parenstack[lx->level] = (char)tok;
        lx->parenpos[lx->level] = start;
        lx->level++;
    }
    goto op;

close:
    tok = (unsigned char)*start;
    if (!in_expr) {
        if (!lx->level)
            return fail_at(lx, SE_SYNTAX, start + 1, "unmatched '%c'", tok);
        lx->level--;
        int opening = lx->parenstack[lx->level];
        if (!((opening == '(' && tok == ')') || (opening == '[' && tok == ']')
              || (opening == '{' && tok == '}'))) {
            int oline = line_of(lx, (size_t)(lx->parenpos[lx->level] - lx->buf));
            int cline = line_of(lx, (size_t)(start - lx->buf));
            if (oline != cline)
                return fail_at(lx, SE_SYNTAX, start + 1,
                               "closing parenthesis '%c' does not match opening "
                               "parenthesis '%c' on line %d", tok, opening, oline);
            return fail_at(lx, SE_SYNTAX, start + 1,
                           "closing parenthesis '%c' does not match opening "
                           "parenthesis '%c'", tok, opening);
        }
    }
    goto op;

other:
    tok = (unsigned char)*start;
    if (tok == '\\')
        return fail_at(lx, SE_SYNTAX, start + delta + 1,
                       "f-string expression part cannot include a backslash");
    if (tok < 0x20 || tok == 0x7F)
        return fail_at(lx, SE_SYNTAX, start + delta + 1,
                       "invalid non-printable character U+%04X", tok);
    /* '$', '?', '`': returned as themselves; the parser rejects them. */
    YYCURSOR = (const unsigned char *)start + 1;
    goto op;

op:
    lval->tok.s = src_of(lx, start + delta);
    lval->tok.n = (size_t)((const char *)YYCURSOR - start);
    *pp = (const char *)YYCURSOR;
    set_loc(lx, lloc, start + delta, (const char *)YYCURSOR + delta);
    return tok;
}

/* ---- f-strings -------------------------------------------------------- */

/* The scanning part of CPython's fstring_find_expr: finds where the
 * expression starting at s ends ('!', ':', '}' or '=' at depth 0), with
 * its errors.  Returns NULL after reporting an error. */
static const char *field_prescan(Lexer *lx, const char *s, const char *end)
{
    char quote_char = 0;
    int string_type = 0, depth = 0;
    char parens[LEX_MAXLEVEL];
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') {
            fail_literal(lx, "f-string expression part cannot include a backslash");
            return NULL;
        }
        if (quote_char) {
            if (ch == quote_char) {
                if (string_type == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        string_type = 0;
                        quote_char = 0;
                    }
                } else {
                    string_type = 0;
                    quote_char = 0;
                }
            }
        } else if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                string_type = 3;
                s += 2;
            } else {
                string_type = 1;
            }
            quote_char = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= LEX_MAXLEVEL) {
                fail_literal(lx, "f-string: too many nested parenthesis");
                return NULL;
            }
            parens[depth++] = ch;
        } else if (ch == '#') {
            fail_literal(lx, "f-string expression part cannot include '#'");
            return NULL;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '='
                                  || ch == '>' || ch == '<')) {
            if (s + 1 < end) {
                char next = s[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=')
                    || (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    s++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) {
                fail_literal(lx, "f-string: unmatched '%c'", ch);
                return NULL;
            }
            char opening = parens[--depth];
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']')
                  || (opening == '{' && ch == '}'))) {
                fail_literal(lx, "f-string: closing parenthesis '%c' does not match "
                             "opening parenthesis '%c'", ch, opening);
                return NULL;
            }
        }
    }
    if (quote_char) {
        fail_literal(lx, "f-string: unterminated string");
        return NULL;
    }
    if (depth) {
        fail_literal(lx, "f-string: unmatched '%c'", parens[depth - 1]);
        return NULL;
    }
    if (s >= end) {
        fail_literal(lx, "f-string: expecting '}'");
        return NULL;
    }
    return s;
}

/* Appends the decoded piece s[0..n) to the growing literal *acc. */
static int append_piece(Lexer *lx, Frame *f, const char *s, size_t n, char **acc,
                        size_t *accn, size_t *cap)
{
    char *out;
    size_t outn;
    if (n == 0)
        return 0;
    if (decode_into(lx, s, n, false, f->raw, s + f->delta, s + n + f->delta, &out, &outn) != 0)
        return -1;
    if (*accn + outn + 1 > *cap) {
        size_t ncap = (*accn + outn + 1) * 2;
        char *nb = arena_alloc(lx->arena, ncap);
        if (!nb)
            return -1;
        if (*accn)
            memcpy(nb, *acc, *accn);
        *acc = nb;
        *cap = ncap;
    }
    memcpy(*acc + *accn, out, outn);
    *accn += outn;
    (*acc)[*accn] = '\0';
    return 0;
}

/* fstring_find_literal: the literal text up to an unescaped '{', a '}' that
 * closes a format spec, or the end.  Returns FSTRING_MIDDLE, 0 if there was
 * no text, or LEXERROR. */
static int fstring_literal(Lexer *lx, Frame *f, YYSTYPE *lval, YYLTYPE *lloc)
{
    const char *s = f->pos, *end = f->end, *start = s, *piece = s;
    char *acc = NULL;
    size_t accn = 0, cap = 0;
    while (s < end) {
        char ch = *s++;
        if (!f->raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (f->lvl == 0) {
                if (s < end && *s == ch) {
                    if (append_piece(lx, f, piece, (size_t)(s - piece), &acc, &accn, &cap) < 0)
                        return LEXERROR;
                    piece = ++s;
                    continue;
                }
                if (ch == '}')
                    return fail_literal(lx, "f-string: single '}' is not allowed");
            }
            s--;
            break;
        }
    }
    if (append_piece(lx, f, piece, (size_t)(s - piece), &acc, &accn, &cap) < 0)
        return LEXERROR;
    f->pos = s;
    if (s == start)
        return 0;
    lval->tok.s = acc ? acc : "";
    lval->tok.n = accn;
    lval->tok.flags = TOKF_INFSTR | (f->raw ? TOKF_RAW : 0);
    set_loc(lx, lloc, start + f->delta, s + f->delta);
    return FSTRING_MIDDLE;
}

/* At the '{' of a replacement field: checks the field as CPython does
 * before compiling it, emits '{' and pushes a frame for the expression. */
static int fstring_field(Lexer *lx, int fi, YYSTYPE *lval, YYLTYPE *lloc)
{
    Frame *f = &lx->frames[fi];
    if (f->lvl >= 2)
        return fail_literal(lx, "f-string: expressions nested too deeply");
    const char *brace = f->pos, *es = brace + 1;
    const char *ee = field_prescan(lx, es, f->end);
    if (!ee)
        return LEXERROR;
    const char *k = es;
    while (k < ee && (*k == ' ' || *k == '\t' || *k == '\n' || *k == '\f'))
        k++;
    if (k == ee) {
        if (*ee == '!' || *ee == ':' || *ee == '=')
            return fail_literal(lx, "f-string: expression required before '%c'", *ee);
        return fail_literal(lx, "f-string: empty expression not allowed");
    }
    char *copy = arena_strndup(lx->arena, es, (size_t)(ee - es));
    if (!copy)
        return fail_literal(lx, "out of memory");
    ptrdiff_t delta = f->delta;
    f->pos = ee;
    f->phase = PH_AFTER_EXPR;
    lval->tok.s = src_of(lx, es + delta);
    lval->tok.n = (size_t)(ee - es);
    lval->tok.flags = TOKF_FIELD | TOKF_INFSTR;
    set_loc(lx, lloc, brace + delta, es + delta);
    Frame *x = push_frame(lx);
    if (!x)
        return fail_literal(lx, "out of memory");
    x->kind = FR_EXPR;
    x->pos = copy;
    x->delta = (es + delta) - copy;
    return '{';
}

static int emit_char(Lexer *lx, Frame *f, const char *p, size_t n, int tok, unsigned flags,
                     YYSTYPE *lval, YYLTYPE *lloc)
{
    lval->tok.s = src_of(lx, p + f->delta);
    lval->tok.n = n;
    lval->tok.flags = flags | TOKF_INFSTR;
    set_loc(lx, lloc, p + f->delta, p + 1 + f->delta);
    return tok;
}

/* Next token from the innermost frame; -1 when that frame just ended. */
static int frame_next(Lexer *lx, YYSTYPE *lval, YYLTYPE *lloc)
{
    int fi = lx->nframes - 1;
    Frame *f = &lx->frames[fi];
    if (f->kind == FR_EXPR) {
        const char *p = f->pos;
        while (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\n')
            p++;
        if (*p == '\0') {
            lx->nframes--;
            return -1;
        }
        int tok = scan_one(lx, &p, f->delta, true, lval, lloc);
        lx->frames[fi].pos = p;       /* scan_one may have pushed frames */
        lval->tok.flags |= TOKF_INFSTR;
        return tok;
    }
    const char *p = f->pos, *end = f->end;
    switch (f->phase) {
    case PH_LIT:
        if (p >= end) {
            if (f->spec)
                return fail_literal(lx, "f-string: expecting '}'");
            lval->tok.s = src_of(lx, f->close + f->delta);
            lval->tok.n = (size_t)f->qsize;
            lval->tok.flags = TOKF_INFSTR;
            set_loc(lx, lloc, f->close + f->delta, f->close + f->qsize + f->delta);
            lx->nframes--;
            return FSTRING_END;
        }
        {
            int tok = fstring_literal(lx, f, lval, lloc);
            if (tok)
                return tok;
        }
        /* No literal text: we stand at a field's '{', a spec's closing '}'
         * or the end. */
        p = f->pos;
        if (p < end && *p == '{')
            return fstring_field(lx, fi, lval, lloc);
        if (p < end && *p == '}' && f->spec) {
            lx->frames[fi - 1].pos = p;
            lx->nframes--;
        }
        return -1;
    case PH_AFTER_EXPR:
        if (*p == '=') {
            const char *q = p + 1;
            while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'
                               || *q == '\f' || *q == '\v'))
                q++;
            if (q >= end)
                return fail_literal(lx, "f-string: expecting '}'");
            f->pos = q;
            f->phase = PH_AFTER_EQ;
            return emit_char(lx, f, p, (size_t)(q - p), '=', TOKF_FIELD, lval, lloc);
        }
        /* fall through */
    case PH_AFTER_EQ:
        if (*p == '!') {
            if (p + 1 >= end)
                return fail_literal(lx, "f-string: expecting '}'");
            f->pos = p + 1;
            f->phase = PH_CONV;
            return emit_char(lx, f, p, 1, '!', 0, lval, lloc);
        }
        f->phase = PH_AFTER_CONV;
        return -1;
    case PH_CONV:
        if (*p != 's' && *p != 'r' && *p != 'a')
            return fail_literal(lx, "f-string: invalid conversion character: "
                                "expected 's', 'r', or 'a'");
        f->pos = p + 1;
        f->phase = PH_AFTER_CONV;
        return emit_char(lx, f, p, 1, NAME, 0, lval, lloc);
    case PH_AFTER_CONV:
        if (p < end && *p == ':') {
            if (p + 1 >= end)
                return fail_literal(lx, "f-string: expecting '}'");
            f->pos = p + 1;
            f->phase = PH_AFTER_SPEC;
            int tok = emit_char(lx, f, p, 1, ':', 0, lval, lloc);
            Frame old = *f;
            Frame *s = push_frame(lx);
            if (!s)
                return fail_literal(lx, "out of memory");
            s->kind = FR_FSTR;
            s->pos = old.pos;
            s->end = old.end;
            s->delta = old.delta;
            s->raw = old.raw;
            s->spec = true;
            s->lvl = old.lvl + 1;
            s->phase = PH_LIT;
            return tok;
        }
        f->phase = PH_AFTER_SPEC;
        /* fall through */
    case PH_AFTER_SPEC:
        if (p >= end || *p != '}')
            return fail_literal(lx, "f-string: expecting '}'");
        f->pos = p + 1;
        f->phase = PH_LIT;
        return emit_char(lx, f, p, 1, '}', 0, lval, lloc);
    }
    return -1;
}

/* ---- the main loop (tok_get) ------------------------------------------ */

/* At a backslash in the main buffer: a continuation line, or an error. */
static int continuation(Lexer *lx, const char **pp)
{
    const char *p = *pp;
    if (p[1] != '\n') {
        const char *after = p[1] ? p + 2 : p + 1;
        int line;
        chars_before(lx, after, &line);
        /* CPython measures from the start of its line buffer, which still
         * holds earlier continued lines, then clips to the error line. */
        const char *bs = lx->linebuf;
        int col = pegen_cols(lx, bs, (size_t)(after - 1 - bs)) + 1;
        size_t n;
        const char *ls = lex_line(lx, line, &n);
        if (ls && col > pegen_cols(lx, ls, n) + 1)
            col = pegen_cols(lx, ls, n) + 1;
        fail_range(lx, SE_SYNTAX, line, col, line, -1,
                   "unexpected character after line continuation character");
        return -1;
    }
    p += 2;
    if (*p == '\0') {
        if (p < lx->end) {
            fail_stop(lx);
            return -1;
        }
        lx->eof_incomplete = true;
        int line;
        int col = pegen_before(lx, p - 1, &line) + 1;
        fail_range(lx, SE_SYNTAX, line, col, line, -1, "unexpected EOF while parsing");
        return -1;
    }
    *pp = p;
    return 0;
}

static int main_next(Lexer *lx, YYSTYPE *lval, YYLTYPE *lloc)
{
    const char *p;
    bool blankline;
nextline:
    blankline = false;
    if (lx->atbol) {
        int col = 0, altcol = 0, cont_line_col = 0;
        lx->atbol = false;
        p = lx->cur;
        lx->linebuf = p;
        if (*p == '\0' && p < lx->end)
            return fail_stop(lx);
        for (;;) {
            char c = *p;
            if (c == ' ') {
                col++, altcol++;
                p++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
                p++;
            } else if (c == '\f') {
                col = altcol = 0;
                p++;
            } else if (c == '\\') {
                cont_line_col = cont_line_col ? cont_line_col : col;
                if (continuation(lx, &p) < 0)
                    return LEXERROR;
            } else {
                break;
            }
        }
        lx->cur = p;
        if (*p == '#' || *p == '\n')
            blankline = true;
        if (!blankline && lx->level == 0) {
            int line = line_of(lx, (size_t)(p - lx->buf));
            col = cont_line_col ? cont_line_col : col;
            altcol = cont_line_col ? cont_line_col : altcol;
            if (col == lx->indstack[lx->indent]) {
                if (altcol != lx->altindstack[lx->indent])
                    goto tab_error;
            } else if (col > lx->indstack[lx->indent]) {
                if (lx->indent + 1 >= LEX_MAXINDENT)
                    return fail_range(lx, SE_INDENT, line, 1, line, -1,
                                      "too many levels of indentation");
                if (altcol <= lx->altindstack[lx->indent])
                    goto tab_error;
                lx->pendin++;
                lx->indstack[++lx->indent] = col;
                lx->altindstack[lx->indent] = altcol;
            } else {
                while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
                    lx->pendin--;
                    lx->indent--;
                }
                if (col != lx->indstack[lx->indent]) {
                    size_t n;
                    const char *s = lex_line(lx, line, &n);
                    int c1 = s ? pegen_cols(lx, s, n) + 1 : 1;
                    return fail_range(lx, SE_INDENT, line, c1, line, -1,
                                      "unindent does not match any outer indentation level");
                }
                if (altcol != lx->altindstack[lx->indent])
                    goto tab_error;
            }
        }
    }
    p = lx->cur;
    if (lx->pendin != 0) {
        const char *ls = line_start(lx, line_of(lx, (size_t)(p - lx->buf)));
        lval->tok.s = src_of(lx, p);
        lval->tok.n = 0;
        if (lx->pendin < 0) {
            lx->pendin++;
            set_loc(lx, lloc, p, p);
            return DEDENT;
        }
        lx->pendin--;
        set_loc(lx, lloc, ls, p);
        return INDENT;
    }
again:
    p = lx->cur;
    while (*p == ' ' || *p == '\t' || *p == '\f')
        p++;
    if (*p == '#')
        while (*p && *p != '\n')
            p++;
    if (*p == '\0') {
        lx->cur = p;
        if (p < lx->end)
            return fail_stop(lx);
        if (lx->level) {
            lx->eof_incomplete = true;
            int line, col = pegen_before(lx, lx->parenpos[lx->level - 1] + 1, &line);
            return fail_range(lx, SE_SYNTAX, line, col, line, 0, "'%c' was never closed",
                              lx->parenstack[lx->level - 1]);
        }
        lval->tok.s = src_of(lx, p);
        lval->tok.n = 0;
        set_loc(lx, lloc, p, p);
        return 0;
    }
    if (*p == '\n') {
        lx->atbol = true;
        lx->cur = p + 1;
        if (blankline || lx->level > 0)
            goto nextline;
        lval->tok.s = src_of(lx, p);
        lval->tok.n = 1;
        set_loc(lx, lloc, p, p + 1);
        return NEWLINE;
    }
    if (*p == '\\') {
        if (continuation(lx, &p) < 0)
            return LEXERROR;
        lx->cur = p;
        goto again;
    }
    int tok = scan_one(lx, &p, 0, false, lval, lloc);
    lx->cur = p;
    return tok;

tab_error: {
    int line = line_of(lx, (size_t)(lx->cur - lx->buf));
    return fail_range(lx, SE_TAB, line, 1, line, 0,
                      "inconsistent use of tabs and spaces in indentation");
}
}

int lex_next(YYSTYPE *lval, YYLTYPE *lloc, Lexer *lx)
{
    memset(&lval->tok, 0, sizeof lval->tok);
    for (;;) {
        if (lx->has_err)
            return LEXERROR;
        if (lx->nframes == 0)
            return main_next(lx, lval, lloc);
        int tok = frame_next(lx, lval, lloc);
        if (tok != -1)
            return tok;
    }
}
