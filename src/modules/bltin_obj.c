/* bltin_obj.c — builtins about objects and namespaces: ascii, issubclass,
 * getattr/setattr/hasattr/delattr, vars, dir, globals, locals, format,
 * __import__, and the exit/quit objects. */
#include <string.h>

#include "modules/bltin.h"
#include "modules/builtins.h"
#include "eval/eval.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/import.h"
#include "runtime/recursion.h"
#include "runtime/threadstate.h"

/* ascii(o): repr(o) with every non-ASCII character escaped. */
static Object *b_ascii(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("ascii", kw) < 0)
        return NULL;
    if (nargs != 1)
        return err_format(&Exc_TypeError, "ascii() takes exactly one argument (%zu given)", nargs);
    Object *r = obj_repr(args[0]);
    if (r == NULL || STR_IS_ASCII(r))
        return r;
    StrBuf b;
    str_buf_init(&b);
    intptr_t n = STR_LEN(r);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_char_at(r, i);
        char tmp[16];
        int len;
        if (c < 0x80) {
            tmp[0] = (char)c;
            len = 1;
        } else if (c < 0x100) {
            len = snprintf(tmp, sizeof tmp, "\\x%02x", c);
        } else if (c < 0x10000) {
            len = snprintf(tmp, sizeof tmp, "\\u%04x", c);
        } else {
            len = snprintf(tmp, sizeof tmp, "\\U%08x", c);
        }
        if (str_buf_append_ascii(&b, tmp, (size_t)len) < 0) {
            DECREF(r);
            return NULL;
        }
    }
    DECREF(r);
    return str_buf_finish(&b);
}

/* issubclass with tuples (nested) of classes; depth-guarded. */
static int subclass_check(Object *c, Object *cls)
{
    if (TUPLE_CHECK(cls)) {
        if (rt_enter_recursion(" in __subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (intptr_t i = 0; i < TUPLE_SIZE(cls) && r == 0; i++)
            r = subclass_check(c, TUPLE_GET(cls, i));
        rt_leave_recursion();
        return r;
    }
    if (!TYPE_CHECK(cls)) {
        err_set_string(&Exc_TypeError,
                       "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    if (!TYPE_CHECK(c)) {
        err_set_string(&Exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    return type_is_subtype((TypeObject *)c, (TypeObject *)cls);
}

static Object *b_issubclass(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("issubclass", kw) < 0)
        return NULL;
    if (nargs != 2)
        return err_format(&Exc_TypeError, "issubclass expected 2 arguments, got %zu", nargs);
    int r = subclass_check(args[0], args[1]);
    return r < 0 ? NULL : bool_from(r);
}

static int check_attr_name(Object *name)
{
    if (STR_CHECK(name))
        return 0;
    err_format(&Exc_TypeError, "attribute name must be string, not '%s'", TYPE(name)->name);
    return -1;
}

static Object *b_getattr(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("getattr", kw) < 0)
        return NULL;
    if (nargs < 2)
        return err_format(&Exc_TypeError, "getattr expected at least 2 arguments, got %zu", nargs);
    if (nargs > 3)
        return err_format(&Exc_TypeError, "getattr expected at most 3 arguments, got %zu", nargs);
    if (check_attr_name(args[1]) < 0)
        return NULL;
    Object *v = obj_getattr(args[0], args[1]);
    if (v == NULL && nargs == 3 && err_matches_type(&Exc_AttributeError)) {
        err_clear();
        return NEWREF(args[2]);
    }
    return v;
}

static Object *b_setattr(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("setattr", kw) < 0)
        return NULL;
    if (nargs != 3)
        return err_format(&Exc_TypeError, "setattr expected 3 arguments, got %zu", nargs);
    if (check_attr_name(args[1]) < 0 || obj_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *b_delattr(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("delattr", kw) < 0)
        return NULL;
    if (nargs != 2)
        return err_format(&Exc_TypeError, "delattr expected 2 arguments, got %zu", nargs);
    if (check_attr_name(args[1]) < 0 || obj_setattr(args[0], args[1], NULL) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *b_hasattr(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("hasattr", kw) < 0)
        return NULL;
    if (nargs != 2)
        return err_format(&Exc_TypeError, "hasattr expected 2 arguments, got %zu", nargs);
    if (check_attr_name(args[1]) < 0)
        return NULL;
    Object *v = obj_getattr(args[0], args[1]);
    if (v) {
        DECREF(v);
        RETURN_TRUE;
    }
    if (err_matches_type(&Exc_AttributeError)) {
        err_clear();
        RETURN_FALSE;
    }
    return NULL;
}

/* ---- namespaces of the running frame ------------------------------------------ */

/* NEW: the caller's locals as a dict: the globals at module level, the
 * namespace of a class body, else a snapshot of the frame's slots (cells
 * are looked through; unbound names are left out). */
static Object *frame_locals(void)
{
    Frame *f = eval_current_frame();
    if (f == NULL)
        return err_set_string(&Exc_SystemError, "locals(): no current frame");
    if (f->locals)
        return NEWREF(f->locals);
    CodeObject *co = f->code;
    if (co == NULL || (co->flags & CO_MODULE) || f->func == NULL)
        return NEWREF(f->globals);
    Object *d = dict_new();
    if (d == NULL)
        return NULL;
    for (int i = 0; i < co->nslots; i++) {
        Object *v = f->slots[i];
        if (v == NULL || co->slotnames == NULL || co->slotnames[i] == NULL)
            continue;
        int is_cell = i >= co->nlocals;
        for (int c = 0; !is_cell && c < co->ncells; c++)
            if (co->cellslots[c] == i)
                is_cell = 1;
        if (is_cell && CELL_CHECK(v))
            v = ((CellObject *)v)->ref;
        if (v && dict_setitem(d, co->slotnames[i], v) < 0) {
            DECREF(d);
            return NULL;
        }
    }
    return d;
}

static Object *b_globals(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("globals", nargs, kw) < 0)
        return NULL;
    Frame *f = eval_current_frame();
    if (f == NULL || f->globals == NULL)
        return err_set_string(&Exc_SystemError, "globals(): no current frame");
    return NEWREF(f->globals);
}

static Object *b_locals(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("locals", nargs, kw) < 0)
        return NULL;
    return frame_locals();
}

static Object *b_vars(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("vars", kw) < 0)
        return NULL;
    if (nargs > 1)
        return err_format(&Exc_TypeError, "vars expected at most 1 argument, got %zu", nargs);
    if (nargs == 0)
        return frame_locals();
    Object *d = obj_getattr_cstr(args[0], "__dict__");
    if (d == NULL && err_matches_type(&Exc_AttributeError)) {
        err_clear();
        return err_set_string(&Exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

/* Adds the keys of dict d (BORROWED, may be NULL) to the set-like dict acc. */
static int merge_keys(Object *acc, Object *d)
{
    if (d == NULL || !DICT_CHECK(d))
        return 0;
    intptr_t pos = 0;
    Object *k;
    while (dict_next(d, &pos, &k, NULL))
        if (dict_setitem(acc, k, NONE) < 0)
            return -1;
    return 0;
}

static int merge_type(Object *acc, TypeObject *t)
{
    if (t->mro == NULL)
        return merge_keys(acc, t->dict);
    for (intptr_t i = 0; i < TUPLE_SIZE(t->mro); i++)
        if (merge_keys(acc, ((TypeObject *)TUPLE_GET(t->mro, i))->dict) < 0)
            return -1;
    return 0;
}

/* NEW: the unsorted names dir(o) lists: o.__dir__() if its type has one,
 * the namespace for modules, the MRO's dicts for types, else the instance
 * dict plus the class attributes. */
static Object *dir_names(Object *o)
{
    Object *m = type_lookup_cstr(TYPE(o), "__dir__");
    if (m && !MODULE_CHECK(o)) {
        INCREF(m);
        Object *bound = TYPE(m)->descr_get ? TYPE(m)->descr_get(m, o, (Object *)TYPE(o))
                                           : NEWREF(m);
        DECREF(m);
        if (bound == NULL)
            return NULL;
        Object *r = obj_call(bound, NULL, 0, NULL);
        DECREF(bound);
        if (r == NULL)
            return NULL;
        Object *l = list_from_iterable(r);
        DECREF(r);
        return l;
    }
    if (MODULE_CHECK(o)) {
        Object *d = module_get_dict(o);
        Object *fn = d ? dict_getitem_str(d, "__dir__") : NULL;
        if (fn) {                       /* the module's own __dir__ (PEP 562) */
            INCREF(fn);
            Object *r = obj_call(fn, NULL, 0, NULL);
            DECREF(fn);
            Object *l = r ? list_from_iterable(r) : NULL;
            XDECREF(r);
            return l;
        }
        return d ? dict_keys(d) : list_new(0);
    }
    Object *acc = dict_new();
    if (acc == NULL)
        return NULL;
    int r;
    if (TYPE_CHECK(o)) {
        r = merge_type(acc, (TypeObject *)o);
    } else {
        Object **dp = obj_dict_ptr(o);
        r = merge_keys(acc, dp ? *dp : NULL);
        if (r == 0)
            r = merge_type(acc, TYPE(o));
        if (r == 0 && dict_setitem_str(acc, "__class__", NONE) < 0)
            r = -1;
    }
    Object *l = r < 0 ? NULL : dict_keys(acc);
    DECREF(acc);
    return l;
}

static Object *b_dir(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("dir", kw) < 0)
        return NULL;
    if (nargs > 1)
        return err_format(&Exc_TypeError, "dir expected at most 1 argument, got %zu", nargs);
    Object *l;
    if (nargs == 0) {
        Object *d = frame_locals();
        l = d ? dict_keys(d) : NULL;
        XDECREF(d);
    } else {
        l = dir_names(args[0]);
    }
    if (l && list_sort(l, NULL, 0) < 0)
        CLEAR(l);
    return l;
}

static Object *b_format(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const kwlist[] = { "value", "format_spec" };
    Object *a[2];
    if (nargs == 0 && (kw == NULL || TUPLE_SIZE(kw) == 0))
        return err_set_string(&Exc_TypeError, "format expected at least 1 argument, got 0");
    if (nargs > 2)
        return err_format(&Exc_TypeError, "format expected at most 2 arguments, got %zu", nargs);
    if (str_parse_args("format", args, nargs, kw, NULL, 0, 1, 2, a) < 0)
        return NULL;
    (void)kwlist;
    if (a[1] && !STR_CHECK(a[1]))
        return err_format(&Exc_TypeError, "format() argument 2 must be str, not %s",
                          TYPE(a[1])->name);
    return mod_builtins_format(a[0], a[1]);
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0) */
static Object *b_import(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const kwlist[] = { "name", "globals", "locals", "fromlist", "level" };
    Object *a[5];
    if (str_parse_args("__import__", args, nargs, kw, kwlist, 5, 0, 5, a) < 0)
        return NULL;
    if (a[0] == NULL)
        return err_set_string(&Exc_TypeError, "__import__() missing required argument 'name' (pos 1)");
    int64_t level = 0;
    if (a[4]) {
        intptr_t v = int_as_ssize(a[4]);
        if (v == -1 && err_occurred())
            return NULL;
        level = v;
    }
    if (level < 0)
        return err_set_string(&Exc_ValueError, "level must be >= 0");
    Object *globals = a[1] && !IS_NONE(a[1]) ? a[1] : NULL;
    if (level > 0 && (globals == NULL || !DICT_CHECK(globals)))
        return err_set_string(&Exc_TypeError, "globals must be a dict");
    int empty = 1;
    if (a[3] && !IS_NONE(a[3])) {
        int t = obj_is_true(a[3]);
        if (t < 0)
            return NULL;
        empty = !t;
    }
    Object *m = rt_import_level(a[0], globals, (int)level, empty);
    if (m && !empty) {
        /* the fromlist names submodules to import (importlib's _handle_fromlist) */
        Object *names = tuple_from_iterable(a[3]);
        int ok = names != NULL;
        for (intptr_t i = 0; ok && i < TUPLE_SIZE(names); i++)
            if (!STR_CHECK(TUPLE_GET(names, i)) || str_eq_cstr(TUPLE_GET(names, i), "*"))
                continue;
            else if (rt_import_fromlist(m, &TUPLE_GET(names, i), 1) < 0)
                ok = 0;
        XDECREF(names);
        if (!ok)
            CLEAR(m);
    }
    return m;
}

/* ---- exit and quit ---------------------------------------------------------------- */

typedef struct QuitterObject {
    Object ob;
    const char *name;
} QuitterObject;

static Object *quitter_repr(Object *o)
{
    return str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", ((QuitterObject *)o)->name);
}

/* Calling exit(code=None) raises SystemExit(code). */
static Object *quitter_call(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const kwlist[] = { "code" };
    Object *a[1];
    if (nargs > 1)      /* worded as for CPython's Python-level Quitter */
        return err_format(&Exc_TypeError, "Quitter.__call__() takes from 1 to 2 positional "
                          "arguments but %zu were given", nargs + 1);
    if (str_parse_args("Quitter.__call__", args, nargs, kw, kwlist, 1, 0, 1, a) < 0)
        return NULL;
    Object *targs = tuple_pack(1, a[0] ? a[0] : NONE);
    if (targs == NULL)
        return NULL;
    Object *e = exc_new(&Exc_SystemExit, targs);
    DECREF(targs);
    if (e)
        err_restore(e);
    return NULL;
}

static TypeObject Quitter_Type = {
    TYPE_HEAD_INIT,
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(QuitterObject),
    .repr = quitter_repr,
    .call = quitter_call,
};

static QuitterObject exit_obj = { OBJ_HEAD_INIT(&Quitter_Type), "exit" };
static QuitterObject quit_obj = { OBJ_HEAD_INIT(&Quitter_Type), "quit" };

/* Adds exit and quit to the builtins dict.  0/-1. */
int bltin_obj_add_quitters(Object *d)
{
    if (type_ready(&Quitter_Type) < 0)
        return -1;
    if (dict_getitem_str(d, "exit") == NULL && dict_setitem_str(d, "exit", (Object *)&exit_obj) < 0)
        return -1;
    if (dict_getitem_str(d, "quit") == NULL && dict_setitem_str(d, "quit", (Object *)&quit_obj) < 0)
        return -1;
    return 0;
}

MethodDef bltin_obj_defs[] = {
    { "ascii", b_ascii, 0, "Return an ASCII-only representation of an object." },
    { "issubclass", b_issubclass, 0, "Return whether 'cls' is derived from another class." },
    { "getattr", b_getattr, 0, "Get a named attribute from an object." },
    { "setattr", b_setattr, 0, "Sets the named attribute on the given object to the specified value." },
    { "delattr", b_delattr, 0, "Deletes the named attribute from the given object." },
    { "hasattr", b_hasattr, 0, "Return whether the object has an attribute with the given name." },
    { "globals", b_globals, 0, "Return the dictionary containing the current scope's global variables." },
    { "locals", b_locals, 0, "Return a dictionary containing the current scope's local variables." },
    { "vars", b_vars, 0, "Show vars." },
    { "dir", b_dir, 0, "Show attributes of an object." },
    { "format", b_format, 0, "Return value.__format__(format_spec)" },
    { "__import__", b_import, 0, "Import a module." },
    { NULL }
};
