/* syntaxerr.h — a syntax error found by the lexer or the parser, and how it
 * is printed.  The lexer and the parser both fill this struct; the front end
 * either prints it (as CPython prints an uncaught SyntaxError) or turns it
 * into a SyntaxError object. */
#ifndef GARTER_SYNTAXERR_H
#define GARTER_SYNTAXERR_H

#include <stdio.h>

enum {
    SE_NONE = 0,
    SE_SYNTAX,          /* SyntaxError */
    SE_INDENT,          /* IndentationError */
    SE_TAB,             /* TabError */
    SE_RECURSION,       /* RecursionError: nesting too deep to compile */
};

/* Where a SyntaxErr was found; CPython takes the text attribute from a
 * different place for each. */
enum {
    SE_FROM_COMPILER = 0,       /* symbol table / compiler: the line is read
                                   back from the file, None without one */
    SE_FROM_PARSER,             /* the parser: the file's line, else the
                                   source line */
    SE_FROM_LEXER,              /* the tokenizer: the line without newline */
    SE_FROM_FIELD,              /* an f-string field: its "(expr)" text */
};

/* Positions follow CPython's SyntaxError attributes: lineno/end_lineno are
 * 1-based; col_offset/end_col_offset are CPython's offset and end_offset,
 * 1-based *character* offsets (the caret goes under character col_offset),
 * which may be 0 or -1 as CPython's are (col_offset < 1 means "no caret";
 * end_col_offset <= col_offset means a single caret).  lineno == 0 means
 * "no location at all" (only the message is printed).  text is the source
 * line without its newline (NULL if unknown); it belongs to whoever filled
 * the struct (the lexer's arena for lexer errors). */
typedef struct SyntaxErr {
    int kind;                   /* SE_SYNTAX, SE_INDENT, SE_TAB */
    char msg[256];
    int lineno, col_offset, end_lineno, end_col_offset;
    char *text;
    int origin;                 /* SE_FROM_COMPILER, _PARSER, _LEXER */
    int text_cut;               /* compile() of a string gives text without
                                   its newline (a line the tokenizer had
                                   already left behind) */
    const char *type_name;      /* the class name to print (a subclass of
                                   SyntaxError); NULL: from kind */
    int eof_offset;             /* col_offset is the tokenizer's position at
                                   the end of the input: compile() of a
                                   string reports it, a script's file
                                   tokenizer reports 0 */
} SyntaxErr;

/* The exception class name for e->kind ("SyntaxError", ...). */
const char *syntaxerr_type_name(const SyntaxErr *e);
/* Prints e exactly as CPython 3.11 prints an uncaught SyntaxError of a
 * script: the File line, the stripped source line, the carets, the message. */
void syntaxerr_print(const SyntaxErr *e, const char *filename, FILE *out);
/* Number of UTF-8 characters in s[0..n) (continuation bytes not counted);
 * converts byte columns to the character offsets SyntaxErr wants. */
int syntaxerr_chars(const char *s, size_t n);

#endif
