/* warn.c — the SyntaxWarnings CPython 3.11's compiler prints while it
 * compiles: `is` with a literal, calling or subscripting a literal ("perhaps
 * you missed a comma?") and an assert on a parenthesised tuple.  They are
 * written to stderr as the warnings module shows them: "file:line:
 * SyntaxWarning: message" and, when the file is real, its stripped source
 * line. */
#include <stdio.h>
#include <string.h>

#include "compile/warn.h"
#include "compile/fold.h"
#include "objects/bool.h"
#include "objects/none.h"

static const char *w_filename;
static const char *w_src;
static size_t w_len;

void compile_warn_begin(const char *filename, const char *src, size_t len)
{
    w_filename = filename;
    w_src = src;
    w_len = len;
}

static void warn(int lineno, const char *msg)
{
    if (!w_filename) return;
    fflush(stdout);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", w_filename, lineno, msg);
    if (w_filename[0] == '<' || !w_src) return;     /* no source line for <string> */
    const char *p = w_src, *end = w_src + w_len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return;
        p = nl + 1;
    }
    const char *e = p;
    while (e < end && *e != '\n') e++;
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
    fprintf(stderr, "  %.*s\n", (int)(e - p), p);
}

/* Whether CPython's AST optimiser turns e into a Constant other than None,
 * True, False and Ellipsis (fold.c folds it the same way, limits included). */
static int folds_to_constant(Expr *e)
{
    if (e->kind == EXPR_CONSTANT) return 1;
    Object *v = fold_expr_value(e);
    if (!v) return 0;
    int lit = v != NONE && v != GTrue && v != GFalse && v != ELLIPSIS;
    DECREF(v);
    return lit;
}

/* CPython's check_is_arg: 1 unless e is a literal other than None, True,
 * False and Ellipsis. */
static int is_arg_ok(Expr *e)
{
    if (e->kind == EXPR_CONSTANT) {
        ConstKind k = e->v.constant.kind;
        return k == CONST_NONE || k == CONST_TRUE || k == CONST_FALSE || k == CONST_ELLIPSIS;
    }
    return !folds_to_constant(e);
}

void compile_warn_compare(Expr *e)
{
    int left = is_arg_ok(e->v.compare.left);
    for (int i = 0; i < e->v.compare.n; i++) {
        CmpOpKind op = e->v.compare.ops[i];
        int right = is_arg_ok(e->v.compare.comparators[i]);
        if ((op == CMPOP_IS || op == CMPOP_ISNOT) && (!left || !right)) {
            warn(e->lineno, op == CMPOP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                           : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

/* The type name of what e evaluates to when its kind decides it (CPython's
 * infer_type), or NULL. */
static const char *infer_type(Expr *e)
{
    switch (e->kind) {
    case EXPR_TUPLE: return "tuple";
    case EXPR_LIST: case EXPR_LISTCOMP: return "list";
    case EXPR_DICT: case EXPR_DICTCOMP: return "dict";
    case EXPR_SET: case EXPR_SETCOMP: return "set";
    case EXPR_GENERATOREXP: return "generator";
    case EXPR_LAMBDA: return "function";
    case EXPR_JOINEDSTR: case EXPR_FORMATTEDVALUE: return "str";
    case EXPR_SLICE: return "slice";
    case EXPR_CONSTANT:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "NoneType";
        case CONST_TRUE: case CONST_FALSE: return "bool";
        case CONST_ELLIPSIS: return "ellipsis";
        case CONST_INT: return "int";
        case CONST_FLOAT: return "float";
        case CONST_COMPLEX: return "complex";
        case CONST_STR: return "str";
        case CONST_BYTES: return "bytes";
        }
        return NULL;
    default: return NULL;
    }
}

void compile_warn_call(Expr *e)
{
    Expr *f = e->v.call.func;
    switch (f->kind) {
    case EXPR_CONSTANT: case EXPR_TUPLE: case EXPR_LIST: case EXPR_LISTCOMP:
    case EXPR_DICT: case EXPR_DICTCOMP: case EXPR_SET: case EXPR_SETCOMP:
    case EXPR_GENERATOREXP: case EXPR_JOINEDSTR: case EXPR_FORMATTEDVALUE: {
        char msg[160];
        snprintf(msg, sizeof msg, "'%s' object is not callable; perhaps you missed a comma?",
                 infer_type(f));
        warn(e->lineno, msg);
        break;
    }
    default: break;
    }
}

void compile_warn_subscript(Expr *e)
{
    Expr *v = e->v.subscript.value, *s = e->v.subscript.slice;
    char msg[200];
    /* check_subscripter */
    int not_subscriptable = 0;
    if (v->kind == EXPR_CONSTANT) {
        ConstKind k = v->v.constant.kind;
        not_subscriptable = k == CONST_NONE || k == CONST_ELLIPSIS || k == CONST_INT
                            || k == CONST_FLOAT || k == CONST_COMPLEX || k == CONST_TRUE
                            || k == CONST_FALSE;
    } else if (v->kind == EXPR_SET || v->kind == EXPR_SETCOMP || v->kind == EXPR_GENERATOREXP
               || v->kind == EXPR_LAMBDA) {
        not_subscriptable = 1;
    }
    if (not_subscriptable) {
        snprintf(msg, sizeof msg, "'%s' object is not subscriptable; perhaps you missed a comma?",
                 infer_type(v));
        warn(e->lineno, msg);
        return;
    }
    /* check_index */
    const char *it = infer_type(s);
    if (!it || !strcmp(it, "int") || !strcmp(it, "bool") || !strcmp(it, "slice"))
        return;
    int seq = 0;
    if (v->kind == EXPR_CONSTANT)
        seq = v->v.constant.kind == CONST_STR || v->v.constant.kind == CONST_BYTES;
    else
        seq = v->kind == EXPR_TUPLE || v->kind == EXPR_LIST || v->kind == EXPR_LISTCOMP
              || v->kind == EXPR_JOINEDSTR || v->kind == EXPR_FORMATTEDVALUE;
    if (!seq) return;
    snprintf(msg, sizeof msg, "%s indices must be integers or slices, not %s; "
             "perhaps you missed a comma?", infer_type(v), it);
    warn(e->lineno, msg);
}

void compile_warn_assert(Stmt *s)
{
    Expr *t = s->v.assert_.test;
    if (t->kind == EXPR_TUPLE && t->v.seq.elts.n > 0)
        warn(s->lineno, "assertion is always true, perhaps remove parentheses?");
}
