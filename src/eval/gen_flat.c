/* gen_flat.c — resumable statement executors for simple generator bodies.
 *
 * A generator body whose every yield is a statement of its own (`yield v`,
 * `yield from x`, `target = yield v`, `target = yield from x`), nested
 * only in if/while/for/try/with statements, runs on
 * the resumer's C stack (CO_FLAT; the compiler picks these executors).  A
 * yield returns ST_YIELD instead of switching stacks; every statement it
 * unwinds through pushes what it needs to carry on (a block its statement
 * index, an if its branch, a for loop its iterator or counter, a yield
 * from its delegate, a try the part it is in with what a handler or finally
 * block keeps, a with its __exit__) onto the
 * generator, innermost first.  The next resume sets `resuming` and runs the
 * body again: each executor pops its state and goes straight back into the
 * branch it left, down to the yield, which takes the value sent in (or
 * raises the exception thrown in) and clears `resuming`.
 *
 * While the body runs the state lives in C locals; while it is suspended it
 * lives in the generator, where the collector sees the iterators. */
#include <stdlib.h>

#include "eval/gen_obj.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/type.h"
#include "runtime/breaker.h"
#include "runtime/errors.h"

int gen_flat_push_int(GenObject *g, int64_t v)
{
    if (__builtin_expect(g->ni == g->capi, 0)) {
        int cap = g->capi ? g->capi * 2 : 8;
        int64_t *p = realloc(g->ri, sizeof(int64_t) * (size_t)cap);
        if (!p) { err_no_memory(); return -1; }
        g->ri = p;
        g->capi = cap;
    }
    g->ri[g->ni++] = v;
    return 0;
}

int gen_flat_push_obj(GenObject *g, Object *o)
{
    if (__builtin_expect(g->no == g->capo, 0)) {
        int cap = g->capo ? g->capo * 2 : 4;
        Object **p = realloc(g->ro, sizeof(Object *) * (size_t)cap);
        if (!p) { XDECREF(o); err_no_memory(); return -1; }
        g->ro = p;
        g->capo = cap;
    }
    g->ro[g->no++] = o;
    return 0;
}

void gen_flat_clear(GenObject *g)
{
    while (g->no > 0) {
        Object *o = g->ro[--g->no];
        XDECREF(o);
    }
    /* suspended in an except or finally block: the exception it handled */
    if (g->flat) CLEAR(g->handled);
    g->ni = 0;
    g->resuming = 0;
    g->yieldfrom = NULL;
    free(g->ri);
    free(g->ro);
    g->ri = NULL;
    g->ro = NULL;
    g->capi = g->capo = 0;
}

/* A statement could not save its state: the value on its way out is
 * dropped and the yield fails with MemoryError instead (the state already
 * saved by inner statements goes with the generator). */
static int suspend_failed(GenObject *g)
{
    CLEAR(g->transfer);
    return ST_ERROR;
}

int eval_block_g(Block *b, Frame *f)
{
    GenObject *g = gen_running;
    SNode **s = b->s;
    int i = 0;
    if (g->resuming) i = (int)g->ri[--g->ni];
    for (int n = b->n; i < n; i++) {
        int st = s[i]->ex(s[i], f);
        if (__builtin_expect(st != ST_OK, 0)) {
            if (st == ST_YIELD) {
                if (gen_flat_push_int(g, i) < 0) st = suspend_failed(g);
                else return st;
            }
            if (st == ST_ERROR) eval_note_error(f, &s[i]->pos);
            return st;
        }
    }
    return ST_OK;
}

/* `yield v` (e2 NULL) and `target = yield v`: e1 is the Yield node. */
int ex_yield_g(SNode *s, Frame *f)
{
    GenObject *g = gen_running;
    ENode *y = s->e1;
    if (g->resuming) {
        g->resuming = 0;
        Object *r = g->transfer;
        g->transfer = NULL;
        if (!r) {                       /* thrown in: raised at the yield */
            f->tb_exc = NULL;
            eval_errat(f, &y->pos);
            return ST_ERROR;
        }
        if (s->e2) return eval_store(s->e2, f, r) < 0 ? ST_ERROR : ST_OK;
        DECREF(r);
        return ST_OK;
    }
    Object *v = y->a ? eval_expr(y->a, f) : NEWREF(NONE);
    if (!v) return ST_ERROR;
    g->lineno = y->pos.line;
    g->transfer = v;
    return ST_YIELD;
}

/* `yield from x` (e2 NULL) and `target = yield from x`: e1 is the
 * YieldFrom node; the delegate is saved while suspended. */
int ex_yield_from_g(SNode *s, Frame *f)
{
    GenObject *g = gen_running;
    ENode *n = s->e1;
    Object *it, *y;
    int rc;
    if (g->resuming) {
        g->resuming = 0;
        it = g->ro[--g->no];
        g->yieldfrom = NULL;
        Object *r = g->transfer;
        g->transfer = NULL;
        if (r) {
            rc = gen_delegate_send(it, r, &y);
            DECREF(r);
        } else {
            f->tb_exc = NULL;
            rc = gen_delegate_throw(it, &y);
        }
    } else {
        if (!(it = gen_delegate_of(n, f))) return ST_ERROR;
        rc = gen_delegate_send(it, NONE, &y);
    }
    if (rc == 1) {
        g->lineno = n->pos.line;
        g->transfer = y;
        if (gen_flat_push_obj(g, it) < 0) return suspend_failed(g);
        g->yieldfrom = it;
        return ST_YIELD;
    }
    DECREF(it);
    if (rc < 0) {
        eval_errat(f, &n->pos);
        return ST_ERROR;
    }
    if (s->e2) return eval_store(s->e2, f, y) < 0 ? ST_ERROR : ST_OK;
    DECREF(y);
    return ST_OK;
}

int ex_if_g(SNode *s, Frame *f)
{
    GenObject *g = gen_running;
    int br;
    if (g->resuming) {
        br = (int)g->ri[--g->ni];
    } else {
        int t = eval_test(s->e1, f);
        if (t < 0) return ST_ERROR;
        br = !t;
        if (br && !s->orelse.n) return ST_OK;
    }
    int st = eval_block_g(br ? &s->orelse : &s->body, f);
    if (st == ST_YIELD && gen_flat_push_int(g, br) < 0) return suspend_failed(g);
    return st;
}

int ex_while_g(SNode *s, Frame *f)
{
    GenObject *g = gen_running;
    int st;
    if (g->resuming) goto body;
    for (;;) {
        if (RT_SAFE_POINT() < 0) return ST_ERROR;      /* back-edge */
        int t = eval_test(s->e1, f);
        if (t < 0) return ST_ERROR;
        if (!t) break;
    body:
        st = eval_block_g(&s->body, f);
        if (st == ST_OK || st == ST_CONTINUE) continue;
        if (st == ST_BREAK) return ST_OK;
        return st;
    }
    return s->orelse.n ? eval_block(&s->orelse, f) : ST_OK;
}

/* The loop over iterator it (STOLEN); when resuming, it is popped here. */
static int for_iter_g(SNode *s, Frame *f, GenObject *g, Object *it)
{
    int st;
    if (!it) {
        it = g->ro[--g->no];
        goto body;
    }
    for (;;) {
        if (RT_SAFE_POINT() < 0) { st = ST_ERROR; goto out; }  /* back-edge */
        Object *v = TYPE(it)->iternext(it);
        if (!v) {
            if (err_occurred()) {
                if (!err_matches_type(&Exc_StopIteration)) { st = ST_ERROR; goto out; }
                err_clear();
            }
            break;
        }
        if (eval_store(s->e2, f, v) < 0) { st = ST_ERROR; goto out; }
    body:
        st = eval_block_g(&s->body, f);
        if (st == ST_OK || st == ST_CONTINUE) continue;
        if (st == ST_BREAK) { st = ST_OK; goto out; }
        if (st == ST_YIELD)
            return gen_flat_push_obj(g, it) < 0 ? suspend_failed(g) : ST_YIELD;
        goto out;
    }
    DECREF(it);
    return s->orelse.n ? eval_block(&s->orelse, f) : ST_OK;
out:
    DECREF(it);
    return st;
}

int ex_for_g(SNode *s, Frame *f)
{
    GenObject *g = gen_running;
    if (g->resuming) return for_iter_g(s, f, g, NULL);
    Object *it = eval_for_setup(s, f);
    if (!it) return ST_ERROR;
    return for_iter_g(s, f, g, it);
}

/* for i in range(...): counting state i, stop, step, then the mode (1);
 * an object loop pushes its iterator, then the mode (0). */
int ex_for_range_g(SNode *s, Frame *f)
{
    GenObject *g = gen_running;
    int64_t i, stop, step;
    int st;
    if (g->resuming) {
        if (!g->ri[--g->ni]) {
            st = for_iter_g(s, f, g, NULL);
            goto iterated;
        }
        step = g->ri[--g->ni];
        stop = g->ri[--g->ni];
        i = g->ri[--g->ni];
        goto body;
    }
    int64_t b[3];
    Object *it;
    int mode = eval_range_setup(s, f, b, &it);
    if (mode < 0) return ST_ERROR;
    if (mode == 0) {
        st = for_iter_g(s, f, g, it);
    iterated:
        if (st == ST_YIELD && gen_flat_push_int(g, 0) < 0) return suspend_failed(g);
        return st;
    }
    stop = b[1];
    step = b[2];
    for (i = b[0]; step > 0 ? i < stop : i > stop; i += step) {
        if (RT_SAFE_POINT() < 0) return ST_ERROR;      /* back-edge */
        Object *v = int_from_i64(i);
        if (!v) return ST_ERROR;
        if (eval_store(s->e2, f, v) < 0) return ST_ERROR;
    body:
        st = eval_block_g(&s->body, f);
        if (st == ST_OK || st == ST_CONTINUE) continue;
        if (st == ST_BREAK) return ST_OK;
        if (st == ST_YIELD
            && (gen_flat_push_int(g, i) < 0 || gen_flat_push_int(g, stop) < 0
                || gen_flat_push_int(g, step) < 0 || gen_flat_push_int(g, 1) < 0))
            return suspend_failed(g);
        return st;
    }
    return s->orelse.n ? eval_block(&s->orelse, f) : ST_OK;
}

/* Where in a try statement a yield left: a handler's index, or these. */
enum { TRY_BODY = -1, TRY_ELSE = -2, TRY_FINAL = -3 };

int ex_try_g(SNode *s, Frame *f)
{
    GenObject *g = gen_running;
    int st, hi = 0;
    Object *exc, *saved = NULL;
    TryFinal t;
    if (g->resuming) {
        int part = (int)g->ri[--g->ni];
        if (part == TRY_BODY) goto body;
        if (part == TRY_ELSE) goto orelse;
        if (part == TRY_FINAL) {
            t.st = (int)g->ri[--g->ni];
            t.saved = g->ro[--g->no];
            t.ret = g->ro[--g->no];
            t.exc = g->ro[--g->no];
            goto final;
        }
        hi = part;
        saved = g->ro[--g->no];
        goto handler;
    }
body:
    st = eval_block_g(&s->body, f);
    if (st == ST_YIELD)
        return gen_flat_push_int(g, TRY_BODY) < 0 ? suspend_failed(g) : ST_YIELD;
    if (st == ST_OK && s->orelse.n) {
    orelse:
        st = eval_block_g(&s->orelse, f);
        if (st == ST_YIELD)
            return gen_flat_push_int(g, TRY_ELSE) < 0 ? suspend_failed(g) : ST_YIELD;
    } else if (st == ST_ERROR && s->nh) {
        hi = eval_try_match(s, f, &exc);
        if (hi >= 0 && eval_handler_enter(&s->handlers[hi], f, exc, &saved) == 0) {
        handler:
            st = eval_block_g(&s->handlers[hi].body, f);
            if (st == ST_YIELD) {
                if (gen_flat_push_obj(g, saved) < 0 || gen_flat_push_int(g, hi) < 0)
                    return suspend_failed(g);
                return ST_YIELD;
            }
            st = eval_handler_leave(&s->handlers[hi], f, saved, st);
        }
    }
    if (!s->op) return st;
    eval_final_enter(f, st, &t);
final:
    st = eval_block_g(&s->final, f);
    if (st == ST_YIELD) {
        /* the exception handled before is kept only when exc replaced it */
        Object *keep[3] = { t.exc, t.ret, t.exc ? t.saved : NULL };
        for (int i = 0; i < 3; i++) {
            if (gen_flat_push_obj(g, keep[i]) < 0) {
                while (++i < 3) XDECREF(keep[i]);
                return suspend_failed(g);
            }
        }
        if (gen_flat_push_int(g, t.st) < 0 || gen_flat_push_int(g, TRY_FINAL) < 0)
            return suspend_failed(g);
        return ST_YIELD;
    }
    return eval_final_leave(f, &t, st);
}

int ex_with_g(SNode *s, Frame *f)
{
    GenObject *g = gen_running;
    Object *exit;
    if (g->resuming) {
        exit = g->ro[--g->no];
    } else if (!(exit = eval_with_enter(s, f))) {
        return ST_ERROR;
    }
    int st = eval_block_g(&s->body, f);
    if (st == ST_YIELD)
        return gen_flat_push_obj(g, exit) < 0 ? suspend_failed(g) : ST_YIELD;
    return eval_with_exit(s, f, exit, st);
}
