/* mangle.c — CPython's _Py_Mangle applied to the AST: names, attribute
 * names, parameters, def/class names, global/nonlocal names, except-as and
 * import-as names inside a class are rewritten to _Class__name.  Keyword
 * argument names in calls are left alone, as CPython leaves them. */
#include <stdlib.h>
#include <string.h>

#include "compile/mangle.h"

struct MangleBlock {
    MangleBlock *next;
    char text[];
};

typedef struct MCtx {
    const char *cls;            /* enclosing class name, leading '_' stripped */
    MangleBlock **store;
} MCtx;

static const char *mangle(MCtx *c, const char *name)
{
    if (!c->cls || !name || name[0] != '_' || name[1] != '_')
        return name;
    size_t n = strlen(name);
    if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    size_t k = strlen(c->cls);
    MangleBlock *b = malloc(sizeof *b + n + k + 2);
    if (!b)
        return name;
    b->text[0] = '_';
    memcpy(b->text + 1, c->cls, k);
    memcpy(b->text + 1 + k, name, n + 1);
    b->next = *c->store;
    *c->store = b;
    return b->text;
}

static void m_expr(MCtx *c, Expr *e);
static void m_stmts(MCtx *c, StmtSeq *s);

static void m_exprs(MCtx *c, ExprSeq *s)
{
    for (int i = 0; i < s->n; i++)
        if (s->items[i]) m_expr(c, s->items[i]);
}

static void m_arg(MCtx *c, Arg *a)
{
    if (!a) return;
    a->arg = mangle(c, a->arg);
    if (a->annotation) m_expr(c, a->annotation);
}

static void m_args(MCtx *c, Arguments *a)
{
    ArgSeq *seqs[] = { &a->posonlyargs, &a->args, &a->kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < seqs[k]->n; i++) m_arg(c, seqs[k]->items[i]);
    m_arg(c, a->vararg);
    m_arg(c, a->kwarg);
    m_exprs(c, &a->defaults);
    m_exprs(c, &a->kw_defaults);
}

static void m_expr(MCtx *c, Expr *e)
{
    switch (e->kind) {
    case EXPR_NAME: e->v.name.id = mangle(c, e->v.name.id); break;
    case EXPR_ATTRIBUTE:
        e->v.attribute.attr = mangle(c, e->v.attribute.attr);
        m_expr(c, e->v.attribute.value);
        break;
    case EXPR_BOOLOP: m_exprs(c, &e->v.boolop.values); break;
    case EXPR_NAMEDEXPR: m_expr(c, e->v.namedexpr.target); m_expr(c, e->v.namedexpr.value); break;
    case EXPR_BINOP: m_expr(c, e->v.binop.left); m_expr(c, e->v.binop.right); break;
    case EXPR_UNARYOP: m_expr(c, e->v.unaryop.operand); break;
    case EXPR_LAMBDA: m_args(c, e->v.lambda.args); m_expr(c, e->v.lambda.body); break;
    case EXPR_IFEXP:
        m_expr(c, e->v.ifexp.test); m_expr(c, e->v.ifexp.body); m_expr(c, e->v.ifexp.orelse);
        break;
    case EXPR_DICT: m_exprs(c, &e->v.dict.keys); m_exprs(c, &e->v.dict.values); break;
    case EXPR_SET: m_exprs(c, &e->v.set.elts); break;
    case EXPR_LISTCOMP: case EXPR_SETCOMP: case EXPR_DICTCOMP: case EXPR_GENERATOREXP:
        if (e->v.comp.elt) m_expr(c, e->v.comp.elt);
        if (e->v.comp.value) m_expr(c, e->v.comp.value);
        for (int i = 0; i < e->v.comp.generators.n; i++) {
            Comprehension *g = e->v.comp.generators.items[i];
            m_expr(c, g->target);
            m_expr(c, g->iter);
            m_exprs(c, &g->ifs);
        }
        break;
    case EXPR_AWAIT: case EXPR_YIELD: case EXPR_YIELDFROM:
        if (e->v.yield.value) m_expr(c, e->v.yield.value);
        break;
    case EXPR_COMPARE:
        m_expr(c, e->v.compare.left);
        for (int i = 0; i < e->v.compare.n; i++) m_expr(c, e->v.compare.comparators[i]);
        break;
    case EXPR_CALL:
        m_expr(c, e->v.call.func);
        m_exprs(c, &e->v.call.args);
        for (int i = 0; i < e->v.call.keywords.n; i++) m_expr(c, e->v.call.keywords.items[i]->value);
        break;
    case EXPR_FORMATTEDVALUE:
        m_expr(c, e->v.formatted.value);
        if (e->v.formatted.format_spec) m_expr(c, e->v.formatted.format_spec);
        break;
    case EXPR_JOINEDSTR: m_exprs(c, &e->v.joinedstr.values); break;
    case EXPR_SUBSCRIPT: m_expr(c, e->v.subscript.value); m_expr(c, e->v.subscript.slice); break;
    case EXPR_STARRED: m_expr(c, e->v.starred.value); break;
    case EXPR_LIST: case EXPR_TUPLE: m_exprs(c, &e->v.seq.elts); break;
    case EXPR_SLICE:
        if (e->v.slice.lower) m_expr(c, e->v.slice.lower);
        if (e->v.slice.upper) m_expr(c, e->v.slice.upper);
        if (e->v.slice.step) m_expr(c, e->v.slice.step);
        break;
    default: break;
    }
}

/* `import m as __x` binds a mangled name; the imported names stay. */
static void m_aliases(MCtx *c, AliasSeq *a)
{
    for (int i = 0; i < a->n; i++)
        if (a->items[i]->asname) a->items[i]->asname = mangle(c, a->items[i]->asname);
}

static void m_stmt(MCtx *c, Stmt *s)
{
    switch (s->kind) {
    case STMT_FUNCTIONDEF:
        m_exprs(c, &s->v.funcdef.decorators);
        s->v.funcdef.name = mangle(c, s->v.funcdef.name);
        m_args(c, s->v.funcdef.args);
        if (s->v.funcdef.returns) m_expr(c, s->v.funcdef.returns);
        m_stmts(c, &s->v.funcdef.body);
        break;
    case STMT_CLASSDEF: {
        m_exprs(c, &s->v.classdef.decorators);
        m_exprs(c, &s->v.classdef.bases);
        for (int i = 0; i < s->v.classdef.keywords.n; i++)
            m_expr(c, s->v.classdef.keywords.items[i]->value);
        s->v.classdef.name = mangle(c, s->v.classdef.name);
        MCtx inner = *c;
        const char *n = s->v.classdef.name;
        while (*n == '_') n++;
        inner.cls = *n ? n : NULL;
        m_stmts(&inner, &s->v.classdef.body);
        break;
    }
    case STMT_RETURN: case STMT_EXPR: if (s->v.ret.value) m_expr(c, s->v.ret.value); break;
    case STMT_DELETE: m_exprs(c, &s->v.del.targets); break;
    case STMT_ASSIGN: m_exprs(c, &s->v.assign.targets); m_expr(c, s->v.assign.value); break;
    case STMT_AUGASSIGN: m_expr(c, s->v.augassign.target); m_expr(c, s->v.augassign.value); break;
    case STMT_ANNASSIGN:
        m_expr(c, s->v.annassign.target);
        m_expr(c, s->v.annassign.annotation);
        if (s->v.annassign.value) m_expr(c, s->v.annassign.value);
        break;
    case STMT_FOR:
        m_expr(c, s->v.forloop.target); m_expr(c, s->v.forloop.iter);
        m_stmts(c, &s->v.forloop.body); m_stmts(c, &s->v.forloop.orelse);
        break;
    case STMT_WHILE: case STMT_IF:
        m_expr(c, s->v.cond.test); m_stmts(c, &s->v.cond.body); m_stmts(c, &s->v.cond.orelse);
        break;
    case STMT_WITH:
        for (int i = 0; i < s->v.with.items.n; i++) {
            m_expr(c, s->v.with.items.items[i]->context_expr);
            if (s->v.with.items.items[i]->optional_vars) m_expr(c, s->v.with.items.items[i]->optional_vars);
        }
        m_stmts(c, &s->v.with.body);
        break;
    case STMT_RAISE:
        if (s->v.raise.exc) m_expr(c, s->v.raise.exc);
        if (s->v.raise.cause) m_expr(c, s->v.raise.cause);
        break;
    case STMT_TRY:
        m_stmts(c, &s->v.try_.body);
        for (int i = 0; i < s->v.try_.handlers.n; i++) {
            ExceptHandler *h = s->v.try_.handlers.items[i];
            if (h->type) m_expr(c, h->type);
            if (h->name) h->name = mangle(c, h->name);
            m_stmts(c, &h->body);
        }
        m_stmts(c, &s->v.try_.orelse);
        m_stmts(c, &s->v.try_.finalbody);
        break;
    case STMT_ASSERT:
        m_expr(c, s->v.assert_.test);
        if (s->v.assert_.msg) m_expr(c, s->v.assert_.msg);
        break;
    case STMT_IMPORT: m_aliases(c, &s->v.import.names); break;
    case STMT_IMPORTFROM: m_aliases(c, &s->v.importfrom.names); break;
    case STMT_GLOBAL: case STMT_NONLOCAL:
        for (int i = 0; i < s->v.global.names.n; i++)
            s->v.global.names.items[i] = mangle(c, s->v.global.names.items[i]);
        break;
    default: break;
    }
}

static void m_stmts(MCtx *c, StmtSeq *s)
{
    for (int i = 0; i < s->n; i++) m_stmt(c, s->items[i]);
}

void mangle_module(Module *m, MangleBlock **store)
{
    MCtx c = { NULL, store };
    *store = NULL;
    if (m->kind == MOD_EXPRESSION) {
        if (m->expr) m_expr(&c, m->expr);
        return;
    }
    m_stmts(&c, &m->body);
}

void mangle_free(MangleBlock *b)
{
    while (b) {
        MangleBlock *n = b->next;
        free(b);
        b = n;
    }
}
