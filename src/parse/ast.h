/* ast.h — the abstract syntax tree built by the parser (grammar/parser.y).
 *
 * Modelled on CPython's ast module (3.11) minus match; async nodes exist only
 * until the post-parse checks (a program using them is refused).  Every
 * node with a position carries lineno/col_offset/end_lineno/end_col_offset
 * exactly as ast.parse() reports them (lines 1-based, columns 0-based UTF-8
 * byte offsets, end exclusive).  Literals stay C data (text, decoded bytes);
 * the resolver turns them into constant objects.  All nodes and sequences live
 * in the parse arena and are freed with it: nothing here is refcounted.
 * Expression and statement nodes have a `void *ann` slot left NULL by the
 * parser for the resolver/evaluator (slot indices, inline caches).
 */
#ifndef GARTER_AST_H
#define GARTER_AST_H

#include <stddef.h>

typedef struct Arena Arena;
typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Arguments Arguments;
typedef struct Arg Arg;
typedef struct Keyword Keyword;
typedef struct Alias Alias;
typedef struct WithItem WithItem;
typedef struct Comprehension Comprehension;
typedef struct ExceptHandler ExceptHandler;

/* Sequences: a count and an arena-allocated array of node pointers. */
typedef struct { int n; Expr **items; } ExprSeq;
typedef struct { int n; Stmt **items; } StmtSeq;
typedef struct { int n; Arg **items; } ArgSeq;
typedef struct { int n; Keyword **items; } KeywordSeq;
typedef struct { int n; Alias **items; } AliasSeq;
typedef struct { int n; WithItem **items; } WithItemSeq;
typedef struct { int n; Comprehension **items; } ComprehensionSeq;
typedef struct { int n; ExceptHandler **items; } HandlerSeq;
typedef struct { int n; const char **items; } IdentSeq;

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprCtx;

typedef enum {
    OP_ADD, OP_SUB, OP_MULT, OP_MATMULT, OP_DIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_BITOR, OP_BITXOR, OP_BITAND, OP_FLOORDIV,
    OP__COUNT
} BinOpKind;

typedef enum { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } UnaryOpKind;
typedef enum { BOOL_AND, BOOL_OR } BoolOpKind;

typedef enum {
    CMPOP_EQ, CMPOP_NOTEQ, CMPOP_LT, CMPOP_LTE, CMPOP_GT, CMPOP_GTE,
    CMPOP_IS, CMPOP_ISNOT, CMPOP_IN, CMPOP_NOTIN
} CmpOpKind;

/* Constant kinds.  INT/FLOAT/COMPLEX keep the source text (underscores and
 * all: the resolver converts); STR holds decoded UTF-8, BYTES raw bytes. */
typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT, CONST_FLOAT, CONST_COMPLEX, CONST_STR, CONST_BYTES
} ConstKind;

typedef enum {
    EXPR_BOOLOP, EXPR_NAMEDEXPR, EXPR_BINOP, EXPR_UNARYOP, EXPR_LAMBDA,
    EXPR_IFEXP, EXPR_DICT, EXPR_SET, EXPR_LISTCOMP, EXPR_SETCOMP,
    EXPR_DICTCOMP, EXPR_GENERATOREXP, EXPR_AWAIT, EXPR_YIELD, EXPR_YIELDFROM,
    EXPR_COMPARE, EXPR_CALL, EXPR_FORMATTEDVALUE, EXPR_JOINEDSTR,
    EXPR_CONSTANT, EXPR_ATTRIBUTE, EXPR_SUBSCRIPT, EXPR_STARRED, EXPR_NAME,
    EXPR_LIST, EXPR_TUPLE, EXPR_SLICE,
    EXPR__COUNT
} ExprKind;

typedef enum {
    STMT_FUNCTIONDEF, STMT_CLASSDEF, STMT_RETURN, STMT_DELETE, STMT_ASSIGN,
    STMT_AUGASSIGN, STMT_ANNASSIGN, STMT_FOR, STMT_WHILE, STMT_IF, STMT_WITH,
    STMT_RAISE, STMT_TRY, STMT_ASSERT, STMT_IMPORT, STMT_IMPORTFROM,
    STMT_GLOBAL, STMT_NONLOCAL, STMT_EXPR, STMT_PASS, STMT_BREAK,
    STMT_CONTINUE,
    STMT__COUNT
} StmtKind;

/* FormattedValue.conversion: -1 or one of 's', 'r', 'a' (as CPython). */
enum { CONV_NONE = -1 };

struct Expr {
    ExprKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    void *ann;                       /* for the resolver/evaluator */
    union {
        struct { BoolOpKind op; ExprSeq values; } boolop;
        struct { Expr *target, *value; } namedexpr;
        struct { Expr *left; BinOpKind op; Expr *right; } binop;
        struct { UnaryOpKind op; Expr *operand; } unaryop;
        struct { Arguments *args; Expr *body; } lambda;
        struct { Expr *test, *body, *orelse; } ifexp;
        struct { ExprSeq keys, values; } dict;        /* key NULL: **value */
        struct { ExprSeq elts; } set;
        /* ListComp, SetComp, GeneratorExp use elt; DictComp key=elt+value */
        struct { Expr *elt, *value; ComprehensionSeq generators; } comp;
        struct { Expr *value; } yield;   /* Yield (value may be NULL),
                                            YieldFrom, Await */
        struct { Expr *left; int n; CmpOpKind *ops; Expr **comparators; } compare;
        struct { Expr *func; ExprSeq args; KeywordSeq keywords; } call;
        struct { Expr *value; int conversion; Expr *format_spec; } formatted;
        struct { ExprSeq values; } joinedstr;
        struct { ConstKind kind; const char *s; size_t n; } constant;
        struct { Expr *value; const char *attr; ExprCtx ctx; } attribute;
        struct { Expr *value, *slice; ExprCtx ctx; } subscript;
        struct { Expr *value; ExprCtx ctx; } starred;
        struct { const char *id; ExprCtx ctx; } name;
        struct { ExprSeq elts; ExprCtx ctx; int parens; } seq;   /* List, Tuple;
                                        parens: a tuple written in ( ) */
        struct { Expr *lower, *upper, *step; } slice;
    } v;
};

struct Stmt {
    StmtKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    void *ann;                       /* for the resolver/evaluator */
    union {
        struct { const char *name; Arguments *args; StmtSeq body;
                 ExprSeq decorators; Expr *returns; int is_async; } funcdef;
        struct { const char *name; ExprSeq bases; KeywordSeq keywords;
                 StmtSeq body; ExprSeq decorators; } classdef;
        struct { Expr *value; } ret;                  /* Return, Expr */
        struct { ExprSeq targets; } del;
        struct { ExprSeq targets; Expr *value; } assign;
        struct { Expr *target; BinOpKind op; Expr *value; } augassign;
        struct { Expr *target, *annotation, *value; int simple; } annassign;
        struct { Expr *target, *iter; StmtSeq body, orelse; int is_async; } forloop;
        struct { Expr *test; StmtSeq body, orelse; } cond;  /* While, If */
        struct { WithItemSeq items; StmtSeq body; int is_async; } with;
        struct { Expr *exc, *cause; } raise;
        struct { StmtSeq body; HandlerSeq handlers;
                 StmtSeq orelse, finalbody; } try_;
        struct { Expr *test, *msg; } assert_;
        struct { AliasSeq names; } import;
        struct { const char *module; AliasSeq names; int level; } importfrom;
        struct { IdentSeq names; } global;            /* Global, Nonlocal */
    } v;
};

struct Arg {
    const char *arg;
    Expr *annotation;                /* NULL if none */
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* kw_defaults has one entry per kwonlyargs (NULL: no default), defaults
 * covers the last len(defaults) of posonlyargs+args, as in CPython. */
struct Arguments {
    ArgSeq posonlyargs, args;
    Arg *vararg;
    ArgSeq kwonlyargs;
    ExprSeq kw_defaults;
    Arg *kwarg;
    ExprSeq defaults;
};

struct Keyword {
    const char *arg;                 /* NULL for **value */
    Expr *value;
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct Alias {
    const char *name;                /* dotted name, or "*" */
    const char *asname;              /* NULL if none */
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct WithItem { Expr *context_expr, *optional_vars; };

struct Comprehension {
    Expr *target, *iter;
    ExprSeq ifs;
    int is_async;
};

struct ExceptHandler {
    Expr *type;                      /* NULL for bare except */
    const char *name;                /* NULL if no `as` */
    StmtSeq body;
    int lineno, col_offset, end_lineno, end_col_offset;
};

typedef enum { MOD_MODULE, MOD_INTERACTIVE, MOD_EXPRESSION } ModKind;

typedef struct Module {
    ModKind kind;
    StmtSeq body;                    /* Module, Interactive */
    Expr *expr;                      /* Expression */
} Module;

/* ---- construction (all memory from the arena; NULL on exhaustion) ---- */

/* Growable list used while parsing; ast_vec_* return the same or a moved
 * vector.  The item array can be handed to a Seq as is. */
typedef struct AstVec { int n, cap; void **items; } AstVec;

void *ast_alloc(Arena *a, size_t size);
AstVec *ast_vec_new(Arena *a);
AstVec *ast_vec_push(Arena *a, AstVec *v, void *item);
/* Copy n bytes into the arena and NUL-terminate them. */
const char *ast_strndup(Arena *a, const char *s, size_t n);

Expr *ast_expr(Arena *a, ExprKind kind, int l, int c, int el, int ec);
Stmt *ast_stmt(Arena *a, StmtKind kind, int l, int c, int el, int ec);

/* Convert an AstVec (may be NULL) to a typed sequence. */
#define AST_SEQ(T, vec) ((T){ (vec) ? (vec)->n : 0, (vec) ? (void *)(vec)->items : NULL })

/* Names for dumps and error messages. */
const char *ast_expr_kind_name(ExprKind k);
const char *ast_stmt_kind_name(StmtKind k);
const char *ast_binop_name(BinOpKind k);
const char *ast_binop_symbol(BinOpKind k);
const char *ast_cmpop_name(CmpOpKind k);
const char *ast_unaryop_name(UnaryOpKind k);

/* Print the tree, one node per line with its span (L:C-L:C). */
#include <stdio.h>
void ast_dump(const Module *m, FILE *out);

#endif
