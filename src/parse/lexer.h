/* lexer.h — the tokenizer's interface to the parser (placeholder until the
 * full lexer lands). */
#ifndef GARTER_LEXER_H
#define GARTER_LEXER_H
#include <stddef.h>
typedef struct Lexer Lexer;
typedef struct Tok { const char *s; size_t n; unsigned flags; } Tok;
#endif
