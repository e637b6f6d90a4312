/* parse.c — the parser driver: runs the lexer and the bison parser over a
 * source, feeds tokens (with the one piece of unbounded lookahead the
 * grammar needs, `with (...)`), turns parse failures into CPython 3.11's
 * messages and positions, and copies errors into the caller's SyntaxErr. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parser.h"
#include "parse/lex.h"
#include "parse/parse.h"
#include "parse/build.h"

int yyparse(Lexer *lx, ParseState *ps);

/* ---- errors ---------------------------------------------------------- */

void parse_error_at(ParseState *ps, int kind, int l, int c, int el, int ec,
                    const char *fmt, ...)
{
    if (ps->err.set)
        return;
    ps->err.set = 1;
    ps->err.kind = kind;
    ps->err.lineno = l; ps->err.col = c;
    ps->err.end_lineno = el; ps->err.end_col = ec;
    ps->err.tok_line = ps->tok_line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ps->err.msg, sizeof ps->err.msg, fmt, ap);
    va_end(ap);
}

void parse_error_loc(ParseState *ps, Loc loc, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    parse_error_at(ps, 0, loc.first_line, loc.first_column, loc.last_line,
                   loc.last_column, "%s", buf);
}

void parse_error_expr(ParseState *ps, const Expr *e, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    parse_error_at(ps, 0, e->lineno, e->col_offset, e->end_lineno,
                   e->end_col_offset, "%s", buf);
}

void parse_error_in_field(ParseState *ps, Tok brace, Loc bl)
{
    PErr *e = &ps->err;
    if (!e->set || e->text || ps->lexerror)
        return;
    size_t n = brace.n;
    char *t = arena_alloc(ps->arena, n + 3);
    if (!t)
        return;
    t[0] = '(';
    memcpy(t + 1, brace.s, n);
    t[n + 1] = ')';
    t[n + 2] = '\0';
    int off = e->lineno == bl.last_line ? e->col - bl.last_column : 0;
    int eoff = e->end_lineno == bl.last_line ? e->end_col - bl.last_column : off + 1;
    if (off < 0) off = 0;
    if (off > (int)n) off = (int)n;
    if (eoff > (int)n + 1) eoff = (int)n + 1;
    if (eoff < off) eoff = off;
    e->text = t;
    e->col = off + 1;
    e->end_col = eoff + 1;
    e->lineno = e->end_lineno = bl.first_line;
    char msg[sizeof e->msg];
    snprintf(msg, sizeof msg, "f-string: %.240s", e->msg);
    memcpy(e->msg, msg, sizeof msg);
}

static int last_line(ParseState *ps, Loc eof);
static void error_offsets(ParseState *ps, int off, int end, int eof);
static int reader_offset(ParseState *ps, int line, int at_end);

/* ---- token feed ------------------------------------------------------ */

static SavedTok raw_next(ParseState *ps)
{
    if (ps->headbuf < ps->nbuf) {
        SavedTok t = ps->buf[ps->headbuf++];
        int line = t.kind != NEWLINE && t.kind != INDENT && t.kind != DEDENT
                   ? t.loc.last_line : t.loc.first_line;
        if (t.kind != 0 && line > ps->tok_line)
            ps->tok_line = line;
        return t;
    }
    ps->headbuf = ps->nbuf = 0;
    SavedTok t;
    YYSTYPE v;
    YYLTYPE l;
    memset(&v, 0, sizeof v);
    memset(&l, 0, sizeof l);
    t.kind = lex_next(&v, &l, ps->lx);
    t.val = v.tok;
    t.loc = l;
    if (t.kind != 0 && t.kind != NEWLINE && t.kind != INDENT && t.kind != DEDENT
        && l.last_line > ps->tok_line)
        ps->tok_line = l.last_line;
    else if (t.kind != 0 && l.first_line > ps->tok_line)
        ps->tok_line = l.first_line;
    return t;
}

/* Append a token to the look-ahead buffer (read back by raw_next). */
static int buf_push(ParseState *ps, SavedTok t)
{
    if (ps->nbuf == ps->capbuf) {
        int cap = ps->capbuf ? ps->capbuf * 2 : 64;
        SavedTok *b = realloc(ps->buf, (size_t)cap * sizeof *b);
        if (!b)
            return -1;
        ps->buf = b;
        ps->capbuf = cap;
    }
    ps->buf[ps->nbuf++] = t;
    return 0;
}

/* Pull a token from the lexer into the buffer without delivering it. */
static SavedTok peek_more(ParseState *ps)
{
    SavedTok t;
    YYSTYPE v;
    YYLTYPE l;
    memset(&v, 0, sizeof v);
    memset(&l, 0, sizeof l);
    t.kind = lex_next(&v, &l, ps->lx);
    t.val = v.tok;
    t.loc = l;
    if (t.kind != 0 && t.kind != NEWLINE && t.kind != INDENT && t.kind != DEDENT
        && l.last_line > ps->tok_line)
        ps->tok_line = l.last_line;
    else if (t.kind != 0 && l.first_line > ps->tok_line)
        ps->tok_line = l.first_line;
    if (t.kind == LEXERROR)
        ps->saw_lexerror = 1;
    if (buf_push(ps, t) < 0)
        t.kind = 0;
    return t;
}

/* True when nothing but DEDENTs stands between the look-ahead and the end
 * of input: an error on such a DEDENT is one on the input's end (an
 * interactive reader would have asked for another line before the lexer
 * made it), so the REPL continues rather than reporting it. */
static int only_dedents_left(ParseState *ps)
{
    for (int i = ps->headbuf;; i++) {
        SavedTok t = i < ps->nbuf ? ps->buf[i] : peek_more(ps);
        if (t.kind != DEDENT)
            return t.kind == 0;
    }
}

/* After `with (`: look past the matching `)`; if a `:` follows, the parens
 * hold with-items, not an expression.  A `(` never closed holds items when
 * a `:` (not a lambda's) stands directly inside it, as CPython's parser
 * then fails at that `:`. */
static int with_paren_items(ParseState *ps)
{
    /* compact the buffer so indices stay simple */
    if (ps->headbuf) {
        memmove(ps->buf, ps->buf + ps->headbuf,
                (size_t)(ps->nbuf - ps->headbuf) * sizeof *ps->buf);
        ps->nbuf -= ps->headbuf;
        ps->headbuf = 0;
    }
    int tok_line = ps->tok_line, saw_lexerror = ps->saw_lexerror;
    int depth = 1, i = 0, colon = 0, lambda = 0, r;
    for (;;) {
        SavedTok t = i < ps->nbuf ? ps->buf[i] : peek_more(ps);
        i++;
        switch (t.kind) {
        case LAMBDA: if (depth == 1) lambda = 1; break;
        case ',': if (depth == 1) lambda = 0; break;
        case ':':
            if (depth == 1 && !lambda) colon = 1;
            if (depth == 1) lambda = 0;
            break;
        case '(': case '[': case '{': depth++; break;
        case ')': case ']': case '}':
            if (--depth == 0) {
                SavedTok n = i < ps->nbuf ? ps->buf[i] : peek_more(ps);
                r = n.kind == ':';
                goto done;
            }
            break;
        case 0: case LEXERROR: case NEWLINE:
            r = colon;
            goto done;
        }
    }
done:
    if (r && depth) {
        /* an unclosed `with (a as b:`: CPython's parser fails at that `:`
         * and has not read further */
        ps->tok_line = tok_line;
        ps->saw_lexerror = saw_lexerror;
    }
    return r;
}

static int is_compound_kw(int k)
{
    switch (k) {
    case IF: case ELIF: case ELSE: case WHILE: case FOR: case TRY:
    case EXCEPT: case FINALLY: case WITH: case DEF: case CLASS:
        return 1;
    }
    return 0;
}

/* The token function bison calls (through the yylex macro). */
int parse_feed(YYSTYPE *lval, YYLTYPE *lloc, Lexer *lx, ParseState *ps)
{
    (void)lx;
    if (ps->first_tok) {
        int k = ps->first_tok;
        ps->first_tok = 0;
        lloc->first_line = lloc->last_line = 1;
        lloc->first_column = lloc->last_column = 0;
        memset(lval, 0, sizeof *lval);
        ps->at_line_start = 1;
        return k;
    }
    SavedTok t = raw_next(ps);
    if (t.kind == '(' && ps->cur.kind == WITH && with_paren_items(ps))
        t.kind = WITH_LPAREN;
    if (ps->at_line_start && t.kind != INDENT && t.kind != DEDENT && t.kind != NEWLINE) {
        ps->line_kw = t.kind;
        ps->line_kw_line = t.loc.first_line;
        ps->at_line_start = 0;
    } else if (ps->line_kw == ASYNC && ps->cur.kind == ASYNC) {
        ps->line_kw = t.kind;       /* async def/for/with: the block's keyword */
    }
    if (t.kind == NEWLINE) {
        ps->nl_line = t.loc.first_line;
        if (ps->cur.kind == ':' && is_compound_kw(ps->line_kw)) {
            ps->block_kw = ps->line_kw;
            ps->block_kw_line = ps->line_kw_line;
        }
        ps->at_line_start = 1;
    }
    if (t.kind == INDENT || t.kind == DEDENT)
        ps->at_line_start = 1;
    if (t.kind == '{' && (t.val.flags & TOKF_FIELD) && ps->nfields < 16) {
        ps->fields[ps->nfields] = t;
        ps->field_depth[ps->nfields++] = ps->depth;
    }
    switch (t.kind) {
    case '(': case '[': case '{': case WITH_LPAREN: ps->depth++; break;
    case ')': case ']': case '}': if (ps->depth) ps->depth--; break;
    }
    if (t.kind == '}' && ps->nfields && ps->depth == ps->field_depth[ps->nfields - 1])
        ps->last_field = ps->fields[--ps->nfields];
    if (ps->cur.kind == NEWLINE || ps->cur.kind == INDENT || ps->cur.kind == DEDENT)
        ps->nhist = 0;
    ps->prev2 = ps->prev;
    ps->prev = ps->cur;
    ps->cur = t;
    if (ps->nhist == ps->caphist) {
        int cap = ps->caphist ? ps->caphist * 2 : 64;
        SavedTok *h = realloc(ps->hist, (size_t)cap * sizeof *h);
        if (h) {
            ps->hist = h;
            ps->caphist = cap;
        }
    }
    if (ps->nhist < ps->caphist)
        ps->hist[ps->nhist++] = t;
    lval->tok = t.val;
    *lloc = t.loc;
    return t.kind;
}

/* ---- syntax error messages ------------------------------------------- */

static const char *block_name(int k)
{
    switch (k) {
    case IF: return "'if' statement";
    case ELIF: return "'elif' statement";
    case ELSE: return "'else' statement";
    case WHILE: return "'while' statement";
    case FOR: return "'for' statement";
    case TRY: return "'try' statement";
    case EXCEPT: return "'except' statement";
    case FINALLY: return "'finally' statement";
    case WITH: return "'with' statement";
    case DEF: return "function definition";
    case CLASS: return "class definition";
    }
    return "statement";
}

static int ends_operand(int k)
{
    switch (k) {
    case NAME: case NUMBER: case STRING: case FSTRING_END: case ')': case ']':
    case '}': case TRUE: case FALSE: case NONE: case ELLIPSIS:
        return 1;
    }
    return 0;
}

static int starts_operand(int k)
{
    switch (k) {
    case NAME: case NUMBER: case STRING: case FSTRING_START: case '(': case '[':
    case '{': case TRUE: case FALSE: case NONE: case ELLIPSIS: case '-': case '+':
    case '~': case LAMBDA: case NOT: case AWAIT:
        return 1;
    }
    return 0;
}

static int is_binop(int k)
{
    switch (k) {
    case '+': case '-': case '*': case '/': case '%': case '@': case POWER:
    case FLOORDIV: case LSHIFT: case RSHIFT: case '&': case '|': case '^':
    case '<': case '>': case EQ: case NE: case LE: case GE: case IN: case IS:
    case AND: case OR: case NOT:
        return 1;
    }
    return 0;
}

/* The end of the expression that starts at the error token: scan operands
 * joined by binary operators, with balanced brackets and trailers. */
static int is_bitwise_op(int k)
{
    switch (k) {
    case '+': case '-': case '*': case '/': case '%': case '@': case POWER:
    case FLOORDIV: case LSHIFT: case RSHIFT: case '&': case '|': case '^':
        return 1;
    }
    return 0;
}

static Loc scan_expr_end(ParseState *ps, SavedTok first, SavedTok *stop, int bitwise);

static Loc scan_expression_end(ParseState *ps, SavedTok first, SavedTok *stop)
{
    return scan_expr_end(ps, first, stop, 0);
}

/* bitwise: stop at comparisons and boolean operators (CPython's bitwise_or) */
static Loc scan_expr_end(ParseState *ps, SavedTok first, SavedTok *stop, int bitwise)
{
    Loc end = first.loc;
    SavedTok t = first;
    int want_operand = 1;
    SavedTok dummy;
    if (!stop)
        stop = &dummy;
    for (int guard = 0; guard < 100000; guard++) {
        if (want_operand) {
            while (t.kind == '-' || t.kind == '+' || t.kind == '~' || (t.kind == NOT && !bitwise))
                t = peek_more(ps);
            if (t.kind == '(' || t.kind == '[' || t.kind == '{' || t.kind == FSTRING_START) {
                int close = t.kind == FSTRING_START ? FSTRING_END : 0;
                int depth = 1;
                while (depth > 0) {
                    t = peek_more(ps);
                    if (t.kind == 0 || t.kind == LEXERROR)
                        return *stop = t, end;
                    if (close) {
                        if (t.kind == FSTRING_START) depth++;
                        else if (t.kind == FSTRING_END) depth--;
                    } else if (t.kind == '(' || t.kind == '[' || t.kind == '{') depth++;
                    else if (t.kind == ')' || t.kind == ']' || t.kind == '}') depth--;
                }
            } else if (!ends_operand(t.kind))
                return *stop = t, end;
            end = t.loc;
            want_operand = 0;
            t = peek_more(ps);
            continue;
        }
        if (t.kind == '.') {
            t = peek_more(ps);
            if (t.kind != NAME)
                return *stop = t, end;
            end = t.loc;
            t = peek_more(ps);
        } else if (t.kind == '(' || t.kind == '[') {
            want_operand = 1;       /* a trailer is scanned like a bracket */
        } else if (bitwise ? is_bitwise_op(t.kind) : is_binop(t.kind)) {
            int k = t.kind;
            t = peek_more(ps);
            if ((k == NOT && t.kind == IN) || (k == IS && t.kind == NOT))
                t = peek_more(ps);
            want_operand = 1;
        } else
            return *stop = t, end;
    }
    return *stop = t, end;
}

/* Walk back from the token before the error to the start of the operand
 * expression (CPython's `disjunction`) it ends. */
static int operand_start(const SavedTok *hist, int n)
{
    int i = n - 1, depth = 0;
    for (; i >= 0; i--) {
        int k = hist[i].kind;
        if (k == ')' || k == ']' || k == '}') { depth++; continue; }
        if (k == '(' || k == '[' || k == '{') {
            if (depth == 0)
                return i + 1;
            depth--;
            if (depth == 0 && i > 0 && ends_operand(hist[i - 1].kind) && k != '{')
                continue;           /* a call or subscript trailer */
            continue;
        }
        if (depth)
            continue;
        if (ends_operand(k) || is_binop(k) || k == '.' || k == FSTRING_START
            || k == FSTRING_MIDDLE || k == '~')
            continue;
        return i + 1;
    }
    return 0;
}


static int tok_is(const SavedTok *t, const char *s)
{
    size_t n = strlen(s);
    return t->kind == NAME && t->val.n == n && !memcmp(t->val.s, s, n);
}

/* How CPython names the expression made of hist[a..b) (b exclusive) in
 * "cannot use assignment expressions with %s": a guess from its tokens. */
static const char *tokens_kind(const SavedTok *h, int a, int b)
{
    int depth = 0, ops = 0;
    for (int i = a; i < b; i++) {
        int k = h[i].kind;
        if (k == '(' || k == '[' || k == '{') depth++;
        else if (k == ')' || k == ']' || k == '}') depth--;
        else if (!depth && k != '.' && is_binop(k)) ops++;
    }
    if (ops || b - a < 1)
        return "expression";
    int last = h[b - 1].kind, first = h[a].kind;
    if (b - a == 1) {
        switch (first) {
        case NUMBER: case STRING: return "literal";
        case TRUE: return "True";
        case FALSE: return "False";
        case NONE: return "None";
        case ELLIPSIS: return "ellipsis";
        }
    }
    if (last == ')' && (b - a > 2 || first != '(')) {
        /* find the matching '(' */
        int d = 0, i = b - 1;
        for (; i >= a; i--) {
            if (h[i].kind == ')') d++;
            else if (h[i].kind == '(' && --d == 0) break;
        }
        if (i > a)
            return "function call";
        return b - a == 2 ? "tuple" : "expression";
    }
    if (last == ']') {
        if (first == '[' ) {
            int d = 0, i = b - 1;
            for (; i >= a; i--) {
                if (h[i].kind == ']') d++;
                else if (h[i].kind == '[' && --d == 0) break;
            }
            if (i == a)
                return "list";
        }
        return "subscript";
    }
    if (last == NAME && b - a >= 2 && h[b - 2].kind == '.')
        return "attribute";
    if (last == '}')
        return first == '{' ? "dict literal" : "expression";
    return "expression";
}

/* Is the innermost open bracket of the line a def's parameter list? */
static int in_def_params(ParseState *ps)
{
    int depth = 0;
    for (int i = ps->nhist - 2; i >= 0; i--) {
        int k = ps->hist[i].kind;
        if (k == ')' || k == ']' || k == '}')
            depth++;
        else if (k == '(' || k == '[' || k == '{') {
            if (depth-- == 0)
                return k == '(' && i >= 2 && ps->hist[i - 1].kind == NAME
                       && ps->hist[i - 2].kind == DEF;
        }
    }
    return 0;
}

/* The innermost bracket open before the look-ahead, and whether a ':'
 * appeared directly inside it. */
static int open_bracket(ParseState *ps, int *colon)
{
    int depth = 0;
    *colon = 0;
    for (int i = ps->nhist - 2; i >= 0; i--) {
        int k = ps->hist[i].kind;
        if (k == ')' || k == ']' || k == '}')
            depth++;
        else if (k == '(' || k == '[' || k == '{') {
            if (depth-- == 0)
                return k;
        } else if (k == ':' && depth == 0)
            *colon = 1;
    }
    return 0;
}

/* The index in h[0..n) where the parameters being read start: after a
 * def's '(' or after `lambda` (*lambda set), or -1 outside parameters. */
static int params_start(const SavedTok *h, int n, int *lambda)
{
    int depth = 0;
    for (int i = n - 1; i >= 0; i--) {
        int k = h[i].kind;
        if (k == ')' || k == ']' || k == '}')
            depth++;
        else if (k == '(' || k == '[' || k == '{') {
            if (depth-- == 0) {
                *lambda = 0;
                return k == '(' && i >= 2 && h[i - 1].kind == NAME && h[i - 2].kind == DEF
                       ? i + 1 : -1;
            }
        } else if (k == LAMBDA && depth == 0) {
            *lambda = 1;
            return i + 1;
        }
    }
    return -1;
}

/* CPython's invalid_parameters / invalid_lambda_parameters: plain
 * parameters, then `(a, b)`.  Returns 1 after reporting. */
static int parenthesized_params(ParseState *ps, SavedTok open, int n)
{
    SavedTok *h = ps->hist;
    int lambda;
    int st = params_start(h, n, &lambda);
    if (st < 0)
        return 0;
    /* only parameters without defaults before the '(' */
    for (int i = st, want_name = 1; i < n; i++) {
        int k = h[i].kind;
        if (want_name) {
            if (k != NAME)
                return 0;
            want_name = 0;
        } else if (k == ',') {
            want_name = 1;
        } else if (k == ':' && !lambda) {
            int depth = 0;          /* skip the annotation */
            for (i++; i < n; i++) {
                k = h[i].kind;
                if (k == '(' || k == '[' || k == '{') depth++;
                else if (k == ')' || k == ']' || k == '}') depth--;
                else if (k == ',' && depth == 0) break;
                else if (k == '=' && depth == 0) return 0;
            }
            if (i == n)
                return 0;
            want_name = 1;
        } else {
            return 0;
        }
    }
    if (n > st && h[n - 1].kind != ',')
        return 0;
    /* NAME [':' annotation] (',' NAME ...)* ','? ')' */
    SavedTok t = peek_more(ps);
    for (;;) {
        if (t.kind != NAME)
            return 0;
        t = peek_more(ps);
        if (t.kind == ':' && !lambda) {
            int depth = 0;
            for (;;) {
                t = peek_more(ps);
                if (t.kind == 0 || t.kind == LEXERROR || t.kind == NEWLINE)
                    return 0;
                if (t.kind == '(' || t.kind == '[' || t.kind == '{') depth++;
                else if ((t.kind == ')' || t.kind == ']' || t.kind == '}') && depth) depth--;
                else if (depth == 0 && (t.kind == ',' || t.kind == ')')) break;
            }
        }
        if (t.kind == ',')
            t = peek_more(ps);
        if (t.kind == ')')
            break;
        if (h[n].kind == ',' || t.kind != NAME)
            return 0;
    }
    parse_error_at(ps, 0, open.loc.first_line, open.loc.first_column, t.loc.last_line,
                   t.loc.last_column, lambda ? "Lambda expression parameters cannot be parenthesized"
                                             : "Function parameters cannot be parenthesized");
    return 1;
}

/* The index of the innermost bracket open before h[n], or -1. */
static int open_index(const SavedTok *h, int n)
{
    int depth = 0;
    for (int i = n - 1; i >= 0; i--) {
        int k = h[i].kind;
        if (k == ')' || k == ']' || k == '}')
            depth++;
        else if ((k == '(' || k == '[' || k == '{') && depth-- == 0)
            return i;
    }
    return -1;
}

/* CPython's invalid_* rules that the LALR tables cannot see by themselves.
 * n is the number of tokens of the line before the look-ahead. */
static int special_errors(ParseState *ps, int tok, Loc loc, const int *expected,
                          int nexp, int n)
{
    SavedTok *h = ps->hist;
    int want_else = 0;
    for (int i = 0; i < nexp; i++)
        if (expected[i] == ELSE) want_else = 1;
    if (n < 0)
        n = 0;
    /* def f:  (CPython's forced token in `'def' NAME &&'('`) */
    if (n >= 2 && h[n - 2].kind == DEF && h[n - 1].kind == NAME && tok != '(') {
        parse_error_at(ps, 0, loc.first_line, loc.first_column, loc.last_line,
                       loc.last_column, "expected '('");
        return 1;
    }
    /* def f((a, b)):  lambda (x): 1 */
    if (tok == '(' && parenthesized_params(ps, ps->cur, n))
        return 1;
    /* {a:}  {a: *b} */
    if ((tok == '}' || tok == ',' || tok == '*') && n >= 2 && h[n - 1].kind == ':') {
        int o = open_index(h, n - 1), lam = 0;
        for (int i = n - 2, depth = 0; o >= 0 && i > o; i--) {
            int k = h[i].kind;
            if (k == ')' || k == ']' || k == '}') depth++;
            else if (k == '(' || k == '[' || k == '{') depth--;
            else if (depth == 0 && k == ',') break;
            else if (depth == 0 && k == LAMBDA) lam = 1;
        }
        if (o >= 0 && h[o].kind == '{' && !(h[o].val.flags & TOKF_FIELD) && !lam) {
            if (tok != '*') {
                Loc l = h[n - 1].loc;
                parse_error_at(ps, 0, l.first_line, l.first_column, l.last_line, l.last_column,
                               "expression expected after dictionary key and ':'");
                return 1;
            }
            SavedTok b0 = peek_more(ps);
            if (starts_operand(b0.kind)) {
                Loc end = scan_expr_end(ps, b0, NULL, 1);
                parse_error_at(ps, 0, loc.first_line, loc.first_column, end.last_line,
                               end.last_column, "cannot use a starred expression in a dictionary value");
                return 1;
            }
        }
    }
    /* print "x": Missing parentheses in call to 'print' */
    if (n >= 1 && (tok_is(&h[n - 1], "print") || tok_is(&h[n - 1], "exec"))
        && starts_operand(tok) && tok != '(') {
        SavedTok a = h[n - 1];
        SavedTok c;
        Loc end = scan_expression_end(ps, ps->cur, &c);
        while (c.kind == ',') {
            SavedTok d = peek_more(ps);
            if (!starts_operand(d.kind))
                break;
            end = scan_expression_end(ps, d, &c);
        }
        int k = (int)a.val.n;
        parse_error_at(ps, 0, a.loc.first_line, a.loc.first_column, end.last_line,
                       end.last_column, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                       k, a.val.s, k, a.val.s);
        return 1;
    }
    /* x if y  without else */
    if (tok != ELSE) {
        /* an `if` inside the expression with no `else` after it (and not
         * a comprehension's `if`) */
        int i = n - 1, depth = 0, elses = 0;
        for (; i >= 0; i--) {
            int k = h[i].kind;
            if (k == ')' || k == ']' || k == '}') depth++;
            else if (k == '(' || k == '[' || k == '{') { if (--depth < 0) { i = -1; break; } }
            else if (depth == 0 && k == ELSE) elses++;
            else if (depth == 0 && (k == FOR || k == LAMBDA)) { i = -1; break; }
            else if (k == IF && depth == 0) { if (elses-- == 0) break; }
        }
        if (i > 0 && (want_else || tok == NEWLINE)) {
            int st = operand_start(h, i);
            Loc a = h[st < i ? st : i].loc, b = h[n - 1].loc;
            parse_error_at(ps, 0, a.first_line, a.first_column, b.last_line, b.last_column,
                           "expected 'else' after 'if' expression");
            return 1;
        }
    }
    /* a.b := 1 */
    if (tok == COLONEQ && n >= 1) {
        int st = operand_start(h, n);
        if (st < n && !(n - st == 1 && h[st].kind == NAME)) {
            parse_error_at(ps, 0, h[st].loc.first_line, h[st].loc.first_column,
                           h[n - 1].loc.last_line, h[n - 1].loc.last_column,
                           "cannot use assignment expressions with %s", tokens_kind(h, st, n));
            return 1;
        }
    }
    /* (x=1) or if f() = 1: an '=' where no assignment can be */
    if (tok == '=' && n >= 1 && ends_operand(h[n - 1].kind) && h[0].kind != IMPORT
        && h[0].kind != FROM && h[0].kind != GLOBAL && h[0].kind != NONLOCAL
        && !in_def_params(ps)
        && !(open_index(h, n) < 0 && (h[0].kind == RETURN || h[0].kind == DEL
                                      || h[0].kind == ASSERT || h[0].kind == RAISE
                                      || h[0].kind == YIELD))) {
        /* (no named expression after return, del, assert, raise, yield) */
        int st = operand_start(h, n);
        if (st < n && (h[st].kind == '*' || h[st].kind == POWER))
            st = n;                 /* *a = 1: a starred item, not an operand */
        int simple = st == n - 1 && h[st].kind == NAME;
        int bit = 1;                /* a must be a bitwise_or: no and/or/not/compare */
        for (int i = st; i < n; i++)
            if (h[i].kind == AND || h[i].kind == OR || h[i].kind == NOT || h[i].kind == '<'
                || h[i].kind == '>' || h[i].kind == EQ || h[i].kind == NE || h[i].kind == LE
                || h[i].kind == GE || h[i].kind == IN || h[i].kind == IS)
                bit = 0;
        const char *kind = tokens_kind(h, st, n);
        int excluded = !strcmp(kind, "list") || !strcmp(kind, "tuple") || !strcmp(kind, "True")
                       || !strcmp(kind, "False") || !strcmp(kind, "None");
        SavedTok b0 = peek_more(ps), stop;
        if (st < n && bit && !excluded && starts_operand(b0.kind) && b0.kind != NOT
            && b0.kind != LAMBDA) {
            Loc bend = scan_expr_end(ps, b0, &stop, 1);
            if (stop.kind != '=' && stop.kind != COLONEQ) {
                if (simple)
                    parse_error_at(ps, 0, h[st].loc.first_line, h[st].loc.first_column,
                                   bend.last_line, bend.last_column,
                                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                else
                    parse_error_at(ps, 0, h[st].loc.first_line, h[st].loc.first_column,
                                   h[n - 1].loc.last_line, h[n - 1].loc.last_column,
                                   "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                   kind);
                return 1;
            }
        }
    }
    /* for 1 in x: a comprehension or loop target that cannot be assigned */
    {
        int want_in = 0;
        for (int i = 0; i < nexp; i++)
            want_in |= expected[i] == IN;
        int f = n - 1, depth = 0;
        for (; f >= 0; f--) {
            int k = h[f].kind;
            if (k == ')' || k == ']' || k == '}') depth++;
            else if (k == '(' || k == '[' || k == '{') { if (depth-- == 0) { f = -1; break; } }
            else if (k == FOR && depth == 0) break;
        }
        if (want_in && tok != IN && f >= 0 && f + 1 < n) {
            const char *kind = tokens_kind(h, f + 1, n);
            if (strcmp(kind, "tuple") && strcmp(kind, "list") && strcmp(kind, "subscript")
                && strcmp(kind, "attribute") && strcmp(kind, "expression")
                && !(n - f - 1 == 1 && h[f + 1].kind == NAME)) {
                parse_error_at(ps, 0, h[f + 1].loc.first_line, h[f + 1].loc.first_column,
                               h[n - 1].loc.last_line, h[n - 1].loc.last_column,
                               "cannot assign to %s", kind);
                return 1;
            }
        }
    }
    /* {1: 2, 3} */
    int colon;
    if ((tok == '}' || tok == ',') && open_bracket(ps, &colon) == '{' && colon && n >= 1
        && ends_operand(h[n - 1].kind)) {
        int want_colon = 0;
        for (int i = 0; i < nexp; i++)
            want_colon |= expected[i] == ':';
        if (want_colon) {
            Loc l = h[n - 1].loc;
            parse_error_at(ps, 0, l.last_line, l.last_column - 1, l.last_line, -1,
                           "':' expected after dictionary key");
            return 1;
        }
    }
    /* try: without except or finally */
    {
        int want_handler = 0;
        for (int i = 0; i < nexp; i++)
            want_handler |= expected[i] == EXCEPT || expected[i] == FINALLY;
        if (want_handler && tok != EXCEPT && tok != FINALLY) {
            if (tok == 0 || (tok == DEDENT && only_dedents_left(ps))) {
                int line = last_line(ps, loc);
                parse_error_at(ps, 0, line, -1, line, -1,
                               "expected 'except' or 'finally' block");
                error_offsets(ps, reader_offset(ps, line, 1), -1, 1);
            } else if (tok == DEDENT) {
                /* a second dedent: CPython's dedent token ends before it
                 * starts, so the message has no caret */
                parse_error_at(ps, 0, loc.first_line, loc.first_column - 1, loc.first_line, -2,
                               "expected 'except' or 'finally' block");
                error_offsets(ps, 0, -1, 0);
            }
            else
                parse_error_at(ps, 0, loc.first_line, loc.first_column, loc.last_line,
                               loc.last_column, "expected 'except' or 'finally' block");
            return 1;
        }
    }
    /* from a import b, */
    if (tok == NEWLINE && n >= 1 && h[n - 1].kind == ',' && h[0].kind == FROM) {
        int paren = 0;
        for (int i = 0; i < n; i++)
            paren |= h[i].kind == '(';
        if (!paren) {
            parse_error_at(ps, 0, loc.first_line, loc.first_column, loc.last_line,
                           loc.last_column, "trailing comma not allowed without surrounding parentheses");
            return 1;
        }
    }
    /* except A, B: */
    if (tok == ',' && n >= 2 && h[0].kind == EXCEPT) {
        Loc a = h[1].loc, end = loc;
        for (;;) {
            SavedTok c = peek_more(ps);
            if (c.kind == ':' || c.kind == AS || c.kind == NEWLINE || c.kind == 0
                || c.kind == LEXERROR)
                break;
            end = c.loc;
        }
        parse_error_at(ps, 0, a.first_line, a.first_column, end.last_line, end.last_column,
                       "multiple exception types must be parenthesized");
        return 1;
    }
    return 0;
}

/* Called from yyreport_syntax_error with the look-ahead token code and the
 * codes of the tokens that would have been accepted. */
static int report(ParseState *ps, int tok, Loc loc, const int *expected, int nexp);

/* Gives the recorded error CPython's final offsets: off and end as its
 * SyntaxError carries them (0 and -1 included). */
static void error_offsets(ParseState *ps, int off, int end, int eof)
{
    ps->err.fixed = 1;
    ps->err.col = off;
    ps->err.end_col = end;
    ps->err.eof_offset = eof;
}

/* CPython's offset for an error on a token without a column (INDENT,
 * DEDENT, end of input): how far its tokenizer had read into the line.
 * At the end of input that is the whole line with its newline; elsewhere
 * the line's indentation. */
static int reader_offset(ParseState *ps, int line, int at_end)
{
    size_t len = 0;
    const char *s = lex_line(ps->lx, line, &len);
    if (!s)
        return 0;
    if (at_end)
        return syntaxerr_chars(s, len) + 1;
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
        i++;
    return (int)i;
}

/* CPython places the end of input on the last line of the source
 * (comment lines included). */
static int last_line(ParseState *ps, Loc eof)
{
    size_t len;
    int line = eof.first_line > ps->nl_line ? eof.first_line : ps->nl_line;
    while (line > 1 && !lex_line(ps->lx, line, &len))
        line--;
    return line;
}

/* As CPython: a tokenizer error met while looking ahead, or found by
 * tokenizing the rest of the source, replaces the parser's error -- an
 * unclosed bracket only when it was opened on an earlier line. */
static void lexer_error_wins(ParseState *ps)
{
    if (!ps->err.set || ps->lexerror || ps->err.text || ps->drained || ps->no_drain)
        return;
    ps->drained = 1;
    int lexwins = ps->saw_lexerror;
    while (!lexwins) {
        SavedTok t = peek_more(ps);
        if (t.kind == 0)
            break;
        if (t.kind == LEXERROR) {
            /* CPython's tokenizer reports indentation, line-continuation
             * and end-of-file problems without raising, so those lose */
            const SyntaxErr *le = lex_error(ps->lx);
            size_t ml = le ? strlen(le->msg) : 0;
            if (!le || le->kind == SE_INDENT || le->kind == SE_TAB
                || !strcmp(le->msg, "unexpected character after line continuation character")
                || !strcmp(le->msg, "unexpected EOF while parsing"))
                break;
            lexwins = !(ml > 16 && !strcmp(le->msg + ml - 16, "was never closed")
                        && le->lineno >= ps->err.lineno && le->lineno >= ps->err.tok_line);
            break;
        }
    }
    if (lexwins)
        ps->lexerror = 1;
}

int parse_report(ParseState *ps, int tok, Loc loc, const int *expected, int nexp)
{
    int rc = report(ps, tok, loc, expected, nexp);
    lexer_error_wins(ps);
    if (ps->nfields && ps->err.set && !ps->lexerror) {
        /* the innermost open field; a '}' look-ahead has closed it already */
        SavedTok f = ps->fields[ps->nfields - 1];
        parse_error_in_field(ps, f.val, f.loc);
    } else if (tok == '}' && ps->err.set && !ps->lexerror && ps->cur.kind == '}'
               && (ps->cur.val.flags & TOKF_INFSTR)) {
        SavedTok f = ps->last_field;
        parse_error_in_field(ps, f.val, f.loc);
    }
    return rc;
}

static int report(ParseState *ps, int tok, Loc loc, const int *expected, int nexp)
{
    if (ps->err.set)
        return 0;
    if (tok == LEXERROR) {
        ps->lexerror = 1;
        ps->err.set = 1;
        return 0;
    }
    int want_indent = 0, want_colon = 0;
    for (int i = 0; i < nexp; i++) {
        if (expected[i] == INDENT) want_indent = 1;
        if (expected[i] == ':') want_colon = 1;
    }
    if (tok == 0 || (tok == DEDENT && only_dedents_left(ps)))
        ps->eof_error = 1;
    if (tok == NEWLINE) {
        /* CPython's NEWLINE token leaves the newline out: it ends where it
         * starts */
        loc.last_line = loc.first_line;
        loc.last_column = loc.first_column;
    }
    if (tok == INDENT) {
        parse_error_at(ps, 1, loc.first_line, -1, loc.first_line, -1, "unexpected indent");
        error_offsets(ps, reader_offset(ps, loc.first_line, 0), -1, 0);
        ps->no_drain = 1;           /* CPython reports these before looking further */
        return 0;
    }
    if (want_indent && ps->prev2.kind == ':' && ps->prev.kind == NEWLINE) {
        int at_end = tok == 0 || tok == DEDENT;
        int line = at_end ? last_line(ps, loc) : loc.first_line;
        parse_error_at(ps, 1, line, at_end ? -1 : loc.first_column, line,
                       at_end ? -1 : loc.last_column,
                       "expected an indented block after %s on line %d",
                       block_name(ps->block_kw), ps->block_kw_line);
        if (at_end)
            error_offsets(ps, reader_offset(ps, line, 1), -1, 1);
        return 0;
    }
    if (want_colon && tok == NEWLINE && is_compound_kw(ps->line_kw)) {
        parse_error_at(ps, 0, loc.first_line, loc.first_column, loc.last_line,
                       loc.last_column, "expected ':'");
        return 0;
    }
    int n = ps->nhist - 1;          /* history before the look-ahead */
    if (special_errors(ps, tok, loc, expected, nexp, n))
        return 0;
    /* `a b` inside brackets: CPython's "Perhaps you forgot a comma?" (not
     * in a def's parameter list, which holds no expressions) */
    int not_b = ps->prev.kind == NOT && ends_operand(ps->prev2.kind) && tok != IN;
    if (ps->depth - (tok == '(' || tok == '[' || tok == '{') > 0 && !in_def_params(ps)
        && (ends_operand(ps->prev.kind) || not_b) && starts_operand(tok) && tok != NOT) {
        /* history: the line's delivered tokens; the last one is tok; with
         * `a not b` the second expression starts at `not` */
        if (not_b)
            n--;
        int st = n > 0 ? operand_start(ps->hist, n) : 0;
        SavedTok a = st < n ? ps->hist[st] : ps->prev;
        int legacy = a.kind == NAME && ((a.val.n == 5 && !memcmp(a.val.s, "print", 5))
                                        || (a.val.n == 4 && !memcmp(a.val.s, "exec", 4)));
        int name_string = a.kind == NAME && st + 1 <= n
                          && (st + 1 == n ? tok : ps->hist[st + 1].kind) == STRING;
        if (!legacy && !name_string) {
            Loc end = scan_expression_end(ps, ps->cur, NULL);
            parse_error_at(ps, 0, a.loc.first_line, a.loc.first_column, end.last_line,
                           end.last_column, "invalid syntax. Perhaps you forgot a comma?");
            return 0;
        }
    }
    if (tok == 0) {
        parse_error_at(ps, 0, loc.first_line, loc.first_column, loc.last_line,
                       loc.last_column, "unexpected EOF while parsing");
        return 0;
    }
    if (tok == DEDENT) {
        parse_error_at(ps, 1, loc.first_line, -1, loc.first_line, -1, "unexpected unindent");
        error_offsets(ps, reader_offset(ps, loc.first_line, 0), -1, 0);
        ps->no_drain = 1;
        return 0;
    }
    if (tok == NEWLINE) {
        /* the NEWLINE token starts at a comment ending the line */
        size_t len = 0;
        const char *line = lex_line(ps->lx, loc.first_line, &len);
        int from = ps->prev.loc.last_line == loc.first_line ? ps->prev.loc.last_column : 0;
        for (int i = from; line && i < (int)len && i < loc.first_column; i++)
            if (line[i] == '#') {
                parse_error_at(ps, 0, loc.first_line, i, loc.first_line, (int)len,
                               "invalid syntax");
                return 0;
            }
    }
    parse_error_at(ps, 0, loc.first_line, loc.first_column, loc.last_line,
                   loc.last_column, "invalid syntax");
    return 0;
}

/* ---- driver ---------------------------------------------------------- */

/* Convert a byte column of line `line` into CPython's 1-based character
 * offset. */
static int char_col(Lexer *lx, int line, int col)
{
    size_t len = 0;
    const char *s = lex_line(lx, line, &len);
    if (!s)
        return col + 1;
    if ((size_t)col > len)
        return syntaxerr_chars(s, len) + 1 + (col - (int)len);
    return syntaxerr_chars(s, (size_t)col) + 1;
}

/* Lexer errors that CPython's parser raises from the tokenizer's state
 * (its text follows the parser's rules) rather than its tokenizer. */
static int parser_side_lex_error(const SyntaxErr *le)
{
    size_t ml = strlen(le->msg);
    return le->kind == SE_INDENT || le->kind == SE_TAB
        || (ml > 16 && !strcmp(le->msg + ml - 16, "was never closed"))
        || !strcmp(le->msg, "unexpected EOF while parsing")
        || !strcmp(le->msg, "unexpected character after line continuation character")
        || !strcmp(le->msg, "too many levels of indentation");
}

static int ml_never_closed(const SyntaxErr *le)
{
    size_t ml = strlen(le->msg);
    return ml > 16 && !strcmp(le->msg + ml - 16, "was never closed");
}

/* Errors the parser finds here that CPython's compiler reports. */
static int compiler_message(const char *msg)
{
    return !strcmp(msg, "starred assignment target must be in a list or tuple")
        || !strcmp(msg, "multiple starred expressions in assignment");
}

static void fill_err(ParseState *ps, Arena *arena, SyntaxErr *err)
{
    memset(err, 0, sizeof *err);
    if (ps->lexerror) {
        const SyntaxErr *le = lex_error(ps->lx);
        if (le) {
            *err = *le;
            if (le->text)
                err->text = arena_strndup(arena, le->text, strlen(le->text));
            err->origin = SE_FROM_LEXER;
            if (parser_side_lex_error(le)) {
                /* an unclosed bracket is reported at the end of input */
                int last = ps->tok_line > 1 ? ps->tok_line : 1;
                size_t len;
                while (lex_line(ps->lx, last + 1, &len))
                    last++;
                err->origin = SE_FROM_PARSER;
                err->text_cut = ml_never_closed(le) && le->lineno > 0 && le->lineno < last;
            } else if (!strncmp(le->msg, "f-string: ", 10)) {
                err->origin = SE_FROM_PARSER;    /* CPython's f-string parser */
            }
            return;
        }
    }
    PErr *e = &ps->err;
    err->kind = e->kind == 1 ? SE_INDENT : e->kind == 2 ? SE_TAB :
                e->kind == 3 ? SE_RECURSION : SE_SYNTAX;
    err->origin = SE_FROM_PARSER;
    snprintf(err->msg, sizeof err->msg, "%s", e->set ? e->msg : "invalid syntax");
    err->lineno = e->lineno;
    err->end_lineno = e->end_lineno;
    err->eof_offset = e->eof_offset;
    if (e->lineno > 0 && e->text) {
        err->origin = SE_FROM_FIELD;
        err->text = arena_strndup(arena, e->text, strlen(e->text));
        err->col_offset = syntaxerr_chars(e->text, (size_t)e->col) + 1;
        err->end_col_offset = syntaxerr_chars(e->text, (size_t)e->end_col) + 1;
    } else if (e->lineno > 0) {
        size_t len = 0;
        const char *s = lex_line(ps->lx, e->lineno, &len);
        if (s)
            err->text = arena_strndup(arena, s, len);
        err->text_cut = !e->eof_offset && e->lineno < e->tok_line;
        /* CPython's column -1 (unknown) gives offset 0; -2 gives -1 */
        if (e->fixed && e->eof_offset && ps->mode == PARSE_SINGLE) {
            /* the REPL decides itself where such a caret goes */
            err->eof_offset = 0;
        } else if (e->fixed) {
            err->col_offset = e->col;
            err->end_col_offset = e->end_col;
        } else {
            err->col_offset = e->col < 0 ? e->col + 1 : char_col(ps->lx, e->lineno, e->col);
            err->end_col_offset = e->end_col < 0 ? e->end_col + 1
                                  : char_col(ps->lx, e->end_lineno, e->end_col);
        }
    }
}

Module *parse_source_ex(const char *src, size_t len, const char *filename,
                        int mode, Arena *arena, SyntaxErr *err, bool *incomplete)
{
    if (incomplete)
        *incomplete = false;
    memset(err, 0, sizeof *err);
    Lexer *lx = lex_new(src, len, filename);
    Module *m = arena_alloc(arena, sizeof(Module));
    if (!lx || !m) {
        lex_free(lx);
        err->kind = SE_SYNTAX;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    ParseState ps;
    memset(&ps, 0, sizeof ps);
    ps.arena = arena;
    ps.lx = lx;
    ps.mode = mode;
    ps.mod = m;
    m->kind = mode == PARSE_SINGLE ? MOD_INTERACTIVE
            : mode == PARSE_EVAL ? MOD_EXPRESSION : MOD_MODULE;
    ps.first_tok = mode == PARSE_SINGLE ? START_SINGLE
                 : mode == PARSE_EVAL ? START_EVAL : START_FILE;
    int rc = yyparse(lx, &ps);
    if (rc != 0)
        lexer_error_wins(&ps);      /* errors raised by grammar actions */
    int checked = 0;
    if (rc == 0 && !ps.err.set) {
        rc = parse_check(&ps, m);
        checked = ps.err.set;       /* CPython's compiler finds these */
        if (rc == 0 && !checked && ps.has_async) {
            /* garter does not run coroutines: a program CPython accepts
             * is refused at its first async/await */
            parse_error_loc(&ps, ps.async_loc, "invalid syntax");
            ps.err.tok_line = ps.async_loc.first_line;
            rc = -1;
        }
    }
    if (rc != 0 || ps.err.set) {
        if (!ps.err.set)
            parse_error_at(&ps, 0, 0, 0, 0, 0, "invalid syntax");
        fill_err(&ps, arena, err);
        if ((checked || compiler_message(err->msg)) && !ps.lexerror)
            err->origin = SE_FROM_COMPILER;
        if (incomplete)
            *incomplete = lex_hit_eof_incomplete(lx) || ps.eof_error;
        m = NULL;
    }
    free(ps.buf);
    free(ps.hist);
    lex_free(lx);
    return m;
}

Module *parse_source(const char *src, size_t len, const char *filename,
                     int mode, Arena *arena, SyntaxErr *err)
{
    return parse_source_ex(src, len, filename, mode, arena, err, NULL);
}
