/* exceptions.c — the built-in exception hierarchy of CPython 3.11 as static
 * types.  Families with extra fields (StopIteration, SystemExit, ImportError,
 * AttributeError, NameError, OSError, SyntaxError, the Unicode errors) get
 * their own init/str/traverse/clear on the family root; subclasses inherit
 * them through type_ready.  str() and repr() follow CPython exactly. */
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "objects/exceptions.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "mem/gc.h"
#include "runtime/errors.h"

#define EXC(o) ((BaseExcObject *)(o))
#define OR_NONE(x) ((x) ? (x) : NONE)

static void exc_dealloc(Object *o);

#define EXC_DEFINE_(name_, base_, st_) \
    TypeObject Exc_##name_ = { TYPE_HEAD_INIT, .name = #name_, \
        .basicsize = sizeof(st_), .tpflags = TPF_GC | TPF_BASETYPE | TPF_EXC_SUB, \
        .base = &Exc_##base_, .dictoffset = offsetof(BaseExcObject, dict) };
EXC_FOREACH(EXC_DEFINE_)
#undef EXC_DEFINE_

#define EXC_LIST_(name_, base_, st_) &Exc_##name_,
TypeObject *const exc_all_types[] = { EXC_FOREACH(EXC_LIST_) NULL };
#undef EXC_LIST_

/* ---- keyword handling ----------------------------------------------------- */

static size_t nkw(Object *kw) { return kw ? (size_t)TUPLE_SIZE(kw) : 0; }

/* Matches keyword arguments against `names`; stores BORROWED values in
 * out[] (NULL when absent).  Error "'x' is an invalid keyword argument for
 * ImportError()". */
static int parse_kw(TypeObject *t, Object *const *args, size_t nargs, Object *kw,
                    const char *const *names, Object **out, size_t nnames)
{
    for (size_t j = 0; j < nnames; j++)
        out[j] = NULL;
    for (size_t i = 0; i < nkw(kw); i++) {
        Object *k = TUPLE_GET(kw, i);
        size_t j = 0;
        while (j < nnames && !str_eq_cstr(k, names[j]))
            j++;
        if (j == nnames) {
            err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                       k, t->name);
            return -1;
        }
        out[j] = args[nargs + i];
    }
    return 0;
}

static int no_kw(Object *self, Object *kw)
{
    if (nkw(kw) == 0)
        return 0;
    err_format(&Exc_TypeError, "%s() takes no keyword arguments", TYPE(self)->name);
    return -1;
}

/* ---- BaseException ---------------------------------------------------------- */

static Object *base_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    BaseExcObject *e = (BaseExcObject *)obj_alloc(t);
    if (e == NULL)
        return NULL;
    e->args = tuple_from_array(args, (intptr_t)nargs);
    if (e->args == NULL) {
        DECREF((Object *)e);
        return NULL;
    }
    gc_track((Object *)e);
    return (Object *)e;
}

/* Re-sets args (CPython's BaseException.__init__), skipping the copy when
 * new_ already stored the same arguments. */
static int set_args(Object *self, Object *const *args, size_t nargs)
{
    Object *cur = EXC(self)->args;
    if (cur && (size_t)TUPLE_SIZE(cur) == nargs) {
        size_t i = 0;
        while (i < nargs && TUPLE_GET(cur, i) == args[i])
            i++;
        if (i == nargs)
            return 0;
    }
    Object *t = tuple_from_array(args, (intptr_t)nargs);
    if (t == NULL)
        return -1;
    SETREF(EXC(self)->args, t);
    return 0;
}

static int base_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (no_kw(self, kw) < 0)
        return -1;
    return set_args(self, args, nargs);
}

static int base_clear(Object *o)
{
    BaseExcObject *e = EXC(o);
    CLEAR(e->dict);
    CLEAR(e->args);
    CLEAR(e->notes);
    CLEAR(e->traceback);
    CLEAR(e->context);
    CLEAR(e->cause);
    return 0;
}

#define VISIT(x) do { if (x) { int r_ = visit((Object *)(x), arg); if (r_) return r_; } } while (0)

static int base_traverse(Object *o, visitproc visit, void *arg)
{
    BaseExcObject *e = EXC(o);
    VISIT(e->dict);
    VISIT(e->args);
    VISIT(e->notes);
    VISIT(e->traceback);
    VISIT(e->context);
    VISIT(e->cause);
    return 0;
}

static void exc_dealloc(Object *o)
{
    gc_untrack(o);
    TYPE(o)->clear(o);
    obj_free(o);
}

static Object *args_or_empty(Object *self)
{
    Object *a = EXC(self)->args;
    return a ? a : tuple_empty();
}

static Object *base_str(Object *self)
{
    Object *a = EXC(self)->args;
    intptr_t n = a ? TUPLE_SIZE(a) : 0;
    if (n == 0)
        return str_empty();
    if (n == 1)
        return obj_str(TUPLE_GET(a, 0));
    return obj_str(a);
}

/* ValueError('x'); a static type named 'pkg.Name' shows as Name(...). */
static Object *base_repr(Object *self)
{
    const char *name = TYPE(self)->name;
    const char *dot = strrchr(name, '.');
    if (dot)
        name = dot + 1;
    Object *a = EXC(self)->args;
    if (a && TUPLE_SIZE(a) == 1)
        return str_from_format("%s(%R)", name, TUPLE_GET(a, 0));
    if (a == NULL)
        return str_from_format("%s()", name);
    return str_from_format("%s%R", name, a);
}

static Object *base_with_traceback(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("BaseException.with_traceback", nargs, kw) < 0)
        return NULL;
    Object *tb = args[0];
    exc_set_traceback(self, IS_NONE(tb) ? NULL : NEWREF(tb));
    return NEWREF(self);
}

static Object *base_add_note(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("BaseException.add_note", nargs, kw) < 0)
        return NULL;
    if (!STR_CHECK(args[0]))
        return err_format(&Exc_TypeError, "note must be a str, not '%s'", TYPE(args[0])->name);
    Object *name = str_from_cstr("__notes__");
    if (name == NULL)
        return NULL;
    Object *notes = obj_getattr(self, name);
    if (notes == NULL) {
        if (!err_matches_type(&Exc_AttributeError)) {
            DECREF(name);
            return NULL;
        }
        err_clear();
        notes = list_new(0);
        if (notes == NULL || obj_setattr(self, name, notes) < 0) {
            XDECREF(notes);
            DECREF(name);
            return NULL;
        }
    }
    DECREF(name);
    if (!LIST_CHECK(notes)) {
        DECREF(notes);
        return err_set_string(&Exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    int r = list_append(notes, args[0]);
    DECREF(notes);
    if (r < 0)
        return NULL;
    RETURN_NONE;
}

static Object *get_args(Object *self, void *c) { return NEWREF(args_or_empty(self)); }

static int set_args_attr(Object *self, Object *v, void *c)
{
    if (v == NULL) {
        err_set_string(&Exc_TypeError, "args may not be deleted");
        return -1;
    }
    Object *t = tuple_from_iterable(v);
    if (t == NULL)
        return -1;
    SETREF(EXC(self)->args, t);
    return 0;
}

static Object *get_opt(Object *v) { return NEWREF(v ? v : NONE); }

static Object *get_tb(Object *self, void *c) { return get_opt(EXC(self)->traceback); }

static int set_tb(Object *self, Object *v, void *c)
{
    if (v == NULL) {
        err_set_string(&Exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (!IS_NONE(v) && strcmp(TYPE(v)->name, "traceback") != 0) {
        err_set_string(&Exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    exc_set_traceback(self, IS_NONE(v) ? NULL : NEWREF(v));
    return 0;
}

static Object *get_context(Object *self, void *c) { return get_opt(EXC(self)->context); }

static int set_context(Object *self, Object *v, void *c)
{
    if (v == NULL) {
        err_set_string(&Exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (!IS_NONE(v) && !EXC_CHECK(v)) {
        err_set_string(&Exc_TypeError,
                       "exception context must be None or derive from BaseException");
        return -1;
    }
    SETREF(EXC(self)->context, IS_NONE(v) ? NULL : NEWREF(v));
    return 0;
}

static Object *get_cause(Object *self, void *c) { return get_opt(EXC(self)->cause); }

static int set_cause(Object *self, Object *v, void *c)
{
    if (v == NULL) {
        err_set_string(&Exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (!IS_NONE(v) && !EXC_CHECK(v)) {
        err_set_string(&Exc_TypeError,
                       "exception cause must be None or derive from BaseException");
        return -1;
    }
    exc_set_cause(self, IS_NONE(v) ? NULL : NEWREF(v));
    return 0;
}

static Object *get_suppress(Object *self, void *c)
{
    return bool_from(EXC(self)->suppress_context);
}

static int set_suppress(Object *self, Object *v, void *c)
{
    if (v == NULL || !BOOL_CHECK(v)) {
        err_set_string(&Exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    EXC(self)->suppress_context = v == GTrue;
    return 0;
}

static Object *get_dict(Object *self, void *c)
{
    if (EXC(self)->dict == NULL && (EXC(self)->dict = dict_new()) == NULL)
        return NULL;
    return NEWREF(EXC(self)->dict);
}

/* (type(self), self.args[, self.__dict__]) for copy and pickle. */
static Object *base_reduce(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("BaseException.__reduce__", nargs, kw) < 0)
        return NULL;
    Object *d = EXC(self)->dict;
    if (d && dict_size(d) > 0)
        return tuple_pack(3, (Object *)TYPE(self), args_or_empty(self), d);
    return tuple_pack(2, (Object *)TYPE(self), args_or_empty(self));
}

static Object *base_setstate(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("BaseException.__setstate__", nargs, kw) < 0)
        return NULL;
    Object *state = args[0];
    if (IS_NONE(state))
        RETURN_NONE;
    if (!DICT_CHECK(state))
        return err_set_string(&Exc_TypeError, "state is not a dictionary");
    intptr_t pos = 0;
    Object *k, *v;
    while (dict_next(state, &pos, &k, &v))
        if (obj_setattr(self, k, v) < 0)
            return NULL;
    RETURN_NONE;
}

static MethodDef base_methods[] = {
    { "__reduce__", base_reduce, 0, NULL },
    { "__setstate__", base_setstate, 0, NULL },
    { "with_traceback", base_with_traceback, 0,
      "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self." },
    { "add_note", base_add_note, 0,
      "Exception.add_note(note) --\n    add a note to the exception" },
    { NULL }
};

static GetSetDef base_getset[] = {
    { "__dict__", get_dict, NULL, NULL },
    { "args", get_args, set_args_attr, NULL },
    { "__traceback__", get_tb, set_tb, NULL },
    { "__context__", get_context, set_context, "exception context" },
    { "__cause__", get_cause, set_cause, "exception cause" },
    { "__suppress_context__", get_suppress, set_suppress, NULL },
    { NULL }
};

/* ---- member-like attributes: the closure is the field's offset ------------- */

#define FIELD(o, c) (*(Object **)((char *)(o) + (uintptr_t)(c)))
#define OFF(st, f) ((void *)offsetof(st, f))

static Object *member_get(Object *self, void *c) { return get_opt(FIELD(self, c)); }

static int member_set(Object *self, Object *v, void *c)
{
    SETREF(FIELD(self, c), v ? NEWREF(v) : NULL);
    return 0;
}

/* ---- StopIteration, SystemExit ------------------------------------------------ */

static int stopiter_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (base_init(self, args, nargs, kw) < 0)
        return -1;
    SETREF(((StopIterationObject *)self)->value, NEWREF(nargs ? args[0] : NONE));
    return 0;
}

static int stopiter_clear(Object *o)
{
    CLEAR(((StopIterationObject *)o)->value);
    return base_clear(o);
}

static int stopiter_traverse(Object *o, visitproc visit, void *arg)
{
    VISIT(((StopIterationObject *)o)->value);
    return base_traverse(o, visit, arg);
}

static GetSetDef stopiter_getset[] = {
    { "value", member_get, member_set, "generator return value",
      OFF(StopIterationObject, value) },
    { NULL }
};

static int sysexit_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (base_init(self, args, nargs, kw) < 0)
        return -1;
    Object *code = nargs == 0 ? NEWREF(NONE) : nargs == 1 ? NEWREF(args[0])
                                                          : NEWREF(EXC(self)->args);
    SETREF(((SystemExitObject *)self)->code, code);
    return 0;
}

static int sysexit_clear(Object *o)
{
    CLEAR(((SystemExitObject *)o)->code);
    return base_clear(o);
}

static int sysexit_traverse(Object *o, visitproc visit, void *arg)
{
    VISIT(((SystemExitObject *)o)->code);
    return base_traverse(o, visit, arg);
}

static GetSetDef sysexit_getset[] = {
    { "code", member_get, member_set, "exception code", OFF(SystemExitObject, code) },
    { NULL }
};

/* ---- ImportError, AttributeError, NameError, KeyError -------------------------- */

static int import_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "name", "path" };
    Object *v[2];
    if (parse_kw(TYPE(self), args, nargs, kw, names, v, 2) < 0 || set_args(self, args, nargs) < 0)
        return -1;
    ImportErrorObject *e = (ImportErrorObject *)self;
    SETREF(e->name, v[0] ? NEWREF(v[0]) : NULL);
    SETREF(e->path, v[1] ? NEWREF(v[1]) : NULL);
    SETREF(e->msg, nargs == 1 ? NEWREF(args[0]) : NULL);
    return 0;
}

static Object *import_str(Object *self)
{
    Object *msg = ((ImportErrorObject *)self)->msg;
    if (msg && STR_CHECK(msg))
        return NEWREF(msg);
    return base_str(self);
}

static int import_clear(Object *o)
{
    ImportErrorObject *e = (ImportErrorObject *)o;
    CLEAR(e->msg);
    CLEAR(e->name);
    CLEAR(e->path);
    return base_clear(o);
}

static int import_traverse(Object *o, visitproc visit, void *arg)
{
    ImportErrorObject *e = (ImportErrorObject *)o;
    VISIT(e->msg);
    VISIT(e->name);
    VISIT(e->path);
    return base_traverse(o, visit, arg);
}

static GetSetDef import_getset[] = {
    { "msg", member_get, member_set, "exception message", OFF(ImportErrorObject, msg) },
    { "name", member_get, member_set, "module name", OFF(ImportErrorObject, name) },
    { "path", member_get, member_set, "module path", OFF(ImportErrorObject, path) },
    { NULL }
};

static int attr_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "name", "obj" };
    Object *v[2];
    if (parse_kw(TYPE(self), args, nargs, kw, names, v, 2) < 0 || set_args(self, args, nargs) < 0)
        return -1;
    AttributeErrorObject *e = (AttributeErrorObject *)self;
    SETREF(e->name, v[0] ? NEWREF(v[0]) : NULL);
    SETREF(e->obj, v[1] ? NEWREF(v[1]) : NULL);
    return 0;
}

static int attr_clear(Object *o)
{
    CLEAR(((AttributeErrorObject *)o)->name);
    CLEAR(((AttributeErrorObject *)o)->obj);
    return base_clear(o);
}

static int attr_traverse(Object *o, visitproc visit, void *arg)
{
    VISIT(((AttributeErrorObject *)o)->name);
    VISIT(((AttributeErrorObject *)o)->obj);
    return base_traverse(o, visit, arg);
}

static GetSetDef attr_getset[] = {
    { "name", member_get, member_set, "attribute name", OFF(AttributeErrorObject, name) },
    { "obj", member_get, member_set, "object", OFF(AttributeErrorObject, obj) },
    { NULL }
};

static int name_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "name" };
    Object *v[1];
    if (parse_kw(TYPE(self), args, nargs, kw, names, v, 1) < 0 || set_args(self, args, nargs) < 0)
        return -1;
    SETREF(((NameErrorObject *)self)->name, v[0] ? NEWREF(v[0]) : NULL);
    return 0;
}

static int name_clear(Object *o)
{
    CLEAR(((NameErrorObject *)o)->name);
    CLEAR(((NameErrorObject *)o)->globals);
    CLEAR(((NameErrorObject *)o)->builtins);
    return base_clear(o);
}

static int name_traverse(Object *o, visitproc visit, void *arg)
{
    VISIT(((NameErrorObject *)o)->name);
    VISIT(((NameErrorObject *)o)->globals);
    VISIT(((NameErrorObject *)o)->builtins);
    return base_traverse(o, visit, arg);
}

static GetSetDef name_getset[] = {
    { "name", member_get, member_set, "name", OFF(NameErrorObject, name) },
    { NULL }
};

/* KeyError('k') prints as 'k' so that a missing '' key is visible. */
static Object *keyerror_str(Object *self)
{
    Object *a = EXC(self)->args;
    if (a && TUPLE_SIZE(a) == 1)
        return obj_repr(TUPLE_GET(a, 0));
    return base_str(self);
}

/* ---- OSError ------------------------------------------------------------------- */

/* The subclass CPython picks for OSError(errno, ...). */
static TypeObject *errno_subclass(int e)
{
    switch (e) {
    case EAGAIN: case EALREADY: case EINPROGRESS:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
        return &Exc_BlockingIOError;
    case ECHILD: return &Exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &Exc_BrokenPipeError;
    case ECONNABORTED: return &Exc_ConnectionAbortedError;
    case ECONNREFUSED: return &Exc_ConnectionRefusedError;
    case ECONNRESET: return &Exc_ConnectionResetError;
    case EEXIST: return &Exc_FileExistsError;
    case ENOENT: return &Exc_FileNotFoundError;
    case EISDIR: return &Exc_IsADirectoryError;
    case ENOTDIR: return &Exc_NotADirectoryError;
    case EINTR: return &Exc_InterruptedError;
    case EACCES: case EPERM: return &Exc_PermissionError;
    case ESRCH: return &Exc_ProcessLookupError;
    case ETIMEDOUT: return &Exc_TimeoutError;
    default: return NULL;
    }
}

static Object *oserror_new(TypeObject *t, Object *const *args, size_t nargs, Object *kw)
{
    if (t == &Exc_OSError && nargs >= 2 && INT_CHECK(args[0])) {
        int overflow = 0;
        int64_t e = int_as_i64(args[0], &overflow);
        TypeObject *sub = overflow ? NULL : errno_subclass((int)e);
        if (sub)
            t = sub;
    }
    Object *self = base_new(t, args, nargs, kw);
    if (self == NULL)
        return NULL;
    OSErrorObject *e = (OSErrorObject *)self;
    e->written = -1;
    if (nargs >= 2 && nargs <= 5) {
        e->myerrno = NEWREF(args[0]);
        e->strerror = NEWREF(args[1]);
        Object *filename = nargs >= 3 ? args[2] : NULL;
        Object *filename2 = nargs >= 5 ? args[4] : NULL;
        if (filename && !IS_NONE(filename)) {
            if (t == &Exc_BlockingIOError && INT_CHECK(filename)) {
                e->written = int_as_ssize(filename);
                if (e->written == -1 && err_occurred()) {
                    DECREF(self);
                    return NULL;
                }
            } else {
                e->filename = NEWREF(filename);
                if (filename2 && !IS_NONE(filename2))
                    e->filename2 = NEWREF(filename2);
                SETREF(e->base.args, tuple_getslice(e->base.args, 0, 2));
                if (e->base.args == NULL) {
                    DECREF(self);
                    return NULL;
                }
            }
        }
    }
    return self;
}

/* All the work happens in new_ (the subclass is chosen there); init only
 * rejects keywords. */
static int oserror_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return no_kw(self, kw);
}

static Object *oserror_str(Object *self)
{
    OSErrorObject *e = (OSErrorObject *)self;
    if (e->filename) {
        if (e->filename2)
            return str_from_format("[Errno %S] %S: %R -> %R", e->myerrno ? e->myerrno : NONE,
                                   e->strerror ? e->strerror : NONE, e->filename, e->filename2);
        return str_from_format("[Errno %S] %S: %R", e->myerrno ? e->myerrno : NONE,
                               e->strerror ? e->strerror : NONE, e->filename);
    }
    if (e->myerrno && e->strerror)
        return str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    return base_str(self);
}

static int oserror_clear(Object *o)
{
    OSErrorObject *e = (OSErrorObject *)o;
    CLEAR(e->myerrno);
    CLEAR(e->strerror);
    CLEAR(e->filename);
    CLEAR(e->filename2);
    return base_clear(o);
}

static int oserror_traverse(Object *o, visitproc visit, void *arg)
{
    OSErrorObject *e = (OSErrorObject *)o;
    VISIT(e->myerrno);
    VISIT(e->strerror);
    VISIT(e->filename);
    VISIT(e->filename2);
    return base_traverse(o, visit, arg);
}

static Object *get_written(Object *self, void *c)
{
    OSErrorObject *e = (OSErrorObject *)self;
    if (e->written == -1)
        return err_set_string(&Exc_AttributeError, "characters_written");
    return int_from_ssize(e->written);
}

static int set_written(Object *self, Object *v, void *c)
{
    OSErrorObject *e = (OSErrorObject *)self;
    if (v == NULL) {
        if (e->written == -1) {
            err_set_string(&Exc_AttributeError, "characters_written");
            return -1;
        }
        e->written = -1;
        return 0;
    }
    Object *i = num_index(v);
    if (i == NULL)
        return -1;
    intptr_t n = int_as_ssize(i);
    DECREF(i);
    if (n == -1 && err_occurred())
        return -1;
    e->written = n;
    return 0;
}

static GetSetDef oserror_getset[] = {
    { "errno", member_get, member_set, "POSIX exception code", OFF(OSErrorObject, myerrno) },
    { "strerror", member_get, member_set, "exception strerror", OFF(OSErrorObject, strerror) },
    { "filename", member_get, member_set, "exception filename", OFF(OSErrorObject, filename) },
    { "filename2", member_get, member_set, "second exception filename",
      OFF(OSErrorObject, filename2) },
    { "characters_written", get_written, set_written, NULL },
    { NULL }
};

/* ---- SyntaxError ----------------------------------------------------------- */

static int syntax_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (base_init(self, args, nargs, kw) < 0)
        return -1;
    SyntaxErrorObject *e = (SyntaxErrorObject *)self;
    if (nargs >= 1)
        SETREF(e->msg, NEWREF(args[0]));
    if (nargs == 2) {
        Object *info = tuple_from_iterable(args[1]);
        if (info == NULL)
            return -1;
        intptr_t n = TUPLE_SIZE(info);
        if (n < 4 || n > 6) {
            err_format(&Exc_TypeError, "function takes at %s %d arguments (%zd given)",
                       n < 4 ? "least" : "most", n < 4 ? 4 : 6, n);
            DECREF(info);
            return -1;
        }
        Object **fields[] = { &e->filename, &e->lineno, &e->offset, &e->text,
                              &e->end_lineno, &e->end_offset };
        for (intptr_t i = 0; i < n; i++)
            SETREF(*fields[i], NEWREF(TUPLE_GET(info, i)));
        DECREF(info);
    }
    return 0;
}

/* The last path component, as CPython's my_basename. */
static Object *basename_of(Object *filename)
{
    const char *s = STR_UTF8(filename);
    const char *slash = strrchr(s, '/');
    if (slash == NULL)
        return NEWREF(filename);
    return str_from_utf8(slash + 1, strlen(slash + 1));
}

static Object *syntax_str(Object *self)
{
    SyntaxErrorObject *e = (SyntaxErrorObject *)self;
    Object *msg = e->msg ? e->msg : NONE;
    int have_lineno = e->lineno && INT_CHECK_EXACT(e->lineno);
    Object *fname = NULL;
    if (e->filename && STR_CHECK(e->filename) && (fname = basename_of(e->filename)) == NULL)
        return NULL;
    Object *r;
    if (fname && have_lineno)
        r = str_from_format("%S (%U, line %ld)", msg, fname,
                            (long)int_as_ssize_clamped(e->lineno));
    else if (fname)
        r = str_from_format("%S (%U)", msg, fname);
    else if (have_lineno)
        r = str_from_format("%S (line %ld)", msg, (long)int_as_ssize_clamped(e->lineno));
    else
        r = obj_str(msg);
    XDECREF(fname);
    return r;
}

static int syntax_clear(Object *o)
{
    SyntaxErrorObject *e = (SyntaxErrorObject *)o;
    CLEAR(e->msg);
    CLEAR(e->filename);
    CLEAR(e->lineno);
    CLEAR(e->offset);
    CLEAR(e->text);
    CLEAR(e->end_lineno);
    CLEAR(e->end_offset);
    CLEAR(e->print_file_and_line);
    return base_clear(o);
}

static int syntax_traverse(Object *o, visitproc visit, void *arg)
{
    SyntaxErrorObject *e = (SyntaxErrorObject *)o;
    VISIT(e->msg);
    VISIT(e->filename);
    VISIT(e->lineno);
    VISIT(e->offset);
    VISIT(e->text);
    VISIT(e->end_lineno);
    VISIT(e->end_offset);
    VISIT(e->print_file_and_line);
    return base_traverse(o, visit, arg);
}

#define SYN(f, doc) { #f, member_get, member_set, doc, OFF(SyntaxErrorObject, f) }
static GetSetDef syntax_getset[] = {
    SYN(msg, "exception msg"), SYN(filename, "exception filename"),
    SYN(lineno, "exception lineno"), SYN(offset, "exception offset"),
    SYN(text, "exception text"), SYN(end_lineno, "exception end lineno"),
    SYN(end_offset, "exception end offset"),
    SYN(print_file_and_line, "exception print_file_and_line"),
    { NULL }
};

/* ---- Unicode errors --------------------------------------------------------- */

static int want_str(Object *v, int argno)
{
    if (STR_CHECK(v))
        return 0;
    err_format(&Exc_TypeError, "argument %d must be str, not %s", argno, TYPE(v)->name);
    return -1;
}

static int want_ssize(Object *v, intptr_t *out)
{
    Object *i = num_index(v);
    if (i == NULL)
        return -1;
    *out = int_as_ssize(i);
    DECREF(i);
    return *out == -1 && err_occurred() ? -1 : 0;
}

/* Shared by the three: (encoding,) object, start, end, reason. */
static int unicode_init(Object *self, Object *const *args, size_t nargs, Object *kw,
                        int has_encoding, int object_is_bytes)
{
    if (no_kw(self, kw) < 0 || set_args(self, args, nargs) < 0)
        return -1;
    size_t want = has_encoding ? 5 : 4;
    if (nargs != want) {
        err_format(&Exc_TypeError, "function takes exactly %zu arguments (%zu given)",
                   want, nargs);
        return -1;
    }
    UnicodeErrorObject *e = (UnicodeErrorObject *)self;
    size_t i = 0;
    if (has_encoding && want_str(args[i++], 1) < 0)
        return -1;
    Object *obj = args[i];
    if (object_is_bytes) {
        if (!BYTES_CHECK(obj)) {
            err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'",
                       TYPE(obj)->name);
            return -1;
        }
    } else if (want_str(obj, (int)i + 1) < 0) {
        return -1;
    }
    intptr_t start, end;
    if (want_ssize(args[i + 1], &start) < 0 || want_ssize(args[i + 2], &end) < 0 ||
        want_str(args[i + 3], (int)i + 4) < 0)
        return -1;
    SETREF(e->encoding, has_encoding ? NEWREF(args[0]) : NULL);
    SETREF(e->object, NEWREF(obj));
    SETREF(e->reason, NEWREF(args[i + 3]));
    e->start = start;
    e->end = end;
    return 0;
}

static int udecode_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return unicode_init(self, args, nargs, kw, 1, 1);
}

static int uencode_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return unicode_init(self, args, nargs, kw, 1, 0);
}

static int utranslate_init(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return unicode_init(self, args, nargs, kw, 0, 0);
}

static Object *udecode_str(Object *self)
{
    UnicodeErrorObject *e = (UnicodeErrorObject *)self;
    if (e->object == NULL)
        return str_empty();
    if (!BYTES_CHECK(e->object))
        return err_set_string(&Exc_TypeError, "object attribute must be bytes");
    if (e->start >= 0 && e->start < BYTES_SIZE(e->object) && e->end == e->start + 1)
        return str_from_format("'%S' codec can't decode byte 0x%02x in position %zd: %S",
                               OR_NONE(e->encoding), (unsigned)(unsigned char)BYTES_DATA(e->object)[e->start],
                               e->start, OR_NONE(e->reason));
    return str_from_format("'%S' codec can't decode bytes in position %zd-%zd: %S",
                           OR_NONE(e->encoding), e->start, e->end - 1, OR_NONE(e->reason));
}

/* '\xe9', '\u1234' or '\U0001f600' for the offending character. */
static void char_escape(char *buf, uint32_t ch)
{
    if (ch <= 0xff)
        snprintf(buf, 16, "\\x%02x", ch);
    else if (ch <= 0xffff)
        snprintf(buf, 16, "\\u%04x", ch);
    else
        snprintf(buf, 16, "\\U%08x", ch);
}

static Object *uencode_str(Object *self)
{
    UnicodeErrorObject *e = (UnicodeErrorObject *)self;
    if (e->object == NULL)
        return str_empty();
    if (!STR_CHECK(e->object))
        return err_set_string(&Exc_TypeError, "object attribute must be unicode");
    if (e->start >= 0 && e->start < STR_LEN(e->object) && e->end == e->start + 1) {
        char buf[16];
        char_escape(buf, str_char_at(e->object, e->start));
        if (e->encoding)
            return str_from_format("'%S' codec can't encode character '%s' in position %zd: %S",
                                   e->encoding, buf, e->start, OR_NONE(e->reason));
        return str_from_format("can't translate character '%s' in position %zd: %S",
                               buf, e->start, OR_NONE(e->reason));
    }
    if (e->encoding)
        return str_from_format("'%S' codec can't encode characters in position %zd-%zd: %S",
                               e->encoding, e->start, e->end - 1, OR_NONE(e->reason));
    return str_from_format("can't translate characters in position %zd-%zd: %S",
                           e->start, e->end - 1, OR_NONE(e->reason));
}

static int unicode_clear(Object *o)
{
    UnicodeErrorObject *e = (UnicodeErrorObject *)o;
    CLEAR(e->encoding);
    CLEAR(e->object);
    CLEAR(e->reason);
    return base_clear(o);
}

static int unicode_traverse(Object *o, visitproc visit, void *arg)
{
    UnicodeErrorObject *e = (UnicodeErrorObject *)o;
    VISIT(e->encoding);
    VISIT(e->object);
    VISIT(e->reason);
    return base_traverse(o, visit, arg);
}

static Object *get_start(Object *self, void *c)
{
    return int_from_ssize(((UnicodeErrorObject *)self)->start);
}

static Object *get_end(Object *self, void *c)
{
    return int_from_ssize(((UnicodeErrorObject *)self)->end);
}

static GetSetDef unicode_getset[] = {
    { "encoding", member_get, member_set, "exception encoding", OFF(UnicodeErrorObject, encoding) },
    { "object", member_get, member_set, "exception object", OFF(UnicodeErrorObject, object) },
    { "reason", member_get, member_set, "exception reason", OFF(UnicodeErrorObject, reason) },
    { "start", get_start, NULL, "exception start" },
    { "end", get_end, NULL, "exception end" },
    { NULL }
};

/* ---- public API ----------------------------------------------------------- */

Object *exc_new(TypeObject *t, Object *args)
{
    Object *const *items = args ? TUPLE_ITEMS(args) : NULL;
    size_t n = args ? (size_t)TUPLE_SIZE(args) : 0;
    Object *o = t->new_(t, items, n, NULL);
    if (o == NULL || !obj_type_check(o, t) || TYPE(o)->init == NULL)
        return o;
    if (TYPE(o)->init(o, items, n, NULL) < 0) {
        DECREF(o);
        return NULL;
    }
    return o;
}

Object *exc_new_cstr(TypeObject *t, const char *msg)
{
    Object *s = str_from_cstr(msg);
    if (s == NULL)
        return NULL;
    Object *args = tuple_pack(1, s);
    DECREF(s);
    if (args == NULL)
        return NULL;
    Object *e = exc_new(t, args);
    DECREF(args);
    return e;
}

Object *exc_get_args(Object *e) { return args_or_empty(e); }
Object *exc_get_traceback(Object *e) { return EXC(e)->traceback; }
Object *exc_get_context(Object *e) { return EXC(e)->context; }
Object *exc_get_cause(Object *e) { return EXC(e)->cause; }
void exc_set_traceback(Object *e, Object *v) { SETREF(EXC(e)->traceback, v); }
void exc_set_context(Object *e, Object *v) { SETREF(EXC(e)->context, v); }

void exc_set_cause(Object *e, Object *v)
{
    SETREF(EXC(e)->cause, v);
    EXC(e)->suppress_context = 1;
}

Object *exc_stopiteration_value(Object *e)
{
    if (obj_type_check(e, &Exc_StopIteration)) {
        Object *v = ((StopIterationObject *)e)->value;
        return NEWREF(v ? v : NONE);
    }
    RETURN_NONE;
}

Object *exc_systemexit_code(Object *e)
{
    if (obj_type_check(e, &Exc_SystemExit)) {
        Object *v = ((SystemExitObject *)e)->code;
        return NEWREF(v ? v : NONE);
    }
    RETURN_NONE;
}

static const struct { TypeObject *t; const char *doc; } exc_docs[] = {
    { &Exc_ArithmeticError, "Base class for arithmetic errors." },
    { &Exc_AssertionError, "Assertion failed." },
    { &Exc_AttributeError, "Attribute not found." },
    { &Exc_BaseException, "Common base class for all exceptions" },
    { &Exc_BlockingIOError, "I/O operation would block." },
    { &Exc_BrokenPipeError, "Broken pipe." },
    { &Exc_BufferError, "Buffer error." },
    { &Exc_BytesWarning, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str." },
    { &Exc_ChildProcessError, "Child process error." },
    { &Exc_ConnectionAbortedError, "Connection aborted." },
    { &Exc_ConnectionError, "Connection error." },
    { &Exc_ConnectionRefusedError, "Connection refused." },
    { &Exc_ConnectionResetError, "Connection reset." },
    { &Exc_DeprecationWarning, "Base class for warnings about deprecated features." },
    { &Exc_EOFError, "Read beyond end of file." },
    { &Exc_EncodingWarning, "Base class for warnings about encodings." },
    { &Exc_Exception, "Common base class for all non-exit exceptions." },
    { &Exc_FileExistsError, "File already exists." },
    { &Exc_FileNotFoundError, "File not found." },
    { &Exc_FloatingPointError, "Floating point operation failed." },
    { &Exc_FutureWarning, "Base class for warnings about constructs that will change semantically\nin the future." },
    { &Exc_GeneratorExit, "Request that a generator exit." },
    { &Exc_ImportError, "Import can't find module, or can't find name in module." },
    { &Exc_ImportWarning, "Base class for warnings about probable mistakes in module imports" },
    { &Exc_IndentationError, "Improper indentation." },
    { &Exc_IndexError, "Sequence index out of range." },
    { &Exc_InterruptedError, "Interrupted by signal." },
    { &Exc_IsADirectoryError, "Operation doesn't work on directories." },
    { &Exc_KeyError, "Mapping key not found." },
    { &Exc_KeyboardInterrupt, "Program interrupted by user." },
    { &Exc_LookupError, "Base class for lookup errors." },
    { &Exc_MemoryError, "Out of memory." },
    { &Exc_ModuleNotFoundError, "Module not found." },
    { &Exc_NameError, "Name not found globally." },
    { &Exc_NotADirectoryError, "Operation only works on directories." },
    { &Exc_NotImplementedError, "Method or function hasn't been implemented yet." },
    { &Exc_OSError, "Base class for I/O related errors." },
    { &Exc_OverflowError, "Result too large to be represented." },
    { &Exc_PendingDeprecationWarning, "Base class for warnings about features which will be deprecated\nin the future." },
    { &Exc_PermissionError, "Not enough permissions." },
    { &Exc_ProcessLookupError, "Process not found." },
    { &Exc_RecursionError, "Recursion limit exceeded." },
    { &Exc_ReferenceError, "Weak ref proxy used after referent went away." },
    { &Exc_ResourceWarning, "Base class for warnings about resource usage." },
    { &Exc_RuntimeError, "Unspecified run-time error." },
    { &Exc_RuntimeWarning, "Base class for warnings about dubious runtime behavior." },
    { &Exc_StopAsyncIteration, "Signal the end from iterator.__anext__()." },
    { &Exc_StopIteration, "Signal the end from iterator.__next__()." },
    { &Exc_SyntaxError, "Invalid syntax." },
    { &Exc_SyntaxWarning, "Base class for warnings about dubious syntax." },
    { &Exc_SystemError, "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version." },
    { &Exc_SystemExit, "Request to exit from the interpreter." },
    { &Exc_TabError, "Improper mixture of spaces and tabs." },
    { &Exc_TimeoutError, "Timeout expired." },
    { &Exc_TypeError, "Inappropriate argument type." },
    { &Exc_UnboundLocalError, "Local name referenced but not bound to a value." },
    { &Exc_UnicodeDecodeError, "Unicode decoding error." },
    { &Exc_UnicodeEncodeError, "Unicode encoding error." },
    { &Exc_UnicodeError, "Unicode related error." },
    { &Exc_UnicodeTranslateError, "Unicode translation error." },
    { &Exc_UnicodeWarning, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems." },
    { &Exc_UserWarning, "Base class for warnings generated by user code." },
    { &Exc_ValueError, "Inappropriate argument value (of correct type)." },
    { &Exc_Warning, "Base class for warning categories." },
    { &Exc_ZeroDivisionError, "Second argument to a division or modulo operation was zero." },
};

int exc_init(void)
{
    Exc_BaseException.base = NULL;
    Exc_BaseException.new_ = base_new;
    Exc_BaseException.init = base_init;
    Exc_BaseException.dealloc = exc_dealloc;
    Exc_BaseException.repr = base_repr;
    Exc_BaseException.str = base_str;
    Exc_BaseException.traverse = base_traverse;
    Exc_BaseException.clear = base_clear;
    Exc_BaseException.methods = base_methods;
    Exc_BaseException.getset = base_getset;

    struct { TypeObject *t; initfunc init; unaryfunc str; traverseproc trav;
             inquiry clear; GetSetDef *gs; } fam[] = {
        { &Exc_StopIteration, stopiter_init, NULL, stopiter_traverse, stopiter_clear, stopiter_getset },
        { &Exc_SystemExit, sysexit_init, NULL, sysexit_traverse, sysexit_clear, sysexit_getset },
        { &Exc_ImportError, import_init, import_str, import_traverse, import_clear, import_getset },
        { &Exc_AttributeError, attr_init, NULL, attr_traverse, attr_clear, attr_getset },
        { &Exc_NameError, name_init, NULL, name_traverse, name_clear, name_getset },
        { &Exc_KeyError, NULL, keyerror_str, NULL, NULL, NULL },
        { &Exc_OSError, oserror_init, oserror_str, oserror_traverse, oserror_clear, oserror_getset },
        { &Exc_SyntaxError, syntax_init, syntax_str, syntax_traverse, syntax_clear, syntax_getset },
        { &Exc_UnicodeError, NULL, NULL, unicode_traverse, unicode_clear, unicode_getset },
        { &Exc_UnicodeDecodeError, udecode_init, udecode_str, NULL, NULL, NULL },
        { &Exc_UnicodeEncodeError, uencode_init, uencode_str, NULL, NULL, NULL },
        { &Exc_UnicodeTranslateError, utranslate_init, uencode_str, NULL, NULL, NULL },
    };
    for (size_t i = 0; i < sizeof fam / sizeof fam[0]; i++) {
        fam[i].t->init = fam[i].init;
        fam[i].t->str = fam[i].str;
        fam[i].t->traverse = fam[i].trav;
        fam[i].t->clear = fam[i].clear;
        fam[i].t->getset = fam[i].gs;
    }
    Exc_OSError.new_ = oserror_new;
    for (size_t i = 0; i < sizeof exc_docs / sizeof exc_docs[0]; i++)
        exc_docs[i].t->doc = exc_docs[i].doc;
    for (size_t i = 0; exc_all_types[i]; i++)
        if (type_ready(exc_all_types[i]) < 0)
            return -1;
    return 0;
}

static Object *memory_error;

Object *exc_memory_error(void)
{
    if (memory_error == NULL)
        return NULL;
    BaseExcObject *e = EXC(memory_error);
    CLEAR(e->traceback);
    CLEAR(e->context);
    CLEAR(e->cause);
    e->suppress_context = 0;
    return NEWREF(memory_error);
}

int exc_init_late(void)
{
    if (memory_error == NULL && (memory_error = exc_new(&Exc_MemoryError, NULL)) == NULL)
        return -1;
    return 0;
}

void exc_fini(void)
{
    CLEAR(memory_error);
}
