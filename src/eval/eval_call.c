/* eval_call.c — call nodes: plain calls with the vector convention (the
 * argument vector lives in the stack arena and holds the only extra
 * reference to each argument), method calls that skip creating a bound
 * method, and calls with *args / **kwargs. */
#include <stdarg.h>
#include <stdio.h>

#include "eval/node.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/dictkeys.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

Object *eval_call(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    if (FUNC_CHECK(callable))
        return eval_call_function(callable, args, nargs, kwnames);
    if (IS_TYPE(callable, &CFunction_Type)) {
        CFunctionObject *c = (CFunctionObject *)callable;
        if (c->vectorcall) return c->vectorcall(callable, args, nargs, kwnames);
        return c->def->fn(c->self, args, nargs, kwnames);
    }
    return obj_call(callable, args, nargs, kwnames);
}

/* NEW: how CPython's call errors name a callable (_PyObject_FunctionStr):
 * "module.qualname()", "qualname()" for builtins, str(fn) when it has no
 * __qualname__. */
static Object *func_str(Object *fn)
{
    Object *qn = obj_getattr_cstr(fn, "__qualname__");
    if (!qn) {
        if (!err_matches_type(&Exc_AttributeError)) return NULL;
        err_clear();
        return obj_str(fn);
    }
    Object *mod = obj_getattr_cstr(fn, "__module__");
    if (!mod) err_clear();
    Object *r;
    if (mod && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins"))
        r = str_from_format("%U.%S()", mod, qn);
    else
        r = str_from_format("%S()", qn);
    XDECREF(mod);
    DECREF(qn);
    return r;
}

/* Raises TypeError "<func_str(fn)> <msg>" (msg already formatted). */
static void call_error(Object *fn, const char *fmt, ...)
{
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Object *name = func_str(fn);
    if (!name) return;
    err_format(&Exc_TypeError, "%U %s", name, msg);
    DECREF(name);
}

static Object *call_fail(ENode *n, Frame *f)
{
    eval_errat(f, &n->pos);
    return NULL;
}

/* Python-to-Python calls whose arguments fill the parameters exactly (or
 * with defaults): the frame is pushed first and each argument is evaluated
 * straight into its slot, so the callee owns the only new reference (as
 * CPython 3.11 moves them) and no argument vector is built.  self, when
 * given, is STOLEN into slot 0.  Returns -1 ("not eligible") through *ok. */
static inline int direct_ok(FuncObject *fn, int nargs)
{
    CodeObject *co = fn->code;
    if ((co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR)) || co->kwonlyargcount)
        return 0;
    if (nargs == co->argcount) return 1;
    return nargs < co->argcount && fn->defaults
           && nargs >= co->argcount - (int)TUPLE_SIZE(fn->defaults);
}

static Object *call_direct(ENode *n, Frame *f, FuncObject *fn, Object *self)
{
    CodeObject *co = fn->code;
    Frame *nf = frame_push(co);
    if (!nf) { XDECREF(self); return NULL; }
    Object **s = nf->slots;
    if (self) *s++ = self;
    for (int i = 0; i < n->n; i++) {
        ENode *x = n->v[i];
        Object *v = eval_expr(x, f);
        if (!v) { frame_pop(nf); return NULL; }
        s[i] = v;
    }
    int given = n->n + (self != NULL);
    if (given < co->argcount) {
        Object *d = fn->defaults;
        int first = co->argcount - (int)TUPLE_SIZE(d);
        for (int i = given; i < co->argcount; i++)
            nf->slots[i] = NEWREF(TUPLE_GET(d, i - first));
    }
    Object *r = eval_frame_setup(fn, nf) < 0 ? NULL : eval_frame_run(nf);
    frame_pop(nf);
    return r ? r : call_fail(n, f);
}

Object *ev_call(ENode *n, Frame *f)
{
    Object *fn = eval_expr(n->a, f);
    if (!fn) return NULL;
    if (FUNC_CHECK(fn) && !n->idx && direct_ok((FuncObject *)fn, n->n)) {
        Object *r = call_direct(n, f, (FuncObject *)fn, NULL);
        DECREF(fn);
        return r;
    }
    int total = n->n + n->idx;
    Object **args = eval_stack_push(total);
    if (!args) { DECREF(fn); return err_no_memory(); }
    for (int i = 0; i < total; i++) {
        Object *v = eval_expr(n->v[i], f);
        if (!v) {
            for (int j = 0; j < i; j++) DECREF(args[j]);
            eval_stack_pop(args);
            DECREF(fn);
            return NULL;
        }
        args[i] = v;
    }
    Object *kw = n->idx ? (Object *)n->p : NULL;
    Object *r = FUNC_CHECK(fn) ? eval_call_function_move(fn, args, n->n, kw)
                               : eval_call(fn, args, n->n, kw);
    for (int i = 0; i < total; i++) XDECREF(args[i]);
    eval_stack_pop(args);
    DECREF(fn);
    return r ? r : call_fail(n, f);
}

/* Method-call nodes cache, keyed on (c_dict = the type, c_ver = its
 * version, c_ver2 = the type epoch): c_val, the type's attribute n->k
 * (BORROWED); c_ix2, what it is when the type's getattr is the generic one
 * (MC_FUNC, MC_CDESCR; 0: anything else, fetched by getattr); c_stamp, the
 * type's dictoffset (0: no instance dict to check for shadowing). */
enum { MC_OTHER, MC_FUNC, MC_CDESCR };

static void method_cache_fill(ENode *n, TypeObject *t)
{
    uint32_t ver = t->version, epoch = *type_epoch;
    Object *descr = type_lookup(t, n->k);
    int kind = MC_OTHER;
    if (descr && (!t->getattr || t->getattr == obj_generic_getattr))
        kind = FUNC_CHECK(descr) ? MC_FUNC : IS_TYPE(descr, &MethodDescr_Type) ? MC_CDESCR : MC_OTHER;
    n->c_val = descr;
    n->c_ix2 = kind;
    n->c_stamp = (uint64_t)t->dictoffset;
    n->c_dict = (Object *)t;
    n->c_ver = ver;
    n->c_ver2 = epoch;
}

/* o.name(args): when the type's attribute is a plain function or a
 * built-in method descriptor not shadowed by an instance attribute, call it
 * with o prepended instead of building a bound method. */
Object *ev_method_call(ENode *n, Frame *f)
{
    Object *o = eval_expr(n->a, f);
    if (!o) return NULL;
    TypeObject *t = TYPE(o);
    if (n->c_dict != (Object *)t || n->c_ver != t->version || n->c_ver2 != *type_epoch)
        method_cache_fill(n, t);
    Object *descr = n->c_val;
    int unshadowed = n->c_ix2 != MC_OTHER;
    if (unshadowed && n->c_stamp) {
        /* most instance dicts rule the name out by their hash filter */
        intptr_t off = (intptr_t)n->c_stamp;
        Object **dp = off > 0 ? (Object **)((char *)o + off) : obj_dict_ptr(o);
        if (dp && *dp && !dict_str_surely_absent(*dp, n->k) && dict_getitem(*dp, n->k))
            unshadowed = 0;
    }
    int total = n->n + n->idx;
    Object *kwnames = n->idx ? (Object *)n->p : NULL;
    /* o.m(args) on a plain Python method: o moves into the frame's slot 0 */
    if (unshadowed && n->c_ix2 == MC_FUNC && !kwnames && direct_ok((FuncObject *)descr, n->n + 1)) {
        Object *fn = NEWREF(descr);         /* o's evaluation of args may rebind it */
        Object *r = call_direct(n, f, (FuncObject *)fn, o);
        DECREF(fn);
        return r;
    }
    /* otherwise the attribute is fetched before the arguments are evaluated,
     * in CPython's order */
    Object *m = NULL;
    if (!unshadowed) {
        m = obj_getattr(o, n->k);
        if (!m) { DECREF(o); eval_errat(f, &n->b->pos); return NULL; }
    } else {
        INCREF(descr);
    }
    Object **args = eval_stack_push(total + 1);
    if (!args) { DECREF(o); XDECREF(m); if (!m) DECREF(descr); return err_no_memory(); }
    args[0] = o;
    for (int i = 0; i < total; i++) {
        Object *v = eval_expr(n->v[i], f);
        if (!v) {
            for (int j = 0; j <= i; j++) DECREF(args[j]);
            eval_stack_pop(args);
            if (m) DECREF(m); else DECREF(descr);
            return NULL;
        }
        args[i + 1] = v;
    }
    Object *r;
    if (m) {
        r = eval_call(m, args + 1, n->n, kwnames);
        DECREF(m);
    } else {
        if (FUNC_CHECK(descr))
            r = eval_call_function(descr, args, n->n + 1, kwnames);
        else if (((MethodDescrObject *)descr)->def->flags == METH_DEFAULT
                 && (t == ((MethodDescrObject *)descr)->owner
                     || type_is_subtype(t, ((MethodDescrObject *)descr)->owner)))
            r = ((MethodDescrObject *)descr)->def->fn(o, args + 1, n->n, kwnames);
        else if ((m = obj_getattr(o, n->k)) != NULL) {
            r = eval_call(m, args + 1, n->n, kwnames);
            DECREF(m);
        } else {
            for (int i = 0; i <= total; i++) DECREF(args[i]);
            eval_stack_pop(args);
            DECREF(descr);
            eval_errat(f, &n->b->pos);
            return NULL;
        }
        DECREF(descr);
    }
    for (int i = 0; i <= total; i++) DECREF(args[i]);
    eval_stack_pop(args);
    return r ? r : call_fail(n, f);
}

/* f(*a, k=v, **m): positional items into a list, keywords into a dict,
 * then one vector call. */
Object *ev_call_ex(ENode *n, Frame *f)
{
    Object *fn = eval_expr(n->a, f);
    if (!fn) return NULL;
    Object *pos = list_new(0), *kw = NULL, *r = NULL, *kwnames = NULL;
    Object **names = n->p;
    Object **args = NULL;
    if (!pos) goto done;
    for (int i = 0; i < n->n; i++) {
        ENode *x = n->v[i];
        if (x->ev == ev_starred_error) {
            Object *it = x->a->ev(x->a, f);
            if (!it) goto done;
            int e = list_extend(pos, it);
            if (e < 0 && err_matches_type(&Exc_TypeError) && !TYPE(it)->iter && !TYPE(it)->getitem) {
                err_clear();
                call_error(fn, "argument after * must be an iterable, not %s", type_name(TYPE(it)));
            }
            DECREF(it);
            if (e < 0) { eval_errat(f, &n->pos); goto done; }
        } else {
            Object *v = eval_expr(x, f);
            if (!v) goto done;
            int e = list_append(pos, v);
            DECREF(v);
            if (e < 0) goto done;
        }
    }
    if (n->idx) {
        if (!(kw = dict_new())) goto done;
        for (int i = 0; i < n->idx; i++) {
            ENode *x = n->v[n->n + i];
            Object *v = eval_expr(x, f);
            if (!v) goto done;
            if (names[i]) {
                int has = dict_contains(kw, names[i]);
                if (has > 0)
                    call_error(fn, "got multiple values for keyword argument '%s'", STR_UTF8(names[i]));
                int e = has ? -1 : dict_setitem(kw, names[i], v);
                DECREF(v);
                if (e < 0) { eval_errat(f, &n->pos); goto done; }
            } else {
                if (!DICT_CHECK(v) && !type_lookup_cstr(TYPE(v), "keys")) {
                    call_error(fn, "argument after ** must be a mapping, not %s", type_name(TYPE(v)));
                    DECREF(v);
                    eval_errat(f, &n->pos);
                    goto done;
                }
                Object *d = DICT_CHECK(v) ? NEWREF(v) : dict_new();
                if (d && !DICT_CHECK(v) && dict_update(d, v) < 0) CLEAR(d);
                DECREF(v);
                if (!d) goto done;
                intptr_t p = 0;
                Object *k, *val;
                int e = 0;
                while (dict_next(d, &p, &k, &val)) {
                    if (!STR_CHECK(k)) {
                        err_set_string(&Exc_TypeError, "keywords must be strings");
                        e = -1;
                        break;
                    }
                    if (dict_contains(kw, k) > 0) {
                        call_error(fn, "got multiple values for keyword argument '%s'", STR_UTF8(k));
                        e = -1;
                        break;
                    }
                    if ((e = dict_setitem(kw, k, val)) < 0) break;
                }
                DECREF(d);
                if (e < 0) { eval_errat(f, &n->pos); goto done; }
            }
        }
    }
    {
        intptr_t np = LIST_SIZE(pos), nk = kw ? dict_size(kw) : 0;
        args = eval_stack_push(np + nk);
        if (!args) { err_no_memory(); goto done; }
        for (intptr_t i = 0; i < np; i++) args[i] = LIST_GET(pos, i);
        if (nk) {
            if (!(kwnames = tuple_new(nk))) goto done;
            intptr_t p = 0, j = 0;
            Object *k, *val;
            while (dict_next(kw, &p, &k, &val)) {
                TUPLE_SET(kwnames, j, NEWREF(k));
                args[np + j] = val;
                j++;
            }
        }
        r = eval_call(fn, args, np, kwnames);
        if (!r) eval_errat(f, &n->pos);
    }
done:
    if (args) eval_stack_pop(args);
    XDECREF(kwnames);
    XDECREF(kw);
    XDECREF(pos);
    DECREF(fn);
    return r;
}
