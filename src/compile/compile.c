/* compile.c — AST to executable tree.  Every expression becomes an ENode
 * whose `ev` is the evaluator for its shape (local load, global load with a
 * version-keyed cache, int-constant arithmetic ...), every statement an SNode
 * with its executor; function bodies become code objects sharing one Unit
 * that owns all nodes and constants of the module. */
#include <stdlib.h>
#include <string.h>

#include "compile/compile.h"
#include "compile/fold.h"
#include "compile/warn.h"
#include "compile/resolve.h"
#include "compile/mangle.h"
#include "eval/node.h"
#include "mem/intern.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"

CodeObject *code_new(Object *name, Object *qualname, Object *filename, Unit *u);

typedef struct CCtx {
    Unit *u;
    Scope *sc;
    SyntaxErr *err;
    int failed;                 /* 1: exception set; 2: SyntaxErr filled */
    Object *filename;
    const char *src;
    FoldTable *ft;              /* equal constants of the unit shared */
    /* resumable generator bodies (CO_FLAT, eval/gen_flat.c) */
    int nyield;                 /* yields compiled in the current scope */
    int nflat;                  /* ... of them statements of a resumable shape */
    int flat_bad;               /* a statement holding a yield has another shape */
    struct FlatMark { SNode *n; ExecFn ex; } *marks;  /* executors to switch */
    int nmarks, capmarks;
} CCtx;

static ENode *cexpr(CCtx *c, Expr *e);
static ENode *ctarget(CCtx *c, Expr *e);

/* Notes that statement n of a generator body takes the resumable executor
 * ex if the whole body turns out to have a resumable shape. */
static void flat_mark(CCtx *c, SNode *n, ExecFn ex)
{
    if (c->nmarks == c->capmarks) {
        int cap = c->capmarks ? 2 * c->capmarks : 16;
        struct FlatMark *m = realloc(c->marks, sizeof *m * (size_t)cap);
        if (!m) { c->flat_bad = 1; return; }                /* never resumable */
        c->marks = m;
        c->capmarks = cap;
    }
    c->marks[c->nmarks++] = (struct FlatMark){ n, ex };
}

/* State saved around the body of a nested scope. */
typedef struct FlatSave { int nyield, nflat, nmarks, bad; } FlatSave;

static FlatSave flat_enter(CCtx *c)
{
    FlatSave sv = { c->nyield, c->nflat, c->nmarks, c->flat_bad };
    c->nyield = c->nflat = c->flat_bad = 0;
    return sv;
}

/* The body of co is compiled: when every yield in it is a statement of a
 * resumable shape, its marked statements switch executors and it runs
 * without a C stack of its own. */
static void flat_leave(CCtx *c, FlatSave sv, CodeObject *co)
{
    if (co && (co->flags & CO_GENERATOR) && c->nyield > 0 && c->nflat == c->nyield
        && !c->flat_bad) {
        for (int i = sv.nmarks; i < c->nmarks; i++) c->marks[i].n->ex = c->marks[i].ex;
        co->flags |= CO_FLAT;
    }
    c->nmarks = sv.nmarks;
    c->nyield = sv.nyield;
    c->nflat = sv.nflat;
    c->flat_bad = sv.bad;
}
static Block cblock(CCtx *c, StmtSeq *b);
static SNode *cimport(CCtx *c, Stmt *s);

/* ---- helpers ------------------------------------------------------------ */

static void setpos(NodePos *p, int l, int col, int el, int ec)
{
    p->line = l; p->col = col; p->end_line = el; p->end_col = ec;
}

static ENode *enode(CCtx *c, Expr *e, EvalFn ev)
{
    ENode *n = unit_alloc(c->u, sizeof(ENode));
    if (e) setpos(&n->pos, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    n->ev = ev;
    return n;
}

/* A node for attribute e (o.name) whose span starts at the name when it
 * ends on a later line than it starts, as CPython 3.11's
 * update_start_location_to_match_attr: an error in (x\n .name) points
 * at the second line. */
static ENode *enode_attr(CCtx *c, Expr *e, EvalFn ev)
{
    ENode *n = enode(c, e, ev);
    if (e->end_lineno != e->lineno) {
        int len = 0;
        for (const unsigned char *s = (const unsigned char *)e->v.attribute.attr; *s; s++)
            len += (*s & 0xC0) != 0x80;
        n->pos.line = e->end_lineno;
        n->pos.col = len <= e->end_col_offset ? e->end_col_offset - len : -1;
    }
    return n;
}

static SNode *snode(CCtx *c, Stmt *s, ExecFn ex)
{
    SNode *n = unit_alloc(c->u, sizeof(SNode));
    if (s) setpos(&n->pos, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    n->ex = ex;
    return n;
}

static Object *cconst(CCtx *c, Object *o)
{
    if (o) o = fold_share(c->ft, o);
    if (!o) { c->failed = c->failed ? c->failed : 1; return NULL; }
    return unit_const(c->u, o);
}

/* Interned name string owned by the unit. */
static Object *cname(CCtx *c, const char *s)
{
    return cconst(c, intern_cstr(s));
}

static int is_identifier_like(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
            return 0;
    }
    return 1;
}

/* NEW object for a literal, or NULL (exception set / SyntaxErr filled). */
static Object *const_object(CCtx *c, Expr *e)
{
    const char *s = e->v.constant.s;
    size_t n = e->v.constant.n;
    switch (e->v.constant.kind) {
    case CONST_NONE: return NEWREF(NONE);
    case CONST_TRUE: return NEWREF(GTrue);
    case CONST_FALSE: return NEWREF(GFalse);
    case CONST_ELLIPSIS: return NEWREF(ELLIPSIS);
    case CONST_INT: {
        Object *o = int_from_literal(s, n);
        if (!o && err_matches_type(&Exc_ValueError)) {
            Object *exc = err_fetch();
            Object *msg = obj_str(exc);
            DECREF(exc);
            resolve_error_at(c->err, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                             "%s", msg ? STR_UTF8(msg) : "invalid literal");
            XDECREF(msg);
            err_clear();
            c->failed = 2;
        }
        return o;
    }
    case CONST_FLOAT: return float_from_string(s, n);
    case CONST_COMPLEX:
        err_set_string(&Exc_SystemError, "complex numbers are not supported");
        return NULL;
    case CONST_STR: {
        Object *o = str_from_utf8(s, n);
        if (o && n <= 40 && is_identifier_like(s, n))
            o = intern_str(o);
        return o;
    }
    case CONST_BYTES: return bytes_from(s, n);
    }
    return NULL;
}

static ENode *const_node(CCtx *c, Expr *e, Object *o)
{
    ENode *n = enode(c, e, ev_const);
    n->k = cconst(c, o);
    return n;
}

static int is_const(ENode *n) { return n && n->ev == ev_const; }
/* A constant CPython's AST optimiser sees as one: not f'text', which only
 * its code generator makes a constant (so f'ab' + 'c' is not folded). */
static int is_ast_const(ENode *n) { return is_const(n) && n->op != 1; }

/* A set display of constants: a new set filled from the frozenset in n->k. */
static Object *ev_set_from_const(ENode *n, Frame *f)
{
    (void)f;
    return set_new(n->k);
}

/* A list display of constants: a new list extended by the tuple in n->k. */
static Object *ev_list_from_const(ENode *n, Frame *f)
{
    (void)f;
    Object *l = list_new(0);
    if (l && list_extend(l, n->k) < 0)
        CLEAR(l);
    return l;
}

/* CPython builds a list display of three or more constants as BUILD_LIST 0
 * + LIST_EXTEND of a tuple constant, which sizes the buffer as extend does
 * (sys.getsizeof([1, 2, 3]) is 88, not 80); the same here. */
static void fold_const_list(CCtx *c, ENode *n)
{
    for (int i = 0; i < n->n; i++)
        if (!is_const(n->v[i])) return;
    Object *t = tuple_new(n->n);
    if (!t) { c->failed = 1; return; }
    for (int i = 0; i < n->n; i++) TUPLE_SET(t, i, NEWREF(n->v[i]->k));
    n->ev = ev_list_from_const;
    n->k = cconst(c, t);
}

/* CPython builds a display of three or more constants as BUILD_SET 0 +
 * SET_UPDATE of a frozenset constant, and its constant merging rebuilds that
 * frozenset from the first one's iteration order; the set's order comes
 * from that table, so {100, 5, 37} prints {5, 100, 37}.  Done the same
 * way here when every item of n is a constant. */
static void fold_const_set(CCtx *c, ENode *n)
{
    for (int i = 0; i < n->n; i++)
        if (!is_const(n->v[i])) return;
    Object *t = tuple_new(n->n);
    if (!t) { c->failed = 1; return; }
    for (int i = 0; i < n->n; i++) TUPLE_SET(t, i, NEWREF(n->v[i]->k));
    Object *first = frozenset_new(t);
    DECREF(t);
    Object *order = first ? tuple_from_iterable(first) : NULL;
    XDECREF(first);
    Object *fs = order ? frozenset_new(order) : NULL;
    XDECREF(order);
    if (!fs) {                  /* an unhashable constant: fail at run time */
        err_clear();
        return;
    }
    n->ev = ev_set_from_const;
    n->k = cconst(c, fs);
}

static ENode **cexprs(CCtx *c, ExprSeq *s)
{
    ENode **v = unit_alloc(c->u, sizeof(ENode *) * (s->n + 1));
    for (int i = 0; i < s->n; i++) v[i] = s->items[i] ? cexpr(c, s->items[i]) : NULL;
    return v;
}

/* ---- names ------------------------------------------------------------- */

static Symbol *sym(CCtx *c, const char *name)
{
    Symbol *y = resolve_lookup(c->sc, name);
    return y;
}

static ENode *name_load(CCtx *c, Expr *e, const char *id)
{
    Symbol *y = sym(c, id);
    ENode *n = enode(c, e, ev_global);
    n->k = cname(c, id);
    n->idx = -1;
    if (!y) return n;
    switch (y->kind) {
    case RS_LOCAL: n->ev = ev_local; n->idx = y->slot; break;
    case RS_CELL: n->ev = ev_deref; n->idx = y->slot; n->op = 0; break;
    case RS_FREE:
        n->ev = c->sc->kind == SC_CLASS ? ev_classderef : ev_deref;
        n->idx = y->slot; n->op = 1;
        break;
    case RS_NAME: n->ev = ev_name; break;
    default: break;
    }
    return n;
}

static ENode *name_store(CCtx *c, Expr *e, const char *id)
{
    Symbol *y = sym(c, id);
    ENode *n = enode(c, e, NULL);
    n->st = st_global;
    n->k = cname(c, id);
    n->idx = -1;
    if (!y) return n;
    switch (y->kind) {
    case RS_LOCAL: n->st = st_local; n->idx = y->slot; break;
    case RS_CELL: case RS_FREE: n->st = st_deref; n->idx = y->slot; n->op = y->kind == RS_FREE; break;
    case RS_NAME: n->st = st_name; break;
    default: break;
    }
    return n;
}

/* ---- expressions ------------------------------------------------------- */

static int binop_code(BinOpKind k)
{
    switch (k) {
    case OP_ADD: return BINOP_ADD; case OP_SUB: return BINOP_SUB;
    case OP_MULT: return BINOP_MUL; case OP_MATMULT: return BINOP_MATMUL;
    case OP_DIV: return BINOP_TRUEDIV; case OP_MOD: return BINOP_MOD;
    case OP_POW: return BINOP_POW; case OP_LSHIFT: return BINOP_LSHIFT;
    case OP_RSHIFT: return BINOP_RSHIFT; case OP_BITOR: return BINOP_OR;
    case OP_BITXOR: return BINOP_XOR; case OP_BITAND: return BINOP_AND;
    case OP_FLOORDIV: return BINOP_FLOORDIV;
    default: return BINOP_ADD;
    }
}

static int cmp_code(CmpOpKind k)
{
    switch (k) {
    case CMPOP_EQ: return CMP_EQ; case CMPOP_NOTEQ: return CMP_NE;
    case CMPOP_LT: return CMP_LT; case CMPOP_LTE: return CMP_LE;
    case CMPOP_GT: return CMP_GT; case CMPOP_GTE: return CMP_GE;
    case CMPOP_IS: return CMPX_IS; case CMPOP_ISNOT: return CMPX_ISNOT;
    case CMPOP_IN: return CMPX_IN; case CMPOP_NOTIN: return CMPX_NOTIN;
    }
    return CMP_EQ;
}

static FuncInfo *func_info(CCtx *c, Scope *s, Arguments *args, const char *name,
                           StmtSeq *body, Expr *lambda_body, int lineno, ENode *holder);

static ENode *ccomp(CCtx *c, Expr *e);

static ENode *ccall(CCtx *c, Expr *e)
{
    ExprSeq *args = &e->v.call.args;
    KeywordSeq *kws = &e->v.call.keywords;
    int star = 0;
    for (int i = 0; i < args->n; i++) if (args->items[i]->kind == EXPR_STARRED) star = 1;
    for (int i = 0; i < kws->n; i++) if (!kws->items[i]->arg) star = 1;
    ENode *n;
    if (!star && e->v.call.func->kind == EXPR_ATTRIBUTE) {
        n = enode(c, e, ev_method_call);
        n->a = cexpr(c, e->v.call.func->v.attribute.value);
        n->k = cname(c, e->v.call.func->v.attribute.attr);
        /* only the span of o.name, where a failed lookup points */
        n->b = enode_attr(c, e->v.call.func, NULL);
    } else {
        n = enode(c, e, star ? ev_call_ex : ev_call);
        n->a = cexpr(c, e->v.call.func);
    }
    int total = args->n + kws->n;
    n->v = unit_alloc(c->u, sizeof(ENode *) * (total + 1));
    for (int i = 0; i < args->n; i++) {
        Expr *a = args->items[i];
        if (a->kind == EXPR_STARRED) {
            ENode *s = enode(c, a, ev_starred_error);
            s->a = cexpr(c, a->v.starred.value);
            n->v[i] = s;
        } else {
            n->v[i] = cexpr(c, a);
        }
    }
    n->n = args->n;
    n->idx = kws->n;
    if (kws->n) {
        Object **names = unit_alloc(c->u, sizeof(Object *) * kws->n);
        for (int i = 0; i < kws->n; i++) {
            n->v[args->n + i] = cexpr(c, kws->items[i]->value);
            names[i] = kws->items[i]->arg ? cname(c, kws->items[i]->arg) : NULL;
        }
        if (!star) {
            Object *t = tuple_new(kws->n);
            if (!t) { c->failed = 1; return n; }
            for (int i = 0; i < kws->n; i++) TUPLE_SET(t, i, NEWREF(names[i]));
            n->p = cconst(c, t);
        } else {
            n->p = names;
        }
    }
    return n;
}

static ENode *cexpr(CCtx *c, Expr *e)
{
    ENode *n;
    switch (e->kind) {
    case EXPR_CONSTANT:
        return const_node(c, e, const_object(c, e));
    case EXPR_NAME:
        return name_load(c, e, e->v.name.id);
    case EXPR_BINOP: {
        ENode *l = cexpr(c, e->v.binop.left), *r = cexpr(c, e->v.binop.right);
        int op = binop_code(e->v.binop.op);
        n = enode(c, e, ev_binop);
        n->a = l; n->b = r; n->op = op;
        n->pos.kind = POS_BINOP;
        n->pos.a1 = e->v.binop.left->end_col_offset;
        n->pos.a2 = e->v.binop.right->col_offset;
        if (e->v.binop.left->end_lineno != e->lineno) n->pos.kind = POS_PLAIN;
        if (is_ast_const(l) && is_ast_const(r)) {
            Object *v = fold_binop(l->k, r->k, op);
            if (v) return const_node(c, e, v);
        }
        if (is_const(r) && INT_CHECK_EXACT(r->k) && INT_IS_SMALL(r->k)
            && (op == BINOP_ADD || op == BINOP_SUB || op == BINOP_MUL || op == BINOP_MOD
                || op == BINOP_FLOORDIV || op == BINOP_AND || op == BINOP_LSHIFT || op == BINOP_RSHIFT)
            && INT_VALUE(r->k) > -(1 << 20) && INT_VALUE(r->k) < (1 << 20))
            n->ev = ev_binop_int_const;
        else if (op == BINOP_ADD) n->ev = ev_binop_add;
        else if (op == BINOP_SUB) n->ev = ev_binop_sub;
        return n;
    }
    case EXPR_UNARYOP: {
        Expr *x = e->v.unaryop.operand;
        /* not (a is b) is a is not b (and in / not in), as CPython's
         * optimiser rewrites it before warnings and code generation */
        if (e->v.unaryop.op == UOP_NOT && x->kind == EXPR_COMPARE && x->v.compare.n == 1) {
            CmpOpKind *op = &x->v.compare.ops[0];
            CmpOpKind inv = *op == CMPOP_IS ? CMPOP_ISNOT : *op == CMPOP_ISNOT ? CMPOP_IS
                          : *op == CMPOP_IN ? CMPOP_NOTIN : *op == CMPOP_NOTIN ? CMPOP_IN : *op;
            if (inv != *op) {
                *op = inv;
                return cexpr(c, x);
            }
        }
        ENode *a = cexpr(c, x);
        if (is_ast_const(a)) {
            UnaryOpKind k = e->v.unaryop.op;
            Object *v = fold_unary(a->k, k == UOP_USUB ? 0 : k == UOP_UADD ? 1 : k == UOP_INVERT ? 2 : 3);
            if (v) return const_node(c, e, v);
        }
        if (e->v.unaryop.op == UOP_NOT) {
            n = enode(c, e, ev_not); n->a = a; return n;
        }
        n = enode(c, e, ev_unary);
        n->a = a;
        n->op = e->v.unaryop.op == UOP_USUB ? UNX_NEG : e->v.unaryop.op == UOP_UADD ? UNX_POS : UNX_INVERT;
        return n;
    }
    case EXPR_BOOLOP:
        n = enode(c, e, e->v.boolop.op == BOOL_AND ? ev_and : ev_or);
        n->v = cexprs(c, &e->v.boolop.values);
        n->n = e->v.boolop.values.n;
        return n;
    case EXPR_IFEXP:
        n = enode(c, e, ev_ifexp);
        n->a = cexpr(c, e->v.ifexp.test);
        n->b = cexpr(c, e->v.ifexp.body);
        n->c = cexpr(c, e->v.ifexp.orelse);
        return n;
    case EXPR_COMPARE:
        compile_warn_compare(e);
        if (e->v.compare.n == 1) {
            n = enode(c, e, ev_compare);
            n->a = cexpr(c, e->v.compare.left);
            n->b = cexpr(c, e->v.compare.comparators[0]);
            n->op = cmp_code(e->v.compare.ops[0]);
            return n;
        } else {
            int k = e->v.compare.n;
            n = enode(c, e, ev_compare_chain);
            n->v = unit_alloc(c->u, sizeof(ENode *) * (k + 1));
            int *ops = unit_alloc(c->u, sizeof(int) * k);
            n->v[0] = cexpr(c, e->v.compare.left);
            for (int i = 0; i < k; i++) {
                n->v[i + 1] = cexpr(c, e->v.compare.comparators[i]);
                ops[i] = cmp_code(e->v.compare.ops[i]);
            }
            n->n = k;
            n->p = ops;
            return n;
        }
    case EXPR_NAMEDEXPR:
        n = enode(c, e, ev_namedexpr);
        n->a = cexpr(c, e->v.namedexpr.value);
        n->b = name_store(c, e->v.namedexpr.target, e->v.namedexpr.target->v.name.id);
        return n;
    case EXPR_ATTRIBUTE:
        n = enode_attr(c, e, ev_attr);
        n->a = cexpr(c, e->v.attribute.value);
        n->k = cname(c, e->v.attribute.attr);
        return n;
    case EXPR_SUBSCRIPT:
        compile_warn_subscript(e);
        n = enode(c, e, ev_subscript);
        n->a = cexpr(c, e->v.subscript.value);
        n->b = cexpr(c, e->v.subscript.slice);
        n->pos.kind = POS_SUBSCRIPT;
        n->pos.a1 = e->v.subscript.value->end_col_offset;
        n->pos.a2 = e->v.subscript.slice->end_col_offset;
        if (e->v.subscript.value->end_lineno != e->lineno
            || e->v.subscript.slice->end_lineno != e->lineno) n->pos.kind = POS_PLAIN;
        if (is_ast_const(n->a) && is_ast_const(n->b)) {
            Object *v = fold_subscript(n->a->k, n->b->k);
            if (v) return const_node(c, e, v);
        }
        return n;
    case EXPR_SLICE:
        n = enode(c, e, ev_slice);
        n->a = e->v.slice.lower ? cexpr(c, e->v.slice.lower) : NULL;
        n->b = e->v.slice.upper ? cexpr(c, e->v.slice.upper) : NULL;
        n->c = e->v.slice.step ? cexpr(c, e->v.slice.step) : NULL;
        return n;
    case EXPR_TUPLE: case EXPR_LIST: case EXPR_SET: {
        ExprSeq *elts = e->kind == EXPR_SET ? &e->v.set.elts : &e->v.seq.elts;
        n = enode(c, e, e->kind == EXPR_TUPLE ? ev_tuple : e->kind == EXPR_LIST ? ev_list : ev_set);
        n->n = elts->n;
        n->v = unit_alloc(c->u, sizeof(ENode *) * (elts->n + 1));
        int allconst = e->kind == EXPR_TUPLE;
        for (int i = 0; i < elts->n; i++) {
            Expr *x = elts->items[i];
            if (x->kind == EXPR_STARRED) {
                ENode *s = enode(c, x, ev_starred_error);
                s->a = cexpr(c, x->v.starred.value);
                n->v[i] = s;
                n->op = 1;          /* has starred items */
                allconst = 0;
            } else {
                n->v[i] = cexpr(c, x);
                if (!is_const(n->v[i])) allconst = 0;
            }
        }
        if (allconst && !c->failed) {
            Object *t = tuple_new(elts->n);
            if (!t) { c->failed = 1; return n; }
            for (int i = 0; i < elts->n; i++) TUPLE_SET(t, i, NEWREF(n->v[i]->k));
            return const_node(c, e, t);
        }
        if (e->kind == EXPR_SET && !n->op && elts->n > 2 && !c->failed)
            fold_const_set(c, n);
        if (e->kind == EXPR_LIST && !n->op && elts->n > 2 && !c->failed)
            fold_const_list(c, n);
        return n;
    }
    case EXPR_DICT:
        n = enode(c, e, ev_dict);
        n->n = e->v.dict.keys.n;
        n->v = cexprs(c, &e->v.dict.keys);           /* NULL key: **value */
        n->p = cexprs(c, &e->v.dict.values);
        return n;
    case EXPR_CALL:
        compile_warn_call(e);
        return ccall(c, e);
    case EXPR_LAMBDA: {
        n = enode(c, e, ev_lambda);
        n->p = func_info(c, e->ann, e->v.lambda.args, "<lambda>", NULL, e->v.lambda.body, e->lineno, n);
        return n;
    }
    case EXPR_LISTCOMP: case EXPR_SETCOMP: case EXPR_DICTCOMP:
        return ccomp(c, e);
    case EXPR_JOINEDSTR:
        /* f'text' is its one constant, as CPython compiles it */
        if (e->v.joinedstr.values.n == 1 && e->v.joinedstr.values.items[0]->kind == EXPR_CONSTANT) {
            n = cexpr(c, e->v.joinedstr.values.items[0]);
            n->op = 1;              /* see is_ast_const */
            return n;
        }
        n = enode(c, e, ev_joinedstr);
        n->v = cexprs(c, &e->v.joinedstr.values);
        n->n = e->v.joinedstr.values.n;
        return n;
    case EXPR_FORMATTEDVALUE:
        n = enode(c, e, ev_formatted);
        n->a = cexpr(c, e->v.formatted.value);
        n->op = e->v.formatted.conversion;
        n->b = e->v.formatted.format_spec ? cexpr(c, e->v.formatted.format_spec) : NULL;
        return n;
    case EXPR_STARRED:
        n = enode(c, e, ev_starred_error);
        n->a = cexpr(c, e->v.starred.value);
        return n;
    case EXPR_GENERATOREXP:
        return ccomp(c, e);
    case EXPR_YIELD:
        c->nyield++;
        n = enode(c, e, ev_yield);
        n->a = e->v.yield.value ? cexpr(c, e->v.yield.value) : NULL;
        return n;
    case EXPR_YIELDFROM:
        c->nyield++;
        n = enode(c, e, ev_yield_from);
        n->a = cexpr(c, e->v.yield.value);
        return n;
    default:
        n = enode(c, e, ev_unsupported);
        n->k = cconst(c, str_from_format("%s is not supported yet", ast_expr_kind_name(e->kind)));
        return n;
    }
}

/* Store (and delete) targets. */
static ENode *ctarget(CCtx *c, Expr *e)
{
    ENode *n;
    switch (e->kind) {
    case EXPR_NAME:
        return name_store(c, e, e->v.name.id);
    case EXPR_ATTRIBUTE:
        n = enode_attr(c, e, NULL);
        n->st = st_attr;
        n->a = cexpr(c, e->v.attribute.value);
        n->k = cname(c, e->v.attribute.attr);
        return n;
    case EXPR_SUBSCRIPT:
        n = enode(c, e, NULL);
        n->st = st_subscript;
        n->a = cexpr(c, e->v.subscript.value);
        n->b = cexpr(c, e->v.subscript.slice);
        n->pos.kind = POS_SUBSCRIPT;
        n->pos.a1 = e->v.subscript.value->end_col_offset;
        n->pos.a2 = e->v.subscript.slice->end_col_offset;
        return n;
    case EXPR_TUPLE: case EXPR_LIST: {
        ExprSeq *elts = &e->v.seq.elts;
        n = enode(c, e, NULL);
        n->st = st_unpack;
        n->n = elts->n;
        n->idx = -1;
        n->v = unit_alloc(c->u, sizeof(ENode *) * (elts->n + 1));
        for (int i = 0; i < elts->n; i++) {
            Expr *x = elts->items[i];
            if (x->kind == EXPR_STARRED) {
                n->idx = i;
                n->v[i] = ctarget(c, x->v.starred.value);
            } else {
                n->v[i] = ctarget(c, x);
            }
        }
        return n;
    }
    case EXPR_STARRED:
        return ctarget(c, e->v.starred.value);
    default:
        n = enode(c, e, NULL);
        n->st = st_global;
        n->k = cname(c, "<invalid target>");
        return n;
    }
}

/* ---- code objects for functions, lambdas, comprehensions ------------------ */

static Object *docstring(StmtSeq *body)
{
    if (!body || body->n == 0) return NULL;
    Stmt *s = body->items[0];
    if (s->kind != STMT_EXPR || s->v.ret.value->kind != EXPR_CONSTANT
        || s->v.ret.value->v.constant.kind != CONST_STR)
        return NULL;
    return str_from_utf8(s->v.ret.value->v.constant.s, s->v.ret.value->v.constant.n);
}

static CodeObject *make_code(CCtx *c, Scope *s, const char *name, int lineno, int extra)
{
    Object *nm = intern_cstr(name);
    Object *qn = str_from_cstr(s->qualname);
    if (!nm || !qn) { XDECREF(nm); XDECREF(qn); c->failed = 1; return NULL; }
    CodeObject *co = code_new(nm, qn, c->filename, c->u);
    DECREF(nm); DECREF(qn);
    if (!co) { c->failed = 1; return NULL; }
    if (s->kind != SC_MODULE)
        unit_const(c->u, (Object *)co);     /* the unit owns nested code */
    co->nlocals = s->nlocals;
    co->nslots = s->nslots + extra;
    if (s->generator) co->flags |= CO_GENERATOR;
    co->firstlineno = lineno;
    co->slotnames = unit_alloc(c->u, sizeof(Object *) * (co->nslots + 1));
    co->cellslots = unit_alloc(c->u, sizeof(int) * (s->nsyms + 1));
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *y = &s->syms[i];
        if (y->slot >= 0 && y->slot < co->nslots)
            co->slotnames[y->slot] = cname(c, y->name);
        if (y->kind == RS_CELL && y->slot >= 0)
            co->cellslots[co->ncells++] = y->slot;
    }
    return co;
}

/* Slots, in the defining scope, of the cells a child scope closes over (in
 * the order of the child's free slots). */
static int *closure_slots(CCtx *c, Scope *child, int *nout)
{
    int nfree = child->nslots - child->nlocals;
    int *v = unit_alloc(c->u, sizeof(int) * (nfree + 1));
    for (int i = 0; i < child->nsyms; i++) {
        Symbol *y = &child->syms[i];
        if (y->slot >= child->nlocals && y->slot < child->nslots) {
            Symbol *p = resolve_lookup(c->sc, y->name);
            v[y->slot - child->nlocals] = p ? p->slot : -1;
        }
    }
    *nout = nfree;
    return v;
}

static FuncInfo *func_info(CCtx *c, Scope *s, Arguments *args, const char *name,
                           StmtSeq *body, Expr *lambda_body, int lineno, ENode *holder)
{
    FuncInfo *fi = unit_alloc(c->u, sizeof(FuncInfo));
    /* defaults are evaluated in the defining scope */
    holder->v = cexprs(c, &args->defaults);
    holder->n = args->defaults.n;
    fi->ndefaults = args->defaults.n;
    int nkw = 0;
    for (int i = 0; i < args->kw_defaults.n; i++) if (args->kw_defaults.items[i]) nkw++;
    fi->kwdnames = unit_alloc(c->u, sizeof(Object *) * (nkw + 1));
    fi->kwdefaults = unit_alloc(c->u, sizeof(ENode *) * (nkw + 1));
    for (int i = 0; i < args->kw_defaults.n; i++) {
        if (!args->kw_defaults.items[i]) continue;
        fi->kwdnames[fi->nkwdefaults] = cname(c, args->kwonlyargs.items[i]->arg);
        fi->kwdefaults[fi->nkwdefaults++] = cexpr(c, args->kw_defaults.items[i]);
    }
    fi->closure_slots = closure_slots(c, s, &fi->nclosure);

    Scope *saved = c->sc;
    c->sc = s;
    CodeObject *co = make_code(c, s, name, lineno, 0);
    if (!co) { c->sc = saved; return fi; }
    FlatSave fsv = flat_enter(c);
    co->argcount = args->posonlyargs.n + args->args.n;
    co->posonlyargcount = args->posonlyargs.n;
    co->kwonlyargcount = args->kwonlyargs.n;
    if (args->vararg) co->flags |= CO_VARARGS;
    if (args->kwarg) co->flags |= CO_VARKEYWORDS;
    if (body) {
        co->doc = docstring(body);
        co->body = cblock(c, body);
    } else {
        SNode *r = snode(c, NULL, ex_return);
        setpos(&r->pos, lambda_body->lineno, lambda_body->col_offset,
               lambda_body->end_lineno, lambda_body->end_col_offset);
        r->e1 = cexpr(c, lambda_body);
        co->body.n = 1;
        co->body.s = unit_alloc(c->u, sizeof(SNode *));
        co->body.s[0] = r;
    }
    flat_leave(c, fsv, co);
    c->sc = saved;
    fi->code = co;
    fi->qualname = cconst(c, str_from_cstr(s->qualname));
    return fi;
}

/* A comprehension runs as its own function: slot 0 holds the iterator over
 * the first iterable (evaluated in the enclosing scope), the accumulator
 * sits in the extra last slot.  A generator expression is the same loop
 * nest around `yield elt`, run by a generator (ev_genexp, eval/gen.c). */
static ENode *ccomp(CCtx *c, Expr *e)
{
    Scope *s = e->ann;
    int genexp = e->kind == EXPR_GENERATOREXP;
    ENode *n = enode(c, e, genexp ? ev_genexp : ev_comp);
    FuncInfo *fi = unit_alloc(c->u, sizeof(FuncInfo));
    n->p = fi;
    ComprehensionSeq *g = &e->v.comp.generators;
    n->a = cexpr(c, g->items[0]->iter);
    n->op = e->kind;
    fi->closure_slots = closure_slots(c, s, &fi->nclosure);
    Scope *saved = c->sc;
    c->sc = s;
    CodeObject *co = make_code(c, s, s->name, e->lineno, genexp ? 0 : 1);
    if (!co) { c->sc = saved; return n; }
    co->argcount = 1;
    int acc = co->nslots - 1;
    n->idx = acc;
    /* innermost: append, or yield */
    SNode *inner;
    Expr *elt = e->v.comp.elt;
    if (genexp) {
        co->flags |= CO_FLAT;           /* yields only at its innermost statement */
        inner = snode(c, NULL, ex_yield_g);
        ENode *y = enode(c, elt, ev_yield);
        y->a = cexpr(c, elt);
        inner->e1 = y;
    } else {
        inner = snode(c, NULL, ex_comp_append);
        inner->e1 = cexpr(c, elt);
        inner->e2 = e->v.comp.value ? cexpr(c, e->v.comp.value) : NULL;
        inner->op = e->kind;
        inner->idx = acc;
    }
    setpos(&inner->pos, elt->lineno, elt->col_offset, elt->end_lineno, elt->end_col_offset);
    SNode *body = inner;
    for (int i = g->n - 1; i >= 0; i--) {
        Comprehension *gen = g->items[i];
        for (int k = gen->ifs.n - 1; k >= 0; k--) {
            Expr *t = gen->ifs.items[k];
            SNode *iff = snode(c, NULL, genexp ? ex_if_g : ex_if);
            setpos(&iff->pos, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
            iff->e1 = cexpr(c, t);
            iff->body.n = 1;
            iff->body.s = unit_alloc(c->u, sizeof(SNode *));
            iff->body.s[0] = body;
            body = iff;
        }
        /* CPython locates a comprehension's iteration at the whole
         * comprehension; op = 1 tells ex_for so */
        SNode *loop = snode(c, NULL, genexp ? ex_for_g : ex_for);
        Expr *it = gen->iter;
        setpos(&loop->pos, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
        loop->op = 1;
        if (i == 0) {
            ENode *z = enode(c, it, ev_local);
            z->idx = 0;
            z->k = cname(c, ".0");
            loop->e1 = z;
        } else {
            loop->e1 = cexpr(c, it);
        }
        loop->e2 = ctarget(c, gen->target);
        loop->body.n = 1;
        loop->body.s = unit_alloc(c->u, sizeof(SNode *));
        loop->body.s[0] = body;
        body = loop;
    }
    co->body.n = 1;
    co->body.s = unit_alloc(c->u, sizeof(SNode *));
    co->body.s[0] = body;
    c->sc = saved;
    fi->code = co;
    return n;
}

/* ---- statements ------------------------------------------------------------ */

static SNode *cstmt(CCtx *c, Stmt *s)
{
    SNode *n;
    switch (s->kind) {
    case STMT_EXPR: {
        int y0 = c->nyield;
        n = snode(c, s, ex_expr);
        n->e1 = cexpr(c, s->v.ret.value);
        int k = s->v.ret.value->kind;
        if ((k == EXPR_YIELD || k == EXPR_YIELDFROM) && c->nyield == y0 + 1) {
            c->nflat++;
            flat_mark(c, n, k == EXPR_YIELD ? ex_yield_g : ex_yield_from_g);
        }
        return n;
    }
    case STMT_ASSIGN: {
        int y0 = c->nyield;
        n = snode(c, s, s->v.assign.targets.n == 1 ? ex_assign1 : ex_assign);
        n->e1 = cexpr(c, s->v.assign.value);
        n->ntv = s->v.assign.targets.n;
        n->tv = unit_alloc(c->u, sizeof(ENode *) * (n->ntv + 1));
        for (int i = 0; i < n->ntv; i++) n->tv[i] = ctarget(c, s->v.assign.targets.items[i]);
        n->e2 = n->tv[0];
        int k = s->v.assign.value->kind;
        if (n->ntv == 1 && (k == EXPR_YIELD || k == EXPR_YIELDFROM) && c->nyield == y0 + 1) {
            c->nflat++;
            flat_mark(c, n, k == EXPR_YIELD ? ex_yield_g : ex_yield_from_g);
        }
        return n;
    }
    case STMT_ANNASSIGN:
        if (!s->v.annassign.value) return NULL;
        n = snode(c, s, ex_assign1);
        n->e1 = cexpr(c, s->v.annassign.value);
        n->e2 = ctarget(c, s->v.annassign.target);
        return n;
    case STMT_AUGASSIGN: {
        Expr *t = s->v.augassign.target;
        n = snode(c, s, ex_augassign);
        n->e1 = cexpr(c, s->v.augassign.value);
        n->op = binop_code(s->v.augassign.op);
        if (t->kind == EXPR_NAME) {
            n->idx = 0;
            n->e2 = name_load(c, t, t->v.name.id);
            n->e3 = name_store(c, t, t->v.name.id);
        } else if (t->kind == EXPR_ATTRIBUTE) {
            n->idx = 1;
            n->e2 = cexpr(c, t->v.attribute.value);
            n->k = cname(c, t->v.attribute.attr);
        } else {
            n->idx = 2;
            n->e2 = cexpr(c, t->v.subscript.value);
            n->e3 = cexpr(c, t->v.subscript.slice);
        }
        /* node whose span the traceback shows */
        ENode *whole = enode(c, s->v.augassign.target, NULL);
        setpos(&whole->pos, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
        whole->k = n->k;            /* attribute form: its caches (eval_getattr) */
        n->tv = unit_alloc(c->u, sizeof(ENode *));
        n->tv[0] = whole;
        return n;
    }
    case STMT_DELETE:
        n = snode(c, s, ex_del);
        n->ntv = s->v.del.targets.n;
        n->tv = unit_alloc(c->u, sizeof(ENode *) * (n->ntv + 1));
        for (int i = 0; i < n->ntv; i++) n->tv[i] = ctarget(c, s->v.del.targets.items[i]);
        return n;
    case STMT_PASS: return snode(c, s, ex_pass);
    case STMT_BREAK: return snode(c, s, ex_break);
    case STMT_CONTINUE: return snode(c, s, ex_continue);
    case STMT_RETURN:
        n = snode(c, s, ex_return);
        n->e1 = s->v.ret.value ? cexpr(c, s->v.ret.value) : NULL;
        return n;
    case STMT_IF: case STMT_WHILE: {
        int y0 = c->nyield;
        n = snode(c, s, s->kind == STMT_IF ? ex_if : ex_while);
        n->e1 = cexpr(c, s->v.cond.test);
        int y1 = c->nyield;
        n->body = cblock(c, &s->v.cond.body);
        int y2 = c->nyield;
        n->orelse = cblock(c, &s->v.cond.orelse);
        if (y2 > y0 && y1 == y0 && s->kind == STMT_WHILE && c->nyield == y2)
            flat_mark(c, n, ex_while_g);
        else if (c->nyield > y0 && y1 == y0 && s->kind == STMT_IF)
            flat_mark(c, n, ex_if_g);
        return n;
    }
    case STMT_FOR: {
        Expr *it = s->v.forloop.iter;
        int y0 = c->nyield;
        n = snode(c, s, ex_for);
        n->e1 = cexpr(c, it);
        n->e2 = ctarget(c, s->v.forloop.target);
        int y1 = c->nyield;
        n->body = cblock(c, &s->v.forloop.body);
        int y2 = c->nyield;
        n->orelse = cblock(c, &s->v.forloop.orelse);
        int flat = y2 > y1 && y1 == y0 && c->nyield == y2;
        if (it->kind == EXPR_CALL && it->v.call.func->kind == EXPR_NAME
            && !strcmp(it->v.call.func->v.name.id, "range")
            && it->v.call.keywords.n == 0 && it->v.call.args.n >= 1 && it->v.call.args.n <= 3
            && n->e1->ev == ev_call) {
            int ok = 1;
            for (int i = 0; i < it->v.call.args.n; i++)
                if (it->v.call.args.items[i]->kind == EXPR_STARRED) ok = 0;
            if (ok) n->ex = ex_for_range;
        }
        if (flat) flat_mark(c, n, n->ex == ex_for_range ? ex_for_range_g : ex_for_g);
        return n;
    }
    case STMT_RAISE:
        n = snode(c, s, ex_raise);
        n->e1 = s->v.raise.exc ? cexpr(c, s->v.raise.exc) : NULL;
        n->e2 = s->v.raise.cause ? cexpr(c, s->v.raise.cause) : NULL;
        return n;
    case STMT_TRY: {
        int y0 = c->nyield, typeyield = 0;
        n = snode(c, s, ex_try);
        n->body = cblock(c, &s->v.try_.body);
        n->nh = s->v.try_.handlers.n;
        n->handlers = unit_alloc(c->u, sizeof(Handler) * (n->nh + 1));
        for (int i = 0; i < n->nh; i++) {
            ExceptHandler *h = s->v.try_.handlers.items[i];
            Handler *hd = &n->handlers[i];
            setpos(&hd->pos, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset);
            int yt = c->nyield;
            hd->type = h->type ? cexpr(c, h->type) : NULL;
            typeyield |= c->nyield != yt;
            if (h->name) {
                Expr fake;
                memset(&fake, 0, sizeof fake);
                fake.lineno = h->lineno; fake.col_offset = h->col_offset;
                fake.end_lineno = h->end_lineno; fake.end_col_offset = h->end_col_offset;
                hd->name = name_store(c, &fake, h->name);
            }
            hd->body = cblock(c, &h->body);
        }
        n->orelse = cblock(c, &s->v.try_.orelse);
        n->final = cblock(c, &s->v.try_.finalbody);
        n->op = s->v.try_.finalbody.n > 0;
        if (c->nyield > y0 && !typeyield) flat_mark(c, n, ex_try_g);
        return n;
    }
    case STMT_ASSERT:
        compile_warn_assert(s);
        n = snode(c, s, ex_assert);
        n->e1 = cexpr(c, s->v.assert_.test);
        n->e2 = s->v.assert_.msg ? cexpr(c, s->v.assert_.msg) : NULL;
        return n;
    case STMT_WITH: {
        /* `with a, b:` is `with a: with b:` */
        WithItemSeq *items = &s->v.with.items;
        SNode *outer = NULL, *prev = NULL;
        int y0 = c->nyield;
        for (int i = 0; i < items->n; i++) {
            WithItem *w = items->items[i];
            SNode *x = snode(c, s, ex_with);
            x->e1 = cexpr(c, w->context_expr);
            x->e2 = w->optional_vars ? ctarget(c, w->optional_vars) : NULL;
            if (prev) {
                prev->body.n = 1;
                prev->body.s = unit_alloc(c->u, sizeof(SNode *));
                prev->body.s[0] = x;
            } else {
                outer = x;
            }
            prev = x;
        }
        int y1 = c->nyield;
        prev->body = cblock(c, &s->v.with.body);
        if (c->nyield > y1 && y1 == y0) {
            /* innermost first: cblock checks the outer one was marked last */
            SNode *chain[items->n];
            SNode *x = outer;
            for (int i = 0; i < items->n; i++, x = x->body.s[0]) chain[i] = x;
            for (int i = items->n - 1; i >= 0; i--) flat_mark(c, chain[i], ex_with_g);
        }
        return outer;
    }
    case STMT_FUNCTIONDEF: {
        n = snode(c, s, ex_funcdef);
        n->ntv = s->v.funcdef.decorators.n;
        n->tv = cexprs(c, &s->v.funcdef.decorators);
        ENode *mk = enode(c, NULL, ev_lambda);
        mk->pos = n->pos;
        mk->p = func_info(c, s->ann, s->v.funcdef.args, s->v.funcdef.name,
                          &s->v.funcdef.body, NULL, s->lineno, mk);
        n->e1 = mk;
        Expr fake;
        memset(&fake, 0, sizeof fake);
        fake.lineno = s->lineno; fake.col_offset = s->col_offset;
        fake.end_lineno = s->end_lineno; fake.end_col_offset = s->end_col_offset;
        n->e2 = name_store(c, &fake, s->v.funcdef.name);
        if (n->ntv) {
            /* a decorated def reports at the first decorator's line */
            Expr *d = s->v.funcdef.decorators.items[0];
            n->pos.line = d->lineno;
        }
        return n;
    }
    case STMT_CLASSDEF: {
        Scope *ks = s->ann;
        n = snode(c, s, ex_classdef);
        n->ntv = s->v.classdef.decorators.n;
        n->tv = cexprs(c, &s->v.classdef.decorators);
        FuncInfo *fi = unit_alloc(c->u, sizeof(FuncInfo));
        fi->classbody = 1;
        fi->bases = cexprs(c, &s->v.classdef.bases);
        fi->nbases = s->v.classdef.bases.n;
        fi->name = cname(c, s->v.classdef.name);
        fi->closure_slots = closure_slots(c, ks, &fi->nclosure);
        Scope *saved = c->sc;
        c->sc = ks;
        CodeObject *co = make_code(c, ks, s->v.classdef.name, s->lineno, 0);
        if (co) {
            co->flags |= CO_CLASSBODY;
            co->doc = docstring(&s->v.classdef.body);
            co->body = cblock(c, &s->v.classdef.body);
        }
        c->sc = saved;
        fi->code = co;
        fi->qualname = cconst(c, str_from_cstr(ks->qualname));
        ENode *holder = enode(c, NULL, NULL);
        holder->p = fi;
        /* class keywords (metaclass=..., or for __init_subclass__): values
         * in holder->v, names in the tuple holder->k (None for **kw) */
        KeywordSeq *kws = &s->v.classdef.keywords;
        holder->n = kws->n;
        holder->v = unit_alloc(c->u, sizeof(ENode *) * (kws->n + 1));
        if (kws->n) {
            Object *t = tuple_new(kws->n);
            if (!t) { c->failed = 1; return n; }
            for (int i = 0; i < kws->n; i++) {
                holder->v[i] = cexpr(c, kws->items[i]->value);
                TUPLE_SET(t, i, kws->items[i]->arg ? NEWREF(cname(c, kws->items[i]->arg)) : NEWREF(NONE));
            }
            holder->k = cconst(c, t);
        }
        n->e1 = holder;
        Expr fake;
        memset(&fake, 0, sizeof fake);
        fake.lineno = s->lineno; fake.col_offset = s->col_offset;
        fake.end_lineno = s->end_lineno; fake.end_col_offset = s->end_col_offset;
        n->e2 = name_store(c, &fake, s->v.classdef.name);
        return n;
    }
    case STMT_GLOBAL: case STMT_NONLOCAL:
        return NULL;
    case STMT_IMPORT: case STMT_IMPORTFROM:
        return cimport(c, s);
    default:
        n = snode(c, s, ex_unsupported);
        n->k = cconst(c, str_from_format("%s is not supported yet", ast_stmt_kind_name(s->kind)));
        return n;
    }
}

/* import / from-import: an ImportInfo (see node.h) on a holder node; each
 * alias gets its store target (`import a.b` stores into `a`). */
static SNode *cimport(CCtx *c, Stmt *s)
{
    int from = s->kind == STMT_IMPORTFROM;
    AliasSeq *names = from ? &s->v.importfrom.names : &s->v.import.names;
    SNode *n = snode(c, s, from ? ex_importfrom : ex_import);
    ImportInfo *ii = unit_alloc(c->u, sizeof(ImportInfo));
    ENode *holder = enode(c, NULL, NULL);
    holder->p = ii;
    n->e1 = holder;
    if (from) {
        ii->module = s->v.importfrom.module ? cname(c, s->v.importfrom.module) : NULL;
        ii->level = s->v.importfrom.level;
        if (names->n == 1 && !strcmp(names->items[0]->name, "*")) {
            ii->star = 1;
            return n;
        }
    }
    ii->n = names->n;
    ii->names = unit_alloc(c->u, sizeof(Object *) * (size_t)names->n);
    ii->targets = unit_alloc(c->u, sizeof(ENode *) * (size_t)names->n);
    ii->asname = unit_alloc(c->u, (size_t)names->n);
    for (int i = 0; i < names->n; i++) {
        Alias *a = names->items[i];
        Expr fake;
        memset(&fake, 0, sizeof fake);
        fake.lineno = a->lineno; fake.col_offset = a->col_offset;
        fake.end_lineno = a->end_lineno; fake.end_col_offset = a->end_col_offset;
        ii->names[i] = cname(c, a->name);
        const char *bind = a->asname;
        if (!bind) {
            const char *dot = from ? NULL : strchr(a->name, '.');
            if (dot) {
                size_t len = (size_t)(dot - a->name);
                char *first = unit_alloc(c->u, len + 1);
                memcpy(first, a->name, len);
                bind = first;
            } else {
                bind = a->name;
            }
        }
        ii->asname[i] = a->asname != NULL;
        ii->targets[i] = name_store(c, &fake, bind);
    }
    return n;
}

static Block cblock(CCtx *c, StmtSeq *b)
{
    Block out = { 0, NULL };
    if (!b || b->n == 0) return out;
    out.s = unit_alloc(c->u, sizeof(SNode *) * b->n);
    for (int i = 0; i < b->n; i++) {
        int y0 = c->nyield;
        SNode *s = cstmt(c, b->items[i]);
        /* a statement holding a yield must itself be resumable */
        if (c->nyield != y0 && !(s && c->nmarks && c->marks[c->nmarks - 1].n == s))
            c->flat_bad = 1;
        if (s) out.s[out.n++] = s;
    }
    return out;
}

CodeObject *compile_module(Module *m, const char *src, size_t len,
                           const char *filename, SyntaxErr *err)
{
    memset(err, 0, sizeof *err);
    resolve_set_source(src, len);
    compile_warn_begin(filename, src, len);
    MangleBlock *mangled;
    mangle_module(m, &mangled);
    Resolved *r = resolve_module(m, err);
    if (!r) { mangle_free(mangled); return NULL; }
    CCtx c = { 0 };
    c.u = unit_new();
    c.sc = r->top;
    c.err = err;
    c.src = src;
    c.filename = str_from_cstr(filename);
    c.ft = fold_table_new();
    if (!c.u || !c.filename || !c.ft) {
        fold_table_free(c.ft);
        resolve_free(r);
        mangle_free(mangled);
        return NULL;
    }
    unit_const(c.u, c.filename);
    CodeObject *co = make_code(&c, r->top, "<module>", 1, 0);
    if (co) {
        co->flags |= CO_MODULE;
        co->doc = docstring(&m->body);      /* the runner stores it as __doc__ */
        co->body = cblock(&c, &m->body);
    }
    resolve_free(r);
    mangle_free(mangled);
    fold_table_free(c.ft);
    free(c.marks);
    if (!co) {
        unit_decref(c.u);
        return NULL;
    }
    /* the module code owns the unit's reference from here on */
    if (c.failed) {
        DECREF_(co);
        return NULL;
    }
    return co;
}
