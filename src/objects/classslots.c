/* classslots.c — the C slots of classes that dispatch to dunder methods
 * (CPython's slot_tp_* / slot_nb_* functions): when a class or one of its
 * Python bases defines __add__, the type's num->add is slot_nb_add, which
 * looks __add__ (or the reflected __radd__ of the other operand) up in the
 * MRO and calls it.  class_fixup_slots decides, slot by slot, between these
 * dispatchers and the slot inherited from the base. */
#include <stdlib.h>
#include <stddef.h>

#include "objects/class.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "eval/eval.h"
#include "mem/intern.h"
#include "runtime/errors.h"
#include "runtime/traceback.h"

/* ---- interned dunder names ------------------------------------------------------ */

#define BINOPS(X) \
    X(add, "__add__", "__radd__", "__iadd__") \
    X(sub, "__sub__", "__rsub__", "__isub__") \
    X(mul, "__mul__", "__rmul__", "__imul__") \
    X(truediv, "__truediv__", "__rtruediv__", "__itruediv__") \
    X(floordiv, "__floordiv__", "__rfloordiv__", "__ifloordiv__") \
    X(mod, "__mod__", "__rmod__", "__imod__") \
    X(divmod, "__divmod__", "__rdivmod__", NULL) \
    X(matmul, "__matmul__", "__rmatmul__", "__imatmul__") \
    X(lshift, "__lshift__", "__rlshift__", "__ilshift__") \
    X(rshift, "__rshift__", "__rrshift__", "__irshift__") \
    X(and_, "__and__", "__rand__", "__iand__") \
    X(or_, "__or__", "__ror__", "__ior__") \
    X(xor, "__xor__", "__rxor__", "__ixor__") \
    X(pow, "__pow__", "__rpow__", "__ipow__")

enum {
#define X(f, a, b, c) B_##f,
    BINOPS(X)
#undef X
    NBINOPS
};

static const char *const bin_names[NBINOPS][3] = {
#define X(f, a, b, c) { a, b, c },
    BINOPS(X)
#undef X
};
static const size_t bin_off[NBINOPS] = {
#define X(f, a, b, c) offsetof(NumberMethods, f),
    BINOPS(X)
#undef X
};
static const size_t bin_ioff[NBINOPS] = {
    offsetof(NumberMethods, iadd), offsetof(NumberMethods, isub), offsetof(NumberMethods, imul),
    offsetof(NumberMethods, itruediv), offsetof(NumberMethods, ifloordiv),
    offsetof(NumberMethods, imod), 0, offsetof(NumberMethods, imatmul),
    offsetof(NumberMethods, ilshift), offsetof(NumberMethods, irshift),
    offsetof(NumberMethods, iand), offsetof(NumberMethods, ior), offsetof(NumberMethods, ixor),
    offsetof(NumberMethods, ipow),
};
static Object *bin_op[NBINOPS], *bin_rop[NBINOPS], *bin_iop[NBINOPS];

enum {
    N_repr, N_str, N_hash, N_call, N_iter, N_next, N_get, N_set, N_delete, N_init,
    N_new, N_del, N_len, N_getitem, N_setitem, N_delitem, N_contains, N_bool,
    N_getattr, N_getattribute, N_setattr, N_delattr,
    N_lt, N_le, N_eq, N_ne, N_gt, N_ge,
    N_neg, N_pos, N_abs, N_invert, N_int, N_float, N_index,
    NNAMES
};
static const char *const names_c[NNAMES] = {
    "__repr__", "__str__", "__hash__", "__call__", "__iter__", "__next__", "__get__",
    "__set__", "__delete__", "__init__", "__new__", "__del__", "__len__", "__getitem__",
    "__setitem__", "__delitem__", "__contains__", "__bool__",
    "__getattr__", "__getattribute__", "__setattr__", "__delattr__",
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
    "__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__", "__index__",
};
static Object *N[NNAMES];
static Object *object_getattribute;   /* object.__getattribute__, BORROWED */

/* ---- calling a looked-up method --------------------------------------------------- */

/* NEW: descr (found on TYPE(self)) called as a method of self with args
 * (and keywords values after them, named by kwnames). */
static Object *call_descr(Object *descr, Object *self, Object *const *args, size_t nargs,
                          Object *kwnames)
{
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    if (FUNC_CHECK(descr)) {
        Object *small[8], **v = small;
        if (nargs + nkw + 1 > 8 && (v = malloc(sizeof(Object *) * (nargs + nkw + 1))) == NULL)
            return err_no_memory();
        v[0] = self;
        for (size_t i = 0; i < nargs + nkw; i++)
            v[i + 1] = args[i];
        Object *r = obj_call(descr, v, nargs + 1, kwnames);
        if (v != small)
            free(v);
        return r;
    }
    descrgetfunc get = TYPE(descr)->descr_get;
    if (get == NULL)
        return obj_call(descr, args, nargs, kwnames);
    Object *bound = get(descr, self, (Object *)TYPE(self));
    if (bound == NULL)
        return NULL;
    Object *r = obj_call(bound, args, nargs, kwnames);
    DECREF(bound);
    return r;
}

/* NEW: self.<name>(args) through the type; AttributeError if missing. */
static Object *call_method(Object *self, Object *name, Object *const *args, size_t nargs)
{
    Object *descr = type_lookup(TYPE(self), name);
    if (descr == NULL)
        return err_set_object(&Exc_AttributeError, name);
    INCREF(descr);
    Object *r = call_descr(descr, self, args, nargs, NULL);
    DECREF(descr);
    return r;
}

/* As call_method, but NotImplemented when the method is missing. */
static Object *call_maybe(Object *self, Object *name, Object *const *args, size_t nargs)
{
    Object *descr = type_lookup(TYPE(self), name);
    if (descr == NULL)
        RETURN_NOTIMPL;
    INCREF(descr);
    Object *r = call_descr(descr, self, args, nargs, NULL);
    DECREF(descr);
    return r;
}

/* ---- number slots ----------------------------------------------------------------- */

static void *slot_at(TypeObject *t, size_t off)
{
    return t->num ? *(void **)((char *)t->num + off) : NULL;
}

static void *bin_fn[NBINOPS];

/* CPython's SLOT1BINFULL: self.__op__(other), with other.__rop__(self)
 * first when other's class is a subclass overriding __rop__, and last
 * when self's answer is NotImplemented. */
static Object *binary_slot(Object *self, Object *other, int i)
{
    TypeObject *ts = TYPE(self), *to = TYPE(other);
    void *fn = bin_fn[i];
    int do_other = ts != to && slot_at(to, bin_off[i]) == fn;
    Object *r;
    if (slot_at(ts, bin_off[i]) == fn) {
        if (do_other && type_is_subtype(to, ts) &&
            type_lookup(to, bin_rop[i]) != type_lookup(ts, bin_rop[i])) {
            r = call_maybe(other, bin_rop[i], &self, 1);
            if (r != NOTIMPL)
                return r;
            DECREF(r);
            do_other = 0;
        }
        r = call_maybe(self, bin_op[i], &other, 1);
        if (r != NOTIMPL || to == ts)
            return r;
        DECREF(r);
    }
    if (do_other)
        return call_maybe(other, bin_rop[i], &self, 1);
    RETURN_NOTIMPL;
}

#define BIN(f) static Object *slot_nb_##f(Object *x, Object *y) { return binary_slot(x, y, B_##f); }
#define IBIN(f) static Object *slot_nb_i##f(Object *x, Object *y) { return call_maybe(x, bin_iop[B_##f], &y, 1); }
BIN(add) BIN(sub) BIN(mul) BIN(truediv) BIN(floordiv) BIN(mod) BIN(divmod) BIN(matmul)
BIN(lshift) BIN(rshift) BIN(and_) BIN(or_) BIN(xor)
IBIN(add) IBIN(sub) IBIN(mul) IBIN(truediv) IBIN(floordiv) IBIN(mod) IBIN(matmul)
IBIN(lshift) IBIN(rshift) IBIN(and_) IBIN(or_) IBIN(xor)
#undef BIN
#undef IBIN

static Object *slot_nb_pow(Object *self, Object *other, Object *mod)
{
    if (mod == NULL || IS_NONE(mod))
        return binary_slot(self, other, B_pow);
    /* three-argument pow: only self's __pow__ is tried */
    if (slot_at(TYPE(self), bin_off[B_pow]) == (void *)slot_nb_pow) {
        Object *args[2] = { other, mod };
        return call_maybe(self, bin_op[B_pow], args, 2);
    }
    RETURN_NOTIMPL;
}

static Object *slot_nb_ipow(Object *self, Object *other, Object *mod)
{
    return call_maybe(self, bin_iop[B_pow], &other, 1);
}

static void *bin_fn[NBINOPS] = {
    slot_nb_add, slot_nb_sub, slot_nb_mul, slot_nb_truediv, slot_nb_floordiv, slot_nb_mod,
    slot_nb_divmod, slot_nb_matmul, slot_nb_lshift, slot_nb_rshift, slot_nb_and_,
    slot_nb_or_, slot_nb_xor, slot_nb_pow,
};
static void *bin_ifn[NBINOPS] = {
    slot_nb_iadd, slot_nb_isub, slot_nb_imul, slot_nb_itruediv, slot_nb_ifloordiv,
    slot_nb_imod, NULL, slot_nb_imatmul, slot_nb_ilshift, slot_nb_irshift, slot_nb_iand_,
    slot_nb_ior_, slot_nb_ixor, slot_nb_ipow,
};

#define UNARY(f, n) static Object *slot_nb_##f(Object *self) { return call_method(self, N[n], NULL, 0); }
UNARY(neg, N_neg) UNARY(pos, N_pos) UNARY(abs, N_abs) UNARY(invert, N_invert)
UNARY(int_, N_int) UNARY(float_, N_float) UNARY(index, N_index)
#undef UNARY

/* __len__'s result as a length, with CPython's checks. */
static intptr_t length_of(Object *r)
{
    Object *i = num_index(r);
    DECREF(r);
    if (i == NULL)
        return -1;
    if (int_sign(i) < 0) {
        DECREF(i);
        err_set_string(&Exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    intptr_t n = int_as_ssize(i);
    DECREF(i);
    if (n == -1 && err_occurred()) {
        err_clear();
        err_format(&Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return n;
}

static int slot_nb_bool(Object *self)
{
    Object *descr = type_lookup(TYPE(self), N[N_bool]);
    if (descr && !IS_NONE(descr)) {
        INCREF(descr);
        Object *r = call_descr(descr, self, NULL, 0, NULL);
        DECREF(descr);
        if (r == NULL)
            return -1;
        if (!BOOL_CHECK(r)) {
            err_format(&Exc_TypeError, "__bool__ should return bool, returned %s", TYPE(r)->name);
            DECREF(r);
            return -1;
        }
        int t = r == GTrue;
        DECREF(r);
        return t;
    }
    descr = type_lookup(TYPE(self), N[N_len]);
    if (descr == NULL)
        return 1;
    INCREF(descr);
    Object *r = call_descr(descr, self, NULL, 0, NULL);
    DECREF(descr);
    if (r == NULL)
        return -1;
    intptr_t n = length_of(r);
    return n < 0 ? -1 : n > 0;
}

/* ---- object protocol slots ----------------------------------------------------------- */

static Object *slot_tp_repr(Object *self) { return call_method(self, N[N_repr], NULL, 0); }

/* object's repr for instances of classes: <__main__.C object at 0x...> */
static Object *instance_default_repr(Object *self)
{
    TypeObject *t = TYPE(self);
    Object *mod = t->dict ? dict_getitem_str(t->dict, "__module__") : NULL;
    Object *qual = ((HeapTypeObject *)t)->ht_qualname;
    if (mod && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins") && qual)
        return str_from_format("<%U.%U object at %p>", mod, qual, (void *)self);
    return obj_generic_repr(self);
}
static Object *slot_tp_str(Object *self) { return call_method(self, N[N_str], NULL, 0); }

static hash_t slot_tp_hash(Object *self)
{
    Object *descr = type_lookup(TYPE(self), N[N_hash]);
    if (descr == NULL || IS_NONE(descr))
        return hash_not_implemented(self);
    INCREF(descr);
    Object *r = call_descr(descr, self, NULL, 0, NULL);
    DECREF(descr);
    if (r == NULL)
        return -1;
    if (!INT_CHECK(r)) {
        DECREF(r);
        err_set_string(&Exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    hash_t h = int_as_ssize(r);
    if (h == -1 && err_occurred()) {
        err_clear();
        h = int_hash(r);
    }
    DECREF(r);
    return h == -1 ? -2 : h;
}

static Object *slot_tp_richcompare(Object *self, Object *other, int op)
{
    return call_maybe(self, N[N_lt + op], &other, 1);
}

static Object *slot_tp_call(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    Object *descr = type_lookup(TYPE(self), N[N_call]);
    if (descr == NULL)
        return err_format(&Exc_TypeError, "'%s' object is not callable", TYPE(self)->name);
    INCREF(descr);
    Object *r = call_descr(descr, self, args, nargs, kw);
    DECREF(descr);
    return r;
}

static Object *slot_tp_iter(Object *self)
{
    Object *descr = type_lookup(TYPE(self), N[N_iter]);
    if (descr == NULL || IS_NONE(descr))
        return err_format(&Exc_TypeError, "'%s' object is not iterable", TYPE(self)->name);
    INCREF(descr);
    Object *r = call_descr(descr, self, NULL, 0, NULL);
    DECREF(descr);
    return r;
}

/* NULL without an exception once __next__ raises StopIteration. */
static Object *slot_tp_iternext(Object *self)
{
    Object *r = call_method(self, N[N_next], NULL, 0);
    if (r == NULL && err_matches_type(&Exc_StopIteration))
        err_clear();
    return r;
}

static Object *slot_tp_descr_get(Object *self, Object *obj, Object *type)
{
    Object *descr = type_lookup(TYPE(self), N[N_get]);
    if (descr == NULL)
        return NEWREF(self);
    Object *args[2] = { obj ? obj : NONE, type ? type : NONE };
    INCREF(descr);
    Object *r = call_descr(descr, self, args, 2, NULL);
    DECREF(descr);
    return r;
}

static int none_result(Object *r)
{
    if (r == NULL)
        return -1;
    DECREF(r);
    return 0;
}

static int slot_tp_descr_set(Object *self, Object *obj, Object *value)
{
    if (value == NULL)
        return none_result(call_method(self, N[N_delete], &obj, 1));
    Object *args[2] = { obj, value };
    return none_result(call_method(self, N[N_set], args, 2));
}

static intptr_t slot_sq_length(Object *self)
{
    Object *r = call_method(self, N[N_len], NULL, 0);
    return r ? length_of(r) : -1;
}

static Object *slot_mp_subscript(Object *self, Object *key)
{
    return call_method(self, N[N_getitem], &key, 1);
}

static int slot_mp_ass_subscript(Object *self, Object *key, Object *value)
{
    if (value == NULL)
        return none_result(call_method(self, N[N_delitem], &key, 1));
    Object *args[2] = { key, value };
    return none_result(call_method(self, N[N_setitem], args, 2));
}

static int slot_sq_contains(Object *self, Object *key)
{
    Object *descr = type_lookup(TYPE(self), N[N_contains]);
    if (descr && IS_NONE(descr)) {
        err_format(&Exc_TypeError, "'%s' object is not a container", TYPE(self)->name);
        return -1;
    }
    if (descr == NULL) {
        /* iterate, as the sequence protocol does */
        Object *it = obj_iter(self);
        if (it == NULL)
            return -1;
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
    INCREF(descr);
    Object *r = call_descr(descr, self, &key, 1, NULL);
    DECREF(descr);
    if (r == NULL)
        return -1;
    int t = obj_is_true(r);
    DECREF(r);
    return t;
}

/* __getattribute__, then __getattr__ when it raises AttributeError. */
static Object *slot_tp_getattr_hook(Object *self, Object *name)
{
    TypeObject *t = TYPE(self);
    Object *ga = type_lookup(t, N[N_getattribute]);
    Object *r;
    if (ga == NULL || ga == object_getattribute) {
        r = obj_generic_getattr(self, name);
    } else {
        INCREF(ga);
        r = call_descr(ga, self, &name, 1, NULL);
        DECREF(ga);
    }
    if (r || !err_matches_type(&Exc_AttributeError))
        return r;
    Object *g = type_lookup(t, N[N_getattr]);
    if (g == NULL)
        return NULL;
    err_clear();
    INCREF(g);
    r = call_descr(g, self, &name, 1, NULL);
    DECREF(g);
    return r;
}

static int slot_tp_setattro(Object *self, Object *name, Object *value)
{
    if (value == NULL)
        return none_result(call_method(self, N[N_delattr], &name, 1));
    Object *args[2] = { name, value };
    return none_result(call_method(self, N[N_setattr], args, 2));
}

static int slot_tp_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    Object *descr = type_lookup(TYPE(self), N[N_init]);
    if (descr == NULL) {
        err_set_object(&Exc_AttributeError, N[N_init]);
        return -1;
    }
    INCREF(descr);
    Object *r = call_descr(descr, self, args, nargs, kw);
    DECREF(descr);
    if (r == NULL)
        return -1;
    if (!IS_NONE(r)) {
        err_format(&Exc_TypeError, "__init__() should return None, not '%s'", TYPE(r)->name);
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return 0;
}

/* __new__ is a staticmethod: called with the class first. */
static Object *slot_tp_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    Object *descr = type_lookup(t, N[N_new]);
    if (descr == NULL)
        return err_set_object(&Exc_AttributeError, N[N_new]);
    INCREF(descr);
    descrgetfunc get = TYPE(descr)->descr_get;
    Object *f = get ? get(descr, NULL, (Object *)t) : NEWREF(descr);
    DECREF(descr);
    if (f == NULL)
        return NULL;
    size_t nkw = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    Object *small[8], **v = small;
    if (nargs + nkw + 1 > 8 && (v = malloc(sizeof(Object *) * (nargs + nkw + 1))) == NULL) {
        DECREF(f);
        return err_no_memory();
    }
    v[0] = (Object *)t;
    for (size_t i = 0; i < nargs + nkw; i++)
        v[i + 1] = args[i];
    Object *r = obj_call(f, v, nargs + 1, kw);
    if (v != small)
        free(v);
    DECREF(f);
    return r;
}

/* __del__: errors are reported as CPython's unraisable hook does. */
static void slot_tp_finalize(Object *self)
{
    Object *saved = err_fetch();
    Object *del = type_lookup(TYPE(self), N[N_del]);
    if (del) {
        INCREF(del);
        Object *r = call_descr(del, self, NULL, 0, NULL);
        if (r) {
            DECREF(r);
        } else {
            Object *exc = err_fetch();
            fflush(stdout);
            Object *rep = obj_repr(del);
            if (rep) {
                fprintf(stderr, "Exception ignored in: %s\n", STR_UTF8(rep));
                DECREF(rep);
            } else {
                err_clear();
                fprintf(stderr, "Exception ignored in: <object repr() failed>\n");
            }
            if (exc) {
                tb_print_exception(exc, stderr);
                DECREF(exc);
            }
            fflush(stderr);
        }
        DECREF(del);
    }
    err_restore(saved);
}

/* ---- choosing the slots of a class ------------------------------------------------------ */

/* 1 if name is found in the MRO of t first in a class (a heap type's
 * dict); 0 if in a built-in type or nowhere. */
static int heap_defines(TypeObject *t, Object *name)
{
    Object *mro = t->mro;
    for (intptr_t i = 0; mro && i < TUPLE_SIZE(mro); i++) {
        TypeObject *b = (TypeObject *)TUPLE_GET(mro, i);
        if (b->dict && dict_getitem(b->dict, name))
            return TYPE_HAS(b, TPF_HEAPTYPE);
    }
    return 0;
}

/* Sets the slot at off (in the type, or in num when num is set) to fn when
 * one of the names is defined by a class in the MRO, else to the base's. */
static void pick(TypeObject *t, int num, size_t off, void *fn, int n1, int n2)
{
    int defined = heap_defines(t, N[n1]) || (n2 >= 0 && heap_defines(t, N[n2]));
    void **slot, *inherited;
    if (num) {
        slot = (void **)((char *)t->num + off);
        inherited = slot_at(t->base, off);
    } else {
        slot = (void **)((char *)t + off);
        inherited = *(void **)((char *)t->base + off);
    }
    *slot = defined ? fn : inherited;
}

#define TP(f) offsetof(TypeObject, f)
#define NB(f) offsetof(NumberMethods, f)

int class_fixup_slots(TypeObject *t)
{
    if (!TYPE_HAS(t, TPF_HEAPTYPE) || t->base == NULL)
        return 0;
    pick(t, 0, TP(repr), slot_tp_repr, N_repr, -1);
    if (t->repr == obj_generic_repr)
        t->repr = instance_default_repr;
    pick(t, 0, TP(str), slot_tp_str, N_str, -1);
    pick(t, 0, TP(call), slot_tp_call, N_call, -1);
    pick(t, 0, TP(iter), slot_tp_iter, N_iter, -1);
    pick(t, 0, TP(iternext), slot_tp_iternext, N_next, -1);
    pick(t, 0, TP(descr_get), slot_tp_descr_get, N_get, -1);
    pick(t, 0, TP(descr_set), slot_tp_descr_set, N_set, N_delete);
    pick(t, 0, TP(init), slot_tp_init, N_init, -1);
    pick(t, 0, TP(new_), slot_tp_new, N_new, -1);
    pick(t, 0, TP(finalize), slot_tp_finalize, N_del, -1);
    pick(t, 0, TP(len), slot_sq_length, N_len, -1);
    pick(t, 0, TP(getitem), slot_mp_subscript, N_getitem, -1);
    pick(t, 0, TP(setitem), slot_mp_ass_subscript, N_setitem, N_delitem);
    pick(t, 0, TP(contains), slot_sq_contains, N_contains, -1);
    pick(t, 0, TP(getattr), slot_tp_getattr_hook, N_getattr, N_getattribute);
    pick(t, 0, TP(setattr), slot_tp_setattro, N_setattr, N_delattr);
    if (t->getitem == slot_mp_subscript)
        t->item = NULL;             /* the fast o[i] of a base would bypass __getitem__ */
    int cmp = 0;
    for (int i = N_lt; i <= N_ge; i++)
        cmp |= heap_defines(t, N[i]);
    t->richcompare = cmp ? slot_tp_richcompare : t->base->richcompare;
    /* __hash__: a Python method, None (unhashable), or the base's */
    Object *h = type_lookup(t, N[N_hash]);
    if (h && IS_NONE(h))
        t->hash = hash_not_implemented;
    else if (heap_defines(t, N[N_hash]))
        t->hash = slot_tp_hash;
    else
        t->hash = t->base->hash;
    /* numbers */
    for (int i = 0; i < NBINOPS; i++) {
        Object *nm[2] = { bin_op[i], bin_rop[i] };
        int def = heap_defines(t, nm[0]) || heap_defines(t, nm[1]);
        void **slot = (void **)((char *)t->num + bin_off[i]);
        *slot = def ? bin_fn[i] : slot_at(t->base, bin_off[i]);
        if (bin_iop[i]) {
            slot = (void **)((char *)t->num + bin_ioff[i]);
            *slot = heap_defines(t, bin_iop[i]) ? bin_ifn[i] : slot_at(t->base, bin_ioff[i]);
        }
    }
    pick(t, 1, NB(neg), slot_nb_neg, N_neg, -1);
    pick(t, 1, NB(pos), slot_nb_pos, N_pos, -1);
    pick(t, 1, NB(abs), slot_nb_abs, N_abs, -1);
    pick(t, 1, NB(invert), slot_nb_invert, N_invert, -1);
    pick(t, 1, NB(int_), slot_nb_int_, N_int, -1);
    pick(t, 1, NB(float_), slot_nb_float_, N_float, -1);
    pick(t, 1, NB(index), slot_nb_index, N_index, -1);
    pick(t, 1, NB(bool_), slot_nb_bool, N_bool, N_len);
    if (t->num->bool_ == slot_nb_bool && !heap_defines(t, N[N_bool]) && t->len == slot_sq_length)
        t->num->bool_ = t->base->num ? t->base->num->bool_ : NULL;
    type_modified(t);
    return 0;
}

int class_slots_init(void)
{
    for (int i = 0; i < NNAMES; i++)
        if ((N[i] = intern_static(names_c[i])) == NULL)
            return -1;
    for (int i = 0; i < NBINOPS; i++) {
        if ((bin_op[i] = intern_static(bin_names[i][0])) == NULL ||
            (bin_rop[i] = intern_static(bin_names[i][1])) == NULL)
            return -1;
        if (bin_names[i][2] && (bin_iop[i] = intern_static(bin_names[i][2])) == NULL)
            return -1;
    }
    object_getattribute = BaseObject_Type.dict ?
        dict_getitem(BaseObject_Type.dict, N[N_getattribute]) : NULL;
    return 0;
}
