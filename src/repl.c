/* repl.c — the interactive prompt, after CPython 3.11's REPL.
 *
 * Owns: reading lines (libedit on a terminal: emacs keys, ^R search,
 * persistent history, auto-indent, bracketed paste, Tab completion through
 * repl_complete.c; plain prompts on stderr when stdin is not a terminal),
 * assembling them into one statement, and deciding with the real parser
 * whether it is complete, still open (`... `), or wrong.  Running a
 * statement and printing its errors is runtime/run_interactive.c's job.
 *
 * A statement is complete when it parses in "single" mode, except that a
 * compound statement waits for an empty line, as in CPython.  An empty
 * line ends the statement unless the lexer says the input stopped inside
 * brackets, a string or after a backslash. */
#include <errno.h>
#include <histedit.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "parse/ast.h"
#include "parse/parse.h"
#include "parser.h"               /* bison's token numbers, for lex_next */
#include "repl.h"
#include "runtime/errors.h"
#include "runtime/run_interactive.h"
#include "runtime/signals.h"
#include "objects/dict.h"
#include "objects/str.h"

#ifndef GARTER_VERSION
#define GARTER_VERSION "0.1.0"
#endif

#define REPL_HISTSIZE 1000
#define REPL_INDENT 4

enum { RL_OK, RL_EOF, RL_INTR };

typedef struct Repl {
    Object *globals;
    int tty;                    /* libedit in use */
    EditLine *el;
    History *hist;
    HistEvent hev;
    char *histfile;             /* NULL: history is not saved */
    char prompt[256];
    char indent[256];           /* auto-indent offered on the next line */
    /* keystrokes fed ahead of the terminal (auto-indent text) */
    char *preload;
    size_t preload_pos;
    /* complete lines from a bracketed paste, served before the terminal */
    char **pending;
    int npending, headpending, cappending;
    char *paste_tail;           /* text after a paste's last newline */
    int from_paste;             /* the line just read came from a paste */
    int paste_restart;          /* el_gets ended by a paste: use the queue */
    int tabs;                   /* consecutive Tab presses */
    int autoindent;             /* GARTER_AUTOINDENT=0 turns it off */
} Repl;

static Repl R;

/* ---- small helpers ------------------------------------------------------ */

/* Copies sys.<name> (str of it) into buf, or dflt when sys lacks it. */
static void repl_sys_prompt(const char *name, const char *dflt, char *buf, size_t cap)
{
    Object *v = rt_sys_attr(name);
    Object *s = v ? obj_str(v) : NULL;
    XDECREF(v);
    if (!s) {
        err_clear();
        snprintf(buf, cap, "%s", dflt);
        return;
    }
    snprintf(buf, cap, "%s", STR_UTF8(s));
    DECREF(s);
}

static int is_blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\f')
            return 0;
    return 1;
}

/* Appends a line to a growable string; 0/-1. */
static int buf_append(char **buf, size_t *len, size_t *cap, const char *s, size_t n)
{
    if (*len + n + 2 > *cap) {
        size_t nc = (*cap ? *cap * 2 : 256);
        while (nc < *len + n + 2)
            nc *= 2;
        char *nb = realloc(*buf, nc);
        if (!nb)
            return -1;
        *buf = nb;
        *cap = nc;
    }
    memcpy(*buf + *len, s, n);
    *len += n;
    (*buf)[*len] = '\0';
    return 0;
}

/* ---- paste queue -------------------------------------------------------- */

static int queue_push(const char *s, size_t n)
{
    if (R.npending == R.cappending) {
        int nc = R.cappending ? R.cappending * 2 : 16;
        char **np = realloc(R.pending, sizeof(char *) * (size_t)nc);
        if (!np)
            return -1;
        R.pending = np;
        R.cappending = nc;
    }
    char *c = strndup(s, n);
    if (!c)
        return -1;
    R.pending[R.npending++] = c;
    return 0;
}

static char *queue_pop(void)
{
    if (R.headpending >= R.npending)
        return NULL;
    char *s = R.pending[R.headpending++];
    if (R.headpending == R.npending)
        R.headpending = R.npending = 0;
    return s;
}

static void queue_clear(void)
{
    while (R.headpending < R.npending)
        free(R.pending[R.headpending++]);
    R.headpending = R.npending = 0;
    free(R.paste_tail);
    R.paste_tail = NULL;
}

/* ---- libedit callbacks -------------------------------------------------- */

static char *repl_el_prompt(EditLine *e)
{
    (void)e;
    return R.prompt;
}

/* Reads one byte from the terminal; 1, 0 at end of input, -1 on error or
 * when SIGINT arrived (rt_pending_interrupt stays set for the caller). */
static int read_byte(unsigned char *c)
{
    for (;;) {
        ssize_t n = read(STDIN_FILENO, c, 1);
        if (n == 1)
            return 1;
        if (n == 0)
            return 0;
        if (errno == EINTR) {
            if (rt_pending_interrupt)
                return -1;
            continue;
        }
        return -1;
    }
}

/* libedit's character source: preloaded auto-indent text first, then the
 * terminal, decoding UTF-8 ourselves so SIGINT can end the read. */
static int repl_el_getc(EditLine *e, wchar_t *wc)
{
    (void)e;
    unsigned char c;
    if (R.preload) {
        if (R.preload[R.preload_pos]) {
            *wc = (unsigned char)R.preload[R.preload_pos++];
            return 1;
        }
        free(R.preload);
        R.preload = NULL;
    }
    int r = read_byte(&c);
    if (r <= 0)
        return r;
    if (c != '\t')
        R.tabs = 0;         /* Tab presses count only when consecutive */
    int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    uint32_t cp = more == 3 ? c & 0x07 : more == 2 ? c & 0x0f : more == 1 ? c & 0x1f : c;
    for (int i = 0; i < more; i++) {
        unsigned char d;
        if ((r = read_byte(&d)) <= 0)
            return r;
        cp = (cp << 6) | (d & 0x3f);
    }
    *wc = (wchar_t)cp;
    return 1;
}

/* Reads the pasted text up to ESC [ 2 0 1 ~ into a malloc'd string. */
static char *read_paste(EditLine *e)
{
    static const char end[] = "\x1b[201~";
    size_t len = 0, cap = 0;
    char *buf = NULL;
    wchar_t wc;
    if (buf_append(&buf, &len, &cap, "", 0) < 0)
        return NULL;
    while (el_wgetc(e, &wc) == 1) {
        char mb[8];
        size_t n;
        uint32_t cp = (uint32_t)wc;
        if (cp < 0x80) { mb[0] = (char)cp; n = 1; }
        else if (cp < 0x800) { mb[0] = (char)(0xc0 | cp >> 6); mb[1] = (char)(0x80 | (cp & 0x3f)); n = 2; }
        else if (cp < 0x10000) { mb[0] = (char)(0xe0 | cp >> 12); mb[1] = (char)(0x80 | ((cp >> 6) & 0x3f)); mb[2] = (char)(0x80 | (cp & 0x3f)); n = 3; }
        else { mb[0] = (char)(0xf0 | cp >> 18); mb[1] = (char)(0x80 | ((cp >> 12) & 0x3f)); mb[2] = (char)(0x80 | ((cp >> 6) & 0x3f)); mb[3] = (char)(0x80 | (cp & 0x3f)); n = 4; }
        if (mb[0] == '\r')
            mb[0] = '\n';
        if (buf_append(&buf, &len, &cap, mb, n) < 0)
            break;
        if (len >= 6 && !memcmp(buf + len - 6, end, 6)) {
            len -= 6;
            buf[len] = '\0';
            return buf;
        }
    }
    return buf;
}

/* Bound to ESC [ 2 0 0 ~ (bracketed paste start).  A paste without a
 * newline is inserted as text; otherwise its first line completes the
 * current one and the other lines are queued to be run as if typed (no
 * auto-indent is added to them, and any auto-indent already on the current
 * line is dropped so indentation is not doubled). */
static unsigned char repl_el_paste(EditLine *e, int ch)
{
    (void)ch;
    char *text = read_paste(e);
    if (!text)
        return CC_ERROR;
    char *nl = strchr(text, '\n');
    const LineInfo *li = el_line(e);
    if (nl) {
        /* Everything typed on this line so far, minus an auto-indent,
         * becomes the start of the first pasted line. */
        size_t have = (size_t)(li->lastchar - li->buffer);
        int only_ws = 1;
        for (const char *p = li->buffer; p < li->lastchar; p++)
            if (*p != ' ' && *p != '\t')
                only_ws = 0;
        char *first = NULL;
        if (!only_ws && asprintf(&first, "%.*s%.*s", (int)have, li->buffer,
                                 (int)(nl - text), text) < 0)
            first = NULL;
        if (first) {
            queue_push(first, strlen(first));
            free(first);
        } else {
            queue_push(text, (size_t)(nl - text));
        }
        el_cursor(e, (int)have);
        el_deletestr(e, (int)have);
        char *p = nl + 1;
        char *q;
        while ((q = strchr(p, '\n'))) {
            queue_push(p, (size_t)(q - p));
            p = q + 1;
        }
        if (*p)
            R.paste_tail = strdup(p);
        free(text);
        /* read_line redraws the lines itself, starting on this one */
        fputs("\r\x1b[K", stdout);
        fflush(stdout);
        R.paste_restart = 1;
        return CC_NEWLINE;
    }
    for (char *p = text; *p; p++)
        if ((unsigned char)*p < 0x20 && *p != '\t')
            *p = ' ';
    el_insertstr(e, text);
    free(text);
    return CC_REFRESH;
}

/* ^D: end of input on an empty line (silently, unlike libedit's own
 * binding, which echoes "^D"); otherwise delete the character under the
 * cursor. */
static unsigned char repl_el_eof(EditLine *e, int ch)
{
    (void)ch;
    const LineInfo *li = el_line(e);
    if (li->lastchar == li->buffer)
        return CC_EOF;
    if (li->cursor == li->lastchar)
        return CC_ERROR;
    el_cursor(e, 1);
    el_deletestr(e, 1);
    return CC_REFRESH;
}

/* Prints candidates in columns below the line (second Tab). */
static void print_columns(char **c, int n, size_t skip)
{
    size_t w = 0;
    for (int i = 0; i < n; i++) {
        size_t l = strlen(c[i] + skip);
        if (l > w)
            w = l;
    }
    w += 2;
    int cols = (int)(80 / w);
    if (cols < 1)
        cols = 1;
    int rows = (n + cols - 1) / cols;
    fputc('\n', stdout);
    for (int r = 0; r < rows; r++) {
        for (int k = 0; k < cols; k++) {
            int i = k * rows + r;
            if (i >= n)
                break;
            const char *s = c[i] + skip;
            int last = k == cols - 1 || (k + 1) * rows + r >= n;
            if (last)
                fputs(s, stdout);
            else
                fprintf(stdout, "%-*s", (int)w, s);
        }
        fputc('\n', stdout);
    }
    fflush(stdout);
}

/* Tab: at the start of a line (only blanks before the cursor) inserts an
 * indent; otherwise completes the word before the cursor (the common prefix
 * of all candidates), and on a second Tab with nothing to add lists them. */
static unsigned char repl_el_complete(EditLine *e, int ch)
{
    (void)ch;
    const LineInfo *li = el_line(e);
    size_t cursor = (size_t)(li->cursor - li->buffer);
    char *line = strndup(li->buffer, (size_t)(li->lastchar - li->buffer));
    if (!line)
        return CC_ERROR;
    int blank = 1;
    for (size_t i = 0; i < cursor; i++)
        if (line[i] != ' ' && line[i] != '\t')
            blank = 0;
    if (blank) {
        free(line);
        R.tabs = 0;
        el_insertstr(e, "    ");
        return CC_REFRESH;
    }
    size_t start = cursor;
    char **c = NULL;
    int n = repl_complete(R.globals, line, cursor, &start, &c);
    err_clear();
    unsigned char rc = CC_REFRESH_BEEP;
    size_t have = cursor - start;
    if (n > 0) {
        size_t pre = strlen(c[0]);
        for (int i = 1; i < n; i++) {
            size_t k = 0;
            while (k < pre && c[i][k] == c[0][k])
                k++;
            pre = k;
        }
        if (pre > have) {
            char *add = strndup(c[0] + have, pre - have);
            if (add) {
                el_insertstr(e, add);
                free(add);
            }
            R.tabs = 1;
            rc = CC_REFRESH;
        } else if (n > 1 && R.tabs >= 1) {
            /* list the candidates by their last dotted part, as CPython */
            size_t skip = 0;
            const char *dot = memrchr(line + start, '.', have);
            if (dot)
                skip = (size_t)(dot + 1 - (line + start));
            print_columns(c, n, skip);
            R.tabs = 0;
            rc = CC_REDISPLAY;
        } else {
            R.tabs = 1;
            rc = n > 1 ? CC_REFRESH_BEEP : CC_REFRESH;
        }
    } else {
        R.tabs = 0;
    }
    repl_free_candidates(c, n);
    free(line);
    return rc;
}

/* ---- history ------------------------------------------------------------ */

static void history_setup(void)
{
    R.hist = history_init();
    if (!R.hist)
        return;
    history(R.hist, &R.hev, H_SETSIZE, REPL_HISTSIZE);
    history(R.hist, &R.hev, H_SETUNIQUE, 1);
    const char *env = getenv("GARTER_HISTFILE");
    if (env) {
        if (*env)
            R.histfile = strdup(env);
    } else {
        const char *home = getenv("HOME");
        if (home && *home && asprintf(&R.histfile, "%s/.garter_history", home) < 0)
            R.histfile = NULL;
    }
    if (R.histfile)
        history(R.hist, &R.hev, H_LOAD, R.histfile);
}

static void history_add(const char *line)
{
    if (!R.hist || is_blank(line))
        return;
    history(R.hist, &R.hev, H_ENTER, line);
}

static void history_save(void)
{
    if (R.hist && R.histfile)
        history(R.hist, &R.hev, H_SAVE, R.histfile);
}

/* ---- setting up the terminal ------------------------------------------- */

static int editline_setup(void)
{
    const char *loc = setlocale(LC_CTYPE, "");
    if (!loc || !strcmp(loc, "C") || !strcmp(loc, "POSIX"))
        setlocale(LC_CTYPE, "C.UTF-8");
    R.el = el_init("garter", stdin, stdout, stderr);
    if (!R.el)
        return -1;
    el_set(R.el, EL_EDITOR, "emacs");
    el_set(R.el, EL_PROMPT, repl_el_prompt);
    el_set(R.el, EL_SIGNAL, 0);
    el_set(R.el, EL_GETCFN, repl_el_getc);
    history_setup();
    if (R.hist)
        el_set(R.el, EL_HIST, history, R.hist);
    el_set(R.el, EL_ADDFN, "garter-complete", "complete a name or attribute", repl_el_complete);
    el_set(R.el, EL_ADDFN, "garter-paste", "bracketed paste", repl_el_paste);
    el_set(R.el, EL_ADDFN, "garter-eof", "end of input or delete", repl_el_eof);
    el_set(R.el, EL_BIND, "^I", "garter-complete", NULL);
    el_set(R.el, EL_BIND, "^D", "garter-eof", NULL);
    el_set(R.el, EL_BIND, "\\e[200~", "garter-paste", NULL);
    el_set(R.el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_set(R.el, EL_BIND, "^S", "em-inc-search-next", NULL);
    el_set(R.el, EL_BIND, "\\e[1;5C", "em-next-word", NULL);
    el_set(R.el, EL_BIND, "\\e[1;5D", "ed-prev-word", NULL);
    el_set(R.el, EL_BIND, "\\e[3~", "ed-delete-next-char", NULL);
    el_source(R.el, NULL);
    return 0;
}

static void editline_teardown(void)
{
    history_save();
    if (R.el)
        el_end(R.el);
    if (R.hist)
        history_end(R.hist);
    R.el = NULL;
    R.hist = NULL;
    free(R.histfile);
    R.histfile = NULL;
    free(R.preload);
    R.preload = NULL;
    queue_clear();
    free(R.pending);
    R.pending = NULL;
    R.cappending = 0;
}

/* ---- reading one line --------------------------------------------------- */

/* A malloc'd line without its newline, or NULL with *status RL_EOF/RL_INTR. */
static char *read_line(const char *prompt, int *status)
{
    *status = RL_OK;
    R.from_paste = 0;
    char *q = queue_pop();
    if (q) {
        /* a pasted line: show it as if typed */
        fprintf(stdout, "%s%s\n", prompt, q);
        fflush(stdout);
        history_add(q);
        R.from_paste = 1;
        return q;
    }
    if (!R.tty) {
        fputs(prompt, stderr);
        fflush(stderr);
        char *line = NULL;
        size_t cap = 0;
        errno = 0;
        ssize_t n = getline(&line, &cap, stdin);
        if (n < 0) {
            free(line);
            if (rt_pending_interrupt) {
                rt_clear_interrupt();
                clearerr(stdin);
                *status = RL_INTR;
            } else {
                *status = RL_EOF;
            }
            return NULL;
        }
        if (n > 0 && line[n - 1] == '\n')
            line[--n] = '\0';
        if (n > 0 && line[n - 1] == '\r')
            line[--n] = '\0';
        return line;
    }
    snprintf(R.prompt, sizeof R.prompt, "%s", prompt);
    free(R.preload);
    R.preload = NULL;
    R.preload_pos = 0;
    if (R.paste_tail) {
        R.preload = R.paste_tail;
        R.paste_tail = NULL;
    } else if (R.indent[0]) {
        R.preload = strdup(R.indent);
    }
    R.tabs = 0;
    rt_clear_interrupt();
    fputs("\x1b[?2004h", stdout);
    fflush(stdout);
    int count = 0;
    const char *s = el_gets(R.el, &count);
    fputs("\x1b[?2004l", stdout);
    fflush(stdout);
    free(R.preload);
    R.preload = NULL;
    if (R.paste_restart) {
        /* the paste erased this prompt's line: show its first line here */
        R.paste_restart = 0;
        q = queue_pop();
        if (q) {
            fprintf(stdout, "%s%s\n", prompt, q);
            fflush(stdout);
            history_add(q);
            R.from_paste = 1;
            return q;
        }
    }
    if (!s || count <= 0) {
        if (rt_pending_interrupt) {
            rt_clear_interrupt();
            *status = RL_INTR;
        } else {
            *status = RL_EOF;
        }
        return NULL;
    }
    size_t n = (size_t)count;
    while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    char *line = strndup(s, n);
    if (line)
        history_add(line);
    return line;
}

/* ---- statements --------------------------------------------------------- */

enum { ST_RUN, ST_MORE, ST_BAD, ST_NOTHING };

static int is_compound(Module *m)
{
    if (!m || m->body.n < 1)
        return 0;
    switch (m->body.items[0]->kind) {
    case STMT_FUNCTIONDEF: case STMT_CLASSDEF: case STMT_FOR: case STMT_WHILE:
    case STMT_IF: case STMT_WITH: case STMT_TRY:
        return 1;
    default:
        return 0;
    }
}

/* True when the lexer stops inside brackets, a string or after a
 * backslash (an empty line then does not end the statement). */
static int lexically_open(const char *src, size_t len)
{
    Lexer *lx = lex_new(src, len, "<stdin>");
    if (!lx)
        return 0;
    YYSTYPE val;
    YYLTYPE loc;
    int t;
    size_t budget = 2 * len + 1000;     /* tokens never outnumber this */
    do
        t = lex_next(&val, &loc, lx);
    while (t > 0 && t != LEXERROR && --budget > 0);
    int open = lex_hit_eof_incomplete(lx);
    lex_free(lx);
    return open;
}

/* CPython's prompt reader puts a caret under an empty line that ends a
 * block too early when the open statement (the block header named in the
 * message, or the try lacking its handler) starts at the left margin, and
 * none when it is indented. */
static int header_at_margin(const char *src, size_t len, const SyntaxErr *err)
{
    const char *on = strstr(err->msg, " on line ");
    int want_try = !strcmp(err->msg, "expected 'except' or 'finally' block");
    if (!on && !want_try)
        return 0;
    int target = on ? atoi(on + 9) : 0, lineno = 1, margin = 0;
    for (const char *p = src; p < src + len; lineno++) {
        const char *e = memchr(p, '\n', (size_t)(src + len - p));
        if (!e)
            e = src + len;
        if (on && lineno == target)
            return *p != ' ' && *p != '\t';
        if (want_try) {
            const char *q = p + strspn(p, " \t");
            if (!strncmp(q, "try", 3) && strchr(" \t:", q[3]))
                margin = q == p;
        }
        p = e + 1;
    }
    return margin;
}

/* Decides what to do with the statement text src[0..len) whose last line
 * was `last`; final is set at an empty line or end of input, eof at the
 * end of input (then the statement is run or reported, never continued).  On ST_RUN,
 * *mp and *ap hold the tree and its arena (the caller frees the arena). */
static int classify(const char *src, size_t len, int final, int eof, Module **mp, Arena **ap)
{
    Arena *a = arena_new();
    if (!a) {
        err_no_memory();
        return ST_BAD;
    }
    SyntaxErr err;
    memset(&err, 0, sizeof err);
    bool incomplete = false;
    Module *m = parse_source_ex(src, len, "<stdin>", PARSE_SINGLE, a, &err, &incomplete);
    if (m) {
        if (m->body.n == 0) {
            arena_free(a);
            return ST_NOTHING;
        }
        if (!final && is_compound(m)) {
            arena_free(a);
            return ST_MORE;
        }
        *mp = m;
        *ap = a;
        return ST_RUN;
    }
    if (incomplete && !eof && (!final || lexically_open(src, len))) {
        arena_free(a);
        return ST_MORE;
    }
    if (err.text && is_blank(err.text) && err.col_offset <= 0 && header_at_margin(src, len, &err))
        err.col_offset = err.end_col_offset = 1;
    rt_interactive_syntax_error(&err);
    arena_free(a);
    return ST_BAD;
}

/* Leading blanks of line, then REPL_INDENT more after a block header, one
 * level less after return/pass/break/continue/raise. */
static void next_indent(const char *line)
{
    size_t lw = strspn(line, " \t");
    const char *body = line + lw;
    size_t n = strlen(body);
    while (n > 0 && (body[n - 1] == ' ' || body[n - 1] == '\t'))
        n--;
    int add = 0;
    if (n > 0 && body[n - 1] == ':' && *body != '#')
        add = REPL_INDENT;
    static const char *const enders[] = { "return", "pass", "break", "continue", "raise" };
    for (size_t i = 0; i < sizeof enders / sizeof *enders; i++) {
        size_t k = strlen(enders[i]);
        if (!strncmp(body, enders[i], k) && (body[k] == '\0' || body[k] == ' ' || body[k] == '('))
            add = lw >= REPL_INDENT ? -REPL_INDENT : -(int)lw;
    }
    size_t total = (size_t)((int)lw + add);
    if (total >= sizeof R.indent)
        total = sizeof R.indent - 1;
    size_t copy = lw < total ? lw : total;
    memcpy(R.indent, line, copy);
    memset(R.indent + copy, ' ', total - copy);
    R.indent[total] = '\0';
}

/* Runs the loop; the process exit status. */
static int repl_loop(void)
{
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int exit_code = 0;
    for (;;) {
        len = 0;
        if (buf)
            buf[0] = '\0';
        R.indent[0] = '\0';
        int nlines = 0;
        for (;;) {
            char ps[256];
            if (nlines == 0)
                repl_sys_prompt("ps1", ">>> ", ps, sizeof ps);
            else
                repl_sys_prompt("ps2", "... ", ps, sizeof ps);
            int status;
            char *line = read_line(ps, &status);
            int final = 0, eof = 0;
            if (!line) {
                if (status == RL_INTR) {
                    queue_clear();
                    rt_interactive_flush();
                    fputs("\nKeyboardInterrupt\n", stderr);
                    fflush(stderr);
                    break;
                }
                /* end of input */
                if (nlines == 0 || is_blank(buf)) {
                    fputc('\n', R.tty ? stdout : stderr);
                    free(buf);
                    return exit_code;
                }
                if (R.tty) {
                    fputc('\n', stdout);
                    fflush(stdout);
                }
                final = eof = 1;
            } else {
                int typed_indent = !R.from_paste && R.indent[0] && !strcmp(line, R.indent);
                if (typed_indent)
                    line[0] = '\0';
                if (buf_append(&buf, &len, &cap, line, strlen(line)) < 0
                    || buf_append(&buf, &len, &cap, "\n", 1) < 0) {
                    free(line);
                    free(buf);
                    fputs("garter: out of memory\n", stderr);
                    return 1;
                }
                nlines++;
                final = line[0] == '\0';
                if (nlines == 1 && is_blank(line)) {
                    free(line);
                    break;
                }
                if (!R.from_paste && R.autoindent)
                    next_indent(line);
                else
                    R.indent[0] = '\0';
                free(line);
            }
            Module *m = NULL;
            Arena *a = NULL;
            int st = classify(buf, len, final, eof, &m, &a);
            if (st == ST_MORE)
                continue;
            if (st == ST_RUN) {
                int rc = rt_run_interactive(m, buf, len, R.globals, &exit_code);
                arena_free(a);
                if (rc == RI_EXIT) {
                    free(buf);
                    return exit_code;
                }
            } else if (st == ST_BAD) {
                queue_clear();
            }
            if (R.tty)
                history_save();
            break;
        }
    }
}

static void print_banner(void)
{
#if defined(__clang__)
    const char *cc = "[Clang " __clang_version__ "]";
#elif defined(__GNUC__)
    const char *cc = "[GCC " __VERSION__ "]";
#else
    const char *cc = "[C]";
#endif
    fprintf(stderr, "garter %s (Python 3.11 subset) %s on linux\n"
            "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
            GARTER_VERSION, cc);
}

int repl_main(Object *globals, int flags)
{
    memset(&R, 0, sizeof R);
    if (globals) {
        R.globals = NEWREF(globals);
    } else {
        R.globals = rt_interactive_globals();
        if (!R.globals) {
            rt_interactive_report(&(int){0});
            return 1;
        }
    }
    R.tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    const char *ai = getenv("GARTER_AUTOINDENT");
    R.autoindent = R.tty && !(ai && !strcmp(ai, "0"));
    if (!(flags & (REPL_QUIET | REPL_NO_BANNER)))
        print_banner();
    if (R.tty && editline_setup() < 0)
        R.tty = 0;
    rt_interactive_set_prompts();
    rt_signals_install();
    int rc = repl_loop();
    rt_signals_restore();
    if (R.tty)
        editline_teardown();
    DECREF(R.globals);
    R.globals = NULL;
    fflush(stdout);
    return rc;
}

int repl_run(const char *script, int flags)
{
    Object *g = rt_interactive_globals();
    if (!g) {
        rt_interactive_report(&(int){0});
        return 1;
    }
    if (script) {
        if (rt_interactive_run_file(script, g) == 2) {
            DECREF(g);
            return 2;
        }
        flags |= REPL_NO_BANNER;
    }
    int rc = repl_main(g, flags);
    DECREF(g);      /* __main__ lives in sys.modules: rt_finalize clears it after atexit */
    return rc;
}
