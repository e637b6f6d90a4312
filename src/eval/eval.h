/* eval.h — the evaluator's public face: code objects (compiled function
 * bodies), function objects, cells, frames and the entry points that run
 * code.  The executable node tree itself is private to src/compile and
 * src/eval (eval/node.h). */
#ifndef GARTER_EVAL_H
#define GARTER_EVAL_H

#include "objects/object.h"

typedef struct Unit Unit;
typedef struct SNode SNode;

/* A statement sequence of the executable tree. */
typedef struct Block { int n; SNode **s; } Block;

enum {
    CO_VARARGS = 1 << 0,        /* has *args */
    CO_VARKEYWORDS = 1 << 1,    /* has **kwargs */
    CO_CLASSBODY = 1 << 2,      /* runs with a namespace dict (f->locals) */
    CO_MODULE = 1 << 3,
    CO_GENERATOR = 1 << 4,      /* contains yield: calling it makes a generator */
    CO_FLAT = 1 << 5,           /* generator whose body resumes without a C stack */
};

/* A compiled body: a function, lambda, comprehension, class body or module.
 * Slots: parameters first (positional, keyword-only, *args, **kwargs), then
 * the other locals (cell variables among them hold a cell), then the free
 * variables copied from the function's closure. */
typedef struct CodeObject {
    Object ob;
    Object *name;               /* "f", "<module>", "<lambda>", "<listcomp>" */
    Object *qualname;
    Object *filename;
    Unit *unit;                 /* owns the node tree; shared by nested code */
    Block body;
    int flags;                  /* CO_* */
    int argcount;               /* positional parameters incl. positional-only */
    int posonlyargcount;
    int kwonlyargcount;
    int nlocals;                /* slots that are locals (params included) */
    int nslots;                 /* nlocals + free variables */
    int ncells;
    int *cellslots;             /* slot indices of cell variables */
    Object **slotnames;         /* interned names, one per slot */
    int firstlineno;
    Object *doc;                /* docstring or NULL */
} CodeObject;

extern TypeObject Code_Type;
extern TypeObject Function_Type;
extern TypeObject Cell_Type;

typedef struct FuncObject {
    Object ob;
    CodeObject *code;
    Object *globals, *builtins;
    Object *name, *qualname, *doc, *module;
    Object *defaults;           /* tuple or NULL */
    Object *kwdefaults;         /* dict or NULL */
    Object *closure;            /* tuple of cells or NULL */
    Object *dict;               /* __dict__ or NULL */
} FuncObject;

typedef struct CellObject {
    Object ob;
    Object *ref;                /* NULL: empty */
} CellObject;

#define FUNC_CHECK(o) IS_TYPE(o, &Function_Type)
#define CELL_CHECK(o) IS_TYPE(o, &Cell_Type)

/* An activation record.  Lives in the per-thread stack arena, or on the heap
 * (heap != 0) when the arena is full; nothing may assume either. */
typedef struct Frame {
    struct Frame *back;
    CodeObject *code;           /* BORROWED (the function holds it) */
    FuncObject *func;           /* BORROWED, NULL for module/class bodies */
    Object *globals, *builtins; /* BORROWED */
    Object *locals;             /* BORROWED namespace dict of a class body */
    const void *errpos;         /* NodePos of the operation that failed */
    Object *tb_exc;             /* exception already given this frame's tb entry */
    Object *retval;             /* NEW while a return is travelling */
    int lineno;                 /* line of the executing statement */
    int heap;
    Object *slots[];
} Frame;

/* NEW: a cell holding v (BORROWED, may be NULL). */
Object *cell_new(Object *v);
/* NEW: a function for code with the given globals (both BORROWED). */
Object *func_new(CodeObject *code, Object *globals, Object *qualname);

/* Runs a module or -c code object with globals (a dict; __builtins__ is
 * looked up there or the builtins dict used).  NEW result (None) or NULL. */
Object *eval_module_code(CodeObject *code, Object *globals);
/* Runs a class body: namespace is the class dict being built; closure is a
 * tuple of cells or NULL.  0/-1. */
int eval_class_body(CodeObject *code, Object *globals, Object *ns, Object *closure);
/* Vector call of a Python function (the Function_Type call slot). NEW. */
Object *eval_call_function(Object *func, Object *const *args, size_t nargs,
                           Object *kwnames);
/* The same, taking over args' references once bound (each set to NULL);
 * on failure they stay with the caller.  NEW. */
Object *eval_call_function_move(Object *func, Object **args, size_t nargs,
                                Object *kwnames);
/* BORROWED: the innermost executing frame or NULL. */
Frame *eval_current_frame(void);

int eval_init(void);
void eval_fini(void);

#endif
