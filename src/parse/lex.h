/* lex.h — the tokenizer's interface to the parser (grammar/lexer.re).
 *
 * Token stream contract (the parser is bison, api.pure full, %locations):
 *   int lex_next(YYSTYPE *lval, YYLTYPE *lloc, Lexer *lx)
 * returns a token number from the bison-generated parser.h, a single
 * character for one-character operators and delimiters, 0 at end of input
 * (after the final NEWLINE and all pending DEDENTs), or LEXERROR after it has
 * filled lex_error(lx); the parser must then stop and report that error.
 *
 * Locations: lines are 1-based, columns 0-based UTF-8 byte offsets into the
 * line, last_* is the exclusive end (CPython's col_offset/end_col_offset).
 *
 * Semantic values (lval->tok) are set for every token; s points into the
 * source or the lexer's arena and stays valid as long as the Lexer:
 *   NAME            s/n = identifier text (UTF-8, not NFKC-normalised)
 *   NUMBER          s/n = literal text with underscores; TOKF_INT or TOKF_FLOAT
 *   STRING          s/n = decoded contents (UTF-8 for str, raw bytes for
 *                   bytes; NUL-terminated); TOKF_BYTES/TOKF_RAW/TOKF_TRIPLE
 *   FSTRING_START   s/n = prefix and opening quotes; TOKF_RAW/TOKF_TRIPLE
 *   FSTRING_MIDDLE  s/n = decoded literal text ({{ and }} already single)
 *   FSTRING_END     s/n = closing quotes
 *   '{' opening a replacement field: TOKF_FIELD; s = source right after the
 *                   brace, n = length of the expression text, i.e. up to the
 *                   '=', '!', ':' or '}' ending it.
 *   '=' as an f-string debug specifier: TOKF_FIELD; s/n = "=" and the
 *                   whitespace after it, so the debug text is the source from
 *                   '{'.s to '='.s + '='.n.
 *   '!' NAME        conversion: the NAME is exactly one of s, r, a (checked).
 *   ':'             starts a format spec: FSTRING_MIDDLE pieces and nested
 *                   '{' ... '}' fields follow, then the field's '}'.
 *   other tokens    s/n = their source text.
 *
 * Split of errors between lexer and parser: the lexer reports everything
 * CPython's tokenizer reports, plus the f-string scanning errors of CPython
 * 3.11's string_parser.c (f-string: expecting '}', single '}', empty
 * expression, backslash, '#', unmatched brackets, bad conversion character,
 * nesting too deep) and string-literal decoding errors.  "unexpected indent"
 * and "expected an indented block ..." are left to the parser: the lexer
 * emits INDENT/DEDENT wherever the indentation says so.  Syntax errors in an
 * f-string expression are the parser's (CPython prefixes them "f-string: ");
 * tokens inside replacement fields carry TOKF_INFSTR so the parser can tell.
 */
#ifndef GARTER_LEXER_H
#define GARTER_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/arena.h"
#include "parse/syntaxerr.h"

typedef struct Lexer Lexer;

typedef struct Tok {
    const char *s;
    size_t n;
    unsigned flags;
} Tok;

enum {
    TOKF_INT     = 1u << 0,     /* NUMBER: integer literal (any base) */
    TOKF_FLOAT   = 1u << 1,     /* NUMBER: float literal */
    TOKF_BYTES   = 1u << 2,     /* STRING: b prefix */
    TOKF_RAW     = 1u << 3,     /* STRING/FSTRING_START: r prefix */
    TOKF_TRIPLE  = 1u << 4,     /* STRING/FSTRING_START: triple quoted */
    TOKF_UNICODE = 1u << 5,     /* STRING: u prefix (kind 'u' in the AST) */
    TOKF_FIELD   = 1u << 6,     /* '{' or '=' of an f-string replacement field */
    TOKF_INFSTR  = 1u << 7,     /* token lies inside an f-string */
};

/* Limits, as CPython's tokenizer (MAXLEVEL, MAXINDENT). */
enum { LEX_MAXLEVEL = 200, LEX_MAXINDENT = 100 };

/* A lexer over a copy of src[0..len) (the caller's buffer may go away).
 * filename is used in messages that name the file and is copied.  NULL only
 * when out of memory. */
Lexer *lex_new(const char *src, size_t len, const char *filename);
/* Frees the lexer, its arena and everything the tokens pointed at. */
void lex_free(Lexer *lx);

/* BORROWED: the error after lex_next returned LEXERROR, else NULL. */
const SyntaxErr *lex_error(Lexer *lx);
/* The lexer's arena, shared with the parser for AST nodes. */
Arena *lex_arena(Lexer *lx);
/* Zeroed memory from the lexer's arena (NULL when out of memory). */
void *lex_arena_alloc(Lexer *lx, size_t n);
/* BORROWED: source line lineno (1-based) without its newline and its length
 * in *len; NULL if there is no such line.  Line endings are normalised to
 * \n and a UTF-8 BOM is dropped, as CPython does. */
const char *lex_line(Lexer *lx, int lineno, size_t *len);
/* True when the input ended too early rather than being wrong: inside
 * brackets, a triple-quoted string or after a backslash continuation (the
 * REPL then asks for more lines). */
bool lex_hit_eof_incomplete(Lexer *lx);
/* Whether errors CPython raises from its parser (not its tokenizer) give
 * columns in bytes: true for a script file, false when filename starts
 * with '<' ("<string>", "<stdin>"), where CPython converts to characters.
 * The lexer applies this to its own errors of that kind. */
bool lex_byte_columns(Lexer *lx);
/* Fills *e with an error at a source position the parser chooses: line is
 * 1-based, col a 0-based byte column, end_col likewise (exclusive); text is
 * taken from the source.  Convenience for the parser's own errors. */
void lex_set_error(Lexer *lx, SyntaxErr *e, int kind, int line, int col,
                   int end_line, int end_col, const char *msg);

#endif

/* lex_next needs bison's YYSTYPE/YYLTYPE: it is declared when this header is
 * included after the generated parser.h (outside the include guard on
 * purpose, since parser.h itself includes this header first). */
#if defined(YYSTYPE_IS_DECLARED) && defined(YYLTYPE_IS_DECLARED) \
    && !defined(GARTER_LEX_NEXT_DECLARED)
#define GARTER_LEX_NEXT_DECLARED
int lex_next(YYSTYPE *lval, YYLTYPE *lloc, Lexer *lx);
#endif
