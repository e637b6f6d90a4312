/* eval_stmt.c — statement executors and the block loop: assignment forms,
 * control flow (if/while/for with else, counted range loops, break,
 * continue, return), raise/try/except/finally with exception chaining and
 * traceback entries, assert, with, def. */
#include <string.h>

#include "parse/ast.h"
#include "eval/fastops.h"
#include "eval/gen.h"
#include "eval/node.h"
#include "objects/class.h"
#include "modules/builtins.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/breaker.h"
#include "runtime/errors.h"
#include "runtime/threadstate.h"
#include "runtime/traceback.h"

/* Sets exc.__context__ to the exception being handled (CPython's implicit
 * chaining), cutting any cycle that would form. */
static void chain_context(Object *exc)
{
    Object *h = gen_topmost_handled();
    if (!h || h == exc || !EXC_CHECK(exc)) return;
    if (exc_get_context(exc)) return;
    /* avoid cycles: remove exc from h's context chain */
    Object *o = h;
    while (o) {
        Object *c = exc_get_context(o);
        if (c == exc) { exc_set_context(o, NULL); break; }
        o = c;
    }
    exc_set_context(exc, NEWREF(h));
}

/* A NameError keeps the globals and builtins of the frame it was raised
 * in, where the printer's "Did you mean" hint looks (CPython reaches them
 * through the traceback's frame). */
static void name_error_scope(Object *exc, Frame *f)
{
    NameErrorObject *ne = (NameErrorObject *)exc;
    SETREF(ne->globals, f->globals ? NEWREF(f->globals) : NULL);
    SETREF(ne->builtins, f->builtins ? NEWREF(f->builtins) : NULL);
}

void eval_note_error(Frame *f, const NodePos *stmtpos)
{
    Object *exc = err_occurred();
    if (!exc || f->tb_exc == exc) return;
    const void *pos = f->errpos ? f->errpos : stmtpos;
    f->errpos = NULL;
    f->tb_exc = exc;
    chain_context(exc);
    if (TYPE(exc) == &Exc_NameError && !exc_get_traceback(exc))
        name_error_scope(exc, f);
    tb_add(exc, f->code, pos);
}

int eval_block(Block *b, Frame *f)
{
    SNode **s = b->s;
    for (int i = 0, n = b->n; i < n; i++) {
        int st = s[i]->ex(s[i], f);
        if (__builtin_expect(st != ST_OK, 0)) {
            if (st == ST_ERROR) eval_note_error(f, &s[i]->pos);
            return st;
        }
    }
    return ST_OK;
}

int ex_expr(SNode *s, Frame *f)
{
    Object *v = eval_expr(s->e1, f);
    if (!v) return ST_ERROR;
    DECREF(v);
    return ST_OK;
}

int ex_assign1(SNode *s, Frame *f)
{
    Object *v = eval_expr(s->e1, f);
    if (!v) return ST_ERROR;
    return eval_store(s->e2, f, v) < 0 ? ST_ERROR : ST_OK;
}

int ex_assign(SNode *s, Frame *f)
{
    Object *v = eval_expr(s->e1, f);
    if (!v) return ST_ERROR;
    for (int i = 0; i < s->ntv; i++)
        if (s->tv[i]->st(s->tv[i], f, v) < 0) { DECREF(v); return ST_ERROR; }
    DECREF(v);
    return ST_OK;
}

/* Exact ints and floats have no in-place slots: their `x op= y` is the
 * binary operation. */
static Object *inplace(Object *a, Object *b, int op)
{
    Object *r = fast_binop(a, b, op);
    return r ? r : num_inplace(a, b, op);
}

int ex_augassign(SNode *s, Frame *f)
{
    Object *obj = NULL, *key = NULL, *cur, *v, *r;
    int rc = -1;
    if (s->idx == 0) {
        cur = eval_expr(s->e2, f);
        if (!cur) return ST_ERROR;
    } else {
        obj = eval_expr(s->e2, f);
        if (!obj) return ST_ERROR;
        if (s->idx == 1) {
            cur = s->tv[0]->k == s->k ? eval_getattr(s->tv[0], obj) : obj_getattr(obj, s->k);
        } else {
            key = eval_expr(s->e3, f);
            if (!key) { DECREF(obj); return ST_ERROR; }
            cur = fast_list_get(obj, key);
            if (cur) INCREF(cur);
            else cur = obj_getitem(obj, key);
        }
        if (!cur) { eval_errat(f, &s->tv[0]->pos); goto done; }
    }
    v = eval_expr(s->e1, f);
    if (!v) { DECREF(cur); goto done; }
    r = inplace(cur, v, s->op);
    DECREF(cur);
    DECREF(v);
    if (!r) { eval_errat(f, &s->tv[0]->pos); goto done; }
    if (s->idx == 0) rc = s->e3->st(s->e3, f, r);
    else if (s->idx == 1) rc = s->tv[0]->k == s->k ? eval_setattr(s->tv[0], obj, r) : obj_setattr(obj, s->k, r);
    else rc = fast_list_set(obj, key, r) ? 0 : obj_setitem(obj, key, r);
    DECREF(r);
    if (rc < 0 && s->idx) eval_errat(f, &s->tv[0]->pos);
done:
    XDECREF(obj);
    XDECREF(key);
    return rc < 0 ? ST_ERROR : ST_OK;
}

int ex_del(SNode *s, Frame *f)
{
    for (int i = 0; i < s->ntv; i++)
        if (s->tv[i]->st(s->tv[i], f, NULL) < 0) return ST_ERROR;
    return ST_OK;
}

int ex_pass(SNode *s, Frame *f) { return ST_OK; }
int ex_break(SNode *s, Frame *f) { return ST_BREAK; }
int ex_continue(SNode *s, Frame *f) { return ST_CONTINUE; }

int ex_return(SNode *s, Frame *f)
{
    Object *v = s->e1 ? eval_expr(s->e1, f) : NEWREF(NONE);
    if (!v) return ST_ERROR;
    SETREF(f->retval, v);
    return ST_RETURN;
}

int ex_if(SNode *s, Frame *f)
{
    int t = eval_test(s->e1, f);
    if (t < 0) return ST_ERROR;
    if (t) return eval_block(&s->body, f);
    return s->orelse.n ? eval_block(&s->orelse, f) : ST_OK;
}

int ex_while(SNode *s, Frame *f)
{
    for (;;) {
        if (RT_SAFE_POINT() < 0) return ST_ERROR;      /* back-edge */
        int t = eval_test(s->e1, f);
        if (t < 0) return ST_ERROR;
        if (!t) break;
        int st = eval_block(&s->body, f);
        if (st == ST_BREAK) return ST_OK;
        if (st == ST_CONTINUE || st == ST_OK) continue;
        return st;
    }
    return s->orelse.n ? eval_block(&s->orelse, f) : ST_OK;
}

/* The loop over an iterator shared by for statements. */
static int for_iter(SNode *s, Frame *f, Object *it)
{
    unaryfunc next = TYPE(it)->iternext;
    for (;;) {
        if (RT_SAFE_POINT() < 0) return ST_ERROR;      /* back-edge */
        Object *v = next(it);
        if (!v) {
            if (err_occurred()) {
                if (!err_matches_type(&Exc_StopIteration)) return ST_ERROR;
                err_clear();
            }
            break;
        }
        if (eval_store(s->e2, f, v) < 0) return ST_ERROR;
        int st = eval_block(&s->body, f);
        if (st == ST_BREAK) return ST_OK;
        if (st == ST_CONTINUE || st == ST_OK) continue;
        return st;
    }
    return s->orelse.n ? eval_block(&s->orelse, f) : ST_OK;
}

Object *eval_for_setup(SNode *s, Frame *f)
{
    Object *src = eval_expr(s->e1, f);
    if (!src) return NULL;
    Object *it = obj_iter(src);
    DECREF(src);
    if (!it) {
        if (!s->op) eval_errat(f, &s->e1->pos);     /* op: comprehension loop */
        return NULL;
    }
    if (!TYPE(it)->iternext) {
        err_format(&Exc_TypeError, "iter() returned non-iterator of type '%s'", type_name(TYPE(it)));
        DECREF(it);
        return NULL;
    }
    return it;
}

int ex_for(SNode *s, Frame *f)
{
    Object *it = eval_for_setup(s, f);
    if (!it) return ST_ERROR;
    int st = for_iter(s, f, it);
    DECREF(it);
    return st;
}

int eval_range_setup(SNode *s, Frame *f, int64_t bounds[3], Object **it)
{
    ENode *call = s->e1;
    Object *fn = call->a->ev(call->a, f);
    if (!fn) return -1;
    if (fn != (Object *)&Range_Type) {
        DECREF(fn);
        return (*it = eval_for_setup(s, f)) ? 0 : -1;
    }
    Object *a[3];
    int n = call->n;
    for (int i = 0; i < n; i++) {
        a[i] = call->v[i]->ev(call->v[i], f);
        if (!a[i]) { for (int j = 0; j < i; j++) DECREF(a[j]); DECREF(fn); return -1; }
    }
    int fast = 1;
    for (int i = 0; i < n; i++)
        if (!INT_CHECK_EXACT(a[i]) || !INT_IS_SMALL(a[i])
            || INT_VALUE(a[i]) > ((int64_t)1 << 62) || INT_VALUE(a[i]) < -((int64_t)1 << 62)) fast = 0;
    if (n == 3 && fast && INT_VALUE(a[2]) == 0) fast = 0;
    if (!fast) {
        Object *r = eval_call(fn, a, n, NULL);
        for (int i = 0; i < n; i++) DECREF(a[i]);
        DECREF(fn);
        if (!r) { eval_errat(f, &call->pos); return -1; }
        *it = obj_iter(r);
        DECREF(r);
        return *it ? 0 : -1;
    }
    bounds[0] = 0;
    bounds[2] = 1;
    if (n == 1) bounds[1] = INT_VALUE(a[0]);
    else {
        bounds[0] = INT_VALUE(a[0]);
        bounds[1] = INT_VALUE(a[1]);
        if (n == 3) bounds[2] = INT_VALUE(a[2]);
    }
    for (int i = 0; i < n; i++) DECREF(a[i]);
    DECREF(fn);
    return 1;
}

/* for i in range(...): counts in a machine word when the callee really is
 * the range type and the bounds are small ints; otherwise a normal loop. */
int ex_for_range(SNode *s, Frame *f)
{
    int64_t b[3];
    Object *it;
    int mode = eval_range_setup(s, f, b, &it);
    if (mode < 0) return ST_ERROR;
    if (mode == 0) {
        int st = for_iter(s, f, it);
        DECREF(it);
        return st;
    }
    int64_t stop = b[1], step = b[2];
    for (int64_t i = b[0]; step > 0 ? i < stop : i > stop; i += step) {
        if (RT_SAFE_POINT() < 0) return ST_ERROR;      /* back-edge */
        Object *v = int_from_i64(i);
        if (!v) return ST_ERROR;
        if (eval_store(s->e2, f, v) < 0) return ST_ERROR;
        int st = eval_block(&s->body, f);
        if (st == ST_BREAK) return ST_OK;
        if (st == ST_CONTINUE || st == ST_OK) continue;
        return st;
    }
    return s->orelse.n ? eval_block(&s->orelse, f) : ST_OK;
}

/* ---- exceptions ---- */

int eval_exc_matches(Object *exc, Object *type)
{
    if (TUPLE_CHECK(type)) {
        /* CPython validates every item before matching any */
        for (intptr_t i = 0; i < TUPLE_SIZE(type); i++) {
            Object *t = TUPLE_GET(type, i);
            if (!TYPE_CHECK(t) || !EXC_TYPE_CHECK(t)) {
                err_set_string(&Exc_TypeError,
                               "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
        }
        for (intptr_t i = 0; i < TUPLE_SIZE(type); i++) {
            int r = obj_type_check(exc, (TypeObject *)TUPLE_GET(type, i));
            if (r) return r;
        }
        return 0;
    }
    if (!TYPE_CHECK(type) || !EXC_TYPE_CHECK(type)) {
        err_set_string(&Exc_TypeError,
                       "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return obj_type_check(exc, (TypeObject *)type);
}

/* NEW exception instance from `raise X` / `from X` operands. */
static Object *make_exc(Object *v, int cause)
{
    if (TYPE_CHECK(v) && EXC_TYPE_CHECK(v))
        return obj_call(v, NULL, 0, NULL);
    if (EXC_CHECK(v)) return NEWREF(v);
    if (cause)
        err_set_string(&Exc_TypeError, "exception causes must derive from BaseException");
    else
        err_set_string(&Exc_TypeError, "exceptions must derive from BaseException");
    return NULL;
}

int ex_raise(SNode *s, Frame *f)
{
    if (!s->e1) {
        Object *h = gen_topmost_handled();
        if (!h) {
            err_set_string(&Exc_RuntimeError, "No active exception to reraise");
            return ST_ERROR;
        }
        err_restore(NEWREF(h));
        f->tb_exc = h;          /* re-raise keeps the traceback as it is */
        return ST_ERROR;
    }
    Object *v = eval_expr(s->e1, f);
    if (!v) return ST_ERROR;
    Object *exc = make_exc(v, 0);
    DECREF(v);
    if (!exc) return ST_ERROR;
    if (s->e2) {
        Object *c = eval_expr(s->e2, f);
        if (!c) { DECREF(exc); return ST_ERROR; }
        Object *cause = NULL;
        if (!IS_NONE(c)) {
            cause = make_exc(c, 1);
            if (!cause) { DECREF(c); DECREF(exc); return ST_ERROR; }
        }
        DECREF(c);
        exc_set_cause(exc, cause);
    }
    err_restore(exc);
    return ST_ERROR;
}

/* exc's reference becomes the handled exception's, so `except E as e`
 * counts exc_info and e only, as CPython 3.11 does (sys.getrefcount(e) is
 * 3). */
int eval_handler_enter(Handler *h, Frame *f, Object *exc, Object **saved)
{
    *saved = ts_current->handled;
    ts_current->handled = exc;
    if (h->name && h->name->st(h->name, f, exc) < 0) {
        ts_current->handled = *saved;
        DECREF(exc);
        return -1;
    }
    return 0;
}

int eval_handler_leave(Handler *h, Frame *f, Object *saved, int st)
{
    /* `except E as e:` deletes e afterwards */
    if (h->name) {
        Object *pending = st == ST_ERROR ? err_fetch() : NULL;
        if (h->name->st(h->name, f, NULL) < 0) err_clear();
        if (pending) err_restore(pending);
    }
    Object *cur = ts_current->handled;
    ts_current->handled = saved;
    DECREF(cur);
    return st;
}

int eval_try_match(SNode *s, Frame *f, Object **excp)
{
    Object *exc = err_fetch();
    for (int i = 0; i < s->nh; i++) {
        Handler *h = &s->handlers[i];
        int m = 1;
        if (h->type) {
            Object *saved = ts_current->handled;
            ts_current->handled = exc;          /* errors here chain to exc */
            Object *t = h->type->ev(h->type, f);
            if (t) {
                m = eval_exc_matches(exc, t);
                DECREF(t);
            } else {
                m = -1;
            }
            ts_current->handled = saved;
            if (m < 0) {
                chain_context(err_occurred());
                Object *e2 = err_occurred();
                if (e2 && !exc_get_context(e2)) exc_set_context(e2, NEWREF(exc));
                DECREF(exc);
                return -1;
            }
        }
        if (m) {
            f->tb_exc = NULL;
            *excp = exc;
            return i;
        }
    }
    err_restore(exc);
    f->tb_exc = exc;
    return -1;
}

static int try_body(SNode *s, Frame *f)
{
    int st = eval_block(&s->body, f);
    if (st != ST_ERROR) {
        if (st == ST_OK && s->orelse.n) return eval_block(&s->orelse, f);
        return st;
    }
    if (!s->nh) return ST_ERROR;
    Object *exc, *saved;
    int i = eval_try_match(s, f, &exc);
    if (i < 0) return ST_ERROR;
    Handler *h = &s->handlers[i];
    if (eval_handler_enter(h, f, exc, &saved) < 0) return ST_ERROR;
    return eval_handler_leave(h, f, saved, eval_block(&h->body, f));
}

void eval_final_enter(Frame *f, int st, TryFinal *t)
{
    t->st = st;
    t->exc = st == ST_ERROR ? err_fetch() : NULL;
    t->ret = st == ST_RETURN ? f->retval : NULL;
    if (t->ret) f->retval = NULL;
    t->saved = ts_current->handled;
    if (t->exc) ts_current->handled = NEWREF(t->exc);
}

int eval_final_leave(Frame *f, TryFinal *t, int fst)
{
    Object *exc = t->exc, *ret = t->ret;
    if (exc) {
        Object *cur = ts_current->handled;
        ts_current->handled = t->saved;
        DECREF(cur);
    }
    if (fst != ST_OK) {
        /* break/continue/return/raise in finally drops exc: forget it
         * (see ex_with) */
        if (exc && f->tb_exc == exc) f->tb_exc = NULL;
        XDECREF(exc);
        XDECREF(ret);
        return fst;
    }
    if (exc) {
        err_restore(exc);
        f->tb_exc = exc;
    }
    if (ret) SETREF(f->retval, ret);
    return t->st;
}

int ex_try(SNode *s, Frame *f)
{
    int st = try_body(s, f);
    if (!s->op) return st;
    TryFinal t;
    eval_final_enter(f, st, &t);
    return eval_final_leave(f, &t, eval_block(&s->final, f));
}

int ex_assert(SNode *s, Frame *f)
{
    int t = eval_test(s->e1, f);
    if (t < 0) return ST_ERROR;
    if (t) return ST_OK;
    Object *exc;
    if (s->e2) {
        Object *m = eval_expr(s->e2, f);
        if (!m) return ST_ERROR;
        Object *args = tuple_pack(1, m);
        DECREF(m);
        if (!args) return ST_ERROR;
        exc = exc_new(&Exc_AssertionError, args);
        DECREF(args);
    } else {
        exc = exc_new(&Exc_AssertionError, NULL);
    }
    if (!exc) return ST_ERROR;
    err_restore(exc);
    return ST_ERROR;
}

/* NEW: the attribute `name` of type(o) bound to o (special method lookup). */
static Object *special(Object *o, const char *name)
{
    Object *d = type_lookup_cstr(TYPE(o), name);
    if (!d) return NULL;
    if (TYPE(d)->descr_get) return TYPE(d)->descr_get(d, o, (Object *)TYPE(o));
    return NEWREF(d);
}

Object *eval_with_enter(SNode *s, Frame *f)
{
    Object *mgr = eval_expr(s->e1, f);
    if (!mgr) return NULL;
    Object *enter = special(mgr, "__enter__");
    Object *exit = enter ? special(mgr, "__exit__") : NULL;
    if (!enter || !exit) {
        XDECREF(enter);
        if (!err_occurred())
            err_format(&Exc_TypeError, enter ? "'%s' object does not support the context manager "
                                               "protocol (missed __exit__ method)"
                                             : "'%s' object does not support the context manager protocol",
                       type_name(TYPE(mgr)));
        DECREF(mgr);
        eval_errat(f, &s->e1->pos);
        return NULL;
    }
    DECREF(mgr);
    Object *v = eval_call(enter, NULL, 0, NULL);
    DECREF(enter);
    if (!v) { DECREF(exit); return NULL; }
    if (s->e2) {
        int r = s->e2->st(s->e2, f, v);
        DECREF(v);
        if (r < 0) { DECREF(exit); return NULL; }
    } else {
        DECREF(v);
    }
    return exit;
}

int eval_with_exit(SNode *s, Frame *f, Object *exit, int st)
{
    if (st == ST_ERROR) {
        eval_note_error(f, &s->pos);
        Object *exc = err_fetch();
        Object *args[3] = { (Object *)TYPE(exc), exc, exc_get_traceback(exc) };
        if (!args[2]) args[2] = NONE;
        Object *saved = ts_current->handled;
        ts_current->handled = exc;
        Object *r = eval_call(exit, args, 3, NULL);
        ts_current->handled = saved;
        DECREF(exit);
        if (!r) { DECREF(exc); return ST_ERROR; }
        int t = obj_is_true(r);
        DECREF(r);
        if (t < 0) { DECREF(exc); return ST_ERROR; }
        if (t) {
            /* suppressed: forget it, or a later exception allocated at
             * the same address would look already noted and get no
             * traceback entry */
            if (f->tb_exc == exc) f->tb_exc = NULL;
            DECREF(exc);
            return ST_OK;
        }
        err_restore(exc);
        f->tb_exc = exc;
        return ST_ERROR;
    }
    Object *args[3] = { NONE, NONE, NONE };
    Object *r = eval_call(exit, args, 3, NULL);
    DECREF(exit);
    if (!r) {
        if (st == ST_RETURN) CLEAR(f->retval);
        return ST_ERROR;
    }
    DECREF(r);
    return st;
}

int ex_with(SNode *s, Frame *f)
{
    Object *exit = eval_with_enter(s, f);
    if (!exit) return ST_ERROR;
    return eval_with_exit(s, f, exit, eval_block(&s->body, f));
}

int ex_funcdef(SNode *s, Frame *f)
{
    Object *decos[16];
    int nd = s->ntv < 16 ? s->ntv : 16;
    for (int i = 0; i < nd; i++) {
        decos[i] = s->tv[i]->ev(s->tv[i], f);
        if (!decos[i]) { for (int j = 0; j < i; j++) DECREF(decos[j]); return ST_ERROR; }
    }
    Object *fn = eval_expr(s->e1, f);
    for (int i = nd - 1; i >= 0 && fn; i--) {
        Object *r = eval_call(decos[i], &fn, 1, NULL);
        if (!r) eval_errat(f, &s->tv[i]->pos);
        DECREF(fn);
        fn = r;
    }
    for (int i = 0; i < nd; i++) DECREF(decos[i]);
    if (!fn) return ST_ERROR;
    int r = s->e2->st(s->e2, f, fn);
    DECREF(fn);
    return r < 0 ? ST_ERROR : ST_OK;
}

/* ex_classdef lives in eval/classdef.c. */

int ex_unsupported(SNode *s, Frame *f)
{
    if (s->op == 1) {
        err_format(&Exc_ModuleNotFoundError, "%U", s->k);
        return ST_ERROR;
    }
    err_format(&Exc_NotImplementedError, "%U", s->k);
    return ST_ERROR;
}

int ex_comp_append(SNode *s, Frame *f)
{
    Object *acc = f->slots[s->idx];
    Object *v = eval_expr(s->e1, f);
    if (!v) return ST_ERROR;
    int r;
    if (s->op == EXPR_LISTCOMP) {
        r = list_append(acc, v);
    } else if (s->op == EXPR_SETCOMP) {
        r = set_add(acc, v);
    } else {
        Object *val = eval_expr(s->e2, f);
        if (!val) { DECREF(v); return ST_ERROR; }
        r = dict_setitem(acc, v, val);
        DECREF(val);
    }
    DECREF(v);
    return r < 0 ? ST_ERROR : ST_OK;
}

/* ---- running module code ---- */

Object *eval_module_code(CodeObject *co, Object *globals)
{
    Frame *f = frame_push(co);
    if (!f) return NULL;
    f->globals = globals;
    Object *b = dict_getitem_str(globals, "__builtins__");
    f->builtins = (b && DICT_CHECK(b)) ? b : mod_builtins_dict();
    Object *r = eval_frame_run(f);
    frame_pop(f);
    return r;
}

int eval_init(void)
{
    if (gen_init() < 0 || class_init() < 0) return -1;
    return eval_frame_init();
}

void eval_fini(void) { gen_fini(); }
