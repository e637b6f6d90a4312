/* node.h — the executable tree shared by the compiler (src/compile) and the
 * walker (src/eval).  Each node carries the C function that evaluates it,
 * chosen by the compiler for the node's shape ("closure compilation"), and
 * may rewrite that pointer itself when it observes the operand types.
 * Expressions return a NEW reference or NULL; statements return an ST_*
 * status and leave a return value in frame->retval. */
#ifndef GARTER_NODE_H
#define GARTER_NODE_H

#include "eval/eval.h"
#include "objects/bool.h"
#include "objects/none.h"

typedef struct ENode ENode;
typedef struct Handler Handler;

/* Source span, CPython's conventions (1-based lines, 0-based byte columns).
 * Every node starts with one so a frame can point at the failing node. */
typedef struct NodePos { int line, col, end_line, end_col; int kind, a1, a2; } NodePos;
/* NodePos.kind: how the traceback caret line is drawn; a1/a2 are the byte
 * columns of the anchors (BinOp: end of the left operand, start of the right
 * one; Subscript: end of the value, end of the index). */
enum { POS_PLAIN, POS_BINOP, POS_SUBSCRIPT };

typedef Object *(*EvalFn)(ENode *, Frame *);
/* Stores v (BORROWED) into a target; v == NULL deletes.  0/-1. */
typedef int (*StoreFn)(ENode *, Frame *, Object *v);
typedef int (*ExecFn)(SNode *, Frame *);

/* ST_YIELD: a resumable generator body (CO_FLAT) is suspending; the value
 * travels in the generator (eval/gen_flat.c). */
enum { ST_OK = 0, ST_ERROR, ST_RETURN, ST_BREAK, ST_CONTINUE, ST_YIELD };

struct ENode {
    NodePos pos;
    EvalFn ev;
    StoreFn st;
    ENode *a, *b, *c;           /* operands */
    ENode **v;                  /* operand vector */
    int n;                      /* its length */
    int op;                     /* operator, flags */
    int idx;                    /* slot index, starred position, ... */
    int aux;                    /* operator-specific extra (anchor offsets) */
    Object *k;                  /* constant or interned name (owned by the unit) */
    void *p;                    /* CodeObject for defs, kwnames, sub-nodes */
    /* inline caches */
    Object *c_dict;
    uint64_t c_ver, c_ver2;
    Object *c_val;              /* BORROWED, valid while versions match */
    int32_t c_ix;               /* instance-dict entry hint (dict_getitem_str_hint) */
    int32_t c_ix2;              /* a second hint (ev_global: in builtins) */
    uint64_t c_stamp;           /* ev_global: globals' key stamp when n->k was absent */
};

struct Handler {
    NodePos pos;
    ENode *type;                /* NULL: bare except */
    ENode *name;                /* store target or NULL */
    Block body;
};

struct SNode {
    NodePos pos;
    ExecFn ex;
    ENode *e1, *e2, *e3;
    ENode **tv;                 /* several targets / expressions */
    int ntv;
    int op, idx;
    Block body, orelse, final;
    Handler *handlers;
    int nh;
    Object *k;
};

/* A compilation unit: the memory of every node of one module or -c string,
 * and the constants they point to.  Freed when the last code object
 * referring to it dies. */
struct Unit {
    int refcnt;
    struct UnitChunk *chunks;
    Object **consts;
    int nconsts, capconsts;
};

Unit *unit_new(void);
void unit_incref(Unit *u);
void unit_decref(Unit *u);
/* Zeroed memory owned by the unit (NULL when out of memory). */
void *unit_alloc(Unit *u, size_t n);
/* Keep o alive as long as the unit; STEALS o; returns it (NULL passes). */
Object *unit_const(Unit *u, Object *o);

/* ---- evaluator entry points used by compiled nodes ---- */
/* Runs a block; the ST_* status of the statement that stopped it. */
int eval_block(Block *b, Frame *f);
/* Records that the node at pos raised (for the traceback caret). */
static inline void eval_errat(Frame *f, const void *pos) { f->errpos = pos; }

/* Expression evaluators (eval/eval_expr.c, eval_call.c). */
#define EV(name) Object *name(ENode *, Frame *)
EV(ev_const); EV(ev_local); EV(ev_deref); EV(ev_global); EV(ev_name);
EV(ev_classderef);
EV(ev_binop); EV(ev_binop_add); EV(ev_binop_sub); EV(ev_binop_int_const);
EV(ev_unary); EV(ev_not); EV(ev_and); EV(ev_or); EV(ev_ifexp);
EV(ev_compare); EV(ev_compare_chain); EV(ev_namedexpr);
EV(ev_attr); EV(ev_subscript); EV(ev_slice);
EV(ev_tuple); EV(ev_list); EV(ev_set); EV(ev_dict); EV(ev_starred_error);
EV(ev_call); EV(ev_call_ex); EV(ev_method_call);
EV(ev_lambda); EV(ev_comp); EV(ev_joinedstr); EV(ev_formatted);
EV(ev_unsupported);
EV(ev_yield); EV(ev_yield_from); EV(ev_genexp);      /* eval/gen.c */
#undef EV

/* NEW: the value of e.  Locals and constants, the commonest operands, are
 * read inline: an indirect call per leaf costs more than the read itself. */
static inline Object *eval_expr(ENode *e, Frame *f)
{
    if (e->ev == ev_local) {
        Object *v = f->slots[e->idx];
        if (__builtin_expect(v != NULL, 1)) { v->refcnt++; return v; }
    } else if (e->ev == ev_const) {
        e->k->refcnt++;
        return e->k;
    }
    return e->ev(e, f);
}

/* Truth of e's value: 1/0, -1 with an exception set. */
static inline int eval_test(ENode *e, Frame *f)
{
    Object *v = eval_expr(e, f);
    if (!v) return -1;
    int t;
    if (v == GTrue) t = 1;
    else if (v == GFalse || v == NONE) t = 0;
    else t = obj_is_true(v);
    DECREF(v);
    return t;
}

/* Store targets. */
int st_local(ENode *, Frame *, Object *);
int st_deref(ENode *, Frame *, Object *);
int st_global(ENode *, Frame *, Object *);
int st_name(ENode *, Frame *, Object *);
int st_attr(ENode *, Frame *, Object *);
int st_subscript(ENode *, Frame *, Object *);
int st_unpack(ENode *, Frame *, Object *);

/* Statement executors (eval/eval_stmt.c). */
#define EX(name) int name(SNode *, Frame *)
EX(ex_expr); EX(ex_assign); EX(ex_assign1); EX(ex_augassign); EX(ex_del);
EX(ex_pass); EX(ex_break); EX(ex_continue); EX(ex_return);
EX(ex_if); EX(ex_while); EX(ex_for); EX(ex_for_range);
EX(ex_raise); EX(ex_try); EX(ex_assert); EX(ex_with);
EX(ex_funcdef); EX(ex_classdef); EX(ex_unsupported); EX(ex_comp_append);
EX(ex_import); EX(ex_importfrom);                      /* eval/eval_import.c */
/* Resumable forms for generator bodies whose yields are all statements
 * (`yield v`, `x = yield v`, `yield from x`, `x = yield from x`) nested
 * only in if/while/for (eval/gen_flat.c). */
EX(ex_yield_g); EX(ex_yield_from_g); EX(ex_if_g); EX(ex_while_g); EX(ex_for_g); EX(ex_for_range_g);
EX(ex_try_g); EX(ex_with_g);
#undef EX
int eval_block_g(Block *b, Frame *f);

/* Stores v into target t and STEALS v: a local slot takes the reference
 * itself, without an indirect call.  0/-1. */
static inline int eval_store(ENode *t, Frame *f, Object *v)
{
    if (t->st == st_local) {
        Object *old = f->slots[t->idx];
        f->slots[t->idx] = v;
        XDECREF(old);
        return 0;
    }
    int r = t->st(t, f, v);
    DECREF(v);
    return r;
}

/* try statement s, whose body raised (the exception is set): the index of
 * the handler that takes it, with the exception fetched into *exc (NEW);
 * -1 with an exception set when none does or matching failed. */
int eval_try_match(SNode *s, Frame *f, Object **exc);
/* Makes exc (STOLEN) the handled exception and binds handler h's name;
 * *saved receives the exception handled before (NEW, may be NULL).  0/-1. */
int eval_handler_enter(Handler *h, Frame *f, Object *exc, Object **saved);
/* Ends handler h whose body finished with status st: unbinds the name and
 * restores saved (STOLEN).  Returns st. */
int eval_handler_leave(Handler *h, Frame *f, Object *saved, int st);
/* What a finally block keeps while it runs: the try's status, its pending
 * exception and return value (NEW or NULL), and the exception handled
 * before (NEW when exc is set). */
typedef struct TryFinal { Object *exc, *ret, *saved; int st; } TryFinal;
void eval_final_enter(Frame *f, int st, TryFinal *t);
/* After the finally block ended with fst: the status of the whole try. */
int eval_final_leave(Frame *f, TryFinal *t, int fst);
/* with statement s: evaluates the manager, calls __enter__ and binds the
 * target; NEW bound __exit__, or NULL.  Then calls it for the body's
 * status st (exit STOLEN) and returns the statement's status. */
Object *eval_with_enter(SNode *s, Frame *f);
int eval_with_exit(SNode *s, Frame *f, Object *exit, int st);

/* The iterator a for statement s loops over (NEW), or NULL with the error
 * set and located. */
Object *eval_for_setup(SNode *s, Frame *f);
/* The start of `for ... in range(...)`: 1 with bounds[] = start, stop, step
 * when it counts in a machine word, 0 with *it (NEW) when it iterates an
 * object instead, -1 on error. */
int eval_range_setup(SNode *s, Frame *f, int64_t bounds[3], Object **it);

/* Compare ops for ENode.op of ev_compare: CMP_* of object.h, or these. */
enum { CMPX_IS = 6, CMPX_ISNOT, CMPX_IN, CMPX_NOTIN };
/* Unary ops for ev_unary. */
enum { UNX_NEG, UNX_POS, UNX_INVERT };

/* What a def/lambda node (ev_lambda, ex_funcdef) needs at run time. */
typedef struct FuncInfo {
    CodeObject *code;           /* owned by the unit */
    Object *qualname;
    int ndefaults;              /* ENode.v[0..ndefaults) */
    int nkwdefaults;
    Object **kwdnames;          /* interned names of keyword-only defaults */
    ENode **kwdefaults;
    int nclosure;
    int *closure_slots;         /* defining frame's slots holding the cells */
    ENode **decorators;
    int ndecorators;
    ENode *target;              /* where a def stores the function */
    int classbody;              /* class statement: 1 */
    ENode **bases; int nbases;
    Object *name;
} FuncInfo;

/* What an import statement needs at run time (ex_import, ex_importfrom),
 * hung on SNode.e1->p.  Import: names[i] is the dotted module name and
 * asname[i] says whether `as` was given (bind the module itself rather than
 * the top-level package).  ImportFrom: module is the dotted name after the
 * dots (NULL for `from . import x`), names[i] the imported attribute, and
 * n == 0 with star set means `from m import *`. */
typedef struct ImportInfo {
    Object *module;
    int level;
    int star;
    int n;
    Object **names;             /* interned, owned by the unit */
    ENode **targets;
    char *asname;
} ImportInfo;

/* o.name (NEW) and o.name = v (0/-1) for the attribute named n->k, through
 * n's caches: the class attribute keyed on the type's version, the entry
 * of the instance dict by hint (eval/eval_expr.c). */
Object *eval_getattr(ENode *n, Object *o);
int eval_setattr(ENode *n, Object *o, Object *v);

/* Helpers shared by the evaluator files. */
Object *eval_compare_op(Object *a, Object *b, int op);   /* NEW */
int eval_exc_matches(Object *exc, Object *type);          /* 1/0/-1 */
/* Adds this frame's traceback entry to the current exception if it has not
 * got one yet, and chains it to the exception being handled. */
void eval_note_error(Frame *f, const NodePos *stmtpos);
/* Calls a function object (any callable) with a vector; NEW. */
Object *eval_call(Object *callable, Object *const *args, size_t nargs, Object *kwnames);

/* Frames (eval/frame.c): push zeroes the slots; pop releases them. */
Frame *frame_push(CodeObject *co);
void frame_pop(Frame *f);
int eval_frame_init(void);
/* Runs code in a fresh frame already filled by the caller; NEW result. */
Object *eval_frame_run(Frame *f);
/* Unit reference helpers for objects that keep code alive. */

/* Binds a vector call's arguments into f's parameter slots with CPython's
 * errors (eval/func.c).  0/-1. */
int eval_bind_args(FuncObject *fn, Frame *f, Object *const *args, size_t nargs,
                   Object *kwnames);
/* Makes cells of captured locals, copies the closure, sets func/globals/
 * builtins (all BORROWED from fn).  0/-1. */
int eval_frame_setup(FuncObject *fn, Frame *f);
/* The C-stack guard of eval_frame_run: the stack in use starts at
 * eval_stack_base and may grow eval_stack_limit bytes down from it.
 * Generators point these at their own stack while they run. */
extern char *eval_stack_base;
extern size_t eval_stack_limit;

/* The frame/argument arena in use (eval/frame.c).  Generators run with an
 * arena of their own, since a suspended one may still hold argument vectors
 * it pushed; they swap this while they run. */
typedef struct EvalArena { char *base, *top, *end; } EvalArena;
extern EvalArena eval_arena;

/* Argument stack (eval/frame.c): room for n Object pointers, released by
 * eval_stack_pop with the same n. */
Object **eval_stack_push(size_t n);
void eval_stack_pop(Object **p);

#endif
