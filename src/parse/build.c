/* build.c — AST builders called from the grammar actions: literal and
 * string-concatenation nodes, calls and their argument-order rules, formal
 * parameter lists, assignment-target validation with CPython 3.11's
 * messages.  Every builder returns NULL (or -1) after recording a syntax
 * error in the ParseState, and the action then aborts the parse. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "parse/build.h"
#include "parse/arena.h"

Loc build_loc_of(const Expr *e)
{
    Loc l = { e->lineno, e->col_offset, e->end_lineno, e->end_col_offset };
    return l;
}

static Expr *mk(ParseState *ps, ExprKind k, Loc l)
{
    Expr *e = ast_expr(ps->arena, k, l.first_line, l.first_column, l.last_line, l.last_column);
    if (!e)
        parse_error_at(ps, 0, l.first_line, l.first_column, l.last_line, l.last_column,
                       "out of memory");
    return e;
}

Stmt *build_stmt(ParseState *ps, StmtKind k, Loc l)
{
    return ast_stmt(ps->arena, k, l.first_line, l.first_column, l.last_line, l.last_column);
}

const char *build_ident(ParseState *ps, Tok t)
{
    return ast_strndup(ps->arena, t.s, t.n);
}

StmtSeq build_body(ParseState *ps, AstVec *v)
{
    (void)ps;
    return AST_SEQ(StmtSeq, v);
}

/* A compound statement ends where its last nested statement ends. */
void build_end_of(Stmt *s, StmtSeq body)
{
    if (body.n) {
        Stmt *last = body.items[body.n - 1];
        s->end_lineno = last->end_lineno;
        s->end_col_offset = last->end_col_offset;
        if (last->ann) {
            /* a trailing ';' (see simple_stmts); parse_check clears ann */
            const Loc *semi = last->ann;
            s->end_lineno = semi->last_line;
            s->end_col_offset = semi->last_column;
        }
    }
}

ExceptHandler *build_handler(ParseState *ps, Expr *type, const char *name, AstVec *body, Loc kw)
{
    ExceptHandler *h = arena_alloc(ps->arena, sizeof(ExceptHandler));
    if (!h)
        return NULL;
    h->type = type;
    h->name = name;
    h->body = AST_SEQ(StmtSeq, body);
    h->lineno = kw.first_line; h->col_offset = kw.first_column;
    Stmt *last = h->body.n ? h->body.items[h->body.n - 1] : NULL;
    h->end_lineno = last ? last->end_lineno : kw.last_line;
    h->end_col_offset = last ? last->end_col_offset : kw.last_column;
    return h;
}

Expr *build_name(ParseState *ps, Tok t, Loc loc)
{
    Expr *e = mk(ps, EXPR_NAME, loc);
    if (e && !(e->v.name.id = build_ident(ps, t)))
        return NULL;
    return e;
}

Expr *build_const(ParseState *ps, ConstKind k, const char *s, size_t n, Loc loc)
{
    Expr *e = mk(ps, EXPR_CONSTANT, loc);
    if (!e)
        return NULL;
    e->v.constant.kind = k;
    if (s) {
        if (!(e->v.constant.s = ast_strndup(ps->arena, s, n)))
            return NULL;
        e->v.constant.n = n;
    }
    return e;
}

/* The literal's kind comes from its text: a j suffix is imaginary, a
 * 0x/0o/0b prefix is an int, otherwise '.', 'e' mean float. */
Expr *build_number(ParseState *ps, Tok t, Loc loc)
{
    ConstKind k = CONST_INT;
    if (t.n && (t.s[t.n - 1] == 'j' || t.s[t.n - 1] == 'J'))
        k = CONST_COMPLEX;
    else if (t.flags & TOKF_FLOAT)
        k = CONST_FLOAT;
    else if (!(t.flags & TOKF_INT)) {
        int base_prefix = t.n > 1 && t.s[0] == '0' && strchr("xXoObB", t.s[1]);
        if (!base_prefix)
            for (size_t i = 0; i < t.n; i++)
                if (t.s[i] == '.' || t.s[i] == 'e' || t.s[i] == 'E')
                    k = CONST_FLOAT;
    }
    return build_const(ps, k, t.s, t.n, loc);
}

/* ---- strings --------------------------------------------------------- */

typedef struct SBuf { char *p; size_t n, cap; } SBuf;

static int sb_add(ParseState *ps, SBuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = (b->n + n + 1) * 2;
        char *p = arena_alloc(ps->arena, cap);
        if (!p)
            return -1;
        if (b->n)
            memcpy(p, b->p, b->n);
        b->p = p;
        b->cap = cap;
    }
    if (n)
        memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
    return 0;
}

/* Append the constants and formatted values of an f-string part list to
 * out, merging adjacent literal text into one Constant as CPython does. */
static int flush(ParseState *ps, SBuf *b, AstVec **out, Loc loc)
{
    if (!b->n)
        return 0;
    Expr *c = build_const(ps, CONST_STR, b->p, b->n, loc);
    if (!c || !(*out = ast_vec_push(ps->arena, *out, c)))
        return -1;
    b->n = 0;
    return 0;
}

static void set_loc(Expr *e, Loc l)
{
    e->lineno = l.first_line; e->col_offset = l.first_column;
    e->end_lineno = l.last_line; e->end_col_offset = l.last_column;
}

/* CPython 3.11 gives the pieces of a JoinedStr the location of the whole
 * literal and a format spec the location of the f-string token holding it. */
static int merge_parts(ParseState *ps, AstVec *parts, SBuf *b, AstVec **out,
                       Loc atom, Loc piece)
{
    for (int i = 0; parts && i < parts->n; i++) {
        Expr *p = parts->items[i];
        if (p->kind == EXPR_CONSTANT) {
            if (sb_add(ps, b, p->v.constant.s, p->v.constant.n) < 0)
                return -1;
            continue;
        }
        if (flush(ps, b, out, atom) < 0)
            return -1;
        set_loc(p, atom);
        Expr *spec = p->v.formatted.format_spec;
        if (spec) {
            AstVec *vals = NULL;
            AstVec tmp = { spec->v.joinedstr.values.n, spec->v.joinedstr.values.n,
                           (void **)spec->v.joinedstr.values.items };
            SBuf sb = { 0 };
            /* 3.11 quirk: a spec of plain text gets the token's location,
             * one with nested fields the whole literal's */
            int nested = 0;
            for (int j = 0; j < tmp.n; j++)
                nested |= ((Expr *)tmp.items[j])->kind != EXPR_CONSTANT;
            Loc cl = nested ? atom : piece;
            if (merge_parts(ps, &tmp, &sb, &vals, cl, piece) < 0
                || flush(ps, &sb, &vals, cl) < 0)
                return -1;
            spec->v.joinedstr.values = AST_SEQ(ExprSeq, vals);
            set_loc(spec, piece);
        }
        if (!(*out = ast_vec_push(ps->arena, *out, p)))
            return -1;
    }
    return 0;
}

Expr *build_strings(ParseState *ps, AstVec *pieces, Loc loc)
{
    int any_f = 0, bytes = -1;
    for (int i = 0; i < pieces->n; i++) {
        StrPiece *p = pieces->items[i];
        int isb = !p->fstring && (p->flags & TOKF_BYTES);
        if (bytes >= 0 && bytes != isb) {
            parse_error_at(ps, 0, loc.last_line, loc.last_column, loc.last_line,
                           loc.last_column, "cannot mix bytes and nonbytes literals");
            return NULL;
        }
        bytes = isb;
        any_f |= p->fstring;
    }
    SBuf b = { 0 };
    if (!any_f) {
        if (sb_add(ps, &b, "", 0) < 0)
            return NULL;
        for (int i = 0; i < pieces->n; i++) {
            StrPiece *p = pieces->items[i];
            if (sb_add(ps, &b, p->s, p->n) < 0)
                return NULL;
        }
        Expr *e = mk(ps, EXPR_CONSTANT, loc);
        if (!e)
            return NULL;
        e->v.constant.kind = bytes ? CONST_BYTES : CONST_STR;
        e->v.constant.s = b.p;
        e->v.constant.n = b.n;
        return e;
    }
    AstVec *vals = NULL;
    for (int i = 0; i < pieces->n; i++) {
        StrPiece *p = pieces->items[i];
        if (!p->fstring) {
            if (sb_add(ps, &b, p->s, p->n) < 0)
                return NULL;
        } else if (merge_parts(ps, p->parts, &b, &vals, loc, p->loc) < 0)
            return NULL;
    }
    if (flush(ps, &b, &vals, loc) < 0)
        return NULL;
    Expr *e = mk(ps, EXPR_JOINEDSTR, loc);
    if (e)
        e->v.joinedstr.values = AST_SEQ(ExprSeq, vals);
    return e;
}

Expr *build_fvalue(ParseState *ps, Expr *value, Tok eq, Tok lbrace, Loc lbloc,
                   Tok conv, int hasconv, AstVec *spec, AstVec *out)
{
    if (value->kind == EXPR_STARRED) {
        parse_error_expr(ps, value, "cannot use starred expression here");
        parse_error_in_field(ps, lbrace, lbloc);
        return NULL;
    }
    Loc l = build_loc_of(value);
    if (eq.s && eq.s >= lbrace.s) {
        size_t n = (size_t)(eq.s - lbrace.s) + eq.n;
        Expr *c = build_const(ps, CONST_STR, lbrace.s, n, l);
        if (!c || !ast_vec_push(ps->arena, out, c))
            return NULL;
    }
    if (value->kind == EXPR_TUPLE && value->v.seq.elts.n
        && value->v.seq.elts.items[0]->col_offset == value->col_offset
        && value->v.seq.elts.items[0]->lineno == value->lineno) {
        /* 3.11 compiles the field as "(expr)": a bare tuple spans the
         * invisible parentheses */
        value->col_offset--;
        value->end_col_offset++;
    }
    Expr *fv = mk(ps, EXPR_FORMATTEDVALUE, l);
    if (!fv)
        return NULL;
    fv->v.formatted.value = value;
    fv->v.formatted.conversion = hasconv ? conv.s[0] : CONV_NONE;
    if (eq.s && !hasconv && !spec)
        fv->v.formatted.conversion = 'r';
    if (spec) {
        Expr *js = mk(ps, EXPR_JOINEDSTR, l);
        if (!js)
            return NULL;
        js->v.joinedstr.values = AST_SEQ(ExprSeq, spec);
        fv->v.formatted.format_spec = js;
    }
    if (!ast_vec_push(ps->arena, out, fv))
        return NULL;
    return fv;
}

/* ---- sequences, operators -------------------------------------------- */

Expr *build_tuple(ParseState *ps, CList l, Loc loc)
{
    Expr *e = mk(ps, EXPR_TUPLE, loc);
    if (e)
        e->v.seq.elts = AST_SEQ(ExprSeq, l.v);
    return e;
}

Expr *build_seq_or_single(ParseState *ps, CList l, Loc loc)
{
    if (!l.comma)
        return l.v->items[0];
    return build_tuple(ps, l, loc);
}

Expr *build_comp(ParseState *ps, ExprKind k, Expr *elt, Expr *value, AstVec *gens, Loc loc)
{
    if (elt->kind == EXPR_STARRED) {
        parse_error_expr(ps, elt, "iterable unpacking cannot be used in comprehension");
        return NULL;
    }
    Expr *e = mk(ps, k, loc);
    if (!e)
        return NULL;
    e->v.comp.elt = elt;
    e->v.comp.value = value;
    e->v.comp.generators = AST_SEQ(ComprehensionSeq, gens);
    return e;
}

Expr *build_boolop(ParseState *ps, BoolOpKind op, AstVec *vals, Loc loc)
{
    Expr *e = mk(ps, EXPR_BOOLOP, loc);
    if (e) {
        e->v.boolop.op = op;
        e->v.boolop.values = AST_SEQ(ExprSeq, vals);
    }
    return e;
}

Expr *build_binop(ParseState *ps, Expr *l, BinOpKind op, Expr *r, Loc loc)
{
    Expr *e = mk(ps, EXPR_BINOP, loc);
    if (e) {
        e->v.binop.left = l;
        e->v.binop.op = op;
        e->v.binop.right = r;
    }
    return e;
}

Expr *build_unary(ParseState *ps, UnaryOpKind op, Expr *x, Loc loc)
{
    Expr *e = mk(ps, EXPR_UNARYOP, loc);
    if (e) {
        e->v.unaryop.op = op;
        e->v.unaryop.operand = x;
    }
    return e;
}

Expr *build_compare(ParseState *ps, CmpBuild *cb, Loc loc)
{
    Expr *e = mk(ps, EXPR_COMPARE, loc);
    if (!e)
        return NULL;
    int n = cb->ops->n;
    CmpOpKind *ops = arena_alloc(ps->arena, (size_t)n * sizeof(CmpOpKind));
    if (!ops)
        return NULL;
    for (int i = 0; i < n; i++)
        ops[i] = (CmpOpKind)(intptr_t)cb->ops->items[i];
    e->v.compare.left = cb->left;
    e->v.compare.n = n;
    e->v.compare.ops = ops;
    e->v.compare.comparators = (Expr **)cb->rest->items;
    return e;
}

/* CPython's _PyPegen_get_expr_name: how error messages name a node. */
static const char *expr_name(const Expr *e)
{
    switch (e->kind) {
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_STARRED: return "starred";
    case EXPR_NAME: return "name";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_CALL: return "function call";
    case EXPR_BOOLOP: case EXPR_BINOP: case EXPR_UNARYOP: return "expression";
    case EXPR_GENERATOREXP: return "generator expression";
    case EXPR_YIELD: case EXPR_YIELDFROM: return "yield expression";
    case EXPR_AWAIT: return "await expression";
    case EXPR_LISTCOMP: return "list comprehension";
    case EXPR_SETCOMP: return "set comprehension";
    case EXPR_DICTCOMP: return "dict comprehension";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_JOINEDSTR: case EXPR_FORMATTEDVALUE: return "f-string expression";
    case EXPR_CONSTANT:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case EXPR_COMPARE: return "comparison";
    case EXPR_IFEXP: return "conditional expression";
    case EXPR_NAMEDEXPR: return "named expression";
    case EXPR_SLICE: return "slice";
    default: return "expression";
    }
}

Expr *build_namedexpr(ParseState *ps, Expr *target, Expr *value, Loc loc)
{
    if (target->kind != EXPR_NAME) {
        parse_error_expr(ps, target, "cannot use assignment expressions with %s",
                         expr_name(target));
        return NULL;
    }
    target->v.name.ctx = CTX_STORE;
    Expr *e = mk(ps, EXPR_NAMEDEXPR, loc);
    if (e) {
        e->v.namedexpr.target = target;
        e->v.namedexpr.value = value;
    }
    return e;
}

/* ---- calls ----------------------------------------------------------- */

/* Sort the argument items into args and keywords, enforcing CPython's
 * ordering rules with its messages (these are parse-time errors there). */
Expr *build_call(ParseState *ps, Expr *func, AstVec *items, Loc loc, Loc parens)
{
    AstVec *args = NULL, *kws = NULL;
    int n = items ? items->n : 0;
    int seen_kw = 0, seen_dstar = 0;
    for (int i = 0; i < n; i++) {
        ArgItem *a = items->items[i];
        if (a->kind == ARG_KW) {
            Expr *name = (Expr *)a->kw;
            /* the argument's span starts at '(' when the target is parenthesized */
            int parenthesized = a->loc.first_line != name->lineno || a->loc.first_column != name->col_offset;
            if (name->kind != EXPR_NAME || parenthesized) {
                const char *msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
                char buf[64];
                if (!parenthesized && name->kind == EXPR_CONSTANT && (name->v.constant.kind == CONST_TRUE
                    || name->v.constant.kind == CONST_FALSE || name->v.constant.kind == CONST_NONE)) {
                    snprintf(buf, sizeof buf, "cannot assign to %s", expr_name(name));
                    msg = buf;
                }
                parse_error_at(ps, 0, name->lineno, name->col_offset, a->eq.last_line,
                               a->eq.last_column, "%s", msg);
                return NULL;
            }
        }
    }
    /* CPython reports a bad keyword before an unparenthesized generator */
    for (int i = 0; i < n; i++) {
        ArgItem *a = items->items[i];
        if (a->kind == ARG_GENEXP && n > 1) {
            parse_error_expr(ps, a->value, "Generator expression must be parenthesized");
            return NULL;
        }
    }
    for (int i = 0; i < n; i++) {
        ArgItem *a = items->items[i];
        switch (a->kind) {
        case ARG_POS: case ARG_GENEXP:
            if (seen_kw || seen_dstar) {
                parse_error_at(ps, 0, parens.last_line, parens.last_column - 1,
                               parens.last_line, parens.last_column,
                               seen_dstar ? "positional argument follows keyword argument unpacking"
                                          : "positional argument follows keyword argument");
                return NULL;
            }
            /* fallthrough */
        case ARG_STAR:
            if (a->kind == ARG_STAR && seen_dstar) {
                parse_error_at(ps, 0, a->loc.first_line, a->loc.first_column,
                               a->loc.first_line, a->loc.first_column + 1,
                               "iterable argument unpacking follows keyword argument unpacking");
                return NULL;
            }
            if (a->kind == ARG_GENEXP) {
                /* a lone generator argument spans the call's parentheses */
                a->value->lineno = parens.first_line;
                a->value->col_offset = parens.first_column;
                a->value->end_lineno = parens.last_line;
                a->value->end_col_offset = parens.last_column;
            }
            if (!(args = ast_vec_push(ps->arena, args, a->value)))
                return NULL;
            break;
        case ARG_KW: case ARG_DSTAR: {
            Keyword *k = arena_alloc(ps->arena, sizeof(Keyword));
            if (!k)
                return NULL;
            if (a->kind == ARG_KW) {
                Expr *name = (Expr *)a->kw;
                k->arg = name->v.name.id;
                seen_kw = 1;
            } else
                seen_dstar = 1;
            k->value = a->value;
            k->lineno = a->loc.first_line; k->col_offset = a->loc.first_column;
            k->end_lineno = a->loc.last_line; k->end_col_offset = a->loc.last_column;
            if (!(kws = ast_vec_push(ps->arena, kws, k)))
                return NULL;
            break;
        }
        }
    }
    Expr *e = mk(ps, EXPR_CALL, loc);
    if (!e)
        return NULL;
    e->v.call.func = func;
    e->v.call.args = AST_SEQ(ExprSeq, args);
    e->v.call.keywords = AST_SEQ(KeywordSeq, kws);
    return e;
}

/* ---- parameters ------------------------------------------------------ */

Arg *build_arg(ParseState *ps, Tok name, Expr *ann, Loc loc)
{
    Arg *a = arena_alloc(ps->arena, sizeof(Arg));
    if (!a || !(a->arg = build_ident(ps, name)))
        return NULL;
    a->annotation = ann;
    a->lineno = loc.first_line; a->col_offset = loc.first_column;
    a->end_lineno = loc.last_line; a->end_col_offset = loc.last_column;
    return a;
}

static void *perr_loc(ParseState *ps, Loc l, const char *msg)
{
    parse_error_at(ps, 0, l.first_line, l.first_column, l.last_line, l.last_column, "%s", msg);
    return NULL;
}

static Loc first_char(Loc l)
{
    l.last_line = l.first_line;
    l.last_column = l.first_column + 1;
    return l;
}

/* Assemble Arguments from the flat parameter list, checking the order
 * rules CPython's grammar encodes (with its messages and positions). */
Arguments *build_arguments(ParseState *ps, AstVec *params)
{
    Arguments *A = arena_alloc(ps->arena, sizeof(Arguments));
    if (!A)
        return NULL;
    AstVec *pos = NULL, *posonly = NULL, *kwonly = NULL, *kwdef = NULL, *defs = NULL;
    int seen_star = 0, seen_slash = 0, seen_default = 0;
    ParamItem *star = NULL;
    int n = params ? params->n : 0;
    for (int i = 0; i < n; i++) {
        ParamItem *p = params->items[i];
        if (A->kwarg)
            return perr_loc(ps, p->kind == P_NAME ? p->loc : first_char(p->loc),
                            "arguments cannot follow var-keyword argument");
        switch (p->kind) {
        case P_SLASH:
            if (seen_slash)
                return perr_loc(ps, p->loc, "/ may appear only once");
            if (seen_star)
                return perr_loc(ps, p->loc, "/ must be ahead of *");
            if (!pos || !pos->n)
                return perr_loc(ps, p->loc, n == 1 ? "invalid syntax"
                                                   : "at least one argument must precede /");
            seen_slash = 1;
            posonly = pos;
            pos = NULL;
            break;
        case P_STAR:
            if (seen_star)
                return perr_loc(ps, first_char(p->loc), "* argument may appear only once");
            if (p->def)
                return perr_loc(ps, first_char(p->defloc),
                                "var-positional argument cannot have default value");
            seen_star = 1;
            star = p;
            A->vararg = p->arg;
            break;
        case P_DSTAR:
            if (p->def)
                return perr_loc(ps, first_char(p->defloc),
                                "var-keyword argument cannot have default value");
            A->kwarg = p->arg;
            break;
        case P_NAME:
            if (seen_star) {
                if (!(kwonly = ast_vec_push(ps->arena, kwonly, p->arg))
                    || !(kwdef = ast_vec_push(ps->arena, kwdef, p->def)))
                    return NULL;
            } else {
                if (p->def) {
                    seen_default = 1;
                    if (!(defs = ast_vec_push(ps->arena, defs, p->def)))
                        return NULL;
                } else if (seen_default)
                    return perr_loc(ps, p->loc, "non-default argument follows default argument");
                if (!(pos = ast_vec_push(ps->arena, pos, p->arg)))
                    return NULL;
            }
            break;
        }
    }
    if (star && !star->arg && !(kwonly && kwonly->n))
        return perr_loc(ps, first_char(star->loc), "named arguments must follow bare *");
    A->posonlyargs = AST_SEQ(ArgSeq, posonly);
    A->args = AST_SEQ(ArgSeq, pos);
    A->kwonlyargs = AST_SEQ(ArgSeq, kwonly);
    A->kw_defaults = AST_SEQ(ExprSeq, kwdef);
    A->defaults = AST_SEQ(ExprSeq, defs);
    return A;
}

/* ---- async ------------------------------------------------------------ */

void build_async(ParseState *ps, Stmt *s, Loc kw)
{
    if (s) {
        s->lineno = kw.first_line;
        s->col_offset = kw.first_column;
    }
    if (!ps->has_async || kw.first_line < ps->async_loc.first_line
        || (kw.first_line == ps->async_loc.first_line
            && kw.first_column < ps->async_loc.first_column)) {
        ps->has_async = 1;
        ps->async_loc = kw;
    }
}

/* ---- assignment targets ---------------------------------------------- */

/* CPython's _PyPegen_get_invalid_target: the first node that cannot be a
 * target, or NULL when the whole target is valid. */
static Expr *invalid_target(Expr *e, int del)
{
    switch (e->kind) {
    case EXPR_LIST: case EXPR_TUPLE:
        for (int i = 0; i < e->v.seq.elts.n; i++) {
            Expr *r = invalid_target(e->v.seq.elts.items[i], del);
            if (r)
                return r;
        }
        return NULL;
    case EXPR_STARRED:
        return del ? e : invalid_target(e->v.starred.value, del);
    case EXPR_NAME: case EXPR_SUBSCRIPT: case EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Expr *e, ExprCtx ctx)
{
    switch (e->kind) {
    case EXPR_NAME: e->v.name.ctx = ctx; break;
    case EXPR_ATTRIBUTE: e->v.attribute.ctx = ctx; break;
    case EXPR_SUBSCRIPT: e->v.subscript.ctx = ctx; break;
    case EXPR_STARRED: e->v.starred.ctx = ctx; set_ctx(e->v.starred.value, ctx); break;
    case EXPR_LIST: case EXPR_TUPLE:
        e->v.seq.ctx = ctx;
        for (int i = 0; i < e->v.seq.elts.n; i++)
            set_ctx(e->v.seq.elts.items[i], ctx);
        break;
    default: break;
    }
}

/* Does an assignment's value start with an operand (a bitwise_or in
 * CPython's grammar)?  Decides the "Maybe you meant '=='" wording. */
static int starts_with_operand(const Expr *e)
{
    for (;;) {
        int l = e->lineno, c = e->col_offset;
        const Expr *first = NULL;
        switch (e->kind) {
        case EXPR_TUPLE: if (e->v.seq.elts.n) first = e->v.seq.elts.items[0]; break;
        case EXPR_COMPARE: first = e->v.compare.left; break;
        case EXPR_BOOLOP: first = e->v.boolop.values.items[0]; break;
        case EXPR_IFEXP: first = e->v.ifexp.body; break;
        case EXPR_STARRED: case EXPR_LAMBDA: case EXPR_YIELD: case EXPR_YIELDFROM:
            return 0;
        case EXPR_UNARYOP: return e->v.unaryop.op != UOP_NOT;
        default: return 1;
        }
        if (!first || first->lineno != l || first->col_offset != c)
            return 1;               /* parenthesised or empty */
        e = first;
    }
}

static int count_starred(ParseState *ps, Expr *e)
{
    if (e->kind == EXPR_STARRED) {
        parse_error_expr(ps, e, "starred assignment target must be in a list or tuple");
        return -1;
    }
    if (e->kind != EXPR_LIST && e->kind != EXPR_TUPLE)
        return 0;
    int stars = 0;
    for (int i = 0; i < e->v.seq.elts.n; i++) {
        Expr *x = e->v.seq.elts.items[i];
        if (x->kind == EXPR_STARRED) {
            stars++;
            if (count_starred(ps, x->v.starred.value) < 0)
                return -1;
        } else if (count_starred(ps, x) < 0)
            return -1;
    }
    if (stars > 1) {
        parse_error_expr(ps, e, "multiple starred expressions in assignment");
        return -1;
    }
    return 0;
}

int build_target(ParseState *ps, Expr *e, int why)
{
    e->ann = NULL;
    switch (why) {
    case TGT_AUG:
        if (e->kind != EXPR_NAME && e->kind != EXPR_ATTRIBUTE && e->kind != EXPR_SUBSCRIPT) {
            parse_error_expr(ps, e, "'%s' is an illegal expression for augmented assignment",
                             expr_name(e));
            return -1;
        }
        set_ctx(e, CTX_STORE);
        return 0;
    case TGT_ANN:
        if (e->kind == EXPR_TUPLE || e->kind == EXPR_LIST) {
            Loc l = build_loc_of(e);
            if (e->kind == EXPR_TUPLE && e->v.seq.elts.n && !e->v.seq.parens)
                l = build_loc_of(e->v.seq.elts.items[0]);
            parse_error_at(ps, 0, l.first_line, l.first_column, l.last_line, l.last_column,
                           "only single target (not %s) can be annotated", expr_name(e));
            return -1;
        }
        if (e->kind != EXPR_NAME && e->kind != EXPR_ATTRIBUTE && e->kind != EXPR_SUBSCRIPT) {
            parse_error_expr(ps, e, "illegal target for annotation");
            return -1;
        }
        set_ctx(e, CTX_STORE);
        return 0;
    default:
        break;
    }
    if (why == TGT_ASSIGN || why == TGT_ASSIGN_CHAIN) {
        if (e->kind == EXPR_YIELD || e->kind == EXPR_YIELDFROM) {
            parse_error_expr(ps, e, "assignment to yield expression not possible");
            return -1;
        }
    }
    Expr *bad = invalid_target(e, why == TGT_DEL);
    if (bad) {
        if (why == TGT_DEL)
            parse_error_expr(ps, bad, "cannot delete %s", expr_name(bad));
        else if (why == TGT_ASSIGN && bad == e && e->kind != EXPR_GENERATOREXP
                 && !(e->kind == EXPR_CONSTANT && e->v.constant.kind <= CONST_FALSE)
                 && e->kind != EXPR_COMPARE && e->kind != EXPR_BOOLOP
                 && !(e->kind == EXPR_UNARYOP && e->v.unaryop.op == UOP_NOT)
                 && e->kind != EXPR_IFEXP && e->kind != EXPR_LAMBDA
                 && ps->assign_value
                 && starts_with_operand(ps->assign_value))
            parse_error_expr(ps, bad, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                             expr_name(bad));
        else
            parse_error_expr(ps, bad, "cannot assign to %s", expr_name(bad));
        return -1;
    }
    if (why != TGT_DEL && count_starred(ps, e) < 0)
        return -1;
    set_ctx(e, why == TGT_DEL ? CTX_DEL : CTX_STORE);
    return 0;
}
