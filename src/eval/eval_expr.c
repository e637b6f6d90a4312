/* eval_expr.c — evaluators for expression nodes: names (slots, cells,
 * cached globals), operators with int fast paths, displays, attribute and
 * subscript access, f-strings, lambdas and comprehensions, and the store
 * targets of assignments.  Each returns a NEW reference or NULL with the
 * exception set and the failing node recorded for the traceback. */
#include <string.h>

#include "parse/ast.h"
#include "eval/fastops.h"
#include "eval/node.h"
#include "modules/builtins.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/dictkeys.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

Object *eval_run_nested(CodeObject *co, Frame *f, Frame *parent, Object *closure);

/* ---- names ---------------------------------------------------------------- */

Object *ev_const(ENode *n, Frame *f) { return NEWREF(n->k); }

static Object *unbound_local(ENode *n, Frame *f)
{
    eval_errat(f, &n->pos);
    return err_format(&Exc_UnboundLocalError,
                      "cannot access local variable '%U' where it is not associated with a value", n->k);
}

Object *ev_local(ENode *n, Frame *f)
{
    Object *v = f->slots[n->idx];
    if (__builtin_expect(v != NULL, 1)) return NEWREF(v);
    return unbound_local(n, f);
}

Object *ev_deref(ENode *n, Frame *f)
{
    Object *v = ((CellObject *)f->slots[n->idx])->ref;
    if (v) return NEWREF(v);
    if (!n->op) return unbound_local(n, f);
    eval_errat(f, &n->pos);
    return err_format(&Exc_NameError, "cannot access free variable '%U' where it is not "
                      "associated with a value in enclosing scope", n->k);
}

/* NameError carrying the name, as CPython 3.11 (the "Did you mean" hint
 * looks it up). */
static Object *name_error(ENode *n, Frame *f)
{
    eval_errat(f, &n->pos);
    err_format(&Exc_NameError, "name '%U' is not defined", n->k);
    Object *e = err_occurred();
    if (e && TYPE(e) == &Exc_NameError)
        SETREF(((NameErrorObject *)e)->name, NEWREF(n->k));
    return NULL;
}

/* Globals then builtins.  The value is cached on both dicts' versions;
 * when either changed (any store to a global bumps it), a name held by
 * globals is re-read through its entry hint (c_ix), and one that globals
 * did not hold at key stamp c_stamp (dict_keys_stamp: renewed only when a
 * key is added) goes straight to builtins, through hint c_ix2. */
Object *ev_global(ENode *n, Frame *f)
{
    Object *g = f->globals, *b = f->builtins, *v;
    if (n->c_dict == g && n->c_ver == DICT_VERSION(g) && n->c_ver2 == DICT_VERSION(b))
        return NEWREF(n->c_val);
    int exact = STR_CHECK_EXACT(n->k);
    if (n->c_dict != g) n->c_stamp = 0;
    if (n->c_dict != g || n->c_stamp != dict_keys_stamp(g)) {
        if (exact && DICT_CHECK_EXACT(g)) {
            v = dict_getitem_str_hint(g, n->k, &n->c_ix);
        } else {
            v = dict_getitem_err(g, n->k);
            if (!v && err_occurred()) { eval_errat(f, &n->pos); return NULL; }
        }
        if (v) goto found;
        n->c_stamp = dict_keys_stamp(g);
    }
    if (exact && DICT_CHECK_EXACT(b)) {
        v = dict_getitem_str_hint(b, n->k, &n->c_ix2);
    } else {
        v = dict_getitem_err(b, n->k);
        if (!v && err_occurred()) { eval_errat(f, &n->pos); return NULL; }
    }
    if (!v) {
        n->c_dict = NULL;
        return name_error(n, f);
    }
found:
    n->c_dict = g;
    n->c_ver = DICT_VERSION(g);
    n->c_ver2 = DICT_VERSION(b);
    n->c_val = v;
    return NEWREF(v);
}

/* Class body: the namespace, then globals and builtins. */
Object *ev_name(ENode *n, Frame *f)
{
    if (f->locals) {
        Object *v = dict_getitem_err(f->locals, n->k);
        if (v) return NEWREF(v);
        if (err_occurred()) return NULL;
    }
    Object *v = dict_getitem_err(f->globals, n->k);
    if (!v && !err_occurred()) v = dict_getitem_err(f->builtins, n->k);
    if (v) return NEWREF(v);
    if (err_occurred()) return NULL;
    return name_error(n, f);
}

Object *ev_classderef(ENode *n, Frame *f)
{
    if (f->locals) {
        Object *v = dict_getitem_err(f->locals, n->k);
        if (v) return NEWREF(v);
        if (err_occurred()) return NULL;
    }
    return ev_deref(n, f);
}

int st_local(ENode *n, Frame *f, Object *v)
{
    Object *old = f->slots[n->idx];
    if (!v) {
        if (!old) { unbound_local(n, f); return -1; }
        f->slots[n->idx] = NULL;
        DECREF(old);
        return 0;
    }
    f->slots[n->idx] = NEWREF(v);
    XDECREF(old);
    return 0;
}

int st_deref(ENode *n, Frame *f, Object *v)
{
    CellObject *c = (CellObject *)f->slots[n->idx];
    Object *old = c->ref;
    if (!v && !old) {
        if (!n->op) { unbound_local(n, f); return -1; }
        eval_errat(f, &n->pos);
        err_format(&Exc_NameError, "cannot access free variable '%U' where it is not "
                   "associated with a value in enclosing scope", n->k);
        return -1;
    }
    c->ref = v ? NEWREF(v) : NULL;
    XDECREF(old);
    return 0;
}

static int dict_store(ENode *n, Frame *f, Object *d, Object *v)
{
    if (v) {
        if (dict_setitem(d, n->k, v) == 0) return 0;
        eval_errat(f, &n->pos);
        return -1;
    }
    if (dict_delitem(d, n->k) == 0) return 0;
    if (err_matches_type(&Exc_KeyError)) {
        err_clear();
        name_error(n, f);
    }
    eval_errat(f, &n->pos);
    return -1;
}

int st_global(ENode *n, Frame *f, Object *v)
{
    Object *g = f->globals;
    if (v && DICT_CHECK_EXACT(g) && STR_CHECK_EXACT(n->k)) {
        if (dict_setitem_str_hint(g, n->k, v, &n->c_ix) == 0) return 0;
        eval_errat(f, &n->pos);
        return -1;
    }
    return dict_store(n, f, g, v);
}
int st_name(ENode *n, Frame *f, Object *v) { return dict_store(n, f, f->locals ? f->locals : f->globals, v); }

/* ---- operators -------------------------------------------------------------- */

static Object *binop_fail(ENode *n, Frame *f) { eval_errat(f, &n->pos); return NULL; }

Object *ev_binop(ENode *n, Frame *f)
{
    Object *a = eval_expr(n->a, f);
    if (!a) return NULL;
    Object *b = eval_expr(n->b, f);
    if (!b) { DECREF(a); return NULL; }
    Object *r = fast_binop(a, b, n->op);
    if (!r) r = num_binop(a, b, n->op);
    DECREF(a);
    DECREF(b);
    return r ? r : binop_fail(n, f);
}

Object *ev_binop_add(ENode *n, Frame *f)
{
    Object *a = eval_expr(n->a, f);
    if (!a) return NULL;
    Object *b = eval_expr(n->b, f);
    if (!b) { DECREF(a); return NULL; }
    Object *r = fast_binop(a, b, BINOP_ADD);
    if (r) ;
    else if (STR_CHECK_EXACT(a) && STR_CHECK_EXACT(b))
        r = str_concat(a, b);
    else
        r = num_binop(a, b, BINOP_ADD);
    DECREF(a);
    DECREF(b);
    return r ? r : binop_fail(n, f);
}

Object *ev_binop_sub(ENode *n, Frame *f)
{
    Object *a = eval_expr(n->a, f);
    if (!a) return NULL;
    Object *b = eval_expr(n->b, f);
    if (!b) { DECREF(a); return NULL; }
    Object *r = fast_binop(a, b, BINOP_SUB);
    if (!r) r = num_binop(a, b, BINOP_SUB);
    DECREF(a);
    DECREF(b);
    return r ? r : binop_fail(n, f);
}

/* `x OP k` with k a small int constant: word arithmetic when x is a small
 * int, the generic path otherwise. */
Object *ev_binop_int_const(ENode *n, Frame *f)
{
    Object *a = eval_expr(n->a, f);
    if (!a) return NULL;
    Object *b = n->b->k;
    if (INT_CHECK_EXACT(a) && INT_IS_SMALL(a)) {
        int64_t x = INT_VALUE(a), k = INT_VALUE(b), r;
        int ok = 1;
        switch (n->op) {
        case BINOP_ADD: ok = !__builtin_add_overflow(x, k, &r); break;
        case BINOP_SUB: ok = !__builtin_sub_overflow(x, k, &r); break;
        case BINOP_MUL: ok = !__builtin_mul_overflow(x, k, &r); break;
        case BINOP_AND: r = x & k; break;
        case BINOP_MOD:
            if (k == 0) { ok = 0; break; }
            r = x % k;
            if (r != 0 && ((r < 0) != (k < 0))) r += k;
            break;
        case BINOP_FLOORDIV:
            if (k == 0 || (k == -1 && x == INT64_MIN)) { ok = 0; break; }
            r = x / k;
            if ((x % k != 0) && ((x < 0) != (k < 0))) r--;
            break;
        case BINOP_RSHIFT:
            if (k < 0) { ok = 0; break; }
            r = k >= 63 ? (x < 0 ? -1 : 0) : x >> k;
            break;
        case BINOP_LSHIFT:
            if (k < 0 || k >= 62) { ok = 0; break; }
            r = (int64_t)((uint64_t)x << k);
            if ((r >> k) != x) ok = 0;
            break;
        default: ok = 0; r = 0; break;
        }
        if (ok) {
            DECREF(a);
            return int_from_i64(r);
        }
    }
    Object *r = num_binop(a, b, n->op);
    DECREF(a);
    return r ? r : binop_fail(n, f);
}

Object *ev_unary(ENode *n, Frame *f)
{
    Object *a = eval_expr(n->a, f);
    if (!a) return NULL;
    Object *r = NULL;
    if (n->op == UNX_NEG && INT_CHECK_EXACT(a) && INT_IS_SMALL(a) && INT_VALUE(a) != INT64_MIN) {
        r = int_from_i64(-INT_VALUE(a));
        DECREF(a);
        return r;
    }
    NumberMethods *nm = TYPE(a)->num;
    unaryfunc fn = !nm ? NULL : n->op == UNX_NEG ? nm->neg : n->op == UNX_POS ? nm->pos : nm->invert;
    if (fn) r = fn(a);
    else err_format(&Exc_TypeError, "bad operand type for unary %s: '%s'",
                    n->op == UNX_NEG ? "-" : n->op == UNX_POS ? "+" : "~", type_name(TYPE(a)));
    DECREF(a);
    if (!r) eval_errat(f, &n->pos);
    return r;
}

static inline int truth(Object *v)
{
    if (v == GTrue) return 1;
    if (v == GFalse || v == NONE) return 0;
    return obj_is_true(v);
}

Object *ev_not(ENode *n, Frame *f)
{
    Object *a = eval_expr(n->a, f);
    if (!a) return NULL;
    int t = truth(a);
    DECREF(a);
    if (t < 0) { eval_errat(f, &n->pos); return NULL; }
    return NEWREF(t ? GFalse : GTrue);
}

Object *ev_and(ENode *n, Frame *f)
{
    Object *v = NULL;
    for (int i = 0; i < n->n; i++) {
        if (v) DECREF(v);
        v = eval_expr(n->v[i], f);
        if (!v) return NULL;
        if (i == n->n - 1) break;
        int t = truth(v);
        if (t < 0) { DECREF(v); return NULL; }
        if (!t) break;
    }
    return v;
}

Object *ev_or(ENode *n, Frame *f)
{
    Object *v = NULL;
    for (int i = 0; i < n->n; i++) {
        if (v) DECREF(v);
        v = eval_expr(n->v[i], f);
        if (!v) return NULL;
        if (i == n->n - 1) break;
        int t = truth(v);
        if (t < 0) { DECREF(v); return NULL; }
        if (t) break;
    }
    return v;
}

Object *ev_ifexp(ENode *n, Frame *f)
{
    Object *t = eval_expr(n->a, f);
    if (!t) return NULL;
    int b = truth(t);
    DECREF(t);
    if (b < 0) return NULL;
    ENode *x = b ? n->b : n->c;
    return eval_expr(x, f);
}

Object *eval_compare_op(Object *a, Object *b, int op)
{
    int r;
    switch (op) {
    case CMPX_IS: return NEWREF(a == b ? GTrue : GFalse);
    case CMPX_ISNOT: return NEWREF(a != b ? GTrue : GFalse);
    case CMPX_IN: case CMPX_NOTIN:
        r = obj_contains(b, a);
        if (r < 0) return NULL;
        return NEWREF((r ^ (op == CMPX_NOTIN)) ? GTrue : GFalse);
    default:
        if (INT_CHECK_EXACT(a) && INT_CHECK_EXACT(b) && INT_IS_SMALL(a) && INT_IS_SMALL(b)) {
            int64_t x = INT_VALUE(a), y = INT_VALUE(b);
            switch (op) {
            case CMP_LT: r = x < y; break;
            case CMP_LE: r = x <= y; break;
            case CMP_EQ: r = x == y; break;
            case CMP_NE: r = x != y; break;
            case CMP_GT: r = x > y; break;
            default: r = x >= y; break;
            }
            return NEWREF(r ? GTrue : GFalse);
        }
        return obj_richcompare(a, b, op);
    }
}

Object *ev_compare(ENode *n, Frame *f)
{
    Object *a = eval_expr(n->a, f);
    if (!a) return NULL;
    Object *b = eval_expr(n->b, f);
    if (!b) { DECREF(a); return NULL; }
    Object *r;
    if (INT_CHECK_EXACT(a) && INT_CHECK_EXACT(b) && INT_IS_SMALL(a) && INT_IS_SMALL(b)
        && n->op <= CMP_GE) {
        /* small ints compare inline, without eval_compare_op's call */
        int64_t x = INT_VALUE(a), y = INT_VALUE(b);
        int t;
        switch (n->op) {
        case CMP_LT: t = x < y; break;
        case CMP_LE: t = x <= y; break;
        case CMP_EQ: t = x == y; break;
        case CMP_NE: t = x != y; break;
        case CMP_GT: t = x > y; break;
        default: t = x >= y; break;
        }
        DECREF(a);
        DECREF(b);
        return NEWREF(t ? GTrue : GFalse);
    }
    r = eval_compare_op(a, b, n->op);
    DECREF(a);
    DECREF(b);
    if (!r) eval_errat(f, &n->pos);
    return r;
}

Object *ev_compare_chain(ENode *n, Frame *f)
{
    int *ops = n->p;
    Object *a = eval_expr(n->v[0], f);
    if (!a) return NULL;
    Object *r = NULL;
    for (int i = 0; i < n->n; i++) {
        Object *b = eval_expr(n->v[i + 1], f);
        if (!b) { DECREF(a); return NULL; }
        r = eval_compare_op(a, b, ops[i]);
        DECREF(a);
        a = b;
        if (!r) { DECREF(b); eval_errat(f, &n->pos); return NULL; }
        if (i == n->n - 1) break;
        int t = truth(r);
        if (t <= 0) { DECREF(b); if (t < 0) { DECREF(r); return NULL; } return r; }
        DECREF(r);
    }
    DECREF(a);
    return r;
}

Object *ev_namedexpr(ENode *n, Frame *f)
{
    Object *v = eval_expr(n->a, f);
    if (!v) return NULL;
    if (n->b->st(n->b, f, v) < 0) { DECREF(v); return NULL; }
    return v;
}

/* ---- attributes and subscripts ---------------------------------------------- */

/* Attribute nodes' caches, all keyed on (c_dict = the type, c_ver = its
 * version, c_ver2 = the type epoch, which any type or slot change bumps):
 * c_val is n->k looked up on the type's MRO (BORROWED), c_ix2 the offset of
 * the instance dict when a read may go straight to it (generic getattr, no
 * data descriptor on the class), c_stamp the same for a write (generic
 * setattr), 0 when not; c_ix is the hint of the entry within the dict.
 * Returns c_val. */
static inline Object *cached_lookup(ENode *n, TypeObject *t)
{
    if (n->c_dict != (Object *)t || n->c_ver != t->version || n->c_ver2 != *type_epoch) {
        uint32_t ver = t->version, epoch = *type_epoch;
        Object *descr = type_lookup(t, n->k);
        int plain = t->dictoffset > 0 && t->dictoffset <= INT32_MAX
                    && (!descr || !TYPE(descr)->descr_set);
        n->c_ix2 = plain && t->getattr == obj_generic_getattr ? (int32_t)t->dictoffset : 0;
        n->c_stamp = plain && t->setattr == obj_generic_setattr ? (uint64_t)t->dictoffset : 0;
        n->c_val = descr;
        n->c_dict = (Object *)t;
        n->c_ver = ver;
        n->c_ver2 = epoch;
    }
    return n->c_val;
}

/* o.name through n's caches; ev_attr inlines the commonest case further. */
static inline Object *getattr_cached(ENode *n, Object *o)
{
    Object *descr = cached_lookup(n, TYPE(o));
    if (n->c_ix2) {
        Object *d = *(Object **)((char *)o + n->c_ix2);
        Object *v = d ? dict_hint_get(d, n->k, &n->c_ix) : NULL;
        if (v) return NEWREF(v);
        if (descr && !TYPE(descr)->descr_get) return NEWREF(descr);
    }
    return obj_getattr(o, n->k);
}

Object *eval_getattr(ENode *n, Object *o) { return getattr_cached(n, o); }

int eval_setattr(ENode *n, Object *o, Object *v)
{
    if (v) {
        cached_lookup(n, TYPE(o));
        Object *d = n->c_stamp ? *(Object **)((char *)o + n->c_stamp) : NULL;
        if (d) return dict_hint_set(d, n->k, v, &n->c_ix);
    }
    return obj_setattr(o, n->k, v);
}

Object *ev_attr(ENode *n, Frame *f)
{
    ENode *a = n->a;
    Object *o;
    if (a->ev == ev_local && (o = f->slots[a->idx]) != NULL) {
        /* local.name answered by the caches alone runs no other code, so
         * the local's reference is borrowed: no refcount round trip */
        TypeObject *t = TYPE(o);
        if (n->c_dict == (Object *)t && n->c_ver == t->version && n->c_ver2 == *type_epoch
            && n->c_ix2) {
            Object *d = *(Object **)((char *)o + n->c_ix2);
            DictEntry *ep = d ? dict_hinted_entry(((DictObject *)d)->keys, n->k, n->c_ix) : NULL;
            if (ep) return NEWREF(ep->value);
        }
    }
    o = eval_expr(a, f);
    if (!o) return NULL;
    Object *r = getattr_cached(n, o);
    DECREF(o);
    if (!r) eval_errat(f, &n->pos);
    return r;
}

Object *ev_subscript(ENode *n, Frame *f)
{
    Object *o = eval_expr(n->a, f);
    if (!o) return NULL;
    Object *k = eval_expr(n->b, f);
    if (!k) { DECREF(o); return NULL; }
    Object *r = fast_list_get(o, k);
    if (r) {
        INCREF(r);
        DECREF(o);
        DECREF(k);
        return r;
    }
    r = obj_getitem(o, k);
    DECREF(o);
    DECREF(k);
    if (!r) eval_errat(f, &n->pos);
    return r;
}

Object *ev_slice(ENode *n, Frame *f)
{
    Object *x[3] = { NULL, NULL, NULL };
    ENode *e[3] = { n->a, n->b, n->c };
    for (int i = 0; i < 3; i++) {
        if (!e[i]) continue;
        x[i] = eval_expr(e[i], f);
        if (!x[i]) { for (int j = 0; j < i; j++) XDECREF(x[j]); return NULL; }
    }
    Object *r = slice_new(x[0], x[1], x[2]);
    for (int i = 0; i < 3; i++) XDECREF(x[i]);
    return r;
}

int st_attr(ENode *n, Frame *f, Object *v)
{
    Object *o = eval_expr(n->a, f);
    if (!o) return -1;
    int r = eval_setattr(n, o, v);
    DECREF(o);
    if (r < 0) eval_errat(f, &n->pos);
    return r;
}

int st_subscript(ENode *n, Frame *f, Object *v)
{
    Object *o = eval_expr(n->a, f);
    if (!o) return -1;
    Object *k = eval_expr(n->b, f);
    if (!k) { DECREF(o); return -1; }
    int r = v ? (fast_list_set(o, k, v) ? 0 : obj_setitem(o, k, v)) : obj_delitem(o, k);
    DECREF(o);
    DECREF(k);
    if (r < 0) eval_errat(f, &n->pos);
    return r;
}

/* a, *b, c = v */
/* ValueError for cnt values unpacked into n's targets (no starred one). */
static void unpack_count_error(ENode *n, intptr_t cnt)
{
    if (cnt < n->n)
        err_format(&Exc_ValueError, "not enough values to unpack (expected %d, got %zd)", n->n, cnt);
    else
        err_format(&Exc_ValueError, "too many values to unpack (expected %d)", n->n);
}

/* NEW list of the first values (at most max) iterator it gives, or NULL. */
static Object *take_values(Object *it, intptr_t max)
{
    Object *l = list_new(0);
    if (!l) return NULL;
    unaryfunc next = TYPE(it)->iternext;
    while (LIST_SIZE(l) < max) {
        Object *x = next(it);
        if (!x) {
            if (err_occurred()) {
                if (!err_matches_type(&Exc_StopIteration)) { DECREF(l); return NULL; }
                err_clear();
            }
            break;
        }
        int r = list_append(l, x);
        DECREF(x);
        if (r < 0) { DECREF(l); return NULL; }
    }
    return l;
}

int st_unpack(ENode *n, Frame *f, Object *v)
{
    if (!v) {
        for (int i = 0; i < n->n; i++)
            if (n->v[i]->st(n->v[i], f, NULL) < 0) return -1;
        return 0;
    }
    Object **items;
    Object *seq = NULL;
    intptr_t cnt;
    if (TUPLE_CHECK_EXACT(v) && n->idx < 0) {
        /* a tuple cannot change while its items are stored: no copy */
        cnt = TUPLE_SIZE(v);
        if (cnt != n->n) {
            unpack_count_error(n, cnt);
            goto fail;
        }
        for (int i = 0; i < n->n; i++)
            if (n->v[i]->st(n->v[i], f, TUPLE_GET(v, i)) < 0) return -1;
        return 0;
    }
    if (TUPLE_CHECK_EXACT(v) || LIST_CHECK_EXACT(v)) {
        seq = list_from_iterable(v);    /* a snapshot: targets may mutate v */
        if (!seq) goto fail;
    } else {
        Object *it = obj_iter(v);
        if (!it) {
            if (err_matches_type(&Exc_TypeError) && !TYPE(v)->iter && !TYPE(v)->getitem) {
                err_clear();
                err_format(&Exc_TypeError, "cannot unpack non-iterable %s object", type_name(TYPE(v)));
            }
            goto fail;
        }
        /* without a starred target, one value past the count is enough to
         * know there are too many (the iterator may never end) */
        seq = n->idx < 0 ? take_values(it, n->n + 1) : list_from_iterable(it);
        DECREF(it);
        if (!seq) goto fail;
    }
    cnt = LIST_SIZE(seq);
    items = LIST_ITEMS(seq);
    if (n->idx < 0) {
        if (cnt != n->n) {
            unpack_count_error(n, cnt);
            DECREF(seq);
            goto fail;
        }
        for (int i = 0; i < n->n; i++)
            if (n->v[i]->st(n->v[i], f, items[i]) < 0) { DECREF(seq); return -1; }
        DECREF(seq);
        return 0;
    }
    int before = n->idx, after = n->n - n->idx - 1;
    if (cnt < before + after) {
        err_format(&Exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                   before + after, cnt);
        DECREF(seq);
        goto fail;
    }
    for (int i = 0; i < before; i++)
        if (n->v[i]->st(n->v[i], f, items[i]) < 0) { DECREF(seq); return -1; }
    Object *mid = list_getslice(seq, before, cnt - after);
    if (!mid) { DECREF(seq); return -1; }
    int r = n->v[before]->st(n->v[before], f, mid);
    DECREF(mid);
    if (r < 0) { DECREF(seq); return -1; }
    for (int i = 0; i < after; i++) {
        ENode *t = n->v[before + 1 + i];
        if (t->st(t, f, items[cnt - after + i]) < 0) { DECREF(seq); return -1; }
    }
    DECREF(seq);
    return 0;
fail:
    eval_errat(f, &n->pos);
    return -1;
}

/* ---- displays ------------------------------------------------------------------ */

/* Evaluates n's items (with *starred parts) into a new list. */
static Object *items_to_list(ENode *n, Frame *f)
{
    Object *l = list_new(0);
    if (!l) return NULL;
    for (int i = 0; i < n->n; i++) {
        ENode *x = n->v[i];
        if (x->ev == ev_starred_error) {
            Object *it = x->a->ev(x->a, f);
            if (!it) goto fail;
            int r = list_extend(l, it);
            if (r < 0 && err_matches_type(&Exc_TypeError) && !TYPE(it)->iter && !TYPE(it)->getitem) {
                err_clear();
                err_format(&Exc_TypeError, "Value after * must be an iterable, not %s", type_name(TYPE(it)));
            }
            DECREF(it);
            if (r < 0) { eval_errat(f, &x->pos); goto fail; }
        } else {
            Object *v = eval_expr(x, f);
            if (!v) goto fail;
            int r = list_append(l, v);
            DECREF(v);
            if (r < 0) goto fail;
        }
    }
    return l;
fail:
    DECREF(l);
    return NULL;
}

Object *ev_tuple(ENode *n, Frame *f)
{
    if (n->op) {
        Object *l = items_to_list(n, f);
        if (!l) return NULL;
        Object *t = list_as_tuple(l);
        DECREF(l);
        return t;
    }
    Object *t = tuple_new(n->n);
    if (!t) return NULL;
    for (int i = 0; i < n->n; i++) {
        Object *v = eval_expr(n->v[i], f);
        if (!v) {
            for (int j = i; j < n->n; j++) TUPLE_SET(t, j, NEWREF(NONE));
            DECREF(t);
            return NULL;
        }
        TUPLE_SET(t, i, v);
    }
    return t;
}

Object *ev_list(ENode *n, Frame *f)
{
    if (n->op) return items_to_list(n, f);
    Object *l = list_new(n->n);
    if (!l) return NULL;
    for (int i = 0; i < n->n; i++) {
        Object *v = eval_expr(n->v[i], f);
        if (!v) {
            for (int j = i; j < n->n; j++) LIST_SET(l, j, NEWREF(NONE));
            DECREF(l);
            return NULL;
        }
        LIST_SET(l, i, v);
    }
    return l;
}

Object *ev_set(ENode *n, Frame *f)
{
    Object *l = items_to_list(n, f);
    if (!l) return NULL;
    Object *s = set_new(NULL);
    if (s) {
        for (intptr_t i = 0; i < LIST_SIZE(l); i++)
            if (set_add(s, LIST_GET(l, i)) < 0) { CLEAR(s); eval_errat(f, &n->pos); break; }
    }
    DECREF(l);
    return s;
}

Object *ev_dict(ENode *n, Frame *f)
{
    ENode **vals = n->p;
    Object *d = dict_new();
    if (!d) return NULL;
    for (int i = 0; i < n->n; i++) {
        if (!n->v[i]) {
            Object *m = vals[i]->ev(vals[i], f);
            if (!m) goto fail;
            int r;
            if (!DICT_CHECK(m) && !type_lookup_cstr(TYPE(m), "keys")) {
                err_format(&Exc_TypeError, "'%s' object is not a mapping", type_name(TYPE(m)));
                r = -1;
            } else {
                r = dict_update(d, m);
            }
            DECREF(m);
            if (r < 0) { eval_errat(f, &vals[i]->pos); goto fail; }
            continue;
        }
        Object *k = eval_expr(n->v[i], f);
        if (!k) goto fail;
        Object *v = vals[i]->ev(vals[i], f);
        if (!v) { DECREF(k); goto fail; }
        int r = dict_setitem(d, k, v);
        DECREF(k);
        DECREF(v);
        if (r < 0) { eval_errat(f, &n->pos); goto fail; }
    }
    return d;
fail:
    DECREF(d);
    return NULL;
}

Object *ev_starred_error(ENode *n, Frame *f)
{
    eval_errat(f, &n->pos);
    return err_set_string(&Exc_SyntaxError, "can't use starred expression here");
}

Object *ev_unsupported(ENode *n, Frame *f)
{
    eval_errat(f, &n->pos);
    return err_format(&Exc_NotImplementedError, "%U", n->k);
}

/* ---- f-strings -------------------------------------------------------------------- */

Object *ev_joinedstr(ENode *n, Frame *f)
{
    /* one part: its str itself, as CPython (f'{x}' is FORMAT_VALUE alone) */
    if (n->n == 1) return eval_expr(n->v[0], f);
    StrBuf b;
    str_buf_init(&b);
    for (int i = 0; i < n->n; i++) {
        Object *v = eval_expr(n->v[i], f);
        if (!v) { str_buf_free(&b); return NULL; }
        int r = str_buf_append_str(&b, v);
        DECREF(v);
        if (r < 0) { str_buf_free(&b); return NULL; }
    }
    return str_buf_finish(&b);
}

Object *ev_formatted(ENode *n, Frame *f)
{
    Object *v = eval_expr(n->a, f);
    if (!v) return NULL;
    Object *c = NULL;
    if (n->op == 's') c = obj_str(v);
    else if (n->op == 'r') c = obj_repr(v);
    else if (n->op == 'a') c = str_from_format("%A", v);   /* ascii() */
    if (n->op == 's' || n->op == 'r' || n->op == 'a') {
        DECREF(v);
        if (!c) return NULL;
        v = c;
    }
    Object *spec = NULL;
    if (n->b) {
        spec = eval_expr(n->b, f);
        if (!spec) { DECREF(v); return NULL; }
    }
    Object *r;
    if (!spec && STR_CHECK_EXACT(v)) r = NEWREF(v);
    else r = mod_builtins_format(v, spec);
    DECREF(v);
    XDECREF(spec);
    if (!r) eval_errat(f, &n->pos);
    return r;
}

/* ---- functions and comprehensions ----------------------------------------------- */

/* NEW tuple of the cells a nested scope closes over, or NULL if none. */
static Object *make_closure(FuncInfo *fi, Frame *f, int *err)
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

Object *ev_lambda(ENode *n, Frame *f)
{
    FuncInfo *fi = n->p;
    FuncObject *fn = (FuncObject *)func_new(fi->code, f->globals, fi->qualname);
    if (!fn) return NULL;
    if (fi->ndefaults) {
        Object *d = tuple_new(fi->ndefaults);
        if (!d) goto fail;
        fn->defaults = d;
        for (int i = 0; i < fi->ndefaults; i++) TUPLE_SET(d, i, NEWREF(NONE));
        for (int i = 0; i < fi->ndefaults; i++) {
            Object *v = eval_expr(n->v[i], f);
            if (!v) goto fail;
            SETREF(TUPLE_ITEMS(d)[i], v);
        }
    }
    if (fi->nkwdefaults) {
        if (!(fn->kwdefaults = dict_new())) goto fail;
        for (int i = 0; i < fi->nkwdefaults; i++) {
            Object *v = fi->kwdefaults[i]->ev(fi->kwdefaults[i], f);
            if (!v) goto fail;
            int r = dict_setitem(fn->kwdefaults, fi->kwdnames[i], v);
            DECREF(v);
            if (r < 0) goto fail;
        }
    }
    int e;
    fn->closure = make_closure(fi, f, &e);
    if (e) goto fail;
    return (Object *)fn;
fail:
    DECREF_(fn);
    return NULL;
}

Object *ev_comp(ENode *n, Frame *f)
{
    FuncInfo *fi = n->p;
    Object *src = eval_expr(n->a, f);
    if (!src) return NULL;
    Object *it = obj_iter(src);
    DECREF(src);
    if (!it) { eval_errat(f, &n->pos); return NULL; }
    int e;
    Object *closure = make_closure(fi, f, &e);
    if (e) { DECREF(it); return NULL; }
    Frame *cf = frame_push(fi->code);
    if (!cf) { DECREF(it); XDECREF(closure); return NULL; }
    cf->slots[0] = it;
    Object *acc = n->op == EXPR_LISTCOMP ? list_new(0) : n->op == EXPR_SETCOMP ? set_new(NULL) : dict_new();
    Object *result = NULL;
    if (acc) {
        cf->slots[n->idx] = acc;
        Object *r = eval_run_nested(fi->code, cf, f, closure);
        if (r) {
            DECREF(r);
            result = NEWREF(acc);
        } else {
            eval_errat(f, &n->pos);
        }
    }
    XDECREF(closure);
    frame_pop(cf);
    return result;
}
