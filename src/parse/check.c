/* check.c — errors CPython reports while compiling that need no name
 * resolution: return/yield outside a function, break/continue outside a
 * loop, nonlocal at module level, duplicate parameters, repeated keyword
 * arguments, yield inside comprehensions, too many statically nested blocks
 * (CO_MAXBLOCKS) and trees nested too deeply to compile.  Name-binding
 * errors (global after use, ...) belong to the resolver. */
#include <string.h>
#include "parse/build.h"
#include "parse/parse.h"

enum { MAXBLOCKS = 20, MAXDEPTH = 2900 };

/* What the body of the async def being checked holds. */
typedef struct AsyncFn {
    int generator;      /* a yield: an async generator */
    Stmt *ret;          /* the first `return value` */
} AsyncFn;

typedef struct Ctx {
    ParseState *ps;
    AsyncFn *afn;       /* directly inside an async def, else NULL */
    int comp_async;     /* an await or async for inside the comprehension */
    int in_func;        /* inside a def or lambda */
    int in_scope;       /* inside a def or class: not module level */
    int in_loop;        /* inside a loop body (reset by def/class) */
    int blocks;         /* CPython's fblock depth */
    const char *comp;   /* innermost comprehension kind, or NULL */
    int depth;
    int too_deep;
} Ctx;

static int chk_expr(Ctx *c, Expr *e);
static int chk_stmts(Ctx *c, StmtSeq s);

static int deep(Ctx *c)
{
    if (++c->depth > MAXDEPTH) {
        if (!c->too_deep) {
            c->too_deep = 1;
            parse_error_at(c->ps, 3, 0, -1, 0, -1,     /* 3: RecursionError */
                           "maximum recursion depth exceeded during compilation");
        }
        return -1;
    }
    return 0;
}

/* CPython's forbidden_name(): binding __debug__ is a compiler error,
 * reported at the span (l, col)-(el, ec) the compiler is at. */
static int debug_name(Ctx *c, const char *name, int del, int l, int col, int el, int ec)
{
    if (!name || strcmp(name, "__debug__"))
        return 0;
    parse_error_at(c->ps, 0, l, col, el, ec,
                   del ? "cannot delete __debug__" : "cannot assign to __debug__");
    return -1;
}

#define DEBUG_AT(c, name, n) debug_name((c), (name), 0, (n)->lineno, (n)->col_offset, \
                                        (n)->end_lineno, (n)->end_col_offset)

static int chk_exprs(Ctx *c, ExprSeq s)
{
    for (int i = 0; i < s.n; i++)
        if (s.items[i] && chk_expr(c, s.items[i]) < 0)
            return -1;
    return 0;
}

/* CPython's validate_keywords(): keyword i may not be __debug__ (an error
 * at the call or class statement `at`), nor repeat later (an error at the
 * repetition). */
#define dup_keywords(c, k, at) dup_keywords_((c), (k), (at)->lineno, (at)->col_offset, \
                                             (at)->end_lineno, (at)->end_col_offset)
static int dup_keywords_(Ctx *c, KeywordSeq k, int l, int col, int el, int ec)
{
    for (int i = 0; i < k.n; i++) {
        if (!k.items[i]->arg)
            continue;
        if (debug_name(c, k.items[i]->arg, 0, l, col, el, ec) < 0)
            return -1;
        for (int j = i + 1; j < k.n; j++)
            if (k.items[j]->arg && !strcmp(k.items[i]->arg, k.items[j]->arg)) {
                Keyword *kw = k.items[j];
                parse_error_at(c->ps, 0, kw->lineno, kw->col_offset, kw->end_lineno,
                               kw->end_col_offset, "keyword argument repeated: %s", kw->arg);
                return -1;
            }
    }
    return 0;
}

/* CPython's compiler_check_debug_args(), at the def or lambda `at`. */
#define debug_args(c, a, at) debug_args_((c), (a), (at)->lineno, (at)->col_offset, \
                                         (at)->end_lineno, (at)->end_col_offset)
static int debug_args_(Ctx *c, Arguments *a, int l, int col, int el, int ec)
{
    ArgSeq seqs[3] = { a->posonlyargs, a->args, a->kwonlyargs };
    for (int s = 0; s < 3; s++) {
        for (int i = 0; i < seqs[s].n; i++)
            if (debug_name(c, seqs[s].items[i]->arg, 0, l, col, el, ec) < 0)
                return -1;
        if (s == 1 && a->vararg && debug_name(c, a->vararg->arg, 0, l, col, el, ec) < 0)
            return -1;
    }
    if (a->kwarg && debug_name(c, a->kwarg->arg, 0, l, col, el, ec) < 0)
        return -1;
    return 0;
}

static int chk_arguments(Ctx *c, Arguments *a)
{
    Arg *all[1024];
    int n = 0;
    ArgSeq seqs[3] = { a->posonlyargs, a->args, a->kwonlyargs };
    for (int s = 0; s < 3; s++) {
        for (int i = 0; i < seqs[s].n && n < 1022; i++)
            all[n++] = seqs[s].items[i];
        if (s == 1 && a->vararg)
            all[n++] = a->vararg;
    }
    if (a->kwarg)
        all[n++] = a->kwarg;
    for (int i = 1; i < n; i++)
        for (int j = 0; j < i; j++)
            if (!strcmp(all[i]->arg, all[j]->arg)) {
                parse_error_at(c->ps, 0, all[i]->lineno, all[i]->col_offset,
                               all[i]->lineno, all[i]->col_offset + (int)strlen(all[i]->arg),
                               "duplicate argument '%s' in function definition", all[i]->arg);
                return -1;
            }
    for (int i = 0; i < n; i++)
        if (all[i]->annotation && chk_expr(c, all[i]->annotation) < 0)
            return -1;
    if (chk_exprs(c, a->defaults) < 0 || chk_exprs(c, a->kw_defaults) < 0)
        return -1;
    return 0;
}

static int chk_comp(Ctx *c, Expr *e, const char *what)
{
    ComprehensionSeq g = e->v.comp.generators;
    /* the first iterable is evaluated in the enclosing scope */
    if (chk_expr(c, g.items[0]->iter) < 0)
        return -1;
    const char *saved = c->comp;
    int saved_async = c->comp_async;
    c->comp = what;
    c->comp_async = 0;
    int rc = 0;
    for (int i = 0; i < g.n; i++)
        if (g.items[i]->is_async)
            c->comp_async = 1;
    for (int i = 0; i < g.n && rc == 0; i++) {
        if (chk_expr(c, g.items[i]->target) < 0
            || (i > 0 && chk_expr(c, g.items[i]->iter) < 0)
            || chk_exprs(c, g.items[i]->ifs) < 0)
            rc = -1;
    }
    if (rc == 0 && chk_expr(c, e->v.comp.elt) < 0)
        rc = -1;
    if (rc == 0 && e->v.comp.value && chk_expr(c, e->v.comp.value) < 0)
        rc = -1;
    /* CPython's compiler_comprehension() */
    if (rc == 0 && c->comp_async && e->kind != EXPR_GENERATOREXP && !c->afn && !saved) {
        parse_error_expr(c->ps, e, "asynchronous comprehension outside of an asynchronous function");
        rc = -1;
    }
    c->comp = saved;
    c->comp_async = saved_async;
    return rc;
}

static int chk_expr_inner(Ctx *c, Expr *e)
{
    switch (e->kind) {
    case EXPR_BOOLOP: return chk_exprs(c, e->v.boolop.values);
    case EXPR_NAMEDEXPR:
        if (chk_expr(c, e->v.namedexpr.value) < 0)
            return -1;
        return chk_expr(c, e->v.namedexpr.target);
    case EXPR_BINOP:
        return chk_expr(c, e->v.binop.left) < 0 ? -1 : chk_expr(c, e->v.binop.right);
    case EXPR_UNARYOP: return chk_expr(c, e->v.unaryop.operand);
    case EXPR_LAMBDA: {
        if (debug_args(c, e->v.lambda.args, e) < 0)
            return -1;
        if (chk_arguments(c, e->v.lambda.args) < 0)
            return -1;
        Ctx inner = *c;
        inner.in_func = 1;
        inner.in_loop = 0;
        inner.comp = NULL;
        inner.afn = NULL;
        int rc = chk_expr(&inner, e->v.lambda.body);
        c->too_deep = inner.too_deep;
        return rc;
    }
    case EXPR_IFEXP:
        if (chk_expr(c, e->v.ifexp.test) < 0 || chk_expr(c, e->v.ifexp.body) < 0)
            return -1;
        return chk_expr(c, e->v.ifexp.orelse);
    case EXPR_DICT:
        return chk_exprs(c, e->v.dict.keys) < 0 ? -1 : chk_exprs(c, e->v.dict.values);
    case EXPR_SET: return chk_exprs(c, e->v.set.elts);
    case EXPR_LISTCOMP: return chk_comp(c, e, "list comprehension");
    case EXPR_SETCOMP: return chk_comp(c, e, "set comprehension");
    case EXPR_DICTCOMP: return chk_comp(c, e, "dict comprehension");
    case EXPR_GENERATOREXP: return chk_comp(c, e, "generator expression");
    case EXPR_AWAIT: case EXPR_YIELD: case EXPR_YIELDFROM:
        if (e->kind != EXPR_AWAIT) {
            if (c->comp) {
                parse_error_expr(c->ps, e, "'yield' inside %s", c->comp);
                return -1;
            }
            if (!c->in_func) {
                parse_error_expr(c->ps, e, "'yield' outside function");
                return -1;
            }
            if (c->afn && e->kind == EXPR_YIELDFROM) {
                parse_error_expr(c->ps, e, "'yield from' inside async function");
                return -1;
            }
            if (c->afn)
                c->afn->generator = 1;
        } else if (c->comp) {
            c->comp_async = 1;
        } else if (!c->in_func) {
            parse_error_expr(c->ps, e, "'await' outside function");
            return -1;
        } else if (!c->afn) {
            parse_error_expr(c->ps, e, "'await' outside async function");
            return -1;
        }
        return e->v.yield.value ? chk_expr(c, e->v.yield.value) : 0;
    case EXPR_COMPARE:
        if (chk_expr(c, e->v.compare.left) < 0)
            return -1;
        for (int i = 0; i < e->v.compare.n; i++)
            if (chk_expr(c, e->v.compare.comparators[i]) < 0)
                return -1;
        return 0;
    case EXPR_CALL:
        if (chk_expr(c, e->v.call.func) < 0 || chk_exprs(c, e->v.call.args) < 0)
            return -1;
        if (dup_keywords(c, e->v.call.keywords, e) < 0)
            return -1;
        for (int i = 0; i < e->v.call.keywords.n; i++)
            if (chk_expr(c, e->v.call.keywords.items[i]->value) < 0)
                return -1;
        return 0;
    case EXPR_FORMATTEDVALUE:
        if (chk_expr(c, e->v.formatted.value) < 0)
            return -1;
        return e->v.formatted.format_spec ? chk_expr(c, e->v.formatted.format_spec) : 0;
    case EXPR_JOINEDSTR: return chk_exprs(c, e->v.joinedstr.values);
    case EXPR_ATTRIBUTE:
        if (chk_expr(c, e->v.attribute.value) < 0)
            return -1;
        return e->v.attribute.ctx == CTX_STORE ? DEBUG_AT(c, e->v.attribute.attr, e) : 0;
    case EXPR_NAME:
        if (e->v.name.ctx == CTX_LOAD)
            return 0;
        return debug_name(c, e->v.name.id, e->v.name.ctx == CTX_DEL, e->lineno,
                          e->col_offset, e->end_lineno, e->end_col_offset);
    case EXPR_SUBSCRIPT:
        return chk_expr(c, e->v.subscript.value) < 0 ? -1 : chk_expr(c, e->v.subscript.slice);
    case EXPR_STARRED: return chk_expr(c, e->v.starred.value);
    case EXPR_LIST: case EXPR_TUPLE: return chk_exprs(c, e->v.seq.elts);
    case EXPR_SLICE:
        if (e->v.slice.lower && chk_expr(c, e->v.slice.lower) < 0) return -1;
        if (e->v.slice.upper && chk_expr(c, e->v.slice.upper) < 0) return -1;
        if (e->v.slice.step && chk_expr(c, e->v.slice.step) < 0) return -1;
        return 0;
    default:
        return 0;
    }
}

static int chk_expr(Ctx *c, Expr *e)
{
    if (deep(c) < 0)
        return -1;
    int rc = chk_expr_inner(c, e);
    c->depth--;
    return rc;
}

static int block_error(Ctx *c, Stmt *s)
{
    parse_error_at(c->ps, 0, s->lineno, s->col_offset, s->end_lineno,
                   s->end_col_offset, "too many statically nested blocks");
    return -1;
}

/* Check a nested body with `add` more fblocks (as CPython's compiler
 * pushes them); loop says whether break/continue become legal. */
static int chk_body(Ctx *c, Stmt *s, StmtSeq body, int add, int loop)
{
    if (!body.n)
        return 0;
    if (c->blocks + add > MAXBLOCKS)
        return block_error(c, s);
    Ctx inner = *c;
    inner.blocks += add;
    if (loop)
        inner.in_loop = 1;
    int rc = chk_stmts(&inner, body);
    c->too_deep = inner.too_deep;
    return rc;
}

/* A bare starred value (x = *a, return *a): CPython's compiler error. */
static int bare_starred(Ctx *c, Expr *e)
{
    if (e && e->kind == EXPR_STARRED) {
        parse_error_expr(c->ps, e, "can't use starred expression here");
        return -1;
    }
    return 0;
}

static int chk_stmt_inner(Ctx *c, Stmt *s)
{
    switch (s->kind) {
    case STMT_ASSIGN: case STMT_RETURN: case STMT_EXPR:
        if (bare_starred(c, s->kind == STMT_ASSIGN ? s->v.assign.value : s->v.ret.value) < 0)
            return -1;
        break;
    case STMT_AUGASSIGN:
        if (bare_starred(c, s->v.augassign.value) < 0)
            return -1;
        break;
    default:
        break;
    }
    switch (s->kind) {
    case STMT_FUNCTIONDEF: case STMT_CLASSDEF: {
        int fn = s->kind == STMT_FUNCTIONDEF;
        if (fn && debug_args(c, s->v.funcdef.args, s) < 0)
            return -1;
        if (chk_exprs(c, fn ? s->v.funcdef.decorators : s->v.classdef.decorators) < 0)
            return -1;
        if (fn) {
            if (chk_arguments(c, s->v.funcdef.args) < 0)
                return -1;
            if (s->v.funcdef.returns && chk_expr(c, s->v.funcdef.returns) < 0)
                return -1;
        } else {
            if (chk_exprs(c, s->v.classdef.bases) < 0)
                return -1;
            for (int i = 0; i < s->v.classdef.keywords.n; i++)
                if (chk_expr(c, s->v.classdef.keywords.items[i]->value) < 0)
                    return -1;
        }
        Ctx inner = *c;
        inner.in_func = fn;
        inner.in_scope = 1;
        inner.in_loop = 0;
        inner.blocks = 0;
        inner.comp = NULL;
        AsyncFn afn = { 0, NULL };
        inner.afn = fn && s->v.funcdef.is_async ? &afn : NULL;
        int rc = chk_stmts(&inner, fn ? s->v.funcdef.body : s->v.classdef.body);
        c->too_deep = inner.too_deep;
        if (rc == 0 && afn.generator && afn.ret) {
            Stmt *r = afn.ret;
            parse_error_at(c->ps, 0, r->lineno, r->col_offset, r->end_lineno,
                           r->end_col_offset, "'return' with value in async generator");
            return -1;
        }
        if (rc == 0 && !fn && dup_keywords(c, s->v.classdef.keywords, s) < 0)
            return -1;      /* the class call comes after the body */
        if (rc == 0)
            rc = DEBUG_AT(c, fn ? s->v.funcdef.name : s->v.classdef.name, s);
        return rc;
    }
    case STMT_RETURN:
        if (!c->in_func) {
            parse_error_at(c->ps, 0, s->lineno, s->col_offset, s->end_lineno,
                           s->end_col_offset, "'return' outside function");
            return -1;
        }
        if (s->v.ret.value && c->afn && !c->afn->ret)
            c->afn->ret = s;
        return s->v.ret.value ? chk_expr(c, s->v.ret.value) : 0;
    case STMT_EXPR:
        return chk_expr(c, s->v.ret.value);
    case STMT_DELETE: return chk_exprs(c, s->v.del.targets);
    case STMT_ASSIGN:
        return chk_exprs(c, s->v.assign.targets) < 0 ? -1 : chk_expr(c, s->v.assign.value);
    case STMT_AUGASSIGN:
        if (s->v.augassign.target->kind == EXPR_ATTRIBUTE) {   /* x.__debug__ += 1 is allowed */
            if (chk_expr(c, s->v.augassign.target->v.attribute.value) < 0)
                return -1;
        } else if (chk_expr(c, s->v.augassign.target) < 0) {
            return -1;
        }
        return chk_expr(c, s->v.augassign.value);
    case STMT_ANNASSIGN:
        if (s->v.annassign.value) {
            if (chk_expr(c, s->v.annassign.value) < 0 || chk_expr(c, s->v.annassign.target) < 0)
                return -1;
        } else if (s->v.annassign.target->kind == EXPR_NAME) {
            if (DEBUG_AT(c, s->v.annassign.target->v.name.id, s) < 0)
                return -1;
        } else if (chk_expr(c, s->v.annassign.target) < 0) {
            return -1;
        }
        return chk_expr(c, s->v.annassign.annotation);
    case STMT_FOR:
        if (s->v.forloop.is_async && !c->afn) {
            parse_error_at(c->ps, 0, s->lineno, s->col_offset, s->end_lineno,
                           s->end_col_offset, "'async for' outside async function");
            return -1;
        }
        if (chk_expr(c, s->v.forloop.target) < 0 || chk_expr(c, s->v.forloop.iter) < 0)
            return -1;
        if (chk_body(c, s, s->v.forloop.body, 1, 1) < 0)
            return -1;
        return chk_body(c, s, s->v.forloop.orelse, 0, 0);
    case STMT_WHILE:
        if (chk_expr(c, s->v.cond.test) < 0 || chk_body(c, s, s->v.cond.body, 1, 1) < 0)
            return -1;
        return chk_body(c, s, s->v.cond.orelse, 0, 0);
    case STMT_IF:
        if (chk_expr(c, s->v.cond.test) < 0 || chk_body(c, s, s->v.cond.body, 0, 0) < 0)
            return -1;
        return chk_body(c, s, s->v.cond.orelse, 0, 0);
    case STMT_WITH:
        if (s->v.with.is_async && !c->afn) {
            parse_error_at(c->ps, 0, s->lineno, s->col_offset, s->end_lineno,
                           s->end_col_offset, "'async with' outside async function");
            return -1;
        }
        for (int i = 0; i < s->v.with.items.n; i++) {
            WithItem *w = s->v.with.items.items[i];
            if (chk_expr(c, w->context_expr) < 0)
                return -1;
            if (w->optional_vars && chk_expr(c, w->optional_vars) < 0)
                return -1;
        }
        return chk_body(c, s, s->v.with.body, s->v.with.items.n, 0);
    case STMT_RAISE:
        if (s->v.raise.exc && chk_expr(c, s->v.raise.exc) < 0)
            return -1;
        return s->v.raise.cause ? chk_expr(c, s->v.raise.cause) : 0;
    case STMT_TRY: {
        int fin = s->v.try_.finalbody.n > 0, exc = s->v.try_.handlers.n > 0;
        if (chk_body(c, s, s->v.try_.body, fin + exc, 0) < 0)
            return -1;
        for (int i = 0; i < s->v.try_.handlers.n; i++) {
            ExceptHandler *h = s->v.try_.handlers.items[i];
            if (!h->type && i < s->v.try_.handlers.n - 1) {
                parse_error_at(c->ps, 0, h->lineno, h->col_offset, h->end_lineno,
                               h->end_col_offset, "default 'except:' must be last");
                return -1;
            }
            if (h->type && chk_expr(c, h->type) < 0)
                return -1;
            if (DEBUG_AT(c, h->name, h) < 0)
                return -1;
            if (chk_body(c, s, h->body, fin + 2, 0) < 0)
                return -1;
        }
        if (chk_body(c, s, s->v.try_.orelse, fin, 0) < 0)
            return -1;
        return chk_body(c, s, s->v.try_.finalbody, 1, 0);
    }
    case STMT_ASSERT:
        if (chk_expr(c, s->v.assert_.test) < 0)
            return -1;
        return s->v.assert_.msg ? chk_expr(c, s->v.assert_.msg) : 0;
    case STMT_IMPORT: case STMT_IMPORTFROM: {
        AliasSeq names = s->kind == STMT_IMPORT ? s->v.import.names : s->v.importfrom.names;
        for (int i = 0; i < names.n; i++) {
            Alias *a = names.items[i];
            const char *store = a->asname ? a->asname : a->name;
            char first[16];
            if (!a->asname && s->kind == STMT_IMPORT) {
                size_t n = strcspn(store, ".");
                if (n >= sizeof first)
                    continue;
                memcpy(first, store, n);
                first[n] = 0;
                store = first;
            }
            if (DEBUG_AT(c, store, s) < 0)
                return -1;
        }
        return 0;
    }
    case STMT_NONLOCAL:
        if (!c->in_scope) {
            parse_error_at(c->ps, 0, s->lineno, s->col_offset, s->end_lineno,
                           s->end_col_offset, "nonlocal declaration not allowed at module level");
            return -1;
        }
        return 0;
    case STMT_BREAK:
        if (!c->in_loop) {
            parse_error_at(c->ps, 0, s->lineno, s->col_offset, s->end_lineno,
                           s->end_col_offset, "'break' outside loop");
            return -1;
        }
        return 0;
    case STMT_CONTINUE:
        if (!c->in_loop) {
            parse_error_at(c->ps, 0, s->lineno, s->col_offset, s->end_lineno,
                           s->end_col_offset, "'continue' not properly in loop");
            return -1;
        }
        return 0;
    default:
        return 0;
    }
}

static int chk_stmts(Ctx *c, StmtSeq s)
{
    for (int i = 0; i < s.n; i++) {
        if (deep(c) < 0)
            return -1;
        s.items[i]->ann = NULL;         /* the parser's trailing-';' mark */
        int rc = chk_stmt_inner(c, s.items[i]);
        c->depth--;
        if (rc < 0)
            return -1;
    }
    return 0;
}

int parse_check(ParseState *ps, Module *m)
{
    Ctx c;
    memset(&c, 0, sizeof c);
    c.ps = ps;
    if (m->kind == MOD_EXPRESSION)
        return m->expr ? chk_expr(&c, m->expr) : 0;
    return chk_stmts(&c, m->body);
}
