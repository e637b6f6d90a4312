/* gen.c — generators: the generator type (send, throw, close, iteration,
 * finalization on collection), the yield / yield from evaluators and
 * generator expressions.
 *
 * A generator owns a heap frame.  A body whose yields are all plain
 * statements inside if/while/for (CO_FLAT) runs on the resumer's stack and
 * returns from every yield (eval/gen_flat.c).  Any other body gets a C
 * stack of its own at the first resume (eval/coro.c) and starts there; `yield` switches back to the
 * resumer, which may be the main stack or another generator.  The resumer
 * side (gen_resume) swaps everything the walker keeps per stack: the thread
 * state's frame chain and handled exception, the C-stack guard, the frame
 * arena and the running-generator chain.  Throwing into a generator leaves
 * the exception set in the thread state and resumes it with no value, so
 * the yield it is suspended at raises. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval/coro.h"
#include "eval/gen.h"
#include "eval/gen_obj.h"
#include "eval/node.h"
#include "mem/gc.h"
#include "objects/bool.h"
#include "objects/exceptions.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/threadstate.h"
#include "runtime/traceback.h"

/* C stack the walker must keep free below the guard's limit: room for the
 * C code that runs between two Python calls. */
#define GEN_STACK_RESERVE ((size_t)96 << 10)


/* The innermost running generator of the thread holding the GIL; the GIL
 * saves and restores it per thread (runtime/threadstate.c). */
GenObject *gen_running;

Object *gen_topmost_handled(void)
{
    Object *h = ts_current->handled;
    for (GenObject *g = gen_running; !h && g; g = g->prev) h = g->c_handled;
    return h;
}

/* ---- creation ------------------------------------------------------------- */

static Frame *heap_frame(CodeObject *co)
{
    Frame *f = calloc(1, sizeof(Frame) + sizeof(Object *) * (size_t)co->nslots);
    if (!f) { err_no_memory(); return NULL; }
    f->code = co;
    f->heap = 1;
    return f;
}

/* NEW generator owning frame f (STOLEN) of code co. */
static Object *gen_alloc(CodeObject *co, Frame *f, Object *name, Object *qualname)
{
    GenObject *g = (GenObject *)obj_alloc(&Gen_Type);
    if (!g) { frame_pop(f); return NULL; }
    g->frame = f;
    g->code = (CodeObject *)NEWREF((Object *)co);
    g->unit = co->unit;
    unit_incref(g->unit);
    g->name = NEWREF(name);
    g->qualname = NEWREF(qualname);
    g->lineno = co->firstlineno;
    g->state = GEN_CREATED;
    g->flat = (co->flags & CO_FLAT) != 0;
    gc_track((Object *)g);
    return (Object *)g;
}

Object *gen_from_call(FuncObject *fn, Object *const *args, size_t nargs, Object *kwnames)
{
    CodeObject *co = fn->code;
    Frame *f = heap_frame(co);
    if (!f) return NULL;
    if (!kwnames && nargs == (size_t)co->argcount && co->kwonlyargcount == 0
        && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        for (size_t i = 0; i < nargs; i++) f->slots[i] = NEWREF(args[i]);
    } else if (eval_bind_args(fn, f, args, nargs, kwnames) < 0) {
        frame_pop(f);
        return NULL;
    }
    if (eval_frame_setup(fn, f) < 0) { frame_pop(f); return NULL; }
    GenObject *g = (GenObject *)gen_alloc(co, f, fn->name, fn->qualname);
    if (!g) return NULL;
    g->func = NEWREF((Object *)fn);
    return (Object *)g;
}

/* (x for x in it): the first iterable is evaluated and iterated here, in
 * the enclosing scope, so `(x for x in 5)` fails at once; the rest runs in
 * the generator.  n->a: first iterable; n->p: FuncInfo of the body. */
Object *ev_genexp(ENode *n, Frame *f)
{
    FuncInfo *fi = n->p;
    CodeObject *co = fi->code;
    Object *src = n->a->ev(n->a, f);
    if (!src) return NULL;
    Object *it = obj_iter(src);
    DECREF(src);
    if (!it) { eval_errat(f, &n->pos); return NULL; }
    Frame *gf = heap_frame(co);
    if (!gf) { DECREF(it); return NULL; }
    gf->slots[0] = it;
    for (int i = 0; i < co->ncells; i++) {
        int k = co->cellslots[i];
        Object *c = cell_new(gf->slots[k]);
        if (!c) { frame_pop(gf); return NULL; }
        SETREF(gf->slots[k], c);
    }
    for (int i = 0; i < fi->nclosure; i++) {
        Object *c = fi->closure_slots[i] >= 0 ? f->slots[fi->closure_slots[i]] : NULL;
        gf->slots[co->nlocals + i] = NEWREF(c ? c : NONE);
    }
    GenObject *g = (GenObject *)gen_alloc(co, gf, co->name, co->qualname);
    if (!g) return NULL;
    g->globals = NEWREF(f->globals);
    g->builtins = NEWREF(f->builtins);
    gf->globals = f->globals;
    gf->builtins = f->builtins;
    return (Object *)g;
}

/* Drops the frame and the stack of a generator that will not run again. */
static void gen_release(GenObject *g)
{
    Frame *f = g->frame;
    if (f) {
        g->frame = NULL;
        frame_pop(f);
    }
    if (g->stack) {
        coro_stack_put(g->stack);
        g->stack = NULL;
    }
    gen_flat_clear(g);
    g->handled = NULL;
    g->state = GEN_DONE;
}

/* ---- running ------------------------------------------------------------- */

/* The body, on the generator's own stack.  Never returns: the last switch
 * leaves the result in transfer and the stack for good. */
static void gen_entry(void *arg)
{
    GenObject *g = arg;
    coro_asan_finish(NULL, &g->asan_caller_bottom, &g->asan_caller_size);
    Frame *f = g->frame;
    int st;
    if (!g->transfer) {
        /* thrown into before it started: raised at the def line */
        NodePos pos = { g->code->firstlineno, -1, g->code->firstlineno, -1, POS_PLAIN, 0, 0 };
        eval_note_error(f, &pos);
        st = ST_ERROR;
    } else {
        CLEAR(g->transfer);
        st = eval_block(&f->code->body, f);
    }
    Object *r = NULL;
    if (st == ST_RETURN) {
        r = f->retval;
        f->retval = NULL;
    } else if (st != ST_ERROR) {
        r = NEWREF(NONE);
    }
    g->transfer = r;
    g->body_error = st == ST_ERROR;
    g->body_done = 1;
    coro_asan_start(NULL, g->asan_caller_bottom, g->asan_caller_size);
    coro_switch(&g->ctx, &g->caller);
    abort();
}

/* In the body: hands v (STOLEN) to the resumer and waits.  NEW: the value
 * sent in, or NULL with the thrown exception set. */
static inline __attribute__((always_inline)) Object *gen_suspend(GenObject *g, Object *v)
{
    g->transfer = v;
    coro_asan_start(&g->asan_fake, g->asan_caller_bottom, g->asan_caller_size);
    coro_switch(&g->ctx, &g->caller);
    coro_asan_finish(g->asan_fake, &g->asan_caller_bottom, &g->asan_caller_size);
    Object *r = g->transfer;
    g->transfer = NULL;
    return r;
}

/* PEP 479: StopIteration leaving a generator body becomes RuntimeError. */
static void stopiteration_to_runtimeerror(void)
{
    if (!err_matches_type(&Exc_StopIteration)) return;
    Object *si = err_fetch();
    Object *re = exc_new_cstr(&Exc_RuntimeError, "generator raised StopIteration");
    if (!re) { DECREF(si); return; }
    exc_set_cause(re, NEWREF(si));
    exc_set_context(re, si);
    err_restore(re);
}

/* The body's outcome once it has finished: 0 with *out the return value
 * (NEW) or -1 with the exception set, as gen_send. */
static int gen_finished(GenObject *g, Object *v, Object **out)
{
    gen_release(g);
    if (g->body_error) {
        stopiteration_to_runtimeerror();
        return -1;
    }
    *out = v;
    return 0;
}

/* gen_resume for a resumable body (CO_FLAT): the body runs right here, on
 * the resumer's stack, with the resumer's frame arena and stack guard. */
static int gen_resume_flat(GenObject *g, Object *arg, Object **out)
{
    ThreadState *ts = ts_current;
    Frame *f = g->frame;
    g->transfer = arg;
    g->c_frame = ts->frame;
    f->back = ts->frame;
    ts->frame = f;
    g->c_handled = ts->handled;
    ts->handled = g->handled;
    g->prev = gen_running;
    gen_running = g;
    int st;
    if (g->state == GEN_CREATED) {
        g->state = GEN_RUNNING;
        if (!arg) {
            /* thrown into before it started: raised at the def line */
            NodePos pos = { g->code->firstlineno, -1, g->code->firstlineno, -1, POS_PLAIN, 0, 0 };
            eval_note_error(f, &pos);
            st = ST_ERROR;
        } else {
            CLEAR(g->transfer);
            st = eval_block_g(&f->code->body, f);
        }
    } else {
        g->state = GEN_RUNNING;
        g->resuming = 1;
        st = eval_block_g(&f->code->body, f);
    }
    gen_running = g->prev;
    g->prev = NULL;
    g->handled = ts->handled;
    ts->handled = g->c_handled;
    g->c_handled = NULL;
    ts->frame = g->c_frame;
    f->back = NULL;
    ts->recursion_depth--;
    if (st == ST_YIELD) {
        g->state = GEN_SUSPENDED;
        *out = g->transfer;
        g->transfer = NULL;
        return 1;
    }
    Object *r = NULL;
    if (st == ST_RETURN) {
        r = f->retval;
        f->retval = NULL;
    } else if (st != ST_ERROR) {
        r = NEWREF(NONE);
    }
    CLEAR(g->transfer);
    g->body_error = st == ST_ERROR;
    g->body_done = 1;
    return gen_finished(g, r, out);
}

/* Resumer side: runs g until it yields or finishes.  arg is STOLEN (NULL:
 * throw the exception that is set).  1 yielded / 0 returned (*out NEW) /
 * -1 error, as gen_send. */
static inline __attribute__((always_inline))
int gen_resume(GenObject *g, Object *arg, Object **out)
{
    ThreadState *ts = ts_current;
    if (++ts->recursion_depth > ts->recursion_limit) {
        ts->recursion_depth--;
        XDECREF(arg);
        err_set_string(&Exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    if (g->flat) return gen_resume_flat(g, arg, out);
    if (!g->stack) {
        if (!(g->stack = coro_stack_get())) {
            ts->recursion_depth--;
            XDECREF(arg);
            err_no_memory();
            return -1;
        }
        g->arena.base = g->arena.top = g->stack->arena;
        g->arena.end = g->stack->arena_end;
        coro_ctx_init(&g->ctx, g->stack, gen_entry, g);
    }
    Frame *f = g->frame;
    g->transfer = arg;
    g->c_frame = ts->frame;
    f->back = ts->frame;
    ts->frame = f;
    g->c_handled = ts->handled;
    ts->handled = g->handled;
    g->c_stack_base = eval_stack_base;
    g->c_stack_limit = eval_stack_limit;
    eval_stack_base = g->stack->hi;
    eval_stack_limit = (size_t)(g->stack->hi - g->stack->lo) - GEN_STACK_RESERVE;
    EvalArena a = eval_arena;
    eval_arena = g->arena;
    g->arena = a;
    g->prev = gen_running;
    gen_running = g;
    g->state = GEN_RUNNING;

    coro_asan_start(&g->asan_caller_fake, g->stack->lo, (size_t)(g->stack->hi - g->stack->lo));
    coro_switch(&g->caller, &g->ctx);
    coro_asan_finish(g->asan_caller_fake, NULL, NULL);

    gen_running = g->prev;
    g->prev = NULL;
    a = eval_arena;
    eval_arena = g->arena;
    g->arena = a;
    eval_stack_base = g->c_stack_base;
    eval_stack_limit = g->c_stack_limit;
    g->handled = ts->handled;
    ts->handled = g->c_handled;
    g->c_handled = NULL;
    ts->frame = g->c_frame;
    f->back = NULL;
    ts->recursion_depth--;
    Object *v = g->transfer;
    g->transfer = NULL;
    if (!g->body_done) {
        g->state = GEN_SUSPENDED;
        *out = v;
        return 1;
    }
    return gen_finished(g, v, out);
}

int gen_send(Object *o, Object *value, Object **out)
{
    GenObject *g = (GenObject *)o;
    switch (g->state) {
    case GEN_RUNNING:
        err_set_string(&Exc_ValueError, "generator already executing");
        return -1;
    case GEN_DONE:
        *out = NEWREF(NONE);
        return 0;
    case GEN_CREATED:
        if (!IS_NONE(value)) {
            err_set_string(&Exc_TypeError, "can't send non-None value to a just-started generator");
            return -1;
        }
        break;
    }
    INCREF(o);
    int rc = gen_resume(g, NEWREF(value), out);
    DECREF(o);
    return rc;
}

/* Throws the exception that is set into g.  1/0/-1 as gen_send. */
static int gen_throw_pending(GenObject *g, Object **out)
{
    if (g->state == GEN_RUNNING) {
        err_clear();
        err_set_string(&Exc_ValueError, "generator already executing");
        return -1;
    }
    if (g->state == GEN_DONE) return -1;
    INCREF_(g);
    int rc = gen_resume(g, NULL, out);
    DECREF_(g);
    return rc;
}

/* Sets StopIteration for a return value v (BORROWED): StopIteration() for
 * None, StopIteration(v) otherwise (so a tuple stays one value). */
static void set_stop_iteration(Object *v)
{
    Object *args = IS_NONE(v) ? NULL : tuple_pack(1, v);
    if (!IS_NONE(v) && !args) return;
    Object *e = exc_new(&Exc_StopIteration, args);
    XDECREF(args);
    if (e) err_restore(e);
}

static Object *gen_iternext(Object *o)
{
    Object *out;
    int rc;
    GenObject *g = (GenObject *)o;
    if (g->state == GEN_SUSPENDED || g->state == GEN_CREATED) {
        INCREF(o);
        rc = gen_resume(g, NEWREF(NONE), &out);
        DECREF(o);
    } else {
        rc = gen_send(o, NONE, &out);
    }
    if (rc == 1) return out;
    if (rc == 0) {
        if (!IS_NONE(out)) set_stop_iteration(out);
        DECREF(out);
    }
    return NULL;
}

static Object *gen_iter(Object *o) { return NEWREF(o); }

Object *gen_close(Object *o)
{
    GenObject *g = (GenObject *)o;
    switch (g->state) {
    case GEN_RUNNING:
        return err_set_string(&Exc_ValueError, "generator already executing");
    case GEN_CREATED:
        gen_release(g);
        RETURN_NONE;
    case GEN_DONE:
        RETURN_NONE;
    }
    Object *ge = exc_new(&Exc_GeneratorExit, NULL);
    if (!ge) return NULL;
    err_restore(ge);
    Object *out;
    int rc = gen_throw_pending(g, &out);
    if (rc == 1) {
        DECREF(out);
        return err_set_string(&Exc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (rc == 0) {
        DECREF(out);
        RETURN_NONE;
    }
    if (err_matches_type(&Exc_GeneratorExit) || err_matches_type(&Exc_StopIteration)) {
        err_clear();
        RETURN_NONE;
    }
    return NULL;
}

/* ---- yield and yield from --------------------------------------------------- */

Object *ev_yield(ENode *n, Frame *f)
{
    Object *v = n->a ? n->a->ev(n->a, f) : NEWREF(NONE);
    if (!v) return NULL;
    GenObject *g = gen_running;
    g->lineno = n->pos.line;
    Object *r = gen_suspend(g, v);
    if (!r) {
        f->tb_exc = NULL;
        eval_errat(f, &n->pos);
    }
    return r;
}

/* The delegate's return value after it stopped: 0 with *y NEW, or -1 if
 * the error set is not StopIteration. */
static int stop_value(Object **y)
{
    if (!err_occurred()) {
        *y = NEWREF(NONE);
        return 0;
    }
    if (!err_matches_type(&Exc_StopIteration)) return -1;
    Object *e = err_fetch();
    *y = exc_stopiteration_value(e);
    DECREF(e);
    return 0;
}

/* next(it) when v is None, it.send(v) otherwise.  1 yielded / 0 returned
 * (*y NEW) / -1. */
int gen_delegate_send(Object *it, Object *v, Object **y)
{
    if (GEN_CHECK(it)) return gen_send(it, v, y);
    Object *r;
    if (IS_NONE(v) && !(TYPE(it)->tpflags & TPF_HEAPTYPE)) {
        r = TYPE(it)->iternext(it);
    } else if (IS_NONE(v)) {
        /* a class's __next__ directly: the iternext slot would swallow the
         * StopIteration that carries the return value */
        Object *m = obj_getattr_cstr(it, "__next__");
        r = m ? eval_call(m, NULL, 0, NULL) : NULL;
        XDECREF(m);
    } else {
        Object *m = obj_getattr_cstr(it, "send");
        r = m ? eval_call(m, &v, 1, NULL) : NULL;
        XDECREF(m);
    }
    if (r) { *y = r; return 1; }
    return stop_value(y);
}

/* The arguments of the generator.throw() call being handled by this thread
 * (BORROWED from its caller), passed on as they are to a delegate's own
 * throw method. */
static _Thread_local Object *const *throw_args;
static _Thread_local size_t throw_nargs;

/* Passes the exception that is set on to the delegate as PEP 380 says:
 * GeneratorExit closes it and is re-raised; anything else goes to its
 * throw() if it has one.  1/0/-1 as delegate_send. */
int gen_delegate_throw(Object *it, Object **y)
{
    if (err_matches_type(&Exc_GeneratorExit)) {
        Object *exc = err_fetch();
        Object *r;
        if (GEN_CHECK(it)) {
            r = gen_close(it);
        } else {
            Object *m = obj_getattr_cstr(it, "close");
            if (m) {
                r = eval_call(m, NULL, 0, NULL);
                DECREF(m);
            } else if (err_matches_type(&Exc_AttributeError)) {
                err_clear();
                r = NEWREF(NONE);
            } else {
                r = NULL;
            }
        }
        if (!r) { DECREF(exc); return -1; }
        DECREF(r);
        err_restore(exc);
        return -1;
    }
    if (GEN_CHECK(it)) return gen_throw_pending((GenObject *)it, y);
    Object *exc = err_fetch();
    Object *m = obj_getattr_cstr(it, "throw");
    if (!m) {
        if (err_matches_type(&Exc_AttributeError)) {
            err_clear();
            err_restore(exc);
        } else {
            DECREF(exc);
        }
        return -1;
    }
    Object *r;
    if (throw_nargs) {
        /* CPython hands a delegate's throw() the arguments throw() got */
        r = eval_call(m, throw_args, throw_nargs, NULL);
    } else {
        Object *tb = exc_get_traceback(exc);
        Object *a[3] = { (Object *)TYPE(exc), exc, tb ? tb : NONE };
        r = eval_call(m, a, 3, NULL);
    }
    DECREF(m);
    DECREF(exc);
    if (r) { *y = r; return 1; }
    return stop_value(y);
}

/* yield from x: PEP 380's expansion, run inside the delegating body so
 * that send/throw/close reach the delegate through the same suspension. */
Object *gen_delegate_of(ENode *n, Frame *f)
{
    Object *it = n->a->ev(n->a, f);
    if (!it) return NULL;
    if (!GEN_CHECK(it)) {
        Object *i2 = obj_iter(it);
        DECREF(it);
        if (!i2) { eval_errat(f, &n->pos); return NULL; }
        it = i2;
    }
    return it;
}

Object *ev_yield_from(ENode *n, Frame *f)
{
    GenObject *g = gen_running;
    Object *it = gen_delegate_of(n, f);
    if (!it) return NULL;
    Object *y;
    int rc = gen_delegate_send(it, NONE, &y);
    while (rc == 1) {
        g->yieldfrom = it;
        g->lineno = n->pos.line;
        Object *r = gen_suspend(g, y);
        g->yieldfrom = NULL;
        if (r) {
            rc = gen_delegate_send(it, r, &y);
            DECREF(r);
        } else {
            f->tb_exc = NULL;
            rc = gen_delegate_throw(it, &y);
        }
    }
    DECREF(it);
    if (rc < 0) {
        eval_errat(f, &n->pos);
        return NULL;
    }
    return y;
}

/* ---- methods ------------------------------------------------------------------- */

static int no_kwargs(const char *name, Object *kw)
{
    if (kw && TUPLE_SIZE(kw)) {
        err_format(&Exc_TypeError, "generator.%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static Object *gm_send(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (no_kwargs("send", kw) < 0) return NULL;
    if (nargs != 1)
        return err_format(&Exc_TypeError, "generator.send() takes exactly one argument (%zu given)", nargs);
    Object *out;
    int rc = gen_send(self, args[0], &out);
    if (rc == 1) return out;
    if (rc == 0) {
        set_stop_iteration(out);
        DECREF(out);
    }
    return NULL;
}

/* generator.throw(exc) / throw(type[, value[, tb]]): builds the exception
 * the way CPython's _gen_throw does, then raises it at the yield. */
static Object *gm_throw(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (no_kwargs("throw", kw) < 0) return NULL;
    if (nargs < 1)
        return err_format(&Exc_TypeError, "throw expected at least 1 argument, got %zu", nargs);
    if (nargs > 3)
        return err_format(&Exc_TypeError, "throw expected at most 3 arguments, got %zu", nargs);
    Object *typ = args[0];
    Object *val = nargs > 1 ? args[1] : NONE;
    Object *tb = nargs > 2 ? args[2] : NONE;
    if (IS_NONE(tb)) tb = NULL;
    else if (!IS_TYPE(tb, &Traceback_Type))
        return err_set_string(&Exc_TypeError, "throw() third argument must be a traceback object");
    Object *exc;
    if (TYPE_CHECK(typ) && EXC_TYPE_CHECK(typ)) {
        if (!IS_NONE(val) && obj_type_check(val, (TypeObject *)typ)) {
            exc = NEWREF(val);
        } else if (IS_NONE(val)) {
            exc = obj_call(typ, NULL, 0, NULL);
        } else if (TUPLE_CHECK(val)) {
            exc = obj_call(typ, TUPLE_ITEMS(val), (size_t)TUPLE_SIZE(val), NULL);
        } else {
            exc = obj_call(typ, &val, 1, NULL);
        }
        if (!exc) return NULL;
        if (!EXC_CHECK(exc)) {
            err_format(&Exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %s",
                       typ, type_name(TYPE(exc)));
            DECREF(exc);
            return NULL;
        }
    } else if (EXC_CHECK(typ)) {
        if (!IS_NONE(val))
            return err_set_string(&Exc_TypeError, "instance exception may not have a separate value");
        exc = NEWREF(typ);
    } else {
        return err_format(&Exc_TypeError,
                          "exceptions must be classes or instances deriving from BaseException, not %s",
                          type_name(TYPE(typ)));
    }
    if (tb) exc_set_traceback(exc, NEWREF(tb));
    err_restore(exc);
    GenObject *g = (GenObject *)self;
    Object *out;
    Object *const *saved_args = throw_args;
    size_t saved_n = throw_nargs;
    throw_args = args;
    throw_nargs = nargs;
    int rc = gen_throw_pending(g, &out);
    throw_args = saved_args;
    throw_nargs = saved_n;
    if (rc == 1) return out;
    if (rc == 0) {
        set_stop_iteration(out);
        DECREF(out);
    }
    return NULL;
}

static Object *gm_close(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (no_kwargs("close", kw) < 0) return NULL;
    if (nargs)
        return err_format(&Exc_TypeError, "generator.close() takes no arguments (%zu given)", nargs);
    return gen_close(self);
}

static MethodDef gen_methods[] = {
    { "send", gm_send, METH_DEFAULT,
      "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration." },
    { "throw", gm_throw, METH_DEFAULT,
      "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration." },
    { "close", gm_close, METH_DEFAULT, "close() -> raise GeneratorExit inside generator." },
    { NULL, NULL, 0, NULL },
};

/* ---- attributes ------------------------------------------------------------------ */

static Object *g_name(Object *o, void *c) { return NEWREF(((GenObject *)o)->name); }
static Object *g_qualname(Object *o, void *c) { return NEWREF(((GenObject *)o)->qualname); }

static int set_str(Object **slot, Object *v, const char *what)
{
    if (!v || !STR_CHECK(v)) {
        err_format(&Exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    SETREF(*slot, NEWREF(v));
    return 0;
}
static int s_name(Object *o, Object *v, void *c) { return set_str(&((GenObject *)o)->name, v, "__name__"); }
static int s_qualname(Object *o, Object *v, void *c) { return set_str(&((GenObject *)o)->qualname, v, "__qualname__"); }
static Object *g_running(Object *o, void *c) { return bool_from(((GenObject *)o)->state == GEN_RUNNING); }
static Object *g_suspended(Object *o, void *c) { return bool_from(((GenObject *)o)->state == GEN_SUSPENDED); }
static Object *g_code(Object *o, void *c) { return NEWREF((Object *)((GenObject *)o)->code); }
static Object *g_yieldfrom(Object *o, void *c)
{
    Object *y = ((GenObject *)o)->yieldfrom;
    return NEWREF(y ? y : NONE);
}

/* gi_frame: None once finished; while alive a small view of the frame. */
typedef struct GenFrameObject {
    Object ob;
    GenObject *gen;             /* NEW */
} GenFrameObject;

static TypeObject GenFrame_Type;

static Object *g_frame(Object *o, void *c)
{
    GenObject *g = (GenObject *)o;
    if (!g->frame) RETURN_NONE;
    GenFrameObject *fr = (GenFrameObject *)obj_alloc(&GenFrame_Type);
    if (!fr) return NULL;
    fr->gen = (GenObject *)NEWREF(o);
    return (Object *)fr;
}

static GetSetDef gen_getset[] = {
    { "__name__", g_name, s_name, NULL, NULL },
    { "__qualname__", g_qualname, s_qualname, NULL, NULL },
    { "gi_running", g_running, NULL, NULL, NULL },
    { "gi_suspended", g_suspended, NULL, NULL, NULL },
    { "gi_frame", g_frame, NULL, NULL, NULL },
    { "gi_code", g_code, NULL, NULL, NULL },
    { "gi_yieldfrom", g_yieldfrom, NULL, "object being iterated by yield from, or None", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static void genframe_dealloc(Object *o)
{
    XDECREF((Object *)((GenFrameObject *)o)->gen);
    obj_free(o);
}

static Object *genframe_repr(Object *o)
{
    GenObject *g = ((GenFrameObject *)o)->gen;
    return str_from_format("<frame at %p, file '%U', line %d, code %U>", (void *)o,
                           g->code->filename, g->lineno, g->code->name);
}

static Object *gf_lineno(Object *o, void *c) { extern Object *int_from_i64(int64_t); return int_from_i64(((GenFrameObject *)o)->gen->lineno); }
static Object *gf_code(Object *o, void *c) { return NEWREF((Object *)((GenFrameObject *)o)->gen->code); }
static Object *gf_globals(Object *o, void *c)
{
    Frame *f = ((GenFrameObject *)o)->gen->frame;
    return NEWREF(f && f->globals ? f->globals : NONE);
}
static Object *gf_back(Object *o, void *c) { RETURN_NONE; }

static GetSetDef genframe_getset[] = {
    { "f_lineno", gf_lineno, NULL, NULL, NULL },
    { "f_code", gf_code, NULL, NULL, NULL },
    { "f_globals", gf_globals, NULL, NULL, NULL },
    { "f_back", gf_back, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static TypeObject GenFrame_Type = {
    TYPE_HEAD_INIT,
    .name = "frame",
    .basicsize = sizeof(GenFrameObject),
    .dealloc = genframe_dealloc,
    .repr = genframe_repr,
    .getset = genframe_getset,
};

/* ---- lifetime ---------------------------------------------------------------------- */

static Object *gen_repr(Object *o)
{
    return str_from_format("<generator object %U at %p>", ((GenObject *)o)->qualname, (void *)o);
}

/* Prints an exception that cannot propagate, as CPython's
 * sys.unraisablehook does by default. */
static void write_unraisable(Object *o)
{
    Object *exc = err_fetch();
    if (!exc) return;
    fflush(stdout);
    Object *r = obj_repr(o);
    if (r) {
        fprintf(stderr, "Exception ignored in: %s\n", STR_UTF8(r));
        DECREF(r);
    } else {
        err_clear();
        fprintf(stderr, "Exception ignored in: <object repr() failed>\n");
    }
    tb_print_exception(exc, stderr);
    fflush(stderr);
    DECREF(exc);
}

/* PEP 442 finalizer: a suspended generator is closed, so its finally
 * blocks and with statements run; errors are reported, not raised. */
static void gen_finalize(Object *o)
{
    GenObject *g = (GenObject *)o;
    if (g->state != GEN_SUSPENDED || (o->flags & OF_FINALIZED)) return;
    o->flags |= OF_FINALIZED;
    Object *saved = err_fetch();
    Object *r = gen_close(o);
    if (r) DECREF(r);
    else write_unraisable(o);
    err_restore(saved);
}

static void gen_dealloc(Object *o)
{
    GenObject *g = (GenObject *)o;
    gc_untrack(o);
    if (g->state == GEN_SUSPENDED && !(o->flags & OF_FINALIZED)) {
        o->refcnt = 1;
        gen_finalize(o);
        if (--o->refcnt != 0) {         /* resurrected by its own finally */
            gc_track(o);
            return;
        }
    }
    /* A generator that ignored GeneratorExit is never resumed again: its
     * frame goes, the references held by its abandoned C frames leak. */
    gen_release(g);
    XDECREF(g->transfer);
    XDECREF((Object *)g->code);
    XDECREF(g->func);
    XDECREF(g->globals);
    XDECREF(g->builtins);
    XDECREF(g->name);
    XDECREF(g->qualname);
    Unit *u = g->unit;
    obj_free(o);
    unit_decref(u);
}

static int gen_traverse(Object *o, visitproc visit, void *arg)
{
    GenObject *g = (GenObject *)o;
#define VISIT(x) do { if (x) { int r_ = visit((Object *)(x), arg); if (r_) return r_; } } while (0)
    VISIT(g->code);
    VISIT(g->func);
    VISIT(g->globals);
    VISIT(g->builtins);
    VISIT(g->name);
    VISIT(g->qualname);
    VISIT(g->transfer);
    if (g->frame) {
        for (int i = 0; i < g->code->nslots; i++) VISIT(g->frame->slots[i]);
        VISIT(g->frame->retval);
    }
    for (int i = 0; i < g->no; i++) VISIT(g->ro[i]);
#undef VISIT
    return 0;
}

/* Cycle breaking.  A started generator's C frames still use its frame, so
 * only one that cannot run (new or finished) drops it; the collector
 * finalizes (closes) suspended ones first. */
static int gen_clear(Object *o)
{
    GenObject *g = (GenObject *)o;
    if (g->state == GEN_SUSPENDED || g->state == GEN_RUNNING) return 0;
    gen_release(g);
    CLEAR(g->transfer);
    CLEAR(g->func);
    CLEAR(g->globals);
    CLEAR(g->builtins);
    return 0;
}

TypeObject Gen_Type = {
    TYPE_HEAD_INIT,
    .name = "generator",
    .basicsize = sizeof(GenObject),
    .tpflags = TPF_GC,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .methods = gen_methods,
    .getset = gen_getset,
};

int gen_init(void)
{
    if (type_ready(&Gen_Type) < 0) return -1;
    return type_ready(&GenFrame_Type);
}

void gen_fini(void)
{
    coro_fini();
}
