/* fold.h — compile-time constants as CPython 3.11's compiler makes them:
 * operators on constants folded within ast_opt.c's size limits, and one
 * table per compilation in which equal constants (same type, same value;
 * -0.0 apart from 0.0) are a single object, identifier-like strings
 * interned.  Everything here works on built-in constant types only, so it
 * never runs Python code. */
#ifndef GARTER_FOLD_H
#define GARTER_FOLD_H

#include "objects/object.h"

typedef struct FoldTable FoldTable;

/* A new, empty table (NULL when out of memory, no exception set). */
FoldTable *fold_table_new(void);
/* Frees the table.  It holds BORROWED references: the unit that received
 * fold_share's results keeps the objects alive. */
void fold_table_free(FoldTable *t);

/* NEW: the table's object equal to o (o itself the first time); STEALS o.
 * Identifier-like strings (all of [A-Za-z0-9_]) come back interned, and a
 * new tuple's items are replaced by their shared equals.  The result must
 * be kept alive for as long as the table is used.  NULL passes through;
 * NULL with an exception set when out of memory. */
Object *fold_share(FoldTable *t, Object *o);

/* NEW: the folded value of `l op r` (op: BINOP_*), or NULL without an
 * exception when CPython's optimiser would leave the operation to run time
 * (an error, or a result over its size limits).  l and r BORROWED. */
Object *fold_binop(Object *l, Object *r, int op);
/* NEW: the folded value of a unary operator on v (uop: 0 '-', 1 '+', 2 '~',
 * 3 'not'), or NULL without an exception.  v BORROWED. */
Object *fold_unary(Object *v, int uop);
/* NEW: the folded value of v[k], or NULL without an exception. */
Object *fold_subscript(Object *v, Object *k);

/* NEW: the constant CPython 3.11's optimiser turns the expression e into
 * (a literal, or operators, tuples and subscripts over literals,
 * folded as above), or NULL without an exception when it stays an
 * expression.  For the compiler's warnings, which CPython issues after
 * folding. */
struct Expr;
Object *fold_expr_value(struct Expr *e);

/* 1 if every character of the str s is in [A-Za-z0-9_] (CPython's
 * all_name_chars; the empty string counts). */
int fold_is_name_chars(Object *s);

#endif
