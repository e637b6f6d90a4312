/* traceback.c — traceback objects and printing of uncaught exceptions in
 * CPython 3.11's format: one "File ..., line N, in NAME" entry per frame
 * with the stripped source line and the caret line (~ under BinOp operands
 * and ^ under the operator; ^ under the failing span), recursion
 * collapsing, and __cause__/__context__ chains. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "modules/bltin.h"
#include "eval/node.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/exceptions.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/type.h"
#include "parse/syntaxerr.h"
#include "runtime/errors.h"
#include "runtime/suggest.h"
#include "runtime/traceback.h"
#include "runtime/shutdown.h"

typedef struct TracebackObject {
    Object ob;
    Object *next;               /* deeper entry or NULL */
    CodeObject *code;
    NodePos pos;
} TracebackObject;

static void tb_dealloc(Object *o)
{
    TracebackObject *t = (TracebackObject *)o;
    Unit *u = t->code ? t->code->unit : NULL;
    XDECREF(t->next);
    XDECREF((Object *)t->code);
    obj_free(o);
    unit_decref(u);
}

static Object *tb_lineno(Object *o, void *c) { extern Object *int_from_i64(int64_t); return int_from_i64(((TracebackObject *)o)->pos.line); }
static Object *tb_next_get(Object *o, void *c)
{
    Object *n = ((TracebackObject *)o)->next;
    return NEWREF(n ? n : NONE);
}

static GetSetDef tb_getset[] = {
    { "tb_lineno", tb_lineno, NULL, NULL, NULL },
    { "tb_next", tb_next_get, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

TypeObject Traceback_Type = {
    TYPE_HEAD_INIT,
    .name = "traceback",
    .basicsize = sizeof(TracebackObject),
    .dealloc = tb_dealloc,
    .getset = tb_getset,
};

int tb_add(Object *exc, void *code, const void *pos)
{
    if (!EXC_CHECK(exc)) return 0;
    TracebackObject *t = (TracebackObject *)obj_alloc(&Traceback_Type);
    if (!t) return -1;
    CodeObject *co = code;
    t->code = (CodeObject *)NEWREF((Object *)co);
    unit_incref(co->unit);
    t->pos = *(const NodePos *)pos;
    Object *old = exc_get_traceback(exc);
    t->next = old ? NEWREF(old) : NULL;
    exc_set_traceback(exc, (Object *)t);
    return 0;
}

struct CodeObject *tb_innermost_code(Object *tb)
{
    if (!tb || !IS_TYPE(tb, &Traceback_Type)) return NULL;
    TracebackObject *t = (TracebackObject *)tb;
    while (t->next && IS_TYPE(t->next, &Traceback_Type))
        t = (TracebackObject *)t->next;
    return t->code;
}

/* ---- source lines (as linecache) ---- */

static char *cached_name, *cached_text;
static size_t cached_len;

static const char *source_line(const char *filename, int lineno, size_t *len)
{
    if (!filename || filename[0] == '<') return NULL;
    if (rt_finalize_modules_gone()) return NULL;   /* CPython can't import io then */
    if (!cached_name || strcmp(cached_name, filename)) {
        free(cached_name); free(cached_text);
        cached_name = strdup(filename);
        cached_text = NULL;
        cached_len = 0;
        FILE *fp = fopen(filename, "rb");
        if (fp) {
            size_t cap = 8192, n = 0;
            char *buf = malloc(cap);
            size_t k;
            while (buf && (k = fread(buf + n, 1, cap - n, fp)) > 0) {
                n += k;
                if (n == cap) { cap *= 2; buf = realloc(buf, cap); }
            }
            fclose(fp);
            cached_text = buf;
            cached_len = n;
        }
    }
    if (!cached_text) return NULL;
    const char *p = cached_text, *end = cached_text + cached_len;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    if (p >= end) return NULL;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e) e = end;
    if (e > p && e[-1] == '\r') e--;
    *len = (size_t)(e - p);
    return p;
}

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n'; }

/* Character offset of byte offset b in s[0..n). */
static int chars(const char *s, size_t n, int b)
{
    if (b < 0) b = 0;
    if ((size_t)b > n) b = (int)n;
    return syntaxerr_chars(s, (size_t)b);
}

/* Byte index of character index c in s. */
static size_t byte_at(const char *s, size_t n, int c)
{
    size_t i = 0;
    int k = 0;
    while (i < n && k < c) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
        k++;
    }
    return i;
}

static void print_entry(TracebackObject *t, FILE *out)
{
    CodeObject *co = t->code;
    const char *fname = STR_UTF8(co->filename);
    fprintf(out, "  File \"%s\", line %d, in %s\n", fname, t->pos.line, STR_UTF8(co->name));
    size_t n = 0;
    const char *line = source_line(fname, t->pos.line, &n);
    if (!line) return;
    size_t a = 0, b = n;
    while (a < b && is_ws(line[a])) a++;
    while (b > a && is_ws(line[b - 1])) b--;
    if (a == b) return;
    fprintf(out, "    %.*s\n", (int)(b - a), line + a);
    const NodePos *p = &t->pos;
    if (p->col < 0 || p->end_col < 0) return;
    int lead = chars(line, n, (int)a);
    int stripped_len = chars(line, n, (int)b) - lead;
    int start = chars(line, n, p->col);
    int end;
    int left = -1, right = -1;
    if (p->end_line == p->line) {
        end = chars(line, n, p->end_col);
        /* the segment in characters */
        size_t sb = byte_at(line, n, start), se = byte_at(line, n, end);
        const char *seg = line + sb;
        int seglen = chars(seg, se - sb, (int)(se - sb));
        if (p->kind == POS_BINOP) {
            int le = chars(line, n, p->a1) - start, rs = chars(line, n, p->a2) - start;
            if (le >= 0 && rs >= le && rs <= seglen) {
                size_t ob = byte_at(seg, se - sb, le), oe = byte_at(seg, se - sb, rs);
                const char *op = seg + ob;
                int oplen = (int)(oe - ob), off = 0;
                while (off < oplen && is_ws(op[off])) off++;
                left = le + off;
                right = left + 1;
                if (off + 1 < oplen && !is_ws(op[off + 1])) right++;
                while (left < seglen) {
                    char ch = seg[byte_at(seg, se - sb, left)];
                    if (!(is_ws(ch) || ch == ')' || ch == '#')) break;
                    left++;
                    right++;
                }
            }
        } else if (p->kind == POS_SUBSCRIPT) {
            int la = chars(line, n, p->a1) - start, ra = chars(line, n, p->a2 + 1) - start;
            if (la >= 0 && ra >= 0) {
                left = la;
                right = ra;
                while (left < seglen && seg[byte_at(seg, se - sb, left)] != '[') left++;
                while (right < seglen && seg[byte_at(seg, se - sb, right)] != ']') right++;
                if (right < seglen) right++;
            }
        }
    } else {
        end = chars(line, n, (int)b);
    }
    int anchors = left >= 0;
    if (!(end - start < stripped_len || (anchors && right - left > 0))) return;
    fputs("    ", out);
    for (int i = 0; i < start - lead; i++) fputc(' ', out);
    if (anchors) {
        for (int i = 0; i < left; i++) fputc('~', out);
        for (int i = left; i < right; i++) fputc('^', out);
        for (int i = right; i < end - start; i++) fputc('~', out);
    } else {
        for (int i = start; i < end; i++) fputc('^', out);
    }
    fputc('\n', out);
}

/* sys.tracebacklimit, as CPython reads it: at most that many of the
 * innermost entries are printed, none (not even the header) when <= 0. */
static int64_t tb_limit(void)
{
    Object *v = bltin_sys_get("tracebacklimit");
    if (!v || !INT_CHECK(v)) return 1000;
    int ovf = 0;
    int64_t n = int_as_i64(v, &ovf);
    if (ovf) return ovf > 0 ? INT64_MAX : 0;
    return n;
}

static void print_tb(Object *tb, FILE *out)
{
    int64_t limit = tb_limit(), depth = 0;
    if (limit <= 0) return;
    for (TracebackObject *t = (TracebackObject *)tb; t; t = (TracebackObject *)t->next) depth++;
    TracebackObject *first = (TracebackObject *)tb;
    for (; first && depth > limit; depth--) first = (TracebackObject *)first->next;
    fputs("Traceback (most recent call last):\n", out);
    const char *last_file = NULL, *last_name = NULL;
    int last_line = -1, count = 0;
    for (TracebackObject *t = first; t; t = (TracebackObject *)t->next) {
        const char *file = STR_UTF8(t->code->filename), *name = STR_UTF8(t->code->name);
        if (!last_file || strcmp(last_file, file) || last_line != t->pos.line || strcmp(last_name, name)) {
            if (count > 3)
                fprintf(out, "  [Previous line repeated %d more time%s]\n", count - 3, count - 3 > 1 ? "s" : "");
            last_file = file;
            last_line = t->pos.line;
            last_name = name;
            count = 0;
        }
        count++;
        if (count > 3) continue;
        print_entry(t, out);
    }
    if (count > 3)
        fprintf(out, "  [Previous line repeated %d more time%s]\n", count - 3, count - 3 > 1 ? "s" : "");
}

/* The name print_exception shows for type t: module.Qualname, the module
 * left out for builtins and __main__. */
static void type_display_name(TypeObject *t, char *buf, size_t n)
{
    const char *mod = "";
    if (TYPE_HAS(t, TPF_HEAPTYPE) && t->dict) {
        Object *m = dict_getitem_str(t->dict, "__module__");
        if (m && STR_CHECK(m) && strcmp(STR_UTF8(m), "builtins") && strcmp(STR_UTF8(m), "__main__"))
            mod = STR_UTF8(m);
    }
    /* CPython prints the qualified name: Outer.Inner for nested classes */
    Object *qual = TYPE_HAS(t, TPF_HEAPTYPE) ? ((HeapTypeObject *)t)->ht_qualname : NULL;
    snprintf(buf, n, "%s%s%s", mod, *mod ? "." : "",
             qual && STR_CHECK(qual) ? STR_UTF8(qual) : t->name);
}

/* A SyntaxError that carries a location (one raised by importing a file)
 * prints its File line, source line and carets and the bare message, as
 * CPython's print_exception does.  1 if printed. */
static int print_syntax_error(Object *exc, FILE *out)
{
    SyntaxErrorObject *e = (SyntaxErrorObject *)exc;
    if (!e->msg || !e->lineno || !INT_CHECK(e->lineno))
        return 0;
    SyntaxErr se;
    memset(&se, 0, sizeof se);
    TypeObject *t = TYPE(exc);
    se.kind = type_is_subtype(t, &Exc_TabError) ? SE_TAB :
              type_is_subtype(t, &Exc_IndentationError) ? SE_INDENT : SE_SYNTAX;
    Object *m = obj_str(e->msg);
    if (!m) {
        err_clear();
        return 0;
    }
    snprintf(se.msg, sizeof se.msg, "%s", STR_UTF8(m));
    DECREF(m);
    int ovf = 0;
    se.lineno = (int)int_as_i64(e->lineno, &ovf);
    if (e->offset && INT_CHECK(e->offset)) se.col_offset = (int)int_as_i64(e->offset, &ovf);
    if (e->end_lineno && INT_CHECK(e->end_lineno)) se.end_lineno = (int)int_as_i64(e->end_lineno, &ovf);
    if (e->end_offset && INT_CHECK(e->end_offset)) se.end_col_offset = (int)int_as_i64(e->end_offset, &ovf);
    if (t != &Exc_SyntaxError) {        /* CPython reads the end only of an exact SyntaxError */
        se.end_lineno = se.lineno;
        se.end_col_offset = -1;
    }
    char *text = NULL;
    if (e->text && STR_CHECK(e->text)) {
        text = strdup(STR_UTF8(e->text));
        size_t n = text ? strlen(text) : 0;
        if (n && text[n - 1] == '\n') text[n - 1] = 0;
    }
    se.text = text;
    char name[512];
    type_display_name(t, name, sizeof name);
    se.type_name = name;
    const char *file = e->filename && STR_CHECK(e->filename) ? STR_UTF8(e->filename) : "<string>";
    syntaxerr_print(&se, file, out);
    free(text);
    return 1;
}

static void print_exc_line(Object *exc, FILE *out)
{
    TypeObject *t = TYPE(exc);
    if (type_is_subtype(t, &Exc_SyntaxError) && print_syntax_error(exc, out))
        return;
    if (TYPE_HAS(t, TPF_HEAPTYPE) && t->dict) {
        Object *m = dict_getitem_str(t->dict, "__module__");
        if (m && STR_CHECK(m) && strcmp(STR_UTF8(m), "builtins") && strcmp(STR_UTF8(m), "__main__"))
            fprintf(out, "%s.", STR_UTF8(m));
    }
    /* CPython prints the qualified name: Outer.Inner for nested classes */
    Object *qual = TYPE_HAS(t, TPF_HEAPTYPE) ? ((HeapTypeObject *)t)->ht_qualname : NULL;
    fputs(qual && STR_CHECK(qual) ? STR_UTF8(qual) : t->name, out);
    Object *s = obj_str(exc);
    if (!s) {
        err_clear();
        fputs(": <exception str() failed>\n", out);
        return;
    }
    if (STR_NBYTES(s)) fprintf(out, ": %s", STR_UTF8(s));
    DECREF(s);
    Object *hint = rt_suggest(exc);
    if (hint) {
        fprintf(out, ". Did you mean: '%s'?", STR_UTF8(hint));
        DECREF(hint);
    }
    fputc('\n', out);
}

static void print_chain(Object *exc, FILE *out, Object **seen, int nseen)
{
    if (nseen < 64) seen[nseen++] = exc;
    Object *cause = exc_get_cause(exc), *ctx = exc_get_context(exc);
    int suppress = EXC_CHECK(exc) && ((BaseExcObject *)exc)->suppress_context;
    int dup = 0;
    if (cause) {
        for (int i = 0; i < nseen; i++) if (seen[i] == cause) dup = 1;
        if (!dup) {
            print_chain(cause, out, seen, nseen);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
        }
    } else if (ctx && !suppress) {
        for (int i = 0; i < nseen; i++) if (seen[i] == ctx) dup = 1;
        if (!dup) {
            print_chain(ctx, out, seen, nseen);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
        }
    }
    Object *tb = exc_get_traceback(exc);
    if (tb && IS_TYPE(tb, &Traceback_Type)) print_tb(tb, out);
    print_exc_line(exc, out);
}

void tb_print_exception(Object *exc, FILE *out)
{
    Object *seen[64];
    fflush(stdout);
    print_chain(exc, out, seen, 0);
    fflush(out);
}
