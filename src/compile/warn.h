/* warn.h — compile-time SyntaxWarnings (compile/warn.c), printed to stderr
 * as CPython 3.11 prints them while compiling. */
#ifndef GARTER_WARN_H
#define GARTER_WARN_H

#include <stddef.h>
#include "parse/ast.h"

/* Names the file (BORROWED, must outlive the compile) and its source, for
 * the warnings of the compile about to run. */
void compile_warn_begin(const char *filename, const char *src, size_t len);
/* Each checks one node as CPython's compiler does and may print. */
void compile_warn_compare(Expr *e);
void compile_warn_call(Expr *e);
void compile_warn_subscript(Expr *e);
void compile_warn_assert(Stmt *s);

#endif
