/* builtins.c — the builtins namespace: the core functions (print, len,
 * repr, isinstance, min/max/sum, iter/next, sorted, getattr ...), the
 * built-in type names and every built-in exception.  More functions come
 * from src/modules/bltin_*.c: each exposes a NULL-terminated MethodDef
 * table listed in bltin_tables below. */
#include <stdio.h>
#include <string.h>

#include "modules/builtins.h"
#include "modules/bltin.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/format.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

static Object *bdict;

Object *mod_builtins_dict(void) { return bdict; }

/* Keyword lookup in a vector call: BORROWED value or NULL. */
static Object *kwarg(Object *const *args, size_t nargs, Object *kwnames, const char *name, int *seen)
{
    if (!kwnames) return NULL;
    for (intptr_t i = 0; i < TUPLE_SIZE(kwnames); i++)
        if (str_eq_cstr(TUPLE_GET(kwnames, i), name)) { (*seen)++; return args[nargs + i]; }
    return NULL;
}

static int check_kw(const char *fn, Object *kwnames, int seen)
{
    if (kwnames && TUPLE_SIZE(kwnames) > seen) {
        for (intptr_t i = 0; i < TUPLE_SIZE(kwnames); i++) (void)i;
        err_format(&Exc_TypeError, "%s() got an unexpected keyword argument '%U'", fn,
                   TUPLE_GET(kwnames, seen < TUPLE_SIZE(kwnames) ? seen : 0));
        return -1;
    }
    return 0;
}

static Object *b_print(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    int seen = 0;
    Object *sep = kwarg(args, nargs, kw, "sep", &seen);
    Object *end = kwarg(args, nargs, kw, "end", &seen);
    Object *file = kwarg(args, nargs, kw, "file", &seen);
    Object *flush = kwarg(args, nargs, kw, "flush", &seen);
    if (check_kw("print", kw, seen) < 0) return NULL;
    if (sep && IS_NONE(sep)) sep = NULL;
    if (end && IS_NONE(end)) end = NULL;
    if (sep && !STR_CHECK(sep))
        return err_format(&Exc_TypeError, "sep must be None or a string, not %s", type_name(TYPE(sep)));
    if (end && !STR_CHECK(end))
        return err_format(&Exc_TypeError, "end must be None or a string, not %s", type_name(TYPE(end)));
    FILE *out = stdout;
    (void)file;
    for (size_t i = 0; i < nargs; i++) {
        if (i) {
            if (sep) fwrite(STR_UTF8(sep), 1, STR_NBYTES(sep), out);
            else fputc(' ', out);
        }
        Object *s = STR_CHECK_EXACT(args[i]) ? NEWREF(args[i]) : obj_str(args[i]);
        if (!s) return NULL;
        fwrite(STR_UTF8(s), 1, STR_NBYTES(s), out);
        DECREF(s);
    }
    if (end) fwrite(STR_UTF8(end), 1, STR_NBYTES(end), out);
    else fputc('\n', out);
    if (flush && obj_is_true(flush) > 0) fflush(out);
    RETURN_NONE;
}

#define ONE_ARG(name) do { if (arg_nokw(name, kw) < 0) return NULL; \
    if (nargs != 1) return err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", name, nargs); } while (0)

static Object *b_len(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    ONE_ARG("len");
    intptr_t n = obj_length(args[0]);
    return n < 0 ? NULL : int_from_ssize(n);
}

static Object *b_repr(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    ONE_ARG("repr");
    return obj_repr(args[0]);
}

static Object *b_id(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    ONE_ARG("id");
    return int_from_u64((uint64_t)(uintptr_t)args[0]);
}

static Object *b_hash(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    ONE_ARG("hash");
    hash_t h = obj_hash(args[0]);
    return h == -1 ? NULL : int_from_i64(h);
}

static Object *b_callable(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    ONE_ARG("callable");
    TypeObject *t = TYPE(args[0]);
    return bool_from(t->call != NULL || TYPE_CHECK(args[0]));
}

static Object *b_abs(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    ONE_ARG("abs");
    NumberMethods *nm = TYPE(args[0])->num;
    if (!nm || !nm->abs)
        return err_format(&Exc_TypeError, "bad operand type for abs(): '%s'", type_name(TYPE(args[0])));
    return nm->abs(args[0]);
}

static Object *b_iter(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("iter", kw) < 0) return NULL;
    if (nargs == 2) return iter_calliter_new(args[0], args[1]);
    if (nargs != 1) return err_format(&Exc_TypeError, "iter expected at most 2 arguments, got %zu", nargs);
    return obj_iter(args[0]);
}

static Object *b_next(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("next", kw) < 0) return NULL;
    if (nargs < 1 || nargs > 2)
        return err_format(&Exc_TypeError, "next expected %s 1 argument%s, got %zu",
                          nargs < 1 ? "at least" : "at most", "", nargs);
    if (!TYPE(args[0])->iternext)
        return err_format(&Exc_TypeError, "'%s' object is not an iterator", type_name(TYPE(args[0])));
    Object *v = TYPE(args[0])->iternext(args[0]);
    if (v) return v;
    if (err_occurred()) {
        if (nargs == 2 && err_matches_type(&Exc_StopIteration)) { err_clear(); return NEWREF(args[1]); }
        return NULL;
    }
    if (nargs == 2) return NEWREF(args[1]);
    Object *stop = exc_new(&Exc_StopIteration, NULL);
    if (stop) err_restore(stop);
    return NULL;
}

static Object *b_isinstance(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("isinstance", kw) < 0) return NULL;
    if (nargs != 2) return err_format(&Exc_TypeError, "isinstance expected 2 arguments, got %zu", nargs);
    Object *t = args[1];
    if (TUPLE_CHECK(t)) {
        for (intptr_t i = 0; i < TUPLE_SIZE(t); i++) {
            Object *a[2] = { args[0], TUPLE_GET(t, i) };
            Object *r = b_isinstance(self, a, 2, NULL);
            if (!r || r == GTrue) return r;
            DECREF(r);
        }
        RETURN_FALSE;
    }
    if (!TYPE_CHECK(t))
        return err_set_string(&Exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return bool_from(obj_type_check(args[0], (TypeObject *)t));
}

static Object *minmax(Object *const *args, size_t nargs, Object *kw, int op, const char *name)
{
    int seen = 0;
    Object *key = kwarg(args, nargs, kw, "key", &seen);
    Object *dflt = kwarg(args, nargs, kw, "default", &seen);
    if (check_kw(name, kw, seen) < 0) return NULL;
    if (key && IS_NONE(key)) key = NULL;
    if (nargs == 0)
        return err_format(&Exc_TypeError, "%s expected at least 1 argument, got 0", name);
    Object *it;
    if (nargs == 1) {
        it = obj_iter(args[0]);
    } else {
        if (dflt) return err_format(&Exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
        Object *t = tuple_from_array(args, nargs);
        if (!t) return NULL;
        it = obj_iter(t);
        DECREF(t);
    }
    if (!it) return NULL;
    Object *best = NULL, *bestk = NULL, *v;
    while ((v = obj_next(it))) {
        Object *k = key ? obj_call(key, &v, 1, NULL) : NEWREF(v);
        if (!k) { DECREF(v); goto fail; }
        if (!best) { best = v; bestk = k; continue; }
        int c = obj_richcompare_bool(k, bestk, op);
        if (c < 0) { DECREF(v); DECREF(k); goto fail; }
        if (c) { DECREF(best); DECREF(bestk); best = v; bestk = k; }
        else { DECREF(v); DECREF(k); }
    }
    if (err_occurred()) goto fail;
    DECREF(it);
    XDECREF(bestk);
    if (!best) {
        if (dflt) return NEWREF(dflt);
        return err_format(&Exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
fail:
    DECREF(it);
    XDECREF(best);
    XDECREF(bestk);
    return NULL;
}

static Object *b_min(Object *self, Object *const *args, size_t nargs, Object *kw) { return minmax(args, nargs, kw, CMP_LT, "min"); }
static Object *b_max(Object *self, Object *const *args, size_t nargs, Object *kw) { return minmax(args, nargs, kw, CMP_GT, "max"); }

static Object *b_sum(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    int seen = 0;
    Object *start = kwarg(args, nargs, kw, "start", &seen);
    if (check_kw("sum", kw, seen) < 0) return NULL;
    if (nargs < 1 || nargs > 2)
        return err_format(&Exc_TypeError, "sum() takes at most 2 arguments (%zu given)", nargs);
    if (nargs == 2) start = args[1];
    if (start && STR_CHECK(start))
        return err_set_string(&Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    Object *acc = start ? NEWREF(start) : NEWREF(INT_SMALL(0));
    Object *it = obj_iter(args[0]);
    if (!it) { DECREF(acc); return NULL; }
    Object *v;
    while ((v = obj_next(it))) {
        Object *r = num_binop(acc, v, BINOP_ADD);
        DECREF(v);
        DECREF(acc);
        if (!r) { DECREF(it); return NULL; }
        acc = r;
    }
    DECREF(it);
    if (err_occurred()) { DECREF(acc); return NULL; }
    return acc;
}

static Object *b_sorted(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    int seen = 0;
    Object *key = kwarg(args, nargs, kw, "key", &seen);
    Object *rev = kwarg(args, nargs, kw, "reverse", &seen);
    if (check_kw("sorted", kw, seen) < 0) return NULL;
    if (nargs != 1)
        return err_format(&Exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    Object *l = list_from_iterable(args[0]);
    if (!l) return NULL;
    int r = rev ? obj_is_true(rev) : 0;
    if (r < 0 || list_sort(l, key, r) < 0) { DECREF(l); return NULL; }
    return l;
}

static Object *b_getattr(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("getattr", kw) < 0) return NULL;
    if (nargs < 2 || nargs > 3)
        return err_format(&Exc_TypeError, "getattr expected %s 2 arguments, got %zu", nargs < 2 ? "at least" : "at most", nargs);
    if (!STR_CHECK(args[1])) return err_set_string(&Exc_TypeError, "attribute name must be string");
    Object *v = obj_getattr(args[0], args[1]);
    if (!v && nargs == 3 && err_matches_type(&Exc_AttributeError)) {
        err_clear();
        return NEWREF(args[2]);
    }
    return v;
}

static Object *b_setattr(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("setattr", kw) < 0) return NULL;
    if (nargs != 3) return err_format(&Exc_TypeError, "setattr expected 3 arguments, got %zu", nargs);
    if (!STR_CHECK(args[1])) return err_set_string(&Exc_TypeError, "attribute name must be string");
    if (obj_setattr(args[0], args[1], args[2]) < 0) return NULL;
    RETURN_NONE;
}

static Object *b_hasattr(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("hasattr", kw) < 0) return NULL;
    if (nargs != 2) return err_format(&Exc_TypeError, "hasattr expected 2 arguments, got %zu", nargs);
    if (!STR_CHECK(args[1])) return err_set_string(&Exc_TypeError, "attribute name must be string");
    Object *v = obj_getattr(args[0], args[1]);
    if (v) { DECREF(v); RETURN_TRUE; }
    if (err_matches_type(&Exc_AttributeError)) { err_clear(); RETURN_FALSE; }
    return NULL;
}

static Object *b_chr(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    ONE_ARG("chr");
    intptr_t v = int_as_ssize(args[0]);
    if (v == -1 && err_occurred()) return NULL;
    if (v < 0 || v > 0x10FFFF) return err_set_string(&Exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)v);
}

static Object *b_ord(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    ONE_ARG("ord");
    Object *o = args[0];
    if (STR_CHECK(o)) {
        if (STR_LEN(o) != 1)
            return err_format(&Exc_TypeError, "ord() expected a character, but string of length %zd found", STR_LEN(o));
        return int_from_i64(str_char_at(o, 0));
    }
    if (BYTES_CHECK(o)) {
        if (BYTES_SIZE(o) != 1)
            return err_format(&Exc_TypeError, "ord() expected a character, but string of length %zd found", BYTES_SIZE(o));
        return int_from_i64((unsigned char)BYTES_DATA(o)[0]);
    }
    return err_format(&Exc_TypeError, "ord() expected string of length 1, but %s found", type_name(TYPE(o)));
}

Object *mod_builtins_format(Object *value, Object *spec)
{
    Object *empty = NULL;
    if (!spec) spec = empty = str_empty();
    Object *r;
    if (INT_CHECK_EXACT(value) || BOOL_CHECK(value)) r = format_int(value, spec);
    else if (FLOAT_CHECK_EXACT(value)) r = format_float(value, spec);
    else if (STR_CHECK_EXACT(value)) r = format_str(value, spec);
    else {
        Object *m = type_lookup_cstr(TYPE(value), "__format__");
        /* a class's own __format__ is called even for an empty spec */
        if (m && STR_NBYTES(spec) == 0 && !TYPE_HAS(TYPE(value), TPF_HEAPTYPE)) r = obj_str(value);
        else if (m) {
            Object *a[2] = { value, spec };
            r = obj_call(m, a, 2, NULL);
            if (r && !STR_CHECK(r)) {
                err_format(&Exc_TypeError, "__format__ must return a str, not %s", TYPE(r)->name);
                CLEAR(r);
            }
        } else if (STR_NBYTES(spec) == 0) {
            r = obj_str(value);
        } else {
            r = err_format(&Exc_TypeError, "unsupported format string passed to %s.__format__",
                           type_name(TYPE(value)));
        }
    }
    XDECREF(empty);
    return r;
}

static Object *b_format(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("format", kw) < 0) return NULL;
    if (nargs < 1 || nargs > 2)
        return err_format(&Exc_TypeError, "format expected at most 2 arguments, got %zu", nargs);
    if (nargs == 2 && !STR_CHECK(args[1]))
        return err_format(&Exc_TypeError, "format() argument 2 must be str, not %s", type_name(TYPE(args[1])));
    return mod_builtins_format(args[0], nargs == 2 ? args[1] : NULL);
}

static MethodDef core_methods[] = {
    { "print", b_print, 0, NULL }, { "len", b_len, 0, NULL }, { "repr", b_repr, 0, NULL },
    { "id", b_id, 0, NULL }, { "hash", b_hash, 0, NULL }, { "callable", b_callable, 0, NULL },
    { "abs", b_abs, 0, NULL }, { "iter", b_iter, 0, NULL }, { "next", b_next, 0, NULL },
    { "isinstance", b_isinstance, 0, NULL }, { "min", b_min, 0, NULL }, { "max", b_max, 0, NULL },
    { "sum", b_sum, 0, NULL }, { "sorted", b_sorted, 0, NULL }, { "getattr", b_getattr, 0, NULL },
    { "setattr", b_setattr, 0, NULL }, { "hasattr", b_hasattr, 0, NULL }, { "chr", b_chr, 0, NULL },
    { "ord", b_ord, 0, NULL }, { "format", b_format, 0, NULL },
    { NULL, NULL, 0, NULL },
};

/* Tables from the bltin_*.c files: add one line per file. */
static MethodDef *const bltin_tables[] = {
    core_methods,
    NULL,
};

int mod_builtins_init(void)
{
    if (bdict) return 0;
    bdict = dict_new();
    if (!bdict) return -1;
    Object *modname = str_from_cstr("builtins");
    if (!modname) return -1;
    for (int t = 0; bltin_tables[t]; t++) {
        for (MethodDef *d = bltin_tables[t]; d->name; d++) {
            Object *f = cfunc_new(d, NULL, modname);
            if (!f || dict_setitem_str(bdict, d->name, f) < 0) { XDECREF(f); DECREF(modname); return -1; }
            DECREF(f);
        }
    }
    DECREF(modname);
    struct { const char *name; TypeObject *t; } types[] = {
        { "object", &BaseObject_Type }, { "type", &Type_Type }, { "int", &Int_Type },
        { "bool", &Bool_Type }, { "float", &Float_Type }, { "str", &Str_Type },
        { "bytes", &Bytes_Type }, { "list", &List_Type }, { "tuple", &Tuple_Type },
        { "dict", &Dict_Type }, { "set", &Set_Type }, { "frozenset", &FrozenSet_Type },
        { "range", &Range_Type }, { "slice", &Slice_Type },
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (dict_setitem_str(bdict, types[i].name, (Object *)types[i].t) < 0) return -1;
    for (int i = 0; exc_all_types[i]; i++)
        if (dict_setitem_str(bdict, exc_all_types[i]->name, (Object *)exc_all_types[i]) < 0) return -1;
    dict_setitem_str(bdict, "None", NONE);
    dict_setitem_str(bdict, "Ellipsis", ELLIPSIS);
    dict_setitem_str(bdict, "NotImplemented", NOTIMPL);
    dict_setitem_str(bdict, "True", GTrue);
    dict_setitem_str(bdict, "False", GFalse);
    dict_setitem_str(bdict, "EnvironmentError", (Object *)&Exc_OSError);
    dict_setitem_str(bdict, "IOError", (Object *)&Exc_OSError);
    return bltin_register_all(bdict);
}

void mod_builtins_fini(void)
{
    bltin_fini();
    if (bdict) { dict_clear(bdict); CLEAR(bdict); }
}
