/* build.h — parser-internal: the parse state shared by the grammar actions
 * (grammar/parser.y), the token feed and error reporting (parse.c) and the
 * AST-building helpers (build.c).  Not for use outside src/parse. */
#ifndef GARTER_PARSE_BUILD_H
#define GARTER_PARSE_BUILD_H

#include "parse/ast.h"
#include "parse/lex.h"

/* The parser's location type (YYLTYPE, via api.location.type): bison's
 * default fields, so the lexer fills it as usual. */
typedef struct Loc { int first_line, first_column, last_line, last_column; } Loc;

/* A comma list and whether it had a comma (so `(a)` stays a, `(a,)` is a
 * tuple). */
typedef struct CList { AstVec *v; int comma; } CList;

/* One call argument before the Call node sorts them into args/keywords. */
enum { ARG_POS, ARG_STAR, ARG_KW, ARG_DSTAR, ARG_GENEXP };
typedef struct ArgItem { int kind; Expr *value; Keyword *kw; Loc loc; Loc eq; } ArgItem;

/* One formal parameter before Arguments is assembled. */
enum { P_NAME, P_STAR, P_DSTAR, P_SLASH };
typedef struct ParamItem { int kind; Arg *arg; Expr *def; Loc loc; Loc defloc; } ParamItem;

/* Chained comparison under construction. */
typedef struct CmpBuild { Expr *left; AstVec *ops, *rest; } CmpBuild;

/* One piece of an implicitly concatenated string literal. */
typedef struct StrPiece { int fstring; unsigned flags; const char *s; size_t n;
                          AstVec *parts; Loc loc; } StrPiece;

/* A parse-time syntax error, copied into the caller's SyntaxErr. */
typedef struct PErr {
    int set, kind;                   /* kind: 0 syntax, 1 indentation, 2 tab, 3 recursion */
    char msg[256];
    int lineno, col, end_lineno, end_col;   /* col 0-based bytes */
    const char *text;                /* replaces the source line (f-string fields) */
    int fixed;                       /* col/end_col are final 1-based offsets */
    int eof_offset;                  /* col is the position at the end of input */
    int tok_line;                    /* the lexer's line when it was recorded */
} PErr;

/* Saved token (the feed looks ahead after `with (`). */
typedef struct SavedTok { int kind; Tok val; Loc loc; } SavedTok;

typedef struct ParseState {
    Arena *arena;
    Lexer *lx;
    int mode;
    Module *mod;
    PErr err;
    int lexerror;                    /* the lexer reported the error */
    int saw_lexerror;                /* looking ahead met a lexer error */
    int drained;                     /* the rest of the input was tokenized */
    int no_drain;                    /* the error stands whatever follows */
    int eof_error;                   /* error at end of input (REPL: incomplete) */
    int has_async;                   /* async/await seen (parsed for CPython's
                                        errors, then refused) at async_loc */
    Loc async_loc;
    int first_tok;                   /* start token still to deliver */
    /* token feed */
    SavedTok *buf; int nbuf, capbuf, headbuf;
    SavedTok prev, prev2, cur;       /* last delivered tokens */
    SavedTok *hist; int nhist, caphist;   /* tokens of the current logical line */
    int line_kw, line_kw_line;       /* first token of the current logical line */
    int at_line_start;
    int nl_line;                     /* line of the last NEWLINE */
    int tok_line;                    /* last line of the last token lexed */
    int block_kw, block_kw_line;     /* the header whose ':' NEWLINE came last */
    int depth;                       /* bracket depth of delivered tokens */
    int fstring_depth;
    Expr *assign_value;              /* value of the assignment being checked */
    /* open f-string replacement fields: their '{' and the bracket depth */
    SavedTok fields[16]; int field_depth[16]; int nfields;
    SavedTok last_field;             /* the field closed last */
} ParseState;

/* Error helpers: record a SyntaxError at a location (0-based columns). */
void parse_error_at(ParseState *ps, int kind, int l, int c, int el, int ec,
                    const char *fmt, ...);
void parse_error_loc(ParseState *ps, Loc loc, const char *fmt, ...);
void parse_error_expr(ParseState *ps, const Expr *e, const char *fmt, ...);
/* Restate the recorded error as CPython 3.11 reports errors inside an
 * f-string field: "f-string: " prefix, text "(expr)", columns within it. */
void parse_error_in_field(ParseState *ps, Tok brace, Loc braceloc);

/* Builders used by grammar actions; NULL (with ps->err set) on error. */
Expr *build_name(ParseState *ps, Tok t, Loc loc);
Expr *build_const(ParseState *ps, ConstKind k, const char *s, size_t n, Loc loc);
Expr *build_number(ParseState *ps, Tok t, Loc loc);
Expr *build_strings(ParseState *ps, AstVec *pieces, Loc loc);
Expr *build_tuple(ParseState *ps, CList l, Loc loc);
Expr *build_seq_or_single(ParseState *ps, CList l, Loc loc);
Expr *build_comp(ParseState *ps, ExprKind k, Expr *elt, Expr *value, AstVec *gens, Loc loc);
Expr *build_call(ParseState *ps, Expr *func, AstVec *args, Loc loc, Loc parens);
Expr *build_compare(ParseState *ps, CmpBuild *cb, Loc loc);
Expr *build_boolop(ParseState *ps, BoolOpKind op, AstVec *vals, Loc loc);
Expr *build_binop(ParseState *ps, Expr *l, BinOpKind op, Expr *r, Loc loc);
Expr *build_unary(ParseState *ps, UnaryOpKind op, Expr *e, Loc loc);
Expr *build_namedexpr(ParseState *ps, Expr *target, Expr *value, Loc loc);
/* Append a replacement field (and its `=` debug text) to out. */
Expr *build_fvalue(ParseState *ps, Expr *value, Tok eq, Tok lbrace, Loc lbloc,
                   Tok conv, int hasconv, AstVec *spec, AstVec *out);
Arguments *build_arguments(ParseState *ps, AstVec *params);
Arg *build_arg(ParseState *ps, Tok name, Expr *ann, Loc loc);
/* Set ctx to Store/Del throughout a target; -1 with error if not a valid
 * target.  `why` selects CPython's wording ('=' assignment, del, for, ...). */
enum { TGT_ASSIGN, TGT_ASSIGN_CHAIN, TGT_DEL, TGT_FOR, TGT_WITH, TGT_COMP, TGT_AUG, TGT_ANN };
int build_target(ParseState *ps, Expr *e, int why);
/* Notes an async construct (keyword at kw); s, when given, starts at kw. */
void build_async(ParseState *ps, Stmt *s, Loc kw);
StmtSeq build_body(ParseState *ps, AstVec *v);
void build_end_of(Stmt *s, StmtSeq body);
const char *build_ident(ParseState *ps, Tok t);
Stmt *build_stmt(ParseState *ps, StmtKind k, Loc loc);
Loc build_loc_of(const Expr *e);
/* An except clause spanning from `except` to the end of its body. */
ExceptHandler *build_handler(ParseState *ps, Expr *type, const char *name, AstVec *body, Loc kw);

#endif
