/* classdef.c — the class statement: evaluate the decorators, bases and
 * keywords, run the body in a frame whose namespace is a fresh dict
 * (__module__, __qualname__ and the docstring set first, as CPython's
 * class prologue does), create the class with class_new (or call a
 * non-type metaclass), fill the __class__ cell that zero-argument super()
 * reads, apply the decorators and bind the name. */
#include "eval/node.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

/* Runs the body of co with namespace ns; closure is a tuple of cells or
 * NULL.  *classcell receives the body's __class__ cell (NEW) if it has
 * one.  0/-1. */
static int run_body(CodeObject *co, Frame *parent, Object *ns, Object *closure,
                    Object **classcell)
{
    Frame *f = frame_push(co);
    if (!f) return -1;
    for (int i = 0; i < co->ncells; i++) {
        Object *c = cell_new(NULL);
        if (!c) { frame_pop(f); return -1; }
        f->slots[co->cellslots[i]] = c;
        if (co->slotnames[co->cellslots[i]] &&
            str_eq_cstr(co->slotnames[co->cellslots[i]], "__class__"))
            *classcell = NEWREF(c);
    }
    if (closure)
        for (intptr_t i = 0; i < TUPLE_SIZE(closure); i++)
            f->slots[co->nlocals + i] = NEWREF(TUPLE_GET(closure, i));
    f->globals = parent->globals;
    f->builtins = parent->builtins;
    f->locals = ns;
    Object *r = eval_frame_run(f);
    frame_pop(f);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

int eval_class_body(CodeObject *co, Object *globals, Object *ns, Object *closure)
{
    Frame *parent = eval_current_frame();
    Frame fake = { 0 };
    if (!parent) {
        fake.globals = globals;
        parent = &fake;
    }
    Object *cell = NULL;
    int r = run_body(co, parent, ns, closure, &cell);
    XDECREF(cell);
    return r;
}

/* NEW tuple of the cells the class body closes over, or NULL. */
static Object *closure_of(FuncInfo *fi, Frame *f, int *err)
{
    *err = 0;
    if (!fi->nclosure) return NULL;
    Object *t = tuple_new(fi->nclosure);
    if (!t) { *err = 1; return NULL; }
    for (int i = 0; i < fi->nclosure; i++) {
        Object *c = fi->closure_slots[i] >= 0 ? f->slots[fi->closure_slots[i]] : NULL;
        TUPLE_SET(t, i, NEWREF(c ? c : NONE));
    }
    return t;
}

/* Builds the class object from the evaluated pieces.  NEW. */
static Object *make_class(FuncInfo *fi, Frame *f, Object *bases, Object *meta, Object *kw)
{
    Object *ns = dict_new();
    if (!ns) return NULL;
    Object *modname = dict_getitem_str(f->globals, "__name__");
    if ((modname && dict_setitem_str(ns, "__module__", modname) < 0) ||
        dict_setitem_str(ns, "__qualname__", fi->qualname) < 0 ||
        (fi->code->doc && dict_setitem_str(ns, "__doc__", fi->code->doc) < 0)) {
        DECREF(ns);
        return NULL;
    }
    int err;
    Object *closure = closure_of(fi, f, &err);
    if (err) { DECREF(ns); return NULL; }
    Object *cell = NULL;
    int r = run_body(fi->code, f, ns, closure, &cell);
    XDECREF(closure);
    Object *cls = NULL;
    if (r == 0) {
        if (meta == NULL || meta == (Object *)&Type_Type) {
            TypeObject *m = class_calc_meta(&Type_Type, bases);
            if (m && m != &Type_Type)
                err_format(&Exc_TypeError, "metaclass '%s' is not supported: garter classes "
                           "use type as their metaclass", m->name);
            else if (m)
                cls = class_new(&Type_Type, fi->name, bases, ns, kw);
        } else {
            /* a plain callable as metaclass: meta(name, bases, ns, **kw) */
            Object *args[3] = { fi->name, bases, ns };
            intptr_t nkw = kw ? dict_size(kw) : 0;
            Object *v[3 + 32], *kwnames = NULL;
            for (int i = 0; i < 3; i++) v[i] = args[i];
            if (nkw > 32) nkw = 32;
            if (nkw && (kwnames = tuple_new(nkw))) {
                intptr_t p = 0, j = 0;
                Object *k, *val;
                while (dict_next(kw, &p, &k, &val) && j < nkw) {
                    TUPLE_SET(kwnames, j, NEWREF(k));
                    v[3 + j++] = val;
                }
            }
            if (!nkw || kwnames)
                cls = obj_call(meta, v, 3, kwnames);
            XDECREF(kwnames);
        }
    }
    if (cls && cell) {
        if (TYPE_CHECK(cls)) {
            SETREF(((CellObject *)cell)->ref, NEWREF(cls));
        }
    }
    XDECREF(cell);
    DECREF(ns);
    return cls;
}

int ex_classdef(SNode *s, Frame *f)
{
    ENode *holder = s->e1;
    FuncInfo *fi = holder->p;
    Object *decos[16];
    int nd = s->ntv < 16 ? s->ntv : 16;
    Object *bases = NULL, *kw = NULL, *meta = NULL, *cls = NULL;
    for (int i = 0; i < nd; i++) {
        decos[i] = s->tv[i]->ev(s->tv[i], f);
        if (!decos[i]) { nd = i; goto done; }
    }
    if (!(bases = tuple_new(fi->nbases))) goto done;
    for (int i = 0; i < fi->nbases; i++) {
        ENode *b = fi->bases[i];
        if (b->ev == ev_starred_error) {
            Object *it = b->a->ev(b->a, f);
            if (!it) goto done;
            Object *more = tuple_from_iterable(it);
            DECREF(it);
            if (!more) goto done;
            /* splice: rebuild bases with the unpacked items at i */
            intptr_t n = TUPLE_SIZE(bases) - 1 + TUPLE_SIZE(more);
            Object *nb = tuple_new(n);
            if (!nb) { DECREF(more); goto done; }
            intptr_t k = 0;
            for (int j = 0; j < i; j++) TUPLE_SET(nb, k++, NEWREF(TUPLE_GET(bases, j)));
            for (intptr_t j = 0; j < TUPLE_SIZE(more); j++) TUPLE_SET(nb, k++, NEWREF(TUPLE_GET(more, j)));
            while (k < n) TUPLE_SET(nb, k++, NEWREF(NONE));
            DECREF(more);
            DECREF(bases);
            bases = nb;
            /* the remaining bases go after the spliced items */
            for (int j = i + 1; j < fi->nbases; j++) {
                Object *v = fi->bases[j]->ev(fi->bases[j], f);
                if (!v) goto done;
                SETREF(TUPLE_ITEMS(bases)[n - (fi->nbases - j)], v);
            }
            break;
        }
        Object *v = b->ev(b, f);
        if (!v) goto done;
        TUPLE_SET(bases, i, v);
    }
    for (int i = 0; i < holder->n; i++) {
        Object *v = holder->v[i]->ev(holder->v[i], f);
        if (!v) goto done;
        Object *name = TUPLE_GET(holder->k, i);
        if (IS_NONE(name)) {
            if (!kw && !(kw = dict_new())) { DECREF(v); goto done; }
            int r = dict_update(kw, v);
            DECREF(v);
            if (r < 0) goto done;
        } else if (str_eq_cstr(name, "metaclass")) {
            SETREF(meta, v);
        } else {
            if (!kw && !(kw = dict_new())) { DECREF(v); goto done; }
            int r = dict_setitem(kw, name, v);
            DECREF(v);
            if (r < 0) goto done;
        }
    }
    if (kw && !meta) {
        Object *m = dict_getitem_str(kw, "metaclass");
        if (m) {
            meta = NEWREF(m);
            if (dict_delitem_str(kw, "metaclass") < 0) goto done;
        }
    }
    if (meta && TYPE_CHECK(meta) && meta != (Object *)&Type_Type) {
        err_format(&Exc_TypeError, "metaclass '%s' is not supported: garter classes use "
                   "type as their metaclass", ((TypeObject *)meta)->name);
        goto done;
    }
    cls = make_class(fi, f, bases, meta, kw);
    for (int i = nd - 1; i >= 0 && cls; i--) {
        Object *r = eval_call(decos[i], &cls, 1, NULL);
        if (!r) eval_errat(f, &s->tv[i]->pos);
        DECREF(cls);
        cls = r;
    }
done:
    for (int i = 0; i < nd; i++) DECREF(decos[i]);
    XDECREF(bases);
    XDECREF(kw);
    XDECREF(meta);
    if (!cls) return ST_ERROR;
    int r = s->e2->st(s->e2, f, cls);
    DECREF(cls);
    return r < 0 ? ST_ERROR : ST_OK;
}
