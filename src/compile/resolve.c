/* resolve.c — scope analysis (CPython's symtable, simplified): collect what
 * every scope binds, uses and declares, then decide LOCAL/CELL/FREE/GLOBAL
 * for each name and give locals their frame slots.  Runs once per module;
 * the compiler reads the result from the `ann` slots of scope nodes. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/resolve.h"

typedef struct RCtx {
    Scope *cur;
    SyntaxErr *err;
    int failed;
    Scope **all;                /* every scope, for freeing and pass 2 */
    int nall, capall;
    struct Directive { Scope *s; const char *name; Stmt *st; } *dirs;
    int ndirs, capdirs;         /* global/nonlocal statements, for error positions */
} RCtx;

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) { fprintf(stderr, "garter: out of memory\n"); abort(); }
    return q;
}

static unsigned str_hash_c(const char *s)
{
    unsigned h = 2166136261u;
    while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

Symbol *resolve_lookup(Scope *s, const char *name)
{
    if (!s->hashcap)
        return NULL;
    unsigned m = (unsigned)s->hashcap - 1;
    for (unsigned i = str_hash_c(name) & m;; i = (i + 1) & m) {
        int k = s->hash[i];
        if (k < 0) return NULL;
        if (!strcmp(s->syms[k].name, name)) return &s->syms[k];
    }
}

static void rehash(Scope *s)
{
    int cap = s->hashcap ? s->hashcap * 2 : 16;
    s->hash = xrealloc(s->hash, sizeof(int) * cap);
    for (int i = 0; i < cap; i++) s->hash[i] = -1;
    s->hashcap = cap;
    for (int k = 0; k < s->nsyms; k++) {
        unsigned m = (unsigned)cap - 1, i = str_hash_c(s->syms[k].name) & m;
        while (s->hash[i] >= 0) i = (i + 1) & m;
        s->hash[i] = k;
    }
}

/* The symbol for name in s, created (with no flags) if missing. */
static Symbol *sym_get(Scope *s, const char *name)
{
    Symbol *y = resolve_lookup(s, name);
    if (y) return y;
    if (s->nsyms == s->capsyms) {
        s->capsyms = s->capsyms ? s->capsyms * 2 : 8;
        s->syms = xrealloc(s->syms, sizeof(Symbol) * s->capsyms);
    }
    if ((s->nsyms + 1) * 2 > s->hashcap) {
        s->nsyms++;             /* make rehash see the new entry's slot */
        s->nsyms--;
    }
    y = &s->syms[s->nsyms];
    memset(y, 0, sizeof *y);
    y->name = name;
    y->slot = -1;
    y->order = s->nsyms;
    s->nsyms++;
    if (s->nsyms * 2 > s->hashcap) {
        rehash(s);
    } else {
        unsigned m = (unsigned)s->hashcap - 1, i = str_hash_c(name) & m;
        while (s->hash[i] >= 0) i = (i + 1) & m;
        s->hash[i] = s->nsyms - 1;
    }
    return y;
}

static Scope *scope_new(RCtx *c, ScopeKind kind, const char *name, int lineno)
{
    Scope *s = calloc(1, sizeof *s);
    if (!s) abort();
    s->kind = kind;
    s->name = name;
    s->parent = c->cur;
    s->lineno = lineno;
    /* __qualname__: parent's qualname + ".<locals>." for function parents */
    const char *pq = NULL;
    int func_parent = 0;
    if (c->cur && c->cur->kind != SC_MODULE) {
        pq = c->cur->qualname;
        func_parent = c->cur->kind != SC_CLASS;
    }
    size_t n = strlen(name) + (pq ? strlen(pq) + 10 : 0) + 1;
    s->qualname = malloc(n);
    if (pq)
        snprintf(s->qualname, n, "%s.%s%s", pq, func_parent ? "<locals>." : "", name);
    else
        snprintf(s->qualname, n, "%s", name);
    if (c->cur) {
        Scope *p = c->cur;
        if (p->nchildren == p->capchildren) {
            p->capchildren = p->capchildren ? p->capchildren * 2 : 4;
            p->children = xrealloc(p->children, sizeof(Scope *) * p->capchildren);
        }
        p->children[p->nchildren++] = s;
    }
    if (c->nall == c->capall) {
        c->capall = c->capall ? c->capall * 2 : 16;
        c->all = xrealloc(c->all, sizeof(Scope *) * c->capall);
    }
    c->all[c->nall++] = s;
    return s;
}

static void scope_free(Scope *s)
{
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].flags & SYM_OWNNAME)
            free((char *)s->syms[i].name);
    free(s->syms);
    free(s->hash);
    free(s->children);
    free(s->qualname);
    free(s);
}

/* ---- errors ------------------------------------------------------------ */

static char errtext[1024];
static const char *cur_src;
static size_t cur_srclen;

/* The text of line `lineno` of the source being resolved, copied into a
 * static buffer (SyntaxErr.text), and its byte length. */
static char *line_text(int lineno, size_t *len)
{
    const char *p = cur_src, *end = cur_src ? cur_src + cur_srclen : NULL;
    if (!p) return NULL;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', end - p);
        if (!nl) return NULL;
        p = nl + 1;
    }
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r') e++;
    size_t n = (size_t)(e - p);
    if (n >= sizeof errtext) n = sizeof errtext - 1;
    memcpy(errtext, p, n);
    errtext[n] = 0;
    *len = n;
    return errtext;
}

void resolve_set_source(const char *src, size_t len)
{
    cur_src = src;
    cur_srclen = len;
}

/* Fill a SyntaxErr at a 0-based byte span of the current source. */
void resolve_error_at(SyntaxErr *e, int line, int col, int eline, int ecol,
                      const char *fmt, ...)
{
    va_list ap;
    memset(e, 0, sizeof *e);
    e->kind = SE_SYNTAX;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->lineno = line;
    e->end_lineno = eline;
    size_t n = 0;
    char *t = line_text(line, &n);
    e->text = t;
    if (t) {
        if ((size_t)col > n) col = (int)n;
        e->col_offset = syntaxerr_chars(t, (size_t)col) + 1;
        if (eline == line) {
            if ((size_t)ecol > n) ecol = (int)n;
            e->end_col_offset = syntaxerr_chars(t, (size_t)ecol) + 1;
        } else {
            e->end_col_offset = (int)n + 1;
        }
    } else {
        e->col_offset = col + 1;
        e->end_col_offset = ecol + 1;
    }
}

static void fail_stmt(RCtx *c, Stmt *s, const char *fmt, const char *name)
{
    if (c->failed) return;
    c->failed = 1;
    resolve_error_at(c->err, s->lineno, s->col_offset, s->end_lineno,
                     s->end_col_offset, fmt, name);
}

/* ---- collection -------------------------------------------------------- */

static void visit_expr(RCtx *c, Expr *e);
static void visit_stmts(RCtx *c, StmtSeq *b);

static void use(RCtx *c, const char *name) { sym_get(c->cur, name)->flags |= SYM_USED; }
static void bind(RCtx *c, const char *name) { sym_get(c->cur, name)->flags |= SYM_ASSIGNED; }

static void visit_exprs(RCtx *c, ExprSeq *s)
{
    for (int i = 0; i < s->n; i++)
        if (s->items[i]) visit_expr(c, s->items[i]);
}

static void visit_params(RCtx *c, Arguments *a)
{
    ArgSeq *seqs[] = { &a->posonlyargs, &a->args, &a->kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < seqs[k]->n; i++)
            sym_get(c->cur, seqs[k]->items[i]->arg)->flags |= SYM_PARAM | SYM_ASSIGNED;
    if (a->vararg) sym_get(c->cur, a->vararg->arg)->flags |= SYM_PARAM | SYM_ASSIGNED;
    if (a->kwarg) sym_get(c->cur, a->kwarg->arg)->flags |= SYM_PARAM | SYM_ASSIGNED;
    c->cur->nparams = a->posonlyargs.n + a->args.n + a->kwonlyargs.n
                      + (a->vararg != NULL) + (a->kwarg != NULL);
}

/* Defaults and annotations run in the defining scope. */
static void visit_arg_defaults(RCtx *c, Arguments *a)
{
    visit_exprs(c, &a->defaults);
    visit_exprs(c, &a->kw_defaults);
    ArgSeq *seqs[] = { &a->posonlyargs, &a->args, &a->kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < seqs[k]->n; i++)
            if (seqs[k]->items[i]->annotation) visit_expr(c, seqs[k]->items[i]->annotation);
    if (a->vararg && a->vararg->annotation) visit_expr(c, a->vararg->annotation);
    if (a->kwarg && a->kwarg->annotation) visit_expr(c, a->kwarg->annotation);
}

/* Marks the names bound by a comprehension's `for` target, which a walrus
 * inside the comprehension may not rebind. */
static void mark_comp_iter(Scope *s, Expr *t)
{
    switch (t->kind) {
    case EXPR_NAME: sym_get(s, t->v.name.id)->flags |= SYM_COMPITER; break;
    case EXPR_STARRED: mark_comp_iter(s, t->v.starred.value); break;
    case EXPR_LIST: case EXPR_TUPLE:
        for (int i = 0; i < t->v.seq.elts.n; i++) mark_comp_iter(s, t->v.seq.elts.items[i]);
        break;
    default: break;
    }
}

static void visit_comp(RCtx *c, Expr *e, const char *name)
{
    ComprehensionSeq *g = &e->v.comp.generators;
    visit_expr(c, g->items[0]->iter);
    Scope *s = scope_new(c, SC_COMP, name, e->lineno);
    e->ann = s;
    Scope *saved = c->cur;
    c->cur = s;
    sym_get(s, ".0")->flags |= SYM_PARAM | SYM_ASSIGNED;
    s->nparams = 1;
    for (int i = 0; i < g->n; i++) {
        visit_expr(c, g->items[i]->target);
        mark_comp_iter(s, g->items[i]->target);
        if (i > 0) visit_expr(c, g->items[i]->iter);
        visit_exprs(c, &g->items[i]->ifs);
    }
    if (e->v.comp.elt) visit_expr(c, e->v.comp.elt);
    if (e->v.comp.value) visit_expr(c, e->v.comp.value);
    c->cur = saved;
}

/* `x := v` inside a comprehension binds x in the nearest enclosing scope that
 * is not a comprehension. */
static void walrus_in_comp(RCtx *c, Expr *e)
{
    Expr *tg = e->v.namedexpr.target;
    const char *name = tg->v.name.id;
    Scope *t = c->cur;
    for (; t->kind == SC_COMP; t = t->parent) {
        Symbol *it = resolve_lookup(t, name);
        if (it && (it->flags & SYM_COMPITER)) {
            if (!c->failed) {
                c->failed = 1;
                resolve_error_at(c->err, tg->lineno, tg->col_offset, tg->end_lineno, tg->end_col_offset,
                                 "assignment expression cannot rebind comprehension iteration variable '%s'",
                                 name);
            }
            return;
        }
    }
    if (t->kind == SC_CLASS) {
        if (!c->failed) {
            c->failed = 1;
            resolve_error_at(c->err, tg->lineno, tg->col_offset, tg->end_lineno, tg->end_col_offset,
                             "assignment expression within a comprehension cannot be used in a class body");
        }
        return;
    }
    Symbol *ts = sym_get(t, name);
    ts->flags |= SYM_ASSIGNED;
    for (Scope *s = c->cur; s != t; s = s->parent) {
        Symbol *y = sym_get(s, name);
        y->flags |= (t->kind == SC_MODULE ? SYM_GLOBAL : SYM_NONLOCAL) | SYM_COMPWALRUS;
    }
}

static void visit_expr(RCtx *c, Expr *e)
{
    switch (e->kind) {
    case EXPR_NAME:
        if (e->v.name.ctx == CTX_LOAD) use(c, e->v.name.id);
        else bind(c, e->v.name.id);
        /* zero-argument super() needs the implicit __class__ cell */
        if (e->v.name.ctx == CTX_LOAD && c->cur->kind != SC_CLASS && c->cur->kind != SC_MODULE
            && !strcmp(e->v.name.id, "super"))
            use(c, "__class__");
        break;
    case EXPR_BOOLOP: visit_exprs(c, &e->v.boolop.values); break;
    case EXPR_NAMEDEXPR:
        visit_expr(c, e->v.namedexpr.value);
        if (c->cur->kind == SC_COMP)
            walrus_in_comp(c, e);
        else
            visit_expr(c, e->v.namedexpr.target);
        break;
    case EXPR_BINOP: visit_expr(c, e->v.binop.left); visit_expr(c, e->v.binop.right); break;
    case EXPR_UNARYOP: visit_expr(c, e->v.unaryop.operand); break;
    case EXPR_LAMBDA: {
        visit_arg_defaults(c, e->v.lambda.args);
        Scope *s = scope_new(c, SC_FUNCTION, "<lambda>", e->lineno);
        e->ann = s;
        Scope *saved = c->cur;
        c->cur = s;
        visit_params(c, e->v.lambda.args);
        visit_expr(c, e->v.lambda.body);
        c->cur = saved;
        break;
    }
    case EXPR_IFEXP:
        visit_expr(c, e->v.ifexp.test); visit_expr(c, e->v.ifexp.body);
        visit_expr(c, e->v.ifexp.orelse);
        break;
    case EXPR_DICT: visit_exprs(c, &e->v.dict.keys); visit_exprs(c, &e->v.dict.values); break;
    case EXPR_SET: visit_exprs(c, &e->v.set.elts); break;
    case EXPR_LISTCOMP: visit_comp(c, e, "<listcomp>"); break;
    case EXPR_SETCOMP: visit_comp(c, e, "<setcomp>"); break;
    case EXPR_DICTCOMP: visit_comp(c, e, "<dictcomp>"); break;
    case EXPR_GENERATOREXP:
        visit_comp(c, e, "<genexpr>");
        ((Scope *)e->ann)->generator = 1;
        break;
    case EXPR_AWAIT: case EXPR_YIELD: case EXPR_YIELDFROM:
        if (e->kind != EXPR_AWAIT) c->cur->generator = 1;
        if (e->v.yield.value) visit_expr(c, e->v.yield.value);
        break;
    case EXPR_COMPARE:
        visit_expr(c, e->v.compare.left);
        for (int i = 0; i < e->v.compare.n; i++) visit_expr(c, e->v.compare.comparators[i]);
        break;
    case EXPR_CALL:
        visit_expr(c, e->v.call.func);
        visit_exprs(c, &e->v.call.args);
        for (int i = 0; i < e->v.call.keywords.n; i++)
            visit_expr(c, e->v.call.keywords.items[i]->value);
        break;
    case EXPR_FORMATTEDVALUE:
        visit_expr(c, e->v.formatted.value);
        if (e->v.formatted.format_spec) visit_expr(c, e->v.formatted.format_spec);
        break;
    case EXPR_JOINEDSTR: visit_exprs(c, &e->v.joinedstr.values); break;
    case EXPR_CONSTANT: break;
    case EXPR_ATTRIBUTE: visit_expr(c, e->v.attribute.value); break;
    case EXPR_SUBSCRIPT: visit_expr(c, e->v.subscript.value); visit_expr(c, e->v.subscript.slice); break;
    case EXPR_STARRED: visit_expr(c, e->v.starred.value); break;
    case EXPR_LIST: case EXPR_TUPLE: visit_exprs(c, &e->v.seq.elts); break;
    case EXPR_SLICE:
        if (e->v.slice.lower) visit_expr(c, e->v.slice.lower);
        if (e->v.slice.upper) visit_expr(c, e->v.slice.upper);
        if (e->v.slice.step) visit_expr(c, e->v.slice.step);
        break;
    default: break;
    }
}

static void visit_decl(RCtx *c, Stmt *s, int global)
{
    const char *what = global ? "global" : "nonlocal";
    char fmt[128];
    for (int i = 0; i < s->v.global.names.n; i++) {
        const char *name = s->v.global.names.items[i];
        if (!global && c->cur->kind == SC_MODULE) {
            fail_stmt(c, s, "nonlocal declaration not allowed at module level%s", "");
            return;
        }
        Symbol *y = sym_get(c->cur, name);
        if (y->flags & (SYM_PARAM | SYM_ASSIGNED | SYM_USED | SYM_ANNOT)) {
            if (y->flags & SYM_PARAM)
                snprintf(fmt, sizeof fmt, "name '%%s' is parameter and %s", what);
            else if (y->flags & SYM_USED)
                snprintf(fmt, sizeof fmt, "name '%%s' is used prior to %s declaration", what);
            else if (y->flags & SYM_ANNOT)
                snprintf(fmt, sizeof fmt, "annotated name '%%s' can't be %s", what);
            else
                snprintf(fmt, sizeof fmt, "name '%%s' is assigned to before %s declaration", what);
            fail_stmt(c, s, fmt, name);
            return;
        }
        if ((global && (y->flags & SYM_NONLOCAL)) || (!global && (y->flags & SYM_GLOBAL))) {
            /* CPython points at the name's first directive in the scope */
            Stmt *first = s;
            for (int k = 0; k < c->ndirs; k++)
                if (c->dirs[k].s == c->cur && !strcmp(c->dirs[k].name, name)) {
                    first = c->dirs[k].st;
                    break;
                }
            fail_stmt(c, first, "name '%s' is nonlocal and global", name);
            return;
        }
        if (c->ndirs == c->capdirs) {
            c->capdirs = c->capdirs ? c->capdirs * 2 : 8;
            c->dirs = xrealloc(c->dirs, sizeof *c->dirs * c->capdirs);
        }
        c->dirs[c->ndirs++] = (struct Directive){ c->cur, name, s };
        y->flags |= global ? SYM_GLOBAL : SYM_NONLOCAL;
        if (!global) {
            /* remember where, for "no binding for nonlocal" */
            y->slot = -2;
            y->order = y->order;    /* unchanged */
            s->ann = s->ann;        /* the statement itself is found again below */
        }
    }
}

static void visit_stmt(RCtx *c, Stmt *s)
{
    switch (s->kind) {
    case STMT_FUNCTIONDEF: {
        visit_exprs(c, &s->v.funcdef.decorators);
        visit_arg_defaults(c, s->v.funcdef.args);
        if (s->v.funcdef.returns) visit_expr(c, s->v.funcdef.returns);
        bind(c, s->v.funcdef.name);
        Scope *f = scope_new(c, SC_FUNCTION, s->v.funcdef.name, s->lineno);
        s->ann = f;
        Scope *saved = c->cur;
        c->cur = f;
        visit_params(c, s->v.funcdef.args);
        visit_stmts(c, &s->v.funcdef.body);
        c->cur = saved;
        break;
    }
    case STMT_CLASSDEF: {
        visit_exprs(c, &s->v.classdef.decorators);
        visit_exprs(c, &s->v.classdef.bases);
        for (int i = 0; i < s->v.classdef.keywords.n; i++)
            visit_expr(c, s->v.classdef.keywords.items[i]->value);
        bind(c, s->v.classdef.name);
        Scope *k = scope_new(c, SC_CLASS, s->v.classdef.name, s->lineno);
        s->ann = k;
        Scope *saved = c->cur;
        c->cur = k;
        visit_stmts(c, &s->v.classdef.body);
        c->cur = saved;
        break;
    }
    case STMT_RETURN: case STMT_EXPR:
        if (s->v.ret.value) visit_expr(c, s->v.ret.value);
        break;
    case STMT_DELETE: visit_exprs(c, &s->v.del.targets); break;
    case STMT_ASSIGN:
        visit_expr(c, s->v.assign.value);
        visit_exprs(c, &s->v.assign.targets);
        break;
    case STMT_AUGASSIGN:
        visit_expr(c, s->v.augassign.value);
        if (s->v.augassign.target->kind == EXPR_NAME) {
            use(c, s->v.augassign.target->v.name.id);
            bind(c, s->v.augassign.target->v.name.id);
        } else {
            visit_expr(c, s->v.augassign.target);
        }
        break;
    case STMT_ANNASSIGN:
        if (s->v.annassign.value) visit_expr(c, s->v.annassign.value);
        if (c->cur->kind != SC_FUNCTION) visit_expr(c, s->v.annassign.annotation);
        if (s->v.annassign.target->kind == EXPR_NAME && s->v.annassign.simple) {
            Symbol *y = sym_get(c->cur, s->v.annassign.target->v.name.id);
            if ((y->flags & (SYM_GLOBAL | SYM_NONLOCAL)) && c->cur->kind != SC_MODULE) {
                fail_stmt(c, s, (y->flags & SYM_GLOBAL) ? "annotated name '%s' can't be global"
                                                        : "annotated name '%s' can't be nonlocal",
                          y->name);
                break;
            }
            y->flags |= SYM_ANNOT;
        }
        visit_expr(c, s->v.annassign.target);
        break;
    case STMT_FOR:
        visit_expr(c, s->v.forloop.iter);
        visit_expr(c, s->v.forloop.target);
        visit_stmts(c, &s->v.forloop.body);
        visit_stmts(c, &s->v.forloop.orelse);
        break;
    case STMT_WHILE: case STMT_IF:
        visit_expr(c, s->v.cond.test);
        visit_stmts(c, &s->v.cond.body);
        visit_stmts(c, &s->v.cond.orelse);
        break;
    case STMT_WITH:
        for (int i = 0; i < s->v.with.items.n; i++) {
            visit_expr(c, s->v.with.items.items[i]->context_expr);
            if (s->v.with.items.items[i]->optional_vars)
                visit_expr(c, s->v.with.items.items[i]->optional_vars);
        }
        visit_stmts(c, &s->v.with.body);
        break;
    case STMT_RAISE:
        if (s->v.raise.exc) visit_expr(c, s->v.raise.exc);
        if (s->v.raise.cause) visit_expr(c, s->v.raise.cause);
        break;
    case STMT_TRY:
        visit_stmts(c, &s->v.try_.body);
        for (int i = 0; i < s->v.try_.handlers.n; i++) {
            ExceptHandler *h = s->v.try_.handlers.items[i];
            if (h->type) visit_expr(c, h->type);
            if (h->name) bind(c, h->name);
            visit_stmts(c, &h->body);
        }
        visit_stmts(c, &s->v.try_.orelse);
        visit_stmts(c, &s->v.try_.finalbody);
        break;
    case STMT_ASSERT:
        visit_expr(c, s->v.assert_.test);
        if (s->v.assert_.msg) visit_expr(c, s->v.assert_.msg);
        break;
    case STMT_IMPORT: case STMT_IMPORTFROM: {
        AliasSeq *names = s->kind == STMT_IMPORT ? &s->v.import.names : &s->v.importfrom.names;
        for (int i = 0; i < names->n; i++) {
            Alias *a = names->items[i];
            if (a->asname) { bind(c, a->asname); continue; }
            if (!strcmp(a->name, "*")) {
                if (c->cur->kind != SC_MODULE && !c->failed) {
                    c->failed = 1;
                    resolve_error_at(c->err, a->lineno, a->col_offset, a->end_lineno,
                                     a->end_col_offset, "import * only allowed at module level");
                }
                continue;
            }
            const char *dot = strchr(a->name, '.');
            if (dot && s->kind == STMT_IMPORT) {
                /* `import a.b` binds a: the arena string is long-lived, so
                 * keep a private copy of the first component */
                size_t n = (size_t)(dot - a->name);
                char *first = malloc(n + 1);
                memcpy(first, a->name, n);
                first[n] = 0;
                Symbol *y = resolve_lookup(c->cur, first);
                if (y) { free(first); y->flags |= SYM_ASSIGNED; }
                else sym_get(c->cur, first)->flags |= SYM_ASSIGNED | SYM_OWNNAME;
            } else {
                bind(c, a->name);
            }
        }
        break;
    }
    case STMT_GLOBAL: visit_decl(c, s, 1); break;
    case STMT_NONLOCAL:
        visit_decl(c, s, 0);
        for (int i = 0; i < s->v.global.names.n && !c->failed; i++) {
            Symbol *y = resolve_lookup(c->cur, s->v.global.names.items[i]);
            if (y && y->slot == -2) {
                /* stash the declaring statement's position in order/slot */
                y->slot = -1;
                y->order = y->order;
                /* position kept in a side table: see decl_pos below */
            }
        }
        break;
    default: break;
    }
}

static void visit_stmts(RCtx *c, StmtSeq *b)
{
    for (int i = 0; i < b->n && !c->failed; i++)
        visit_stmt(c, b->items[i]);
}

/* ---- analysis ----------------------------------------------------------- */

static int function_like(Scope *s) { return s->kind == SC_FUNCTION || s->kind == SC_COMP; }

/* The enclosing function-like scope that binds name, or NULL. */
static Scope *find_binder(Scope *s, const char *name)
{
    for (Scope *p = s->parent; p && p->kind != SC_MODULE; p = p->parent) {
        /* a class body binds only __class__ for the functions inside it */
        if (p->kind == SC_CLASS) {
            if (!strcmp(name, "__class__")) return p;
            continue;
        }
        Symbol *y = resolve_lookup(p, name);
        if (!y) continue;
        if (y->flags & SYM_GLOBAL) return NULL;
        if (y->flags & (SYM_ASSIGNED | SYM_PARAM | SYM_NONLOCAL)) return p;
    }
    return NULL;
}

/* Finds the nonlocal statement naming `name` in a body (for the error
 * position of "no binding for nonlocal"). */
static Stmt *find_nonlocal(StmtSeq *b, const char *name)
{
    for (int i = 0; i < b->n; i++) {
        Stmt *s = b->items[i];
        if (s->kind == STMT_NONLOCAL) {
            for (int j = 0; j < s->v.global.names.n; j++)
                if (!strcmp(s->v.global.names.items[j], name)) return s;
        }
        StmtSeq *subs[4] = { NULL, NULL, NULL, NULL };
        switch (s->kind) {
        case STMT_FOR: subs[0] = &s->v.forloop.body; subs[1] = &s->v.forloop.orelse; break;
        case STMT_WHILE: case STMT_IF: subs[0] = &s->v.cond.body; subs[1] = &s->v.cond.orelse; break;
        case STMT_WITH: subs[0] = &s->v.with.body; break;
        case STMT_TRY:
            subs[0] = &s->v.try_.body; subs[1] = &s->v.try_.orelse; subs[2] = &s->v.try_.finalbody;
            for (int h = 0; h < s->v.try_.handlers.n; h++) {
                Stmt *r = find_nonlocal(&s->v.try_.handlers.items[h]->body, name);
                if (r) return r;
            }
            break;
        default: break;
        }
        for (int k = 0; k < 4; k++)
            if (subs[k]) { Stmt *r = find_nonlocal(subs[k], name); if (r) return r; }
    }
    return NULL;
}

typedef struct ScopeBody { Scope *s; StmtSeq *body; } ScopeBody;

/* Set while compiling source for exec()/eval()/compile(): the top level
 * then reads and writes names through the frame's locals mapping (which
 * may differ from its globals), as CPython's LOAD_NAME/STORE_NAME do. */
static int exec_names;

void resolve_set_exec_mode(int on) { exec_names = on; }

static int analyze_kinds(RCtx *c, Scope *s, Module *m)
{
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *y = &s->syms[i];
        if (s->kind == SC_MODULE) {
            y->kind = exec_names && !(y->flags & SYM_GLOBAL) ? RS_NAME : RS_GLOBAL;
            continue;
        }
        if (y->flags & SYM_GLOBAL) { y->kind = RS_GLOBAL; continue; }
        if (y->flags & SYM_NONLOCAL) {
            if (!find_binder(s, y->name)) {
                if (!c->failed) {
                    c->failed = 1;
                    Stmt *st = NULL;
                    for (int k = 0; k < c->nall && !st; k++) (void)k;
                    st = (Stmt *)NULL;
                    (void)m;
                    y->kind = RS_FREE;
                    return -2;      /* caller reports with the statement */
                }
                return -1;
            }
            y->kind = RS_FREE;
            continue;
        }
        if (s->kind == SC_CLASS) {
            if (!(y->flags & SYM_ASSIGNED) && find_binder(s, y->name))
                y->kind = RS_FREE;
            else
                y->kind = RS_NAME;
            continue;
        }
        if (y->flags & (SYM_ASSIGNED | SYM_PARAM)) { y->kind = RS_LOCAL; continue; }
        y->kind = find_binder(s, y->name) ? RS_FREE : RS_GLOBAL_IMPLICIT;
    }
    return 0;
}

/* For each free name, mark the binder's symbol as a cell and thread the
 * name through every scope in between. */
static void link_frees(Scope *s)
{
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *y = &s->syms[i];
        if (y->kind != RS_FREE && !(s->kind == SC_CLASS && (y->flags & SYM_CHILDFREE)))
            continue;
        if (y->kind != RS_FREE) continue;
        Scope *b = find_binder(s, y->name);
        if (!b) continue;
        for (Scope *p = s->parent; p != b; p = p->parent) {
            Symbol *z = sym_get(p, y->name);
            y = &s->syms[i];        /* sym_get may not move s->syms, but be safe */
            z->flags |= SYM_CHILDFREE;
            if (!z->kind || z->kind == RS_GLOBAL_IMPLICIT) z->kind = RS_FREE;
        }
        Symbol *bz = b->kind == SC_CLASS ? sym_get(b, y->name) : resolve_lookup(b, y->name);
        bz->flags |= SYM_CHILDFREE;
        if (bz->kind == RS_LOCAL || b->kind == SC_CLASS) bz->kind = RS_CELL;
    }
}

static int cmp_order(const void *a, const void *b)
{
    const Symbol *x = *(Symbol *const *)a, *y = *(Symbol *const *)b;
    return x->order - y->order;
}

static void assign_slots(Scope *s, Arguments *args)
{
    int n = 0;
    if (function_like(s)) {
        /* parameters in CPython's co_varnames order */
        if (args) {
            ArgSeq *seqs[] = { &args->posonlyargs, &args->args, &args->kwonlyargs };
            for (int k = 0; k < 3; k++)
                for (int i = 0; i < seqs[k]->n; i++)
                    resolve_lookup(s, seqs[k]->items[i]->arg)->slot = n++;
            if (args->vararg) resolve_lookup(s, args->vararg->arg)->slot = n++;
            if (args->kwarg) resolve_lookup(s, args->kwarg->arg)->slot = n++;
        } else if (s->kind == SC_COMP) {
            resolve_lookup(s, ".0")->slot = n++;
        }
    }
    Symbol **order = malloc(sizeof(Symbol *) * (s->nsyms + 1));
    for (int i = 0; i < s->nsyms; i++) order[i] = &s->syms[i];
    qsort(order, s->nsyms, sizeof(Symbol *), cmp_order);
    if (function_like(s) || s->kind == SC_CLASS) {     /* a class body: its __class__ cell */
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *y = order[i];
            if ((y->kind == RS_LOCAL || y->kind == RS_CELL) && y->slot < 0) y->slot = n++;
        }
    }
    s->nlocals = n;
    if (s->kind != SC_MODULE) {
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *y = order[i];
            /* a class body that binds a name its methods take from an
             * enclosing function still passes the enclosing cell along in
             * a free slot of its own (CPython's DEF_FREE_CLASS); the body
             * itself keeps using its namespace for the name */
            if (y->kind == RS_FREE || (s->kind == SC_CLASS && (y->flags & SYM_CHILDFREE)
                                       && y->kind == RS_NAME && y->slot < 0))
                y->slot = n++;
        }
    }
    s->nslots = n;
    free(order);
}

typedef struct { Scope *s; Arguments *a; } ScopeArgs;

static void collect_args(Stmt **items, int n, ScopeArgs **v, int *nv, int *cap);
static void collect_args_expr(Expr *e, ScopeArgs **v, int *nv, int *cap);

static void push_sa(ScopeArgs **v, int *nv, int *cap, Scope *s, Arguments *a)
{
    if (*nv == *cap) { *cap = *cap ? *cap * 2 : 16; *v = xrealloc(*v, sizeof(ScopeArgs) * *cap); }
    (*v)[(*nv)++] = (ScopeArgs){ s, a };
}

static void collect_args_exprs(ExprSeq *s, ScopeArgs **v, int *nv, int *cap)
{
    for (int i = 0; i < s->n; i++) if (s->items[i]) collect_args_expr(s->items[i], v, nv, cap);
}

/* Walks the AST again to pair every scope with its parameter list. */
static void collect_args_expr(Expr *e, ScopeArgs **v, int *nv, int *cap)
{
    switch (e->kind) {
    case EXPR_LAMBDA:
        push_sa(v, nv, cap, e->ann, e->v.lambda.args);
        collect_args_exprs(&e->v.lambda.args->defaults, v, nv, cap);
        collect_args_exprs(&e->v.lambda.args->kw_defaults, v, nv, cap);
        collect_args_expr(e->v.lambda.body, v, nv, cap);
        break;
    case EXPR_LISTCOMP: case EXPR_SETCOMP: case EXPR_DICTCOMP: case EXPR_GENERATOREXP:
        push_sa(v, nv, cap, e->ann, NULL);
        for (int i = 0; i < e->v.comp.generators.n; i++) {
            Comprehension *g = e->v.comp.generators.items[i];
            collect_args_expr(g->iter, v, nv, cap);
            collect_args_exprs(&g->ifs, v, nv, cap);
        }
        if (e->v.comp.elt) collect_args_expr(e->v.comp.elt, v, nv, cap);
        if (e->v.comp.value) collect_args_expr(e->v.comp.value, v, nv, cap);
        break;
    case EXPR_BOOLOP: collect_args_exprs(&e->v.boolop.values, v, nv, cap); break;
    case EXPR_NAMEDEXPR: collect_args_expr(e->v.namedexpr.value, v, nv, cap); break;
    case EXPR_BINOP: collect_args_expr(e->v.binop.left, v, nv, cap); collect_args_expr(e->v.binop.right, v, nv, cap); break;
    case EXPR_UNARYOP: collect_args_expr(e->v.unaryop.operand, v, nv, cap); break;
    case EXPR_IFEXP:
        collect_args_expr(e->v.ifexp.test, v, nv, cap); collect_args_expr(e->v.ifexp.body, v, nv, cap);
        collect_args_expr(e->v.ifexp.orelse, v, nv, cap);
        break;
    case EXPR_DICT: collect_args_exprs(&e->v.dict.keys, v, nv, cap); collect_args_exprs(&e->v.dict.values, v, nv, cap); break;
    case EXPR_SET: collect_args_exprs(&e->v.set.elts, v, nv, cap); break;
    case EXPR_COMPARE:
        collect_args_expr(e->v.compare.left, v, nv, cap);
        for (int i = 0; i < e->v.compare.n; i++) collect_args_expr(e->v.compare.comparators[i], v, nv, cap);
        break;
    case EXPR_CALL:
        collect_args_expr(e->v.call.func, v, nv, cap);
        collect_args_exprs(&e->v.call.args, v, nv, cap);
        for (int i = 0; i < e->v.call.keywords.n; i++) collect_args_expr(e->v.call.keywords.items[i]->value, v, nv, cap);
        break;
    case EXPR_FORMATTEDVALUE:
        collect_args_expr(e->v.formatted.value, v, nv, cap);
        if (e->v.formatted.format_spec) collect_args_expr(e->v.formatted.format_spec, v, nv, cap);
        break;
    case EXPR_JOINEDSTR: collect_args_exprs(&e->v.joinedstr.values, v, nv, cap); break;
    case EXPR_ATTRIBUTE: collect_args_expr(e->v.attribute.value, v, nv, cap); break;
    case EXPR_SUBSCRIPT: collect_args_expr(e->v.subscript.value, v, nv, cap); collect_args_expr(e->v.subscript.slice, v, nv, cap); break;
    case EXPR_STARRED: collect_args_expr(e->v.starred.value, v, nv, cap); break;
    case EXPR_LIST: case EXPR_TUPLE: collect_args_exprs(&e->v.seq.elts, v, nv, cap); break;
    case EXPR_SLICE:
        if (e->v.slice.lower) collect_args_expr(e->v.slice.lower, v, nv, cap);
        if (e->v.slice.upper) collect_args_expr(e->v.slice.upper, v, nv, cap);
        if (e->v.slice.step) collect_args_expr(e->v.slice.step, v, nv, cap);
        break;
    case EXPR_AWAIT: case EXPR_YIELD: case EXPR_YIELDFROM:
        if (e->v.yield.value) collect_args_expr(e->v.yield.value, v, nv, cap);
        break;
    default: break;
    }
}

static void collect_args(Stmt **items, int n, ScopeArgs **v, int *nv, int *cap)
{
    for (int i = 0; i < n; i++) {
        Stmt *s = items[i];
        switch (s->kind) {
        case STMT_FUNCTIONDEF:
            push_sa(v, nv, cap, s->ann, s->v.funcdef.args);
            collect_args_exprs(&s->v.funcdef.decorators, v, nv, cap);
            collect_args_exprs(&s->v.funcdef.args->defaults, v, nv, cap);
            collect_args_exprs(&s->v.funcdef.args->kw_defaults, v, nv, cap);
            collect_args(s->v.funcdef.body.items, s->v.funcdef.body.n, v, nv, cap);
            break;
        case STMT_CLASSDEF:
            push_sa(v, nv, cap, s->ann, NULL);
            collect_args_exprs(&s->v.classdef.decorators, v, nv, cap);
            collect_args_exprs(&s->v.classdef.bases, v, nv, cap);
            for (int k = 0; k < s->v.classdef.keywords.n; k++)
                collect_args_expr(s->v.classdef.keywords.items[k]->value, v, nv, cap);
            collect_args(s->v.classdef.body.items, s->v.classdef.body.n, v, nv, cap);
            break;
        case STMT_RETURN: case STMT_EXPR:
            if (s->v.ret.value) collect_args_expr(s->v.ret.value, v, nv, cap);
            break;
        case STMT_DELETE: collect_args_exprs(&s->v.del.targets, v, nv, cap); break;
        case STMT_ASSIGN:
            collect_args_expr(s->v.assign.value, v, nv, cap);
            collect_args_exprs(&s->v.assign.targets, v, nv, cap);
            break;
        case STMT_AUGASSIGN:
            collect_args_expr(s->v.augassign.value, v, nv, cap);
            collect_args_expr(s->v.augassign.target, v, nv, cap);
            break;
        case STMT_ANNASSIGN:
            if (s->v.annassign.value) collect_args_expr(s->v.annassign.value, v, nv, cap);
            collect_args_expr(s->v.annassign.target, v, nv, cap);
            break;
        case STMT_FOR:
            collect_args_expr(s->v.forloop.iter, v, nv, cap);
            collect_args_expr(s->v.forloop.target, v, nv, cap);
            collect_args(s->v.forloop.body.items, s->v.forloop.body.n, v, nv, cap);
            collect_args(s->v.forloop.orelse.items, s->v.forloop.orelse.n, v, nv, cap);
            break;
        case STMT_WHILE: case STMT_IF:
            collect_args_expr(s->v.cond.test, v, nv, cap);
            collect_args(s->v.cond.body.items, s->v.cond.body.n, v, nv, cap);
            collect_args(s->v.cond.orelse.items, s->v.cond.orelse.n, v, nv, cap);
            break;
        case STMT_WITH:
            for (int k = 0; k < s->v.with.items.n; k++) {
                collect_args_expr(s->v.with.items.items[k]->context_expr, v, nv, cap);
                if (s->v.with.items.items[k]->optional_vars)
                    collect_args_expr(s->v.with.items.items[k]->optional_vars, v, nv, cap);
            }
            collect_args(s->v.with.body.items, s->v.with.body.n, v, nv, cap);
            break;
        case STMT_RAISE:
            if (s->v.raise.exc) collect_args_expr(s->v.raise.exc, v, nv, cap);
            if (s->v.raise.cause) collect_args_expr(s->v.raise.cause, v, nv, cap);
            break;
        case STMT_TRY:
            collect_args(s->v.try_.body.items, s->v.try_.body.n, v, nv, cap);
            for (int k = 0; k < s->v.try_.handlers.n; k++) {
                ExceptHandler *h = s->v.try_.handlers.items[k];
                if (h->type) collect_args_expr(h->type, v, nv, cap);
                collect_args(h->body.items, h->body.n, v, nv, cap);
            }
            collect_args(s->v.try_.orelse.items, s->v.try_.orelse.n, v, nv, cap);
            collect_args(s->v.try_.finalbody.items, s->v.try_.finalbody.n, v, nv, cap);
            break;
        case STMT_ASSERT:
            collect_args_expr(s->v.assert_.test, v, nv, cap);
            if (s->v.assert_.msg) collect_args_expr(s->v.assert_.msg, v, nv, cap);
            break;
        default: break;
        }
    }
}

/* The body of the function whose scope is s (for error positions). */
static StmtSeq *body_of_scope(Module *m, Scope *s);

static StmtSeq *search_body(StmtSeq *b, Scope *s)
{
    for (int i = 0; i < b->n; i++) {
        Stmt *st = b->items[i];
        if ((st->kind == STMT_FUNCTIONDEF || st->kind == STMT_CLASSDEF) && st->ann == s)
            return st->kind == STMT_FUNCTIONDEF ? &st->v.funcdef.body : &st->v.classdef.body;
        StmtSeq *subs[6] = { 0 };
        switch (st->kind) {
        case STMT_FUNCTIONDEF: subs[0] = &st->v.funcdef.body; break;
        case STMT_CLASSDEF: subs[0] = &st->v.classdef.body; break;
        case STMT_FOR: subs[0] = &st->v.forloop.body; subs[1] = &st->v.forloop.orelse; break;
        case STMT_WHILE: case STMT_IF: subs[0] = &st->v.cond.body; subs[1] = &st->v.cond.orelse; break;
        case STMT_WITH: subs[0] = &st->v.with.body; break;
        case STMT_TRY:
            subs[0] = &st->v.try_.body; subs[1] = &st->v.try_.orelse; subs[2] = &st->v.try_.finalbody;
            for (int h = 0; h < st->v.try_.handlers.n; h++) {
                StmtSeq *r = search_body(&st->v.try_.handlers.items[h]->body, s);
                if (r) return r;
            }
            break;
        default: break;
        }
        for (int k = 0; k < 6; k++)
            if (subs[k]) { StmtSeq *r = search_body(subs[k], s); if (r) return r; }
    }
    return NULL;
}

static StmtSeq *body_of_scope(Module *m, Scope *s) { return search_body(&m->body, s); }

Resolved *resolve_module(Module *m, SyntaxErr *err)
{
    RCtx c = { 0 };
    c.err = err;
    Scope *top = scope_new(&c, SC_MODULE, "<module>", 1);
    c.cur = top;
    visit_stmts(&c, &m->body);
    if (!c.failed) {
        for (int i = 0; i < c.nall && !c.failed; i++) {
            Scope *s = c.all[i];
            if (analyze_kinds(&c, s, m) == -2) {
                /* no binding for nonlocal: find the symbol and its statement */
                for (int k = 0; k < s->nsyms; k++) {
                    Symbol *y = &s->syms[k];
                    if ((y->flags & SYM_NONLOCAL) && !(y->flags & SYM_COMPWALRUS)
                        && !find_binder(s, y->name)) {
                        StmtSeq *body = body_of_scope(m, s);
                        Stmt *st = body ? find_nonlocal(body, y->name) : NULL;
                        if (st)
                            resolve_error_at(err, st->lineno, st->col_offset, st->end_lineno,
                                             st->end_col_offset, "no binding for nonlocal '%s' found", y->name);
                        else
                            resolve_error_at(err, s->lineno, 0, s->lineno, 0,
                                             "no binding for nonlocal '%s' found", y->name);
                        break;
                    }
                }
            }
        }
    }
    free(c.dirs);
    if (c.failed) {
        for (int i = 0; i < c.nall; i++) scope_free(c.all[i]);
        free(c.all);
        return NULL;
    }
    for (int i = 0; i < c.nall; i++) link_frees(c.all[i]);
    ScopeArgs *sa = NULL;
    int nsa = 0, capsa = 0;
    collect_args(m->body.items, m->body.n, &sa, &nsa, &capsa);
    assign_slots(top, NULL);
    for (int i = 0; i < nsa; i++) assign_slots(sa[i].s, sa[i].a);
    free(sa);
    Resolved *r = calloc(1, sizeof *r);
    r->top = top;
    /* keep the list of all scopes for freeing: children links suffice */
    free(c.all);
    return r;
}

static void free_tree(Scope *s)
{
    for (int i = 0; i < s->nchildren; i++) free_tree(s->children[i]);
    scope_free(s);
}

void resolve_free(Resolved *r)
{
    if (!r) return;
    free_tree(r->top);
    free(r);
}
