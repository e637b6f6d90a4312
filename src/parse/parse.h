/* parse.h — the front end's entry point: source text to AST.
 * The lexer (grammar/lexer.re) and the bison parser (grammar/parser.y) run
 * over the whole input; post-parse checks (check.c) report the errors
 * CPython raises at compile time without name resolution. */
#ifndef GARTER_PARSE_H
#define GARTER_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include "parse/arena.h"
#include "parse/ast.h"
#include "parse/syntaxerr.h"

enum {
    PARSE_FILE,         /* a module: Module */
    PARSE_SINGLE,       /* one interactive statement: Interactive */
    PARSE_EVAL,         /* one expression list: Expression */
};

/* Parses src[0..len).  Returns the Module (allocated, with everything it
 * points to, in `arena`), or NULL with *err filled (err->text also lives in
 * the arena).  filename is only used for messages. */
Module *parse_source(const char *src, size_t len, const char *filename,
                     int mode, Arena *arena, SyntaxErr *err);

/* As parse_source; on failure *incomplete says whether the input merely
 * ended too early (open bracket, triple-quoted string, backslash, block
 * header without its body ...), so a REPL should read another line. */
Module *parse_source_ex(const char *src, size_t len, const char *filename,
                        int mode, Arena *arena, SyntaxErr *err,
                        bool *incomplete);

/* Post-parse checks on a tree (check.c); 0, or -1 with *err filled. */
struct ParseState;
int parse_check(struct ParseState *ps, Module *m);

#endif
