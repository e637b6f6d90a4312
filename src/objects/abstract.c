/* abstract.c — the generic operations of object.h: repr/str/hash, rich
 * comparison, truth, len, subscription, containment, attributes, iteration,
 * calls and the number protocol, all dispatched through type slots with
 * CPython's order of attempts and CPython's TypeError messages. */
#include <stddef.h>

#include "objects/object.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/descr.h"
#include "eval/eval.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "mem/intern.h"
#include "runtime/errors.h"
#include "runtime/recursion.h"

/* ---- repr, str, hash -------------------------------------------------------- */

Object *obj_repr(Object *o)
{
    unaryfunc f = TYPE(o)->repr;
    if (f == NULL)
        return obj_generic_repr(o);
    if (rt_enter_recursion(" while getting the repr of an object") < 0)
        return NULL;
    Object *r = f(o);
    rt_leave_recursion();
    if (r && !STR_CHECK(r)) {
        err_format(&Exc_TypeError, "__repr__ returned non-string (type %s)", TYPE(r)->name);
        DECREF(r);
        return NULL;
    }
    return r;
}

Object *obj_str(Object *o)
{
    if (STR_CHECK_EXACT(o))
        return NEWREF(o);
    unaryfunc f = TYPE(o)->str;
    if (f == NULL)
        return obj_repr(o);
    if (rt_enter_recursion(" while getting the str of an object") < 0)
        return NULL;
    Object *r = f(o);
    rt_leave_recursion();
    if (r && !STR_CHECK(r)) {
        err_format(&Exc_TypeError, "__str__ returned non-string (type %s)", TYPE(r)->name);
        DECREF(r);
        return NULL;
    }
    return r;
}

hash_t hash_not_implemented(Object *o)
{
    err_format(&Exc_TypeError, "unhashable type: '%s'", TYPE(o)->name);
    return -1;
}

hash_t obj_hash(Object *o)
{
    hashfunc f = TYPE(o)->hash;
    if (f == NULL)
        return hash_not_implemented(o);
    return f(o);
}

/* ---- comparison ----------------------------------------------------------------- */

static const int swapped_op[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };
static const char *const op_symbol[] = { "<", "<=", "==", "!=", ">", ">=" };

/* CPython's do_richcompare: the right operand first when its type is a
 * proper subclass of the left's, then left, then reflected right; == and !=
 * fall back to identity. */
static Object *do_richcompare(Object *a, Object *b, int op)
{
    TypeObject *ta = TYPE(a), *tb = TYPE(b);
    int checked_reverse = 0;
    Object *r;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked_reverse = 1;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != NOTIMPL)
            return r;
        DECREF(r);
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != NOTIMPL)
            return r;
        DECREF(r);
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != NOTIMPL)
            return r;
        DECREF(r);
    }
    switch (op) {
    case CMP_EQ:
        return bool_from(a == b);
    case CMP_NE:
        return bool_from(a != b);
    default:
        return err_format(&Exc_TypeError,
                          "'%s' not supported between instances of '%s' and '%s'",
                          op_symbol[op], ta->name, tb->name);
    }
}

Object *obj_richcompare(Object *a, Object *b, int op)
{
    if (op < CMP_LT || op > CMP_GE)
        return err_bad_internal_call("obj_richcompare");
    if (rt_enter_recursion(" in comparison") < 0)
        return NULL;
    Object *r = do_richcompare(a, b, op);
    rt_leave_recursion();
    return r;
}

int obj_richcompare_bool(Object *a, Object *b, int op)
{
    if (a == b) {
        if (op == CMP_EQ)
            return 1;
        if (op == CMP_NE)
            return 0;
    }
    Object *r = obj_richcompare(a, b, op);
    if (r == NULL)
        return -1;
    int t = r == GTrue ? 1 : r == GFalse ? 0 : obj_is_true(r);
    DECREF(r);
    return t;
}

/* ---- truth, length ----------------------------------------------------------------- */

int obj_is_true(Object *o)
{
    if (o == GTrue)
        return 1;
    if (o == GFalse || o == NONE)
        return 0;
    TypeObject *t = TYPE(o);
    if (t->num && t->num->bool_)
        return t->num->bool_(o);
    if (t->len) {
        intptr_t n = t->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

intptr_t obj_length(Object *o)
{
    lenfunc f = TYPE(o)->len;
    if (f == NULL) {
        err_format(&Exc_TypeError, "object of type '%s' has no len()", TYPE(o)->name);
        return -1;
    }
    return f(o);
}

/* ---- subscription and containment --------------------------------------------------- */

Object *obj_getitem(Object *o, Object *key)
{
    binaryfunc f = TYPE(o)->getitem;
    if (f)
        return f(o, key);
    if (TYPE_CHECK(o)) {
        Object *meth = type_lookup_cstr((TypeObject *)o, "__class_getitem__");
        if (meth) {
            /* Usually a classmethod: bind it to the type before calling. */
            descrgetfunc get = TYPE(meth)->descr_get;
            Object *bound = get ? get(meth, NULL, o) : NEWREF(meth);
            if (bound == NULL)
                return NULL;
            Object *r = obj_call(bound, &key, 1, NULL);
            DECREF(bound);
            return r;
        }
        return err_format(&Exc_TypeError, "type '%s' is not subscriptable",
                          ((TypeObject *)o)->name);
    }
    return err_format(&Exc_TypeError, "'%s' object is not subscriptable", TYPE(o)->name);
}

int obj_setitem(Object *o, Object *key, Object *v)
{
    objobjargproc f = TYPE(o)->setitem;
    if (f)
        return f(o, key, v);
    err_format(&Exc_TypeError, "'%s' object does not support item assignment", TYPE(o)->name);
    return -1;
}

int obj_delitem(Object *o, Object *key)
{
    TypeObject *t = TYPE(o);
    if (t->setitem)
        return t->setitem(o, key, NULL);
    err_format(&Exc_TypeError, t->getitem || t->item
               ? "'%s' object doesn't support item deletion"
               : "'%s' object does not support item deletion", t->name);
    return -1;
}

int obj_contains(Object *o, Object *key)
{
    objobjproc f = TYPE(o)->contains;
    if (f)
        return f(o, key);
    TypeObject *t = TYPE(o);
    if (t->iter == NULL && t->getitem == NULL) {
        err_format(&Exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Object *it = obj_iter(o);
    if (it == NULL) {
        /* any TypeError from iter() becomes CPython's 'argument of type' text */
        if (err_matches_type(&Exc_TypeError)) {
            err_clear();
            err_format(&Exc_TypeError, "argument of type '%s' is not iterable", t->name);
        }
        return -1;
    }
    int found = 0;
    for (;;) {
        Object *x = obj_next(it);
        if (x == NULL) {
            found = err_occurred() ? -1 : 0;
            break;
        }
        int eq = obj_richcompare_bool(x, key, CMP_EQ);
        DECREF(x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    DECREF(it);
    return found;
}

/* ---- attributes --------------------------------------------------------------------- */

static int check_attr_name(Object *name)
{
    if (STR_CHECK(name))
        return 0;
    err_format(&Exc_TypeError, "attribute name must be string, not '%s'", TYPE(name)->name);
    return -1;
}

Object *obj_getattr(Object *o, Object *name)
{
    if (check_attr_name(name) < 0)
        return NULL;
    getattrofunc f = TYPE(o)->getattr;
    return f ? f(o, name) : obj_generic_getattr(o, name);
}

Object *obj_getattr_cstr(Object *o, const char *name)
{
    Object *n = intern_cstr(name);
    if (n == NULL)
        return NULL;
    Object *r = obj_getattr(o, n);
    DECREF(n);
    return r;
}

int obj_setattr(Object *o, Object *name, Object *v)
{
    if (check_attr_name(name) < 0)
        return -1;
    setattrofunc f = TYPE(o)->setattr;
    return f ? f(o, name, v) : obj_generic_setattr(o, name, v);
}

/* ---- iteration ---------------------------------------------------------------------- */

Object *obj_iter(Object *o)
{
    TypeObject *t = TYPE(o);
    if (t->iter) {
        Object *it = t->iter(o);
        if (it && TYPE(it)->iternext == NULL) {
            err_format(&Exc_TypeError, "iter() returned non-iterator of type '%s'",
                       TYPE(it)->name);
            DECREF(it);
            return NULL;
        }
        return it;
    }
    if (t->getitem || t->item)
        return iter_seqiter_new(o);
    return err_format(&Exc_TypeError, "'%s' object is not iterable", t->name);
}

Object *obj_next(Object *it)
{
    unaryfunc f = TYPE(it)->iternext;
    if (f == NULL)
        return err_format(&Exc_TypeError, "'%s' object is not an iterator", TYPE(it)->name);
    Object *r = f(it);
    if (r == NULL && err_occurred() && err_matches_type(&Exc_StopIteration))
        err_clear();
    return r;
}

/* ---- calls ---------------------------------------------------------------------------- */

Object *obj_call(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    vectorcallfunc call = TYPE(f)->call;
    if (call == NULL)
        return err_format(&Exc_TypeError, "'%s' object is not callable", TYPE(f)->name);
    Object *r;
    if (call == eval_call_function || IS_TYPE(f, &Method_Type) || IS_TYPE(f, &CFunction_Type)
        || (TYPE_CHECK(f) && !TYPE_HAS((TypeObject *)f, TPF_HEAPTYPE))) {
        /* as CPython's vectorcalls, these don't count here: a Python
         * function checks the depth as its frame starts (plain message),
         * and counting it twice would halve the depth reachable through
         * map(), list() and the like.  Builtin functions count in their
         * own call slot, classes here, as in CPython. */
        r = call(f, args, nargs, kwnames);
    } else {
        if (rt_enter_recursion(" while calling a Python object") < 0)
            return NULL;
        r = call(f, args, nargs, kwnames);
        rt_leave_recursion();
    }
    if (r == NULL && !err_occurred())
        return err_format(&Exc_SystemError, "%s returned NULL without setting an exception",
                          TYPE(f)->name);
    return r;
}

/* ---- numbers ---------------------------------------------------------------------------- */

/* Offsets of the binary and in-place slots per BINOP_*. */
#define SLOT(f) offsetof(NumberMethods, f)
static const size_t binop_slot[BINOP__COUNT] = {
    [BINOP_ADD] = SLOT(add), [BINOP_SUB] = SLOT(sub), [BINOP_MUL] = SLOT(mul),
    [BINOP_TRUEDIV] = SLOT(truediv), [BINOP_FLOORDIV] = SLOT(floordiv),
    [BINOP_MOD] = SLOT(mod), [BINOP_POW] = SLOT(pow), [BINOP_MATMUL] = SLOT(matmul),
    [BINOP_LSHIFT] = SLOT(lshift), [BINOP_RSHIFT] = SLOT(rshift), [BINOP_AND] = SLOT(and_),
    [BINOP_OR] = SLOT(or_), [BINOP_XOR] = SLOT(xor), [BINOP_DIVMOD] = SLOT(divmod),
};
static const size_t inplace_slot[BINOP__COUNT] = {
    [BINOP_ADD] = SLOT(iadd), [BINOP_SUB] = SLOT(isub), [BINOP_MUL] = SLOT(imul),
    [BINOP_TRUEDIV] = SLOT(itruediv), [BINOP_FLOORDIV] = SLOT(ifloordiv),
    [BINOP_MOD] = SLOT(imod), [BINOP_POW] = SLOT(ipow), [BINOP_MATMUL] = SLOT(imatmul),
    [BINOP_LSHIFT] = SLOT(ilshift), [BINOP_RSHIFT] = SLOT(irshift), [BINOP_AND] = SLOT(iand),
    [BINOP_OR] = SLOT(ior), [BINOP_XOR] = SLOT(ixor), [BINOP_DIVMOD] = 0,
};
static const char *const binop_symbol[BINOP__COUNT] = {
    "+", "-", "*", "/", "//", "%", "** or pow()", "@", "<<", ">>", "&", "|", "^", "divmod()",
};
static const char *const inplace_symbol[BINOP__COUNT] = {
    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "<<=", ">>=", "&=", "|=", "^=", "divmod()",
};

static void *get_slot(TypeObject *t, size_t off)
{
    if (t->num == NULL)
        return NULL;
    return *(void **)((char *)t->num + off);
}

/* CPython's binary_op1 / ternary_op: left slot, with the right operand's
 * slot first when its type is a subclass of the left's; NotImplemented
 * (NEW) when neither side handles the pair. */
static Object *binary_op1(Object *a, Object *b, size_t off, Object *z)
{
    TypeObject *ta = TYPE(a), *tb = TYPE(b);
    void *sa = get_slot(ta, off);
    void *sb = NULL;
    if (tb != ta) {
        sb = get_slot(tb, off);
        if (sb == sa)
            sb = NULL;
    }
#define CALL(s) (z ? ((ternaryfunc)(s))(a, b, z) : ((binaryfunc)(s))(a, b))
    Object *r;
    if (sa) {
        if (sb && type_is_subtype(tb, ta)) {
            r = CALL(sb);
            if (r != NOTIMPL)
                return r;
            DECREF(r);
            sb = NULL;
        }
        r = CALL(sa);
        if (r != NOTIMPL)
            return r;
        DECREF(r);
    }
    if (sb) {
        r = CALL(sb);
        if (r != NOTIMPL)
            return r;
        DECREF(r);
    }
#undef CALL
    return NEWREF(NOTIMPL);
}

static int is_sequence(Object *o)
{
    return STR_CHECK(o) || LIST_CHECK(o) || TUPLE_CHECK(o) || BYTES_CHECK(o);
}

/* The error once no slot handled a op b, with CPython's wording for
 * sequence concatenation and repetition. */
static Object *binop_error(Object *a, Object *b, int op, const char *sym)
{
    if (op == BINOP_ADD && is_sequence(a)) {
        if (BYTES_CHECK(a))
            return err_format(&Exc_TypeError, "can't concat %s to %s",
                              TYPE(b)->name, TYPE(a)->name);
        return err_format(&Exc_TypeError, "can only concatenate %s (not \"%s\") to %s",
                          TYPE(a)->name, TYPE(b)->name, TYPE(a)->name);
    }
    if (op == BINOP_MUL && (is_sequence(a) || is_sequence(b))) {
        Object *other = is_sequence(a) ? b : a;
        return err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          TYPE(other)->name);
    }
    return err_format(&Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                      sym, TYPE(a)->name, TYPE(b)->name);
}

Object *num_binop(Object *a, Object *b, int op)
{
    if (op < 0 || op >= BINOP__COUNT)
        return err_bad_internal_call("num_binop");
    Object *r = binary_op1(a, b, binop_slot[op], op == BINOP_POW ? NONE : NULL);
    if (r != NOTIMPL)
        return r;
    DECREF(r);
    return binop_error(a, b, op, binop_symbol[op]);
}

Object *num_inplace(Object *a, Object *b, int op)
{
    if (op < 0 || op >= BINOP__COUNT)
        return err_bad_internal_call("num_inplace");
    if (op == BINOP_DIVMOD)
        return num_binop(a, b, op);
    Object *z = op == BINOP_POW ? NONE : NULL;
    void *islot = get_slot(TYPE(a), inplace_slot[op]);
    if (islot) {
        Object *r = z ? ((ternaryfunc)islot)(a, b, z) : ((binaryfunc)islot)(a, b);
        if (r != NOTIMPL)
            return r;
        DECREF(r);
    }
    Object *r = binary_op1(a, b, binop_slot[op], z);
    if (r != NOTIMPL)
        return r;
    DECREF(r);
    return binop_error(a, b, op, inplace_symbol[op]);
}

Object *num_power(Object *a, Object *b, Object *c)
{
    if (c == NULL || IS_NONE(c))
        return num_binop(a, b, BINOP_POW);
    /* Three-argument pow: the third operand's slot is tried last. */
    Object *r = binary_op1(a, b, SLOT(pow), c);
    if (r != NOTIMPL)
        return r;
    DECREF(r);
    ternaryfunc sc = get_slot(TYPE(c), SLOT(pow));
    if (sc && sc != get_slot(TYPE(a), SLOT(pow)) && sc != get_slot(TYPE(b), SLOT(pow))) {
        r = sc(a, b, c);
        if (r != NOTIMPL)
            return r;
        DECREF(r);
    }
    return err_format(&Exc_TypeError,
                      "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                      TYPE(a)->name, TYPE(b)->name, TYPE(c)->name);
}

static Object *unary(Object *o, size_t off, const char *what)
{
    unaryfunc f = get_slot(TYPE(o), off);
    if (f)
        return f(o);
    return err_format(&Exc_TypeError, "bad operand type for %s: '%s'", what, TYPE(o)->name);
}

Object *num_neg(Object *o) { return unary(o, SLOT(neg), "unary -"); }
Object *num_pos(Object *o) { return unary(o, SLOT(pos), "unary +"); }
Object *num_invert(Object *o) { return unary(o, SLOT(invert), "unary ~"); }
Object *num_abs(Object *o) { return unary(o, SLOT(abs), "abs()"); }

Object *num_index(Object *o)
{
    if (INT_CHECK_EXACT(o))
        return NEWREF(o);
    if (INT_CHECK(o) && !(TYPE(o)->num && TYPE(o)->num->index))
        return NEWREF(o);
    unaryfunc f = get_slot(TYPE(o), SLOT(index));
    if (f == NULL)
        return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          TYPE(o)->name);
    Object *r = f(o);
    if (r && !INT_CHECK(r)) {
        err_format(&Exc_TypeError, "__index__ returned non-int (type %s)", TYPE(r)->name);
        DECREF(r);
        return NULL;
    }
    return r;
}

Object *obj_format(Object *o, Object *spec)
{
    if (spec == NULL || (STR_CHECK(spec) && STR_NBYTES(spec) == 0)) {
        if (STR_CHECK_EXACT(o))
            return NEWREF(o);
        if (INT_CHECK_EXACT(o))
            return obj_str(o);
    }
    Object *empty = NULL;
    if (spec == NULL && (spec = empty = str_empty()) == NULL)
        return NULL;
    Object *meth = type_lookup_cstr(TYPE(o), "__format__");
    if (meth == NULL) {
        XDECREF(empty);
        return err_format(&Exc_TypeError, "Type %s doesn't define __format__", TYPE(o)->name);
    }
    INCREF(meth);
    Object *args[2] = { o, spec };
    Object *r = obj_call(meth, args, 2, NULL);
    DECREF(meth);
    XDECREF(empty);
    if (r && !STR_CHECK(r)) {
        err_format(&Exc_TypeError, "__format__ must return a str, not %s", TYPE(r)->name);
        DECREF(r);
        return NULL;
    }
    return r;
}
