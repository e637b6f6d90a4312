/* parser.y — placeholder grammar declaring the token contract. */
%code requires { #include "parse/lexer.h" }
%define api.pure full
%locations
%parse-param {Lexer *lx}
%lex-param {Lexer *lx}
%union { Tok tok; }
%code {
int lex_next(YYSTYPE *lval, YYLTYPE *lloc, Lexer *lx);
#define yylex lex_next
static void yyerror(YYLTYPE *loc, Lexer *lx, const char *msg) { (void)loc; (void)lx; (void)msg; }
}
%token <tok> NAME NUMBER STRING FSTRING_START FSTRING_MIDDLE FSTRING_END
%token NEWLINE INDENT DEDENT LEXERROR
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL
%token ELIF ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL
%token NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD
%token ARROW POWER FLOORDIV LSHIFT RSHIFT LE GE EQ NE COLONEQ ELLIPSIS
%token PLUSEQ MINUSEQ STAREQ SLASHEQ DSLASHEQ PERCENTEQ ATEQ AMPEQ PIPEEQ
%token CARETEQ LSHIFTEQ RSHIFTEQ POWEQ
%%
file: %empty ;
%%
