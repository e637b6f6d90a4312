/* ast_dump.c — `garter --dump-ast`: prints a Module one node per line,
 * indented two spaces per level, each node followed by its span
 * (line:col-endline:endcol, columns 0-based bytes as in CPython's ast).
 * Fields holding children are introduced by a `.field` line when a node
 * has more than one kind of child, so the nesting stays unambiguous. */
#include <stdio.h>
#include "parse/ast.h"

static void dump_expr(const Expr *e, int ind, FILE *out);
static void dump_stmts(StmtSeq s, int ind, FILE *out);

static void pad(int ind, FILE *out)
{
    for (int i = 0; i < ind; i++)
        fputs("  ", out);
}

static void span(int l, int c, int el, int ec, FILE *out)
{
    fprintf(out, " (%d:%d-%d:%d)\n", l, c, el, ec);
}

static const char *ctx_name(ExprCtx c)
{
    return c == CTX_STORE ? "Store" : c == CTX_DEL ? "Del" : "Load";
}

/* Strings print as a repr-like quoted form: escapes for control bytes,
 * quotes and backslashes; other bytes (UTF-8) pass through. */
static void quoted(const char *s, size_t n, int bytes, FILE *out)
{
    fputc('\'', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        switch (ch) {
        case '\n': fputs("\\n", out); break;
        case '\t': fputs("\\t", out); break;
        case '\r': fputs("\\r", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\'': fputs("\\'", out); break;
        default:
            if (ch < 0x20 || ch == 0x7f || (bytes && ch >= 0x80))
                fprintf(out, "\\x%02x", ch);
            else
                fputc(ch, out);
        }
    }
    fputc('\'', out);
}

static void field(const char *name, int ind, FILE *out)
{
    pad(ind, out);
    fprintf(out, ".%s\n", name);
}

static void dump_opt(const char *name, const Expr *e, int ind, FILE *out)
{
    if (!e)
        return;
    field(name, ind, out);
    dump_expr(e, ind + 1, out);
}

static void dump_exprs(const char *name, ExprSeq s, int ind, FILE *out)
{
    if (!s.n)
        return;
    if (name)
        field(name, ind, out);
    for (int i = 0; i < s.n; i++) {
        if (s.items[i])
            dump_expr(s.items[i], ind + (name != NULL), out);
        else {
            pad(ind + (name != NULL), out);
            fputs("None\n", out);
        }
    }
}

static void dump_arg(const char *what, const Arg *a, int ind, FILE *out)
{
    pad(ind, out);
    fprintf(out, "%s %s", what, a->arg);
    span(a->lineno, a->col_offset, a->end_lineno, a->end_col_offset, out);
    dump_opt("annotation", a->annotation, ind + 1, out);
}

static void dump_arguments(const Arguments *a, int ind, FILE *out)
{
    if (!a)
        return;
    for (int i = 0; i < a->posonlyargs.n; i++)
        dump_arg("posonlyarg", a->posonlyargs.items[i], ind, out);
    for (int i = 0; i < a->args.n; i++)
        dump_arg("arg", a->args.items[i], ind, out);
    if (a->vararg)
        dump_arg("vararg", a->vararg, ind, out);
    for (int i = 0; i < a->kwonlyargs.n; i++)
        dump_arg("kwonlyarg", a->kwonlyargs.items[i], ind, out);
    if (a->kwarg)
        dump_arg("kwarg", a->kwarg, ind, out);
    dump_exprs("defaults", a->defaults, ind, out);
    int any = 0;
    for (int i = 0; i < a->kw_defaults.n; i++)
        any |= a->kw_defaults.items[i] != NULL;
    if (any)
        dump_exprs("kw_defaults", a->kw_defaults, ind, out);
}

static void dump_keywords(KeywordSeq s, int ind, FILE *out)
{
    for (int i = 0; i < s.n; i++) {
        const Keyword *k = s.items[i];
        pad(ind, out);
        fprintf(out, "keyword %s", k->arg ? k->arg : "**");
        span(k->lineno, k->col_offset, k->end_lineno, k->end_col_offset, out);
        dump_expr(k->value, ind + 1, out);
    }
}

static void dump_comps(ComprehensionSeq s, int ind, FILE *out)
{
    for (int i = 0; i < s.n; i++) {
        const Comprehension *c = s.items[i];
        pad(ind, out);
        fputs("comprehension\n", out);
        dump_opt("target", c->target, ind + 1, out);
        dump_opt("iter", c->iter, ind + 1, out);
        dump_exprs("ifs", c->ifs, ind + 1, out);
    }
}

static void dump_expr(const Expr *e, int ind, FILE *out)
{
    pad(ind, out);
    fputs(ast_expr_kind_name(e->kind), out);
    switch (e->kind) {
    case EXPR_BOOLOP:
        fputs(e->v.boolop.op == BOOL_AND ? " And" : " Or", out); break;
    case EXPR_BINOP:
        fprintf(out, " %s", ast_binop_name(e->v.binop.op)); break;
    case EXPR_UNARYOP:
        fprintf(out, " %s", ast_unaryop_name(e->v.unaryop.op)); break;
    case EXPR_COMPARE:
        for (int i = 0; i < e->v.compare.n; i++)
            fprintf(out, " %s", ast_cmpop_name(e->v.compare.ops[i]));
        break;
    case EXPR_FORMATTEDVALUE:
        if (e->v.formatted.conversion != CONV_NONE)
            fprintf(out, " !%c", e->v.formatted.conversion);
        break;
    case EXPR_CONSTANT: {
        const char *s = e->v.constant.s;
        size_t n = e->v.constant.n;
        switch (e->v.constant.kind) {
        case CONST_NONE: fputs(" None", out); break;
        case CONST_TRUE: fputs(" True", out); break;
        case CONST_FALSE: fputs(" False", out); break;
        case CONST_ELLIPSIS: fputs(" Ellipsis", out); break;
        case CONST_INT: fprintf(out, " int %.*s", (int)n, s); break;
        case CONST_FLOAT: fprintf(out, " float %.*s", (int)n, s); break;
        case CONST_COMPLEX: fprintf(out, " complex %.*s", (int)n, s); break;
        case CONST_STR: fputs(" str ", out); quoted(s, n, 0, out); break;
        case CONST_BYTES: fputs(" bytes b", out); quoted(s, n, 1, out); break;
        }
        break;
    }
    case EXPR_ATTRIBUTE:
        fprintf(out, " .%s %s", e->v.attribute.attr, ctx_name(e->v.attribute.ctx));
        break;
    case EXPR_SUBSCRIPT:
        fprintf(out, " %s", ctx_name(e->v.subscript.ctx)); break;
    case EXPR_STARRED:
        fprintf(out, " %s", ctx_name(e->v.starred.ctx)); break;
    case EXPR_NAME:
        fprintf(out, " %s %s", e->v.name.id, ctx_name(e->v.name.ctx)); break;
    case EXPR_LIST: case EXPR_TUPLE:
        fprintf(out, " %s", ctx_name(e->v.seq.ctx)); break;
    default:
        break;
    }
    span(e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, out);
    ind++;
    switch (e->kind) {
    case EXPR_BOOLOP: dump_exprs(NULL, e->v.boolop.values, ind, out); break;
    case EXPR_NAMEDEXPR:
        dump_expr(e->v.namedexpr.target, ind, out);
        dump_expr(e->v.namedexpr.value, ind, out);
        break;
    case EXPR_BINOP:
        dump_expr(e->v.binop.left, ind, out);
        dump_expr(e->v.binop.right, ind, out);
        break;
    case EXPR_UNARYOP: dump_expr(e->v.unaryop.operand, ind, out); break;
    case EXPR_LAMBDA:
        dump_arguments(e->v.lambda.args, ind, out);
        dump_opt("body", e->v.lambda.body, ind, out);
        break;
    case EXPR_IFEXP:
        dump_expr(e->v.ifexp.test, ind, out);
        dump_expr(e->v.ifexp.body, ind, out);
        dump_expr(e->v.ifexp.orelse, ind, out);
        break;
    case EXPR_DICT:
        for (int i = 0; i < e->v.dict.keys.n; i++) {
            if (e->v.dict.keys.items[i])
                dump_expr(e->v.dict.keys.items[i], ind, out);
            else {
                pad(ind, out);
                fputs("**\n", out);
            }
            dump_expr(e->v.dict.values.items[i], ind + 1, out);
        }
        break;
    case EXPR_SET: dump_exprs(NULL, e->v.set.elts, ind, out); break;
    case EXPR_LISTCOMP: case EXPR_SETCOMP: case EXPR_GENERATOREXP:
    case EXPR_DICTCOMP:
        dump_expr(e->v.comp.elt, ind, out);
        if (e->v.comp.value)
            dump_expr(e->v.comp.value, ind, out);
        dump_comps(e->v.comp.generators, ind, out);
        break;
    case EXPR_AWAIT: case EXPR_YIELD: case EXPR_YIELDFROM:
        if (e->v.yield.value)
            dump_expr(e->v.yield.value, ind, out);
        break;
    case EXPR_COMPARE:
        dump_expr(e->v.compare.left, ind, out);
        for (int i = 0; i < e->v.compare.n; i++)
            dump_expr(e->v.compare.comparators[i], ind, out);
        break;
    case EXPR_CALL:
        dump_expr(e->v.call.func, ind, out);
        dump_exprs("args", e->v.call.args, ind, out);
        if (e->v.call.keywords.n) {
            field("keywords", ind, out);
            dump_keywords(e->v.call.keywords, ind + 1, out);
        }
        break;
    case EXPR_FORMATTEDVALUE:
        dump_expr(e->v.formatted.value, ind, out);
        dump_opt("format_spec", e->v.formatted.format_spec, ind, out);
        break;
    case EXPR_JOINEDSTR: dump_exprs(NULL, e->v.joinedstr.values, ind, out); break;
    case EXPR_ATTRIBUTE: dump_expr(e->v.attribute.value, ind, out); break;
    case EXPR_SUBSCRIPT:
        dump_expr(e->v.subscript.value, ind, out);
        dump_expr(e->v.subscript.slice, ind, out);
        break;
    case EXPR_STARRED: dump_expr(e->v.starred.value, ind, out); break;
    case EXPR_LIST: case EXPR_TUPLE: dump_exprs(NULL, e->v.seq.elts, ind, out); break;
    case EXPR_SLICE:
        dump_opt("lower", e->v.slice.lower, ind, out);
        dump_opt("upper", e->v.slice.upper, ind, out);
        dump_opt("step", e->v.slice.step, ind, out);
        break;
    default:
        break;
    }
}

static void dump_body(const char *name, StmtSeq s, int ind, FILE *out)
{
    if (!s.n)
        return;
    field(name, ind, out);
    dump_stmts(s, ind + 1, out);
}

static void dump_alias(AliasSeq s, int ind, FILE *out)
{
    for (int i = 0; i < s.n; i++) {
        const Alias *a = s.items[i];
        pad(ind, out);
        fprintf(out, "alias %s", a->name);
        if (a->asname)
            fprintf(out, " as %s", a->asname);
        span(a->lineno, a->col_offset, a->end_lineno, a->end_col_offset, out);
    }
}

static void dump_stmt(const Stmt *s, int ind, FILE *out)
{
    pad(ind, out);
    fputs(ast_stmt_kind_name(s->kind), out);
    switch (s->kind) {
    case STMT_FUNCTIONDEF: fprintf(out, " %s", s->v.funcdef.name); break;
    case STMT_CLASSDEF: fprintf(out, " %s", s->v.classdef.name); break;
    case STMT_AUGASSIGN: fprintf(out, " %s", ast_binop_name(s->v.augassign.op)); break;
    case STMT_ANNASSIGN: if (s->v.annassign.simple) fputs(" simple", out); break;
    case STMT_IMPORTFROM:
        fprintf(out, " %.*s%s", s->v.importfrom.level,
                "................................................................",
                s->v.importfrom.module ? s->v.importfrom.module : "");
        break;
    case STMT_GLOBAL: case STMT_NONLOCAL:
        for (int i = 0; i < s->v.global.names.n; i++)
            fprintf(out, " %s", s->v.global.names.items[i]);
        break;
    default:
        break;
    }
    span(s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, out);
    ind++;
    switch (s->kind) {
    case STMT_FUNCTIONDEF:
        dump_exprs("decorators", s->v.funcdef.decorators, ind, out);
        if (s->v.funcdef.args) {
            field("args", ind, out);
            dump_arguments(s->v.funcdef.args, ind + 1, out);
        }
        dump_opt("returns", s->v.funcdef.returns, ind, out);
        dump_body("body", s->v.funcdef.body, ind, out);
        break;
    case STMT_CLASSDEF:
        dump_exprs("decorators", s->v.classdef.decorators, ind, out);
        dump_exprs("bases", s->v.classdef.bases, ind, out);
        if (s->v.classdef.keywords.n) {
            field("keywords", ind, out);
            dump_keywords(s->v.classdef.keywords, ind + 1, out);
        }
        dump_body("body", s->v.classdef.body, ind, out);
        break;
    case STMT_RETURN: case STMT_EXPR:
        if (s->v.ret.value)
            dump_expr(s->v.ret.value, ind, out);
        break;
    case STMT_DELETE: dump_exprs(NULL, s->v.del.targets, ind, out); break;
    case STMT_ASSIGN:
        dump_exprs("targets", s->v.assign.targets, ind, out);
        dump_opt("value", s->v.assign.value, ind, out);
        break;
    case STMT_AUGASSIGN:
        dump_expr(s->v.augassign.target, ind, out);
        dump_expr(s->v.augassign.value, ind, out);
        break;
    case STMT_ANNASSIGN:
        dump_opt("target", s->v.annassign.target, ind, out);
        dump_opt("annotation", s->v.annassign.annotation, ind, out);
        dump_opt("value", s->v.annassign.value, ind, out);
        break;
    case STMT_FOR:
        dump_opt("target", s->v.forloop.target, ind, out);
        dump_opt("iter", s->v.forloop.iter, ind, out);
        dump_body("body", s->v.forloop.body, ind, out);
        dump_body("orelse", s->v.forloop.orelse, ind, out);
        break;
    case STMT_WHILE: case STMT_IF:
        dump_opt("test", s->v.cond.test, ind, out);
        dump_body("body", s->v.cond.body, ind, out);
        dump_body("orelse", s->v.cond.orelse, ind, out);
        break;
    case STMT_WITH:
        for (int i = 0; i < s->v.with.items.n; i++) {
            const WithItem *w = s->v.with.items.items[i];
            pad(ind, out);
            fputs("withitem\n", out);
            dump_expr(w->context_expr, ind + 1, out);
            dump_opt("as", w->optional_vars, ind + 1, out);
        }
        dump_body("body", s->v.with.body, ind, out);
        break;
    case STMT_RAISE:
        dump_opt("exc", s->v.raise.exc, ind, out);
        dump_opt("cause", s->v.raise.cause, ind, out);
        break;
    case STMT_TRY:
        dump_body("body", s->v.try_.body, ind, out);
        for (int i = 0; i < s->v.try_.handlers.n; i++) {
            const ExceptHandler *h = s->v.try_.handlers.items[i];
            pad(ind, out);
            fputs("ExceptHandler", out);
            if (h->name)
                fprintf(out, " as %s", h->name);
            span(h->lineno, h->col_offset, h->end_lineno, h->end_col_offset, out);
            dump_opt("type", h->type, ind + 1, out);
            dump_body("body", h->body, ind + 1, out);
        }
        dump_body("orelse", s->v.try_.orelse, ind, out);
        dump_body("finalbody", s->v.try_.finalbody, ind, out);
        break;
    case STMT_ASSERT:
        dump_expr(s->v.assert_.test, ind, out);
        dump_opt("msg", s->v.assert_.msg, ind, out);
        break;
    case STMT_IMPORT: dump_alias(s->v.import.names, ind, out); break;
    case STMT_IMPORTFROM: dump_alias(s->v.importfrom.names, ind, out); break;
    default:
        break;
    }
}

static void dump_stmts(StmtSeq s, int ind, FILE *out)
{
    for (int i = 0; i < s.n; i++)
        dump_stmt(s.items[i], ind, out);
}

void ast_dump(const Module *m, FILE *out)
{
    if (m->kind == MOD_EXPRESSION) {
        fputs("Expression\n", out);
        dump_expr(m->expr, 1, out);
        return;
    }
    fputs(m->kind == MOD_INTERACTIVE ? "Interactive\n" : "Module\n", out);
    dump_stmts(m->body, 1, out);
}
