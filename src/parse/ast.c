/* ast.c — AST node construction from the parse arena, and the names of
 * node kinds and operators used by the dump and error messages. */
#include <string.h>
#include "parse/ast.h"
#include "parse/arena.h"

/* NEW arena memory, zeroed; NULL when the arena is exhausted. */
void *ast_alloc(Arena *a, size_t size)
{
    void *p = arena_alloc(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

AstVec *ast_vec_new(Arena *a)
{
    return ast_alloc(a, sizeof(AstVec));
}

/* Grows by doubling inside the arena; the old array is simply abandoned
 * (the arena frees everything at once), so the waste is at most 2x. */
AstVec *ast_vec_push(Arena *a, AstVec *v, void *item)
{
    if (!v && !(v = ast_vec_new(a)))
        return NULL;
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void **items = arena_alloc(a, (size_t)cap * sizeof(void *));
        if (!items)
            return NULL;
        if (v->n)
            memcpy(items, v->items, (size_t)v->n * sizeof(void *));
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = item;
    return v;
}

const char *ast_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

Expr *ast_expr(Arena *a, ExprKind kind, int l, int c, int el, int ec)
{
    Expr *e = ast_alloc(a, sizeof(Expr));
    if (e) {
        e->kind = kind;
        e->lineno = l; e->col_offset = c;
        e->end_lineno = el; e->end_col_offset = ec;
    }
    return e;
}

Stmt *ast_stmt(Arena *a, StmtKind kind, int l, int c, int el, int ec)
{
    Stmt *s = ast_alloc(a, sizeof(Stmt));
    if (s) {
        s->kind = kind;
        s->lineno = l; s->col_offset = c;
        s->end_lineno = el; s->end_col_offset = ec;
    }
    return s;
}

static const char *const expr_names[EXPR__COUNT] = {
    "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict",
    "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await",
    "Yield", "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr",
    "Constant", "Attribute", "Subscript", "Starred", "Name", "List", "Tuple",
    "Slice",
};

static const char *const stmt_names[STMT__COUNT] = {
    "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign",
    "AnnAssign", "For", "While", "If", "With", "Raise", "Try", "Assert",
    "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break",
    "Continue",
};

const char *ast_expr_kind_name(ExprKind k)
{
    return (unsigned)k < EXPR__COUNT ? expr_names[k] : "?";
}

const char *ast_stmt_kind_name(StmtKind k)
{
    return (unsigned)k < STMT__COUNT ? stmt_names[k] : "?";
}

const char *ast_binop_name(BinOpKind k)
{
    static const char *const n[OP__COUNT] = {
        "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift",
        "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv",
    };
    return (unsigned)k < OP__COUNT ? n[k] : "?";
}

const char *ast_binop_symbol(BinOpKind k)
{
    static const char *const n[OP__COUNT] = {
        "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//",
    };
    return (unsigned)k < OP__COUNT ? n[k] : "?";
}

const char *ast_cmpop_name(CmpOpKind k)
{
    static const char *const n[] = {
        "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
    };
    return (unsigned)k <= CMPOP_NOTIN ? n[k] : "?";
}

const char *ast_unaryop_name(UnaryOpKind k)
{
    static const char *const n[] = { "Invert", "Not", "UAdd", "USub" };
    return (unsigned)k <= UOP_USUB ? n[k] : "?";
}
