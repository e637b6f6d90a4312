/* parser.y — the Python 3.11 grammar (without match; async/await parsed only
 * to report CPython's errors, then refused by parse.c) as an
 * LALR(1) bison grammar producing the AST of src/parse/ast.h.
 *
 * Python's own grammar is PEG; the places where PEG needs unbounded
 * lookahead are handled so LALR(1) suffices:
 *   - assignment targets are parsed as expressions and then checked and
 *     given Store/Del context (build_target), as CPython 3.8 did;
 *   - `with (a as b, c):` is told apart from `with (a, b) as c:` by the
 *     token feed (parse.c), which looks past the matching `)` and turns the
 *     `(` into WITH_LPAREN when a `:` follows;
 *   - the start token (START_FILE/SINGLE/EVAL) selects the input mode.
 * Semantic actions only call builders (src/parse/build.c); error messages
 * are produced in yyreport_syntax_error below and in parse.c.
 * No conflicts: bison is run with -Wall and any conflict fails the build
 * through %expect 0.
 */
%code requires {
#include "parse/lex.h"
#include "parse/build.h"
}
%code provides {
/* a custom location type leaves this undefined; lex.h keys its
 * declaration of lex_next on it */
#ifndef YYLTYPE_IS_DECLARED
#define YYLTYPE_IS_DECLARED 1
#endif
#include "parse/lex.h"
}
%define api.pure full
%define api.location.type {Loc}
%define parse.error custom
%locations
%expect 0
%parse-param {Lexer *lx} {ParseState *ps}
%lex-param {Lexer *lx}

%union {
    Tok tok;
    Expr *expr;
    Stmt *stmt;
    AstVec *vec;
    CList cl;
    ArgItem *ai;
    ParamItem *pi;
    CmpBuild *cmp;
    Arguments *args;
    Comprehension *comp;
    ExceptHandler *handler;
    WithItem *witem;
    Alias *alias;
    StrPiece *piece;
    int op;
}

%code {
#include <stdint.h>
#include <string.h>
int parse_feed(YYSTYPE *lval, YYLTYPE *lloc, Lexer *lx, ParseState *ps);
#define yylex(v, l, x) parse_feed(v, l, x, ps)
#define lex_next_unused lex_next
#define A (ps->arena)
#define LC(y) (y)
#define YYMAXDEPTH 100000
#define CHECK(x) do { if (!(x)) YYABORT; } while (0)
static void yyerror(YYLTYPE *loc, Lexer *lx, ParseState *ps, const char *msg);
static Loc span2(Loc a, Loc b)
{
    Loc l = { a.first_line, a.first_column, b.last_line, b.last_column };
    return l;
}
static Expr *set_span(Expr *e, Loc l)
{
    if (e) {
        e->lineno = l.first_line; e->col_offset = l.first_column;
        e->end_lineno = l.last_line; e->end_col_offset = l.last_column;
    }
    return e;
}
}

%token <tok> NAME NUMBER STRING FSTRING_START FSTRING_MIDDLE FSTRING_END
%token NEWLINE INDENT DEDENT LEXERROR
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL
%token ELIF ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL
%token NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD
%token ARROW POWER FLOORDIV LSHIFT RSHIFT LE GE EQ NE COLONEQ ELLIPSIS
%token PLUSEQ MINUSEQ STAREQ SLASHEQ DSLASHEQ PERCENTEQ ATEQ AMPEQ PIPEEQ
%token CARETEQ LSHIFTEQ RSHIFTEQ POWEQ
/* Produced by the token feed in parse.c, never by the lexer. */
%token WITH_LPAREN START_FILE START_SINGLE START_EVAL
%token LTGT                     /* `<>`: CPython's NOTEQUAL spelt the 2.x way */
%token <tok> '{' '='

%type <vec> stmts stmts1 simple_stmts simple_list block suite elifs opt_else
%type <vec> opt_finally handlers decorators assign_list with_items
%type <vec> dotted_as_names ias_list import_targets
%type <vec> comp_for args opt_args tplist tparams lplist lparams
%type <vec> dict_items strings fparts specparts opt_spec name_list
%type <stmt> simple_stmt compound_stmt expr_stmt if_stmt while_stmt for_stmt
%type <stmt> try_stmt with_stmt funcdef classdef decorated import_stmt
%type <expr> tsx rhs_item yield_expr test namedexpr_test or_test and_test
%type <expr> not_test comparison expr xor_expr and_expr shift_expr arith term
%type <expr> await_primary
%type <expr> factor power atom_expr atom star_expr elem opt_test sub lambdef
%type <expr> subscript_list exprlist decorator opt_ret f_expr opt_cargs_dummy
%type <cl> elems elem_items tsx_list tsx_items exprlist_list exprlist_items subs sub_items
%type <cmp> cmp_chain
%type <vec> or_chain and_chain
%type <op> augassign comp_op dots
%type <tok> opt_eq
%type <ai> argument
%type <pi> tpitem lpitem
%type <comp> comp_clause
%type <handler> handler
%type <witem> with_item
%type <alias> dan ias
%type <piece> string_piece
%type <tok> dotted_name opt_conv

%start start

%%

start
    : START_FILE file
    | START_SINGLE interactive
    | START_EVAL eval_input
    ;

file
    : stmts     { ps->mod->body = build_body(ps, $1); }
    ;

interactive
    : %empty                    { }
    | NEWLINE                   { }
    | simple_stmts              { ps->mod->body = build_body(ps, $1); }
    | compound_stmt             { AstVec *v = ast_vec_push(A, NULL, $1); CHECK(v); ps->mod->body = build_body(ps, v); }
    | compound_stmt NEWLINE     { AstVec *v = ast_vec_push(A, NULL, $1); CHECK(v); ps->mod->body = build_body(ps, v); }
    ;

eval_input
    : tsx newlines              { ps->mod->expr = $1; }
    ;

newlines
    : %empty
    | newlines NEWLINE
    ;

stmts
    : %empty                    { $$ = ast_vec_new(A); CHECK($$); }
    | stmts simple_stmts        { $$ = $1; for (int i = 0; i < $2->n; i++) CHECK($$ = ast_vec_push(A, $$, $2->items[i])); }
    | stmts compound_stmt       { CHECK($$ = ast_vec_push(A, $1, $2)); }
    | stmts NEWLINE             { $$ = $1; }
    ;

stmts1
    : simple_stmts              { $$ = $1; }
    | compound_stmt             { CHECK($$ = ast_vec_push(A, NULL, $1)); }
    | stmts1 simple_stmts       { $$ = $1; for (int i = 0; i < $2->n; i++) CHECK($$ = ast_vec_push(A, $$, $2->items[i])); }
    | stmts1 compound_stmt      { CHECK($$ = ast_vec_push(A, $1, $2)); }
    ;

simple_stmts
    : simple_list NEWLINE       { $$ = $1; }
    | simple_list ';' NEWLINE   {
            /* CPython ends an enclosing compound statement after the ';' */
            Loc *semi; CHECK(semi = ast_alloc(A, sizeof(Loc))); *semi = @2;
            $$ = $1; ((Stmt *)$$->items[$$->n - 1])->ann = semi;
        }
    ;

simple_list
    : simple_stmt                   { CHECK($$ = ast_vec_push(A, NULL, $1)); }
    | simple_list ';' simple_stmt   { CHECK($$ = ast_vec_push(A, $1, $3)); }
    ;

simple_stmt
    : expr_stmt                 { $$ = $1; }
    | import_stmt               { $$ = $1; }
    | PASS                      { CHECK($$ = build_stmt(ps, STMT_PASS, LC(@$))); }
    | BREAK                     { CHECK($$ = build_stmt(ps, STMT_BREAK, LC(@$))); }
    | CONTINUE                  { CHECK($$ = build_stmt(ps, STMT_CONTINUE, LC(@$))); }
    | RETURN                    { CHECK($$ = build_stmt(ps, STMT_RETURN, LC(@$))); }
    | RETURN tsx                { CHECK($$ = build_stmt(ps, STMT_RETURN, LC(@$))); $$->v.ret.value = $2; }
    | DEL exprlist              {
            CHECK($$ = build_stmt(ps, STMT_DELETE, LC(@$)));
            AstVec *v = NULL;
            if ($2->kind == EXPR_TUPLE && $2->ann == (void *)1) {
                /* `del a, b` deletes two targets; `del (a, b)` one tuple */
                for (int i = 0; i < $2->v.seq.elts.n; i++) {
                    CHECK(build_target(ps, $2->v.seq.elts.items[i], TGT_DEL) == 0);
                    CHECK(v = ast_vec_push(A, v, $2->v.seq.elts.items[i]));
                }
            } else {
                CHECK(build_target(ps, $2, TGT_DEL) == 0);
                CHECK(v = ast_vec_push(A, v, $2));
            }
            $2->ann = NULL;
            $$->v.del.targets = AST_SEQ(ExprSeq, v);
        }
    | RAISE                     { CHECK($$ = build_stmt(ps, STMT_RAISE, LC(@$))); }
    | RAISE test                { CHECK($$ = build_stmt(ps, STMT_RAISE, LC(@$))); $$->v.raise.exc = $2; }
    | RAISE test FROM test      { CHECK($$ = build_stmt(ps, STMT_RAISE, LC(@$))); $$->v.raise.exc = $2; $$->v.raise.cause = $4; }
    | GLOBAL name_list          { CHECK($$ = build_stmt(ps, STMT_GLOBAL, LC(@$))); $$->v.global.names = AST_SEQ(IdentSeq, $2); }
    | NONLOCAL name_list        { CHECK($$ = build_stmt(ps, STMT_NONLOCAL, LC(@$))); $$->v.global.names = AST_SEQ(IdentSeq, $2); }
    | ASSERT test               { CHECK($$ = build_stmt(ps, STMT_ASSERT, LC(@$))); $$->v.assert_.test = $2; }
    | ASSERT test ',' test      { CHECK($$ = build_stmt(ps, STMT_ASSERT, LC(@$))); $$->v.assert_.test = $2; $$->v.assert_.msg = $4; }
    ;

name_list
    : NAME                      { const char *s; CHECK(s = build_ident(ps, $1)); CHECK($$ = ast_vec_push(A, NULL, (void *)s)); }
    | name_list ',' NAME        { const char *s; CHECK(s = build_ident(ps, $3)); CHECK($$ = ast_vec_push(A, $1, (void *)s)); }
    ;

expr_stmt
    : rhs_item                  { CHECK($$ = build_stmt(ps, STMT_EXPR, LC(@$))); $$->v.ret.value = $1; }
    | assign_list               {
            CHECK($$ = build_stmt(ps, STMT_ASSIGN, LC(@$)));
            AstVec *v = $1;
            ps->assign_value = v->items[v->n - 1];
            for (int i = 0; i < v->n - 1; i++)
                CHECK(build_target(ps, v->items[i], v->n > 2 ? TGT_ASSIGN_CHAIN : TGT_ASSIGN) == 0);
            $$->v.assign.value = v->items[v->n - 1];
            v->n--;
            $$->v.assign.targets = AST_SEQ(ExprSeq, v);
        }
    | tsx augassign rhs_item    {
            CHECK(build_target(ps, $1, TGT_AUG) == 0);
            CHECK($$ = build_stmt(ps, STMT_AUGASSIGN, LC(@$)));
            $$->v.augassign.target = $1; $$->v.augassign.op = $2; $$->v.augassign.value = $3;
        }
    | tsx ':' test              {
            if ($1->kind == EXPR_STARRED) { parse_error_loc(ps, @2, "invalid syntax"); YYABORT; }
            CHECK(build_target(ps, $1, TGT_ANN) == 0);
            CHECK($$ = build_stmt(ps, STMT_ANNASSIGN, LC(@$)));
            $$->v.annassign.target = $1; $$->v.annassign.annotation = $3;
            $$->v.annassign.simple = $1->kind == EXPR_NAME && $1->col_offset == @1.first_column && $1->lineno == @1.first_line;
        }
    | tsx ':' test '=' rhs_item {
            if ($1->kind == EXPR_STARRED) { parse_error_loc(ps, @2, "invalid syntax"); YYABORT; }
            CHECK(build_target(ps, $1, TGT_ANN) == 0);
            CHECK($$ = build_stmt(ps, STMT_ANNASSIGN, LC(@$)));
            $$->v.annassign.target = $1; $$->v.annassign.annotation = $3; $$->v.annassign.value = $5;
            $$->v.annassign.simple = $1->kind == EXPR_NAME && $1->col_offset == @1.first_column && $1->lineno == @1.first_line;
        }
    ;

assign_list
    : rhs_item '=' rhs_item     { CHECK($$ = ast_vec_push(A, NULL, $1)); CHECK($$ = ast_vec_push(A, $$, $3)); }
    | assign_list '=' rhs_item  { CHECK($$ = ast_vec_push(A, $1, $3)); }
    ;

rhs_item
    : tsx                       { $$ = $1; }
    | yield_expr                { $$ = $1; }
    ;

augassign
    : PLUSEQ { $$ = OP_ADD; } | MINUSEQ { $$ = OP_SUB; } | STAREQ { $$ = OP_MULT; }
    | ATEQ { $$ = OP_MATMULT; } | SLASHEQ { $$ = OP_DIV; } | PERCENTEQ { $$ = OP_MOD; }
    | AMPEQ { $$ = OP_BITAND; } | PIPEEQ { $$ = OP_BITOR; } | CARETEQ { $$ = OP_BITXOR; }
    | LSHIFTEQ { $$ = OP_LSHIFT; } | RSHIFTEQ { $$ = OP_RSHIFT; } | POWEQ { $$ = OP_POW; }
    | DSLASHEQ { $$ = OP_FLOORDIV; }
    ;

/* ---- import ---------------------------------------------------------- */

import_stmt
    : IMPORT dotted_as_names    { CHECK($$ = build_stmt(ps, STMT_IMPORT, LC(@$))); $$->v.import.names = AST_SEQ(AliasSeq, $2); }
    | FROM dotted_name IMPORT import_targets {
            CHECK($$ = build_stmt(ps, STMT_IMPORTFROM, LC(@$)));
            $$->v.importfrom.module = $2.s; $$->v.importfrom.names = AST_SEQ(AliasSeq, $4);
        }
    | FROM dots dotted_name IMPORT import_targets {
            CHECK($$ = build_stmt(ps, STMT_IMPORTFROM, LC(@$)));
            $$->v.importfrom.module = $3.s; $$->v.importfrom.level = $2;
            $$->v.importfrom.names = AST_SEQ(AliasSeq, $5);
        }
    | FROM dots IMPORT import_targets {
            CHECK($$ = build_stmt(ps, STMT_IMPORTFROM, LC(@$)));
            $$->v.importfrom.level = $2; $$->v.importfrom.names = AST_SEQ(AliasSeq, $4);
        }
    ;

dots
    : '.'               { $$ = 1; }
    | ELLIPSIS          { $$ = 3; }
    | dots '.'          { $$ = $1 + 1; }
    | dots ELLIPSIS     { $$ = $1 + 3; }
    ;

dotted_name
    : NAME              { $$ = $1; CHECK($$.s = build_ident(ps, $1)); }
    | dotted_name '.' NAME {
            char *s = ast_alloc(A, $1.n + $3.n + 2);
            CHECK(s);
            memcpy(s, $1.s, $1.n); s[$1.n] = '.'; memcpy(s + $1.n + 1, $3.s, $3.n);
            $$ = $1; $$.s = s; $$.n = $1.n + 1 + $3.n;
        }
    ;

dotted_as_names
    : dan                       { CHECK($$ = ast_vec_push(A, NULL, $1)); }
    | dotted_as_names ',' dan   { CHECK($$ = ast_vec_push(A, $1, $3)); }
    ;

dan
    : dotted_name       {
            CHECK($$ = ast_alloc(A, sizeof(Alias))); $$->name = $1.s;
            $$->lineno = @$.first_line; $$->col_offset = @$.first_column;
            $$->end_lineno = @$.last_line; $$->end_col_offset = @$.last_column;
        }
    | dotted_name AS NAME {
            CHECK($$ = ast_alloc(A, sizeof(Alias))); $$->name = $1.s; CHECK($$->asname = build_ident(ps, $3));
            $$->lineno = @$.first_line; $$->col_offset = @$.first_column;
            $$->end_lineno = @$.last_line; $$->end_col_offset = @$.last_column;
        }
    ;

import_targets
    : '*'               {
            Alias *a; CHECK(a = ast_alloc(A, sizeof(Alias))); a->name = "*";
            a->lineno = @$.first_line; a->col_offset = @$.first_column;
            a->end_lineno = @$.last_line; a->end_col_offset = @$.last_column;
            CHECK($$ = ast_vec_push(A, NULL, a));
        }
    | '(' ias_list ')'      { $$ = $2; }
    | '(' ias_list ',' ')'  { $$ = $2; }
    | ias_list              { $$ = $1; }
    ;

ias_list
    : ias                   { CHECK($$ = ast_vec_push(A, NULL, $1)); }
    | ias_list ',' ias      { CHECK($$ = ast_vec_push(A, $1, $3)); }
    ;

ias
    : NAME              {
            CHECK($$ = ast_alloc(A, sizeof(Alias))); CHECK($$->name = build_ident(ps, $1));
            $$->lineno = @$.first_line; $$->col_offset = @$.first_column;
            $$->end_lineno = @$.last_line; $$->end_col_offset = @$.last_column;
        }
    | NAME AS NAME      {
            CHECK($$ = ast_alloc(A, sizeof(Alias))); CHECK($$->name = build_ident(ps, $1));
            CHECK($$->asname = build_ident(ps, $3));
            $$->lineno = @$.first_line; $$->col_offset = @$.first_column;
            $$->end_lineno = @$.last_line; $$->end_col_offset = @$.last_column;
        }
    ;

/* ---- compound statements --------------------------------------------- */

compound_stmt
    : if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef | decorated
    | ASYNC funcdef         { $$ = $2; $$->v.funcdef.is_async = 1; build_async(ps, $$, @1); }
    | ASYNC for_stmt        { $$ = $2; $$->v.forloop.is_async = 1; build_async(ps, $$, @1); }
    | ASYNC with_stmt       { $$ = $2; $$->v.with.is_async = 1; build_async(ps, $$, @1); }
    ;

suite
    : simple_stmts          { $$ = $1; }
    | block                 { $$ = $1; }
    ;

block
    : NEWLINE INDENT stmts1 DEDENT  { $$ = $3; }
    ;

if_stmt
    : IF namedexpr_test ':' suite elifs {
            CHECK($$ = build_stmt(ps, STMT_IF, LC(@$)));
            $$->v.cond.test = $2; $$->v.cond.body = build_body(ps, $4);
            $$->v.cond.orelse = build_body(ps, $5);
            build_end_of($$, $$->v.cond.orelse.n ? $$->v.cond.orelse : $$->v.cond.body);
        }
    ;

elifs
    : %empty                { $$ = NULL; }
    | ELSE ':' suite        { $$ = $3; }
    | ELIF namedexpr_test ':' suite elifs {
            Stmt *s;
            CHECK(s = build_stmt(ps, STMT_IF, LC(@$)));
            s->v.cond.test = $2; s->v.cond.body = build_body(ps, $4);
            s->v.cond.orelse = build_body(ps, $5);
            build_end_of(s, s->v.cond.orelse.n ? s->v.cond.orelse : s->v.cond.body);
            CHECK($$ = ast_vec_push(A, NULL, s));
        }
    ;

opt_else
    : %empty                { $$ = NULL; }
    | ELSE ':' suite        { $$ = $3; }
    ;

while_stmt
    : WHILE namedexpr_test ':' suite opt_else {
            CHECK($$ = build_stmt(ps, STMT_WHILE, LC(@$)));
            $$->v.cond.test = $2; $$->v.cond.body = build_body(ps, $4);
            $$->v.cond.orelse = build_body(ps, $5);
            build_end_of($$, $$->v.cond.orelse.n ? $$->v.cond.orelse : $$->v.cond.body);
        }
    ;

for_stmt
    : FOR exprlist IN tsx ':' suite opt_else {
            CHECK(build_target(ps, $2, TGT_FOR) == 0);
            CHECK($$ = build_stmt(ps, STMT_FOR, LC(@$)));
            $$->v.forloop.target = $2; $$->v.forloop.iter = $4;
            $$->v.forloop.body = build_body(ps, $6);
            $$->v.forloop.orelse = build_body(ps, $7);
            build_end_of($$, $$->v.forloop.orelse.n ? $$->v.forloop.orelse : $$->v.forloop.body);
        }
    ;

try_stmt
    : TRY ':' suite handlers opt_else opt_finally {
            CHECK($$ = build_stmt(ps, STMT_TRY, LC(@$)));
            $$->v.try_.body = build_body(ps, $3);
            $$->v.try_.handlers = AST_SEQ(HandlerSeq, $4);
            $$->v.try_.orelse = build_body(ps, $5);
            $$->v.try_.finalbody = build_body(ps, $6);
            if ($$->v.try_.finalbody.n) build_end_of($$, $$->v.try_.finalbody);
            else if ($$->v.try_.orelse.n) build_end_of($$, $$->v.try_.orelse);
            else { ExceptHandler *h = $4->items[$4->n - 1];
                   $$->end_lineno = h->end_lineno; $$->end_col_offset = h->end_col_offset; }
        }
    | TRY ':' suite FINALLY ':' suite {
            CHECK($$ = build_stmt(ps, STMT_TRY, LC(@$)));
            $$->v.try_.body = build_body(ps, $3);
            $$->v.try_.finalbody = build_body(ps, $6);
            build_end_of($$, $$->v.try_.finalbody);
        }
    ;

handlers
    : handler               { CHECK($$ = ast_vec_push(A, NULL, $1)); }
    | handlers handler      { CHECK($$ = ast_vec_push(A, $1, $2)); }
    ;

handler
    : EXCEPT ':' suite      { CHECK($$ = build_handler(ps, NULL, NULL, $3, @1)); }
    | EXCEPT test ':' suite { CHECK($$ = build_handler(ps, $2, NULL, $4, @1)); }
    | EXCEPT test AS NAME ':' suite {
            const char *n; CHECK(n = build_ident(ps, $4));
            CHECK($$ = build_handler(ps, $2, n, $6, @1));
        }
    ;

opt_finally
    : %empty                { $$ = NULL; }
    | FINALLY ':' suite     { $$ = $3; }
    ;

with_stmt
    : WITH with_items ':' suite {
            CHECK($$ = build_stmt(ps, STMT_WITH, LC(@$)));
            $$->v.with.items = AST_SEQ(WithItemSeq, $2); $$->v.with.body = build_body(ps, $4);
            build_end_of($$, $$->v.with.body);
        }
    | WITH WITH_LPAREN with_items ')' ':' suite {
            CHECK($$ = build_stmt(ps, STMT_WITH, LC(@$)));
            $$->v.with.items = AST_SEQ(WithItemSeq, $3); $$->v.with.body = build_body(ps, $6);
            build_end_of($$, $$->v.with.body);
        }
    | WITH WITH_LPAREN with_items ',' ')' ':' suite {
            CHECK($$ = build_stmt(ps, STMT_WITH, LC(@$)));
            $$->v.with.items = AST_SEQ(WithItemSeq, $3); $$->v.with.body = build_body(ps, $7);
            build_end_of($$, $$->v.with.body);
        }
    ;

with_items
    : with_item                 { CHECK($$ = ast_vec_push(A, NULL, $1)); }
    | with_items ',' with_item  { CHECK($$ = ast_vec_push(A, $1, $3)); }
    ;

with_item
    : test                  { CHECK($$ = ast_alloc(A, sizeof(WithItem))); $$->context_expr = $1; }
    | test AS expr          {
            CHECK(build_target(ps, $3, TGT_WITH) == 0);
            CHECK($$ = ast_alloc(A, sizeof(WithItem))); $$->context_expr = $1; $$->optional_vars = $3;
        }
    ;

funcdef
    : DEF NAME '(' tparams ')' opt_ret ':' suite {
            CHECK($$ = build_stmt(ps, STMT_FUNCTIONDEF, LC(@$)));
            CHECK($$->v.funcdef.name = build_ident(ps, $2));
            CHECK($$->v.funcdef.args = build_arguments(ps, $4));
            $$->v.funcdef.returns = $6;
            $$->v.funcdef.body = build_body(ps, $8);
            build_end_of($$, $$->v.funcdef.body);
        }
    ;

opt_ret
    : %empty                { $$ = NULL; }
    | ARROW test            { $$ = $2; }
    ;

classdef
    : CLASS NAME opt_cargs_dummy ':' suite {
            CHECK($$ = build_stmt(ps, STMT_CLASSDEF, LC(@$)));
            CHECK($$->v.classdef.name = build_ident(ps, $2));
            if ($3) {
                $$->v.classdef.bases = $3->v.call.args;
                $$->v.classdef.keywords = $3->v.call.keywords;
            }
            $$->v.classdef.body = build_body(ps, $5);
            build_end_of($$, $$->v.classdef.body);
        }
    ;

/* Class arguments are parsed as a call so bases and keywords get the same
 * ordering checks; only the Call's args and keywords are kept. */
opt_cargs_dummy
    : %empty                { $$ = NULL; }
    | '(' opt_args ')'      {
            /* CPython's class arguments have no bare-generator form: the
             * generator's first keyword is the unexpected token */
            if ($2 && $2->n == 1 && ((ArgItem *)$2->items[0])->kind == ARG_GENEXP) {
                Loc f = ((ArgItem *)$2->items[0])->eq;
                parse_error_at(ps, 0, f.first_line, f.first_column, f.last_line, f.last_column, "invalid syntax");
                YYABORT;
            }
            CHECK($$ = build_call(ps, NULL, $2, LC(@$), LC(@$)));
        }
    ;

decorated
    : decorators funcdef    { $$ = $2; $$->v.funcdef.decorators = AST_SEQ(ExprSeq, $1); }
    | decorators classdef   { $$ = $2; $$->v.classdef.decorators = AST_SEQ(ExprSeq, $1); }
    | decorators ASYNC funcdef {
            $$ = $3; $$->v.funcdef.decorators = AST_SEQ(ExprSeq, $1);
            $$->v.funcdef.is_async = 1; build_async(ps, $$, @2);
        }
    ;

decorators
    : decorator             { CHECK($$ = ast_vec_push(A, NULL, $1)); }
    | decorators decorator  { CHECK($$ = ast_vec_push(A, $1, $2)); }
    ;

decorator
    : '@' namedexpr_test NEWLINE { $$ = $2; }
    ;

/* ---- parameters ------------------------------------------------------ */

tparams
    : %empty                { $$ = NULL; }
    | tplist                { $$ = $1; }
    | tplist ','            { $$ = $1; }
    ;

tplist
    : tpitem                { CHECK($$ = ast_vec_push(A, NULL, $1)); }
    | tplist ',' tpitem     { CHECK($$ = ast_vec_push(A, $1, $3)); }
    ;

tpitem
    : NAME                  { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_NAME; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $1, NULL, LC(@$))); }
    | NAME ':' test         { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_NAME; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $1, $3, LC(@$))); }
    | NAME '=' test         { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_NAME; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $1, NULL, LC(@1))); $$->def = $3; $$->defloc = LC(@2); }
    | NAME ':' test '=' test { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_NAME; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $1, $3, span2(@1, @3))); $$->def = $5; $$->defloc = LC(@4); }
    | '*'                   { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_STAR; $$->loc = LC(@$); }
    | '*' NAME              { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_STAR; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $2, NULL, LC(@2))); }
    | '*' NAME ':' test     { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_STAR; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $2, $4, span2(@2, @4))); }
    | '*' NAME '=' test     { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_STAR; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $2, NULL, LC(@2))); $$->def = $4; $$->defloc = LC(@3); }
    | POWER NAME            { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_DSTAR; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $2, NULL, LC(@2))); }
    | POWER NAME ':' test   { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_DSTAR; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $2, $4, span2(@2, @4))); }
    | POWER NAME '=' test   { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_DSTAR; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $2, NULL, LC(@2))); $$->def = $4; $$->defloc = LC(@3); }
    | '/'                   { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_SLASH; $$->loc = LC(@$); }
    ;

lparams
    : %empty                { $$ = NULL; }
    | lplist                { $$ = $1; }
    | lplist ','            { $$ = $1; }
    ;

lplist
    : lpitem                { CHECK($$ = ast_vec_push(A, NULL, $1)); }
    | lplist ',' lpitem     { CHECK($$ = ast_vec_push(A, $1, $3)); }
    ;

lpitem
    : NAME                  { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_NAME; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $1, NULL, LC(@$))); }
    | NAME '=' test         { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_NAME; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $1, NULL, LC(@1))); $$->def = $3; $$->defloc = LC(@2); }
    | '*'                   { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_STAR; $$->loc = LC(@$); }
    | '*' NAME              { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_STAR; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $2, NULL, LC(@2))); }
    | '*' NAME '=' test     { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_STAR; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $2, NULL, LC(@2))); $$->def = $4; $$->defloc = LC(@3); }
    | POWER NAME            { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_DSTAR; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $2, NULL, LC(@2))); }
    | POWER NAME '=' test   { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_DSTAR; $$->loc = LC(@$); CHECK($$->arg = build_arg(ps, $2, NULL, LC(@2))); $$->def = $4; $$->defloc = LC(@3); }
    | '/'                   { CHECK($$ = ast_alloc(A, sizeof(ParamItem))); $$->kind = P_SLASH; $$->loc = LC(@$); }
    ;

/* ---- expressions ----------------------------------------------------- */

/* testlist_star_expr: a tuple when there is a comma */
tsx
    : tsx_list              { CHECK($$ = build_seq_or_single(ps, $1, LC(@$))); }
    ;

tsx_list
    : tsx_items             { $$ = $1; }
    | tsx_items ','         { $$ = $1; $$.comma = 1; }
    ;

tsx_items
    : test                  { CHECK($$.v = ast_vec_push(A, NULL, $1)); $$.comma = 0; }
    | star_expr             { CHECK($$.v = ast_vec_push(A, NULL, $1)); $$.comma = 0; }
    | tsx_items ',' test     { CHECK($$.v = ast_vec_push(A, $1.v, $3)); $$.comma = 1; }
    | tsx_items ',' star_expr { CHECK($$.v = ast_vec_push(A, $1.v, $3)); $$.comma = 1; }
    ;

exprlist
    : exprlist_list         {
            CHECK($$ = build_seq_or_single(ps, $1, LC(@$)));
            if ($1.comma) $$->ann = (void *)1;   /* unparenthesised: del a, b */
        }
    ;

exprlist_list
    : exprlist_items        { $$ = $1; }
    | exprlist_items ','    { $$ = $1; $$.comma = 1; }
    ;

exprlist_items
    : expr                  { CHECK($$.v = ast_vec_push(A, NULL, $1)); $$.comma = 0; }
    | star_expr             { CHECK($$.v = ast_vec_push(A, NULL, $1)); $$.comma = 0; }
    | exprlist_items ',' expr      { CHECK($$.v = ast_vec_push(A, $1.v, $3)); $$.comma = 1; }
    | exprlist_items ',' star_expr { CHECK($$.v = ast_vec_push(A, $1.v, $3)); $$.comma = 1; }
    ;

yield_expr
    : YIELD                 { CHECK($$ = ast_expr(A, EXPR_YIELD, @$.first_line, @$.first_column, @$.last_line, @$.last_column)); }
    | YIELD tsx             { CHECK($$ = ast_expr(A, EXPR_YIELD, @$.first_line, @$.first_column, @$.last_line, @$.last_column)); $$->v.yield.value = $2; }
    | YIELD FROM test       { CHECK($$ = ast_expr(A, EXPR_YIELDFROM, @$.first_line, @$.first_column, @$.last_line, @$.last_column)); $$->v.yield.value = $3; }
    ;

namedexpr_test
    : test                  { $$ = $1; }
    | test COLONEQ test     { CHECK($$ = build_namedexpr(ps, $1, $3, LC(@$))); }
    ;

test
    : or_test               { $$ = $1; }
    | or_test IF or_test ELSE test {
            CHECK($$ = ast_expr(A, EXPR_IFEXP, @$.first_line, @$.first_column, @$.last_line, @$.last_column));
            $$->v.ifexp.body = $1; $$->v.ifexp.test = $3; $$->v.ifexp.orelse = $5;
        }
    | lambdef               { $$ = $1; }
    ;

lambdef
    : LAMBDA lparams ':' test {
            CHECK($$ = ast_expr(A, EXPR_LAMBDA, @$.first_line, @$.first_column, @$.last_line, @$.last_column));
            CHECK($$->v.lambda.args = build_arguments(ps, $2));
            $$->v.lambda.body = $4;
        }
    ;

or_test
    : and_test              { $$ = $1; }
    | or_chain              { CHECK($$ = build_boolop(ps, BOOL_OR, $1, LC(@$))); }
    ;

or_chain
    : and_test OR and_test  { CHECK($$ = ast_vec_push(A, NULL, $1)); CHECK($$ = ast_vec_push(A, $$, $3)); }
    | or_chain OR and_test  { CHECK($$ = ast_vec_push(A, $1, $3)); }
    ;

and_test
    : not_test              { $$ = $1; }
    | and_chain             { CHECK($$ = build_boolop(ps, BOOL_AND, $1, LC(@$))); }
    ;

and_chain
    : not_test AND not_test  { CHECK($$ = ast_vec_push(A, NULL, $1)); CHECK($$ = ast_vec_push(A, $$, $3)); }
    | and_chain AND not_test { CHECK($$ = ast_vec_push(A, $1, $3)); }
    ;

not_test
    : NOT not_test          { CHECK($$ = build_unary(ps, UOP_NOT, $2, LC(@$))); }
    | comparison            { $$ = $1; }
    ;

comparison
    : expr                  { $$ = $1; }
    | cmp_chain             { CHECK($$ = build_compare(ps, $1, LC(@$))); }
    ;

cmp_chain
    : expr comp_op expr     {
            CHECK($$ = ast_alloc(A, sizeof(CmpBuild))); $$->left = $1;
            CHECK($$->ops = ast_vec_push(A, NULL, (void *)(intptr_t)$2));
            CHECK($$->rest = ast_vec_push(A, NULL, $3));
        }
    | cmp_chain comp_op expr {
            $$ = $1;
            CHECK($$->ops = ast_vec_push(A, $$->ops, (void *)(intptr_t)$2));
            CHECK($$->rest = ast_vec_push(A, $$->rest, $3));
        }
    ;

comp_op
    : '<' { $$ = CMPOP_LT; } | '>' { $$ = CMPOP_GT; } | EQ { $$ = CMPOP_EQ; }
    | GE { $$ = CMPOP_GTE; } | LE { $$ = CMPOP_LTE; } | NE { $$ = CMPOP_NOTEQ; }
    | IN { $$ = CMPOP_IN; } | NOT IN { $$ = CMPOP_NOTIN; } | IS { $$ = CMPOP_IS; }
    | IS NOT { $$ = CMPOP_ISNOT; }
    ;

star_expr
    : '*' expr              {
            CHECK($$ = ast_expr(A, EXPR_STARRED, @$.first_line, @$.first_column, @$.last_line, @$.last_column));
            $$->v.starred.value = $2;
        }
    ;

expr
    : xor_expr              { $$ = $1; }
    | expr '|' xor_expr     { CHECK($$ = build_binop(ps, $1, OP_BITOR, $3, LC(@$))); }
    ;

xor_expr
    : and_expr              { $$ = $1; }
    | xor_expr '^' and_expr { CHECK($$ = build_binop(ps, $1, OP_BITXOR, $3, LC(@$))); }
    ;

and_expr
    : shift_expr            { $$ = $1; }
    | and_expr '&' shift_expr { CHECK($$ = build_binop(ps, $1, OP_BITAND, $3, LC(@$))); }
    ;

shift_expr
    : arith                 { $$ = $1; }
    | shift_expr LSHIFT arith { CHECK($$ = build_binop(ps, $1, OP_LSHIFT, $3, LC(@$))); }
    | shift_expr RSHIFT arith { CHECK($$ = build_binop(ps, $1, OP_RSHIFT, $3, LC(@$))); }
    ;

arith
    : term                  { $$ = $1; }
    | arith '+' term        { CHECK($$ = build_binop(ps, $1, OP_ADD, $3, LC(@$))); }
    | arith '-' term        { CHECK($$ = build_binop(ps, $1, OP_SUB, $3, LC(@$))); }
    ;

term
    : factor                { $$ = $1; }
    | term '*' factor       { CHECK($$ = build_binop(ps, $1, OP_MULT, $3, LC(@$))); }
    | term '/' factor       { CHECK($$ = build_binop(ps, $1, OP_DIV, $3, LC(@$))); }
    | term '%' factor       { CHECK($$ = build_binop(ps, $1, OP_MOD, $3, LC(@$))); }
    | term FLOORDIV factor  { CHECK($$ = build_binop(ps, $1, OP_FLOORDIV, $3, LC(@$))); }
    | term '@' factor       { CHECK($$ = build_binop(ps, $1, OP_MATMULT, $3, LC(@$))); }
    ;

factor
    : '+' factor            { CHECK($$ = build_unary(ps, UOP_UADD, $2, LC(@$))); }
    | '-' factor            { CHECK($$ = build_unary(ps, UOP_USUB, $2, LC(@$))); }
    | '~' factor            { CHECK($$ = build_unary(ps, UOP_INVERT, $2, LC(@$))); }
    | power                 { $$ = $1; }
    ;

power
    : atom_expr             { $$ = $1; }
    | atom_expr POWER factor { CHECK($$ = build_binop(ps, $1, OP_POW, $3, LC(@$))); }
    | await_primary         { $$ = $1; }
    | await_primary POWER factor { CHECK($$ = build_binop(ps, $1, OP_POW, $3, LC(@$))); }
    ;

await_primary
    : AWAIT atom_expr       {
            CHECK($$ = ast_expr(A, EXPR_AWAIT, @$.first_line, @$.first_column, @$.last_line, @$.last_column));
            $$->v.yield.value = $2; build_async(ps, NULL, @1);
        }
    ;

atom_expr
    : atom                  { $$ = $1; }
    | atom_expr '(' opt_args ')' { CHECK($$ = build_call(ps, $1, $3, LC(@$), span2(@2, @4))); }
    | atom_expr '[' subscript_list ']' {
            CHECK($$ = ast_expr(A, EXPR_SUBSCRIPT, @$.first_line, @$.first_column, @$.last_line, @$.last_column));
            $$->v.subscript.value = $1; $$->v.subscript.slice = $3;
        }
    | atom_expr '.' NAME    {
            CHECK($$ = ast_expr(A, EXPR_ATTRIBUTE, @$.first_line, @$.first_column, @$.last_line, @$.last_column));
            $$->v.attribute.value = $1; CHECK($$->v.attribute.attr = build_ident(ps, $3));
        }
    ;

atom
    : '(' ')'               { CList l = { NULL, 1 }; CHECK($$ = build_tuple(ps, l, LC(@$))); }
    | '(' yield_expr ')'    { $$ = $2; }
    | '(' elems ')'         {
            if ($2.comma) { CHECK($$ = build_tuple(ps, $2, LC(@$))); $$->v.seq.parens = 1; }
            else {
                $$ = $2.v->items[0];
                if ($$->kind == EXPR_STARRED) {
                    parse_error_expr(ps, $$, "cannot use starred expression here");
                    YYABORT;
                }
            }
        }
    | '(' elem comp_for ')' { CHECK($$ = build_comp(ps, EXPR_GENERATOREXP, $2, NULL, $3, LC(@$))); }
    | '[' ']'               { CHECK($$ = ast_expr(A, EXPR_LIST, @$.first_line, @$.first_column, @$.last_line, @$.last_column)); }
    | '[' elems ']'         {
            CHECK($$ = ast_expr(A, EXPR_LIST, @$.first_line, @$.first_column, @$.last_line, @$.last_column));
            $$->v.seq.elts = AST_SEQ(ExprSeq, $2.v);
        }
    | '[' elem comp_for ']' { CHECK($$ = build_comp(ps, EXPR_LISTCOMP, $2, NULL, $3, LC(@$))); }
    | '{' '}'               { CHECK($$ = ast_expr(A, EXPR_DICT, @$.first_line, @$.first_column, @$.last_line, @$.last_column)); }
    | '{' dict_items '}'    {
            CHECK($$ = ast_expr(A, EXPR_DICT, @$.first_line, @$.first_column, @$.last_line, @$.last_column));
            AstVec *k = NULL, *v = NULL;
            for (int i = 0; i < $2->n; i += 2) {
                CHECK(k = ast_vec_push(A, k, $2->items[i]));
                CHECK(v = ast_vec_push(A, v, $2->items[i + 1]));
            }
            $$->v.dict.keys = AST_SEQ(ExprSeq, k); $$->v.dict.values = AST_SEQ(ExprSeq, v);
        }
    | '{' dict_items ',' '}' {
            CHECK($$ = ast_expr(A, EXPR_DICT, @$.first_line, @$.first_column, @$.last_line, @$.last_column));
            AstVec *k = NULL, *v = NULL;
            for (int i = 0; i < $2->n; i += 2) {
                CHECK(k = ast_vec_push(A, k, $2->items[i]));
                CHECK(v = ast_vec_push(A, v, $2->items[i + 1]));
            }
            $$->v.dict.keys = AST_SEQ(ExprSeq, k); $$->v.dict.values = AST_SEQ(ExprSeq, v);
        }
    | '{' test ':' test comp_for '}' { CHECK($$ = build_comp(ps, EXPR_DICTCOMP, $2, $4, $5, LC(@$))); }
    | '{' POWER expr comp_for '}' {
            parse_error_at(ps, 0, @2.first_line, @2.first_column, @2.last_line, @2.last_column,
                           "dict unpacking cannot be used in dict comprehension");
            YYABORT;
        }
    | '{' elems '}'         {
            CHECK($$ = ast_expr(A, EXPR_SET, @$.first_line, @$.first_column, @$.last_line, @$.last_column));
            $$->v.set.elts = AST_SEQ(ExprSeq, $2.v);
        }
    | '{' elem comp_for '}' { CHECK($$ = build_comp(ps, EXPR_SETCOMP, $2, NULL, $3, LC(@$))); }
    | NAME                  { CHECK($$ = build_name(ps, $1, LC(@$))); }
    | NUMBER                { CHECK($$ = build_number(ps, $1, LC(@$))); }
    | strings               { CHECK($$ = build_strings(ps, $1, LC(@$))); }
    | ELLIPSIS              { CHECK($$ = build_const(ps, CONST_ELLIPSIS, NULL, 0, LC(@$))); }
    | NONE                  { CHECK($$ = build_const(ps, CONST_NONE, NULL, 0, LC(@$))); }
    | TRUE                  { CHECK($$ = build_const(ps, CONST_TRUE, NULL, 0, LC(@$))); }
    | FALSE                 { CHECK($$ = build_const(ps, CONST_FALSE, NULL, 0, LC(@$))); }
    ;

/* Dict items as a flat key, value, key, value... vector (key NULL: **) */
dict_items
    : test ':' test         { CHECK($$ = ast_vec_push(A, NULL, $1)); CHECK($$ = ast_vec_push(A, $$, $3)); }
    | POWER expr            { CHECK($$ = ast_vec_push(A, NULL, NULL)); CHECK($$ = ast_vec_push(A, $$, $2)); }
    | dict_items ',' test ':' test { CHECK($$ = ast_vec_push(A, $1, $3)); CHECK($$ = ast_vec_push(A, $$, $5)); }
    | dict_items ',' POWER expr    { CHECK($$ = ast_vec_push(A, $1, NULL)); CHECK($$ = ast_vec_push(A, $$, $4)); }
    ;

elem
    : namedexpr_test        { $$ = $1; }
    | star_expr             { $$ = $1; }
    ;

/* Comma-separated elements; `comma` says there was at least one comma. */
elems
    : elem_items            { $$ = $1; }
    | elem_items ','        { $$ = $1; $$.comma = 1; }
    ;

elem_items
    : elem                  { CHECK($$.v = ast_vec_push(A, NULL, $1)); $$.comma = 0; }
    | elem_items ',' elem   { CHECK($$.v = ast_vec_push(A, $1.v, $3)); $$.comma = 1; }
    ;

comp_for
    : comp_clause           { CHECK($$ = ast_vec_push(A, NULL, $1)); }
    | comp_for comp_clause  { CHECK($$ = ast_vec_push(A, $1, $2)); }
    | comp_for IF or_test   {
            $$ = $1;
            Comprehension *c = $$->items[$$->n - 1];
            AstVec tmp = { c->ifs.n, c->ifs.n, (void **)c->ifs.items };
            AstVec *nv; CHECK(nv = ast_vec_new(A)); *nv = tmp;
            CHECK(nv = ast_vec_push(A, nv, $3));
            c->ifs = AST_SEQ(ExprSeq, nv);
        }
    ;

comp_clause
    : FOR exprlist IN or_test {
            CHECK(build_target(ps, $2, TGT_COMP) == 0);
            CHECK($$ = ast_alloc(A, sizeof(Comprehension)));
            $$->target = $2; $$->iter = $4;
        }
    | ASYNC FOR exprlist IN or_test {
            CHECK(build_target(ps, $3, TGT_COMP) == 0);
            CHECK($$ = ast_alloc(A, sizeof(Comprehension)));
            $$->target = $3; $$->iter = $5; $$->is_async = 1;
            build_async(ps, NULL, @1);
        }
    ;

subscript_list
    : subs                  {
            /* a[*b] subscripts with a one-element tuple, as CPython */
            if ($1.comma || ((Expr *)$1.v->items[0])->kind == EXPR_STARRED) {
                CHECK($$ = build_tuple(ps, $1, LC(@$)));
            } else $$ = $1.v->items[0];
        }
    ;

subs
    : sub_items             { $$ = $1; }
    | sub_items ','         { $$ = $1; $$.comma = 1; }
    ;

sub_items
    : sub                   { CHECK($$.v = ast_vec_push(A, NULL, $1)); $$.comma = 0; }
    | sub_items ',' sub     { CHECK($$.v = ast_vec_push(A, $1.v, $3)); $$.comma = 1; }
    ;

sub
    : namedexpr_test        { $$ = $1; }
    | star_expr             { $$ = $1; }
    | opt_test ':' opt_test {
            Loc l = LC(@$); if (!$1) { l.first_line = @2.first_line; l.first_column = @2.first_column; }
            if (!$3) { l.last_line = @2.last_line; l.last_column = @2.last_column; }
            CHECK($$ = build_const(ps, CONST_NONE, NULL, 0, l)); $$->kind = EXPR_SLICE;
            $$->v.slice.lower = $1; $$->v.slice.upper = $3; $$->v.slice.step = NULL;
        }
    | opt_test ':' opt_test ':' opt_test {
            Loc l = LC(@$); if (!$1) { l.first_line = @2.first_line; l.first_column = @2.first_column; }
            if (!$5) { l.last_line = @4.last_line; l.last_column = @4.last_column; }
            CHECK($$ = build_const(ps, CONST_NONE, NULL, 0, l)); $$->kind = EXPR_SLICE;
            $$->v.slice.lower = $1; $$->v.slice.upper = $3; $$->v.slice.step = $5;
        }
    ;

opt_test
    : %empty                { $$ = NULL; }
    | test                  { $$ = $1; }
    ;

opt_args
    : %empty                { $$ = NULL; }
    | args                  { $$ = $1; }
    | args ','              {
            /* a trailing comma makes a lone generator one of several arguments */
            $$ = $1;
            if ($1->n == 1 && ((ArgItem *)$1->items[0])->kind == ARG_GENEXP) {
                parse_error_expr(ps, ((ArgItem *)$1->items[0])->value, "Generator expression must be parenthesized");
                YYABORT;
            }
        }
    ;

args
    : argument              { CHECK($$ = ast_vec_push(A, NULL, $1)); }
    | args ',' argument     { CHECK($$ = ast_vec_push(A, $1, $3)); }
    ;

argument
    : test                  { CHECK($$ = ast_alloc(A, sizeof(ArgItem))); $$->kind = ARG_POS; $$->value = $1; $$->loc = LC(@$); }
    | test COLONEQ test     { CHECK($$ = ast_alloc(A, sizeof(ArgItem))); $$->kind = ARG_POS; CHECK($$->value = build_namedexpr(ps, $1, $3, LC(@$))); $$->loc = LC(@$); }
    | test comp_for         { CHECK($$ = ast_alloc(A, sizeof(ArgItem))); $$->kind = ARG_GENEXP; CHECK($$->value = build_comp(ps, EXPR_GENERATOREXP, $1, NULL, $2, LC(@$))); $$->loc = LC(@$);
                              /* eq holds the generator's first keyword, 'for' or 'async' */
                              $$->eq = LC(@2); $$->eq.last_line = @2.first_line;
                              $$->eq.last_column = @2.first_column + (((Comprehension *)$2->items[0])->is_async ? 5 : 3); }
    | test '=' test         { CHECK($$ = ast_alloc(A, sizeof(ArgItem))); $$->kind = ARG_KW; $$->value = $3; $$->loc = LC(@$); $$->eq = LC(@2);
                              $$->kw = (Keyword *)$1; /* the name expression, checked in build_call */ }
    | '*' test              { CHECK($$ = ast_alloc(A, sizeof(ArgItem))); $$->kind = ARG_STAR; $$->loc = LC(@$);
                              CHECK($$->value = ast_expr(A, EXPR_STARRED, @$.first_line, @$.first_column, @$.last_line, @$.last_column));
                              $$->value->v.starred.value = $2; }
    | POWER test            { CHECK($$ = ast_alloc(A, sizeof(ArgItem))); $$->kind = ARG_DSTAR; $$->value = $2; $$->loc = LC(@$); }
    ;

/* ---- string literals ------------------------------------------------- */

strings
    : string_piece          { CHECK($$ = ast_vec_push(A, NULL, $1)); }
    | strings string_piece  { CHECK($$ = ast_vec_push(A, $1, $2)); }
    ;

string_piece
    : STRING                {
            CHECK($$ = ast_alloc(A, sizeof(StrPiece)));
            $$->flags = $1.flags; $$->s = $1.s; $$->n = $1.n; $$->loc = LC(@$);
        }
    | FSTRING_START fparts FSTRING_END {
            CHECK($$ = ast_alloc(A, sizeof(StrPiece)));
            $$->fstring = 1; $$->flags = $1.flags; $$->parts = $2; $$->loc = LC(@$);
        }
    ;

fparts
    : %empty                { $$ = NULL; }
    | fparts FSTRING_MIDDLE {
            Expr *c; CHECK(c = build_const(ps, CONST_STR, $2.s, $2.n, LC(@2)));
            CHECK($$ = ast_vec_push(A, $1, c));
        }
    | fparts '{' f_expr opt_eq opt_conv opt_spec '}' {
            $$ = $1;
            if (!$$) CHECK($$ = ast_vec_new(A));
            CHECK(build_fvalue(ps, $3, $4, $2, LC(@2), $5, $5.flags != 0, $6, $$));
        }
    ;

f_expr
    : tsx                   { $$ = $1; }
    | yield_expr            { $$ = $1; }
    ;

opt_eq
    : %empty                { $$.s = NULL; $$.n = 0; $$.flags = 0; }
    | '='                   { $$ = $1; }
    ;

opt_conv
    : %empty                { $$.s = NULL; $$.n = 0; $$.flags = 0; }
    | '!' NAME              { $$ = $2; $$.flags = 1; }
    ;

opt_spec
    : %empty                { $$ = NULL; }
    | ':' specparts         { $$ = $2; if (!$$) CHECK($$ = ast_vec_new(A)); }
    ;

specparts
    : %empty                { $$ = NULL; }
    | specparts FSTRING_MIDDLE {
            Expr *c; CHECK(c = build_const(ps, CONST_STR, $2.s, $2.n, LC(@2)));
            CHECK($$ = ast_vec_push(A, $1, c));
        }
    | specparts '{' f_expr opt_eq opt_conv opt_spec '}' {
            $$ = $1;
            if (!$$) CHECK($$ = ast_vec_new(A));
            CHECK(build_fvalue(ps, $3, $4, $2, LC(@2), $5, $5.flags != 0, $6, $$));
        }
    ;

%%

/* Called by bison on stack exhaustion ("memory exhausted"); ordinary syntax
 * errors go through yyreport_syntax_error. */
static void yyerror(YYLTYPE *loc, Lexer *lx, ParseState *ps, const char *msg)
{
    (void)lx;
    if (!ps->err.set)
        parse_error_at(ps, 0, loc->first_line, loc->first_column,
                       loc->last_line, loc->last_column, "too many nested parentheses");
    (void)msg;
}

int parse_report(ParseState *ps, int tok, Loc loc, const int *expected, int nexp);

/* Map the expected symbols back to token codes and let parse.c phrase the
 * message the way CPython does. */
static int yyreport_syntax_error(const yypcontext_t *ctx, Lexer *lx, ParseState *ps)
{
    (void)lx;
    yysymbol_kind_t exp[64];
    int n = yypcontext_expected_tokens(ctx, exp, 64);
    int codes[64];
    int m = 0;
    for (int i = 0; i < n && i < 64; i++) {
        /* bison numbers symbols in declaration order; recover the token
         * code through the translation table */
        for (int c = 0; c <= YYMAXUTOK; c++)
            if (YYTRANSLATE(c) == exp[i]) { codes[m++] = c; break; }
    }
    yysymbol_kind_t la = yypcontext_token(ctx);
    int tok = 0;
    for (int c = 0; c <= YYMAXUTOK; c++)
        if (YYTRANSLATE(c) == la) { tok = c; break; }
    if (la == YYSYMBOL_YYEOF)
        tok = 0;
    return parse_report(ps, tok, LC(*yypcontext_location(ctx)), codes, m);
}
