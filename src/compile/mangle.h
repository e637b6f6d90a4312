/* mangle.h — private name mangling: inside a class body (and the functions
 * nested in it) an identifier __x that does not end in __ becomes _C__x,
 * as CPython's compiler does.  Runs over the AST before scope resolution. */
#ifndef GARTER_MANGLE_H
#define GARTER_MANGLE_H

#include "parse/ast.h"

typedef struct MangleBlock MangleBlock;

/* Rewrites the identifiers of m in place.  The new strings live in blocks
 * returned through *store, released by mangle_free once compiling is done. */
void mangle_module(Module *m, MangleBlock **store);
void mangle_free(MangleBlock *store);

#endif
