/* compile.h — turns a resolved AST into the executable node tree (eval/node.h):
 * each node gets the evaluator function suited to its shape, constants
 * become objects once, names become slot indices or cached global lookups. */
#ifndef GARTER_COMPILE_H
#define GARTER_COMPILE_H

#include "parse/ast.h"
#include "eval/eval.h"
#include "parse/syntaxerr.h"

/* NEW: the code object of a module (kind MOD_MODULE or MOD_INTERACTIVE).
 * src/len is the source text (for SyntaxError lines).  On failure returns
 * NULL and either fills *err (err->kind != SE_NONE: a SyntaxError to print)
 * or leaves a Python exception set. */
CodeObject *compile_module(Module *m, const char *src, size_t len,
                           const char *filename, SyntaxErr *err);

/* Used by the resolver and compiler for their SyntaxErrors. */
void resolve_set_source(const char *src, size_t len);
void resolve_error_at(SyntaxErr *e, int line, int col, int eline, int ecol,
                      const char *fmt, ...);

#endif
