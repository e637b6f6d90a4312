/* resolve.h — scope analysis: one pass over the AST decides what every name
 * is (local slot, cell, free, explicit global, implicit global, or a
 * class-namespace name) before anything runs.  CPython's symtable rules,
 * including its SyntaxErrors for global/nonlocal misuse. */
#ifndef GARTER_RESOLVE_H
#define GARTER_RESOLVE_H

#include "parse/ast.h"
#include "parse/syntaxerr.h"

typedef enum { SC_MODULE, SC_FUNCTION, SC_CLASS, SC_COMP } ScopeKind;

/* Where a name lives, decided by the resolver. */
typedef enum {
    RS_LOCAL = 1,       /* frame slot */
    RS_CELL,            /* frame slot holding a cell (captured by an inner scope) */
    RS_FREE,            /* slot holding a cell from the closure */
    RS_GLOBAL,          /* explicit global, or module level */
    RS_GLOBAL_IMPLICIT, /* globals, then builtins */
    RS_NAME,            /* class body: namespace dict, then globals, builtins */
} ResolvedKind;

/* Collection flags. */
enum {
    SYM_ASSIGNED = 1 << 0,
    SYM_PARAM    = 1 << 1,
    SYM_USED     = 1 << 2,
    SYM_GLOBAL   = 1 << 3,
    SYM_NONLOCAL = 1 << 4,
    SYM_CHILDFREE = 1 << 5,     /* an inner scope uses it as free */
    SYM_COMPWALRUS = 1 << 6,    /* bound by := inside a comprehension */
    SYM_COMPITER = 1 << 7,      /* a comprehension's iteration variable */
    SYM_ANNOT    = 1 << 8,      /* target of an annotated assignment */
    SYM_OWNNAME  = 1 << 9,      /* name is a malloc'd copy, freed with the scope */
};

typedef struct Symbol {
    const char *name;
    int flags;
    ResolvedKind kind;
    int slot;                   /* LOCAL/CELL/FREE: slot index, else -1 */
    int order;                  /* first appearance */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    const char *name;           /* "f", "<lambda>", "<listcomp>", "C", "<module>" */
    char *qualname;
    Scope *parent;
    Symbol *syms;
    int nsyms, capsyms;
    int *hash;                  /* open-addressed index into syms, -1 empty */
    int hashcap;
    Scope **children;
    int nchildren, capchildren;
    int nlocals, nslots;        /* after analysis (function-like scopes) */
    int nparams;
    int lineno;
    int generator;              /* contains yield (or is a generator expression) */
};

typedef struct Resolved {
    Scope *top;
} Resolved;

/* Resolve a module.  Returns NULL with *err filled on a SyntaxError (or out
 * of memory).  Scopes are stored in the `ann` slot of FunctionDef, Lambda,
 * comprehension and ClassDef nodes. */
Resolved *resolve_module(Module *m, SyntaxErr *err);
void resolve_free(Resolved *r);
/* While on, module-level names resolve to RS_NAME (locals mapping, then
 * globals, then builtins) instead of RS_GLOBAL: code for exec()/eval(). */
void resolve_set_exec_mode(int on);
/* BORROWED symbol for name in s, or NULL. */
Symbol *resolve_lookup(Scope *s, const char *name);

#endif
