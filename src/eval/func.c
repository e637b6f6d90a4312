/* func.c — function and cell objects, and binding call arguments straight
 * into the callee's frame slots with CPython's argument errors. */
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "eval/gen.h"
#include "eval/node.h"
#include "mem/gc.h"
#include "mem/intern.h"
#include "modules/builtins.h"
#include "objects/dict.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"
#include "runtime/breaker.h"
#include "runtime/errors.h"
#include "runtime/recursion.h"
#include "runtime/threadstate.h"

/* ---- cells ---- */

static void cell_dealloc(Object *o)
{
    gc_untrack(o);
    XDECREF(((CellObject *)o)->ref);
    obj_free(o);
}

static int cell_traverse(Object *o, visitproc visit, void *arg)
{
    Object *v = ((CellObject *)o)->ref;
    return v ? visit(v, arg) : 0;
}

static int cell_clear(Object *o)
{
    CLEAR(((CellObject *)o)->ref);
    return 0;
}

static Object *cell_repr(Object *o)
{
    CellObject *c = (CellObject *)o;
    if (!c->ref) return str_from_format("<cell at %p: empty>", (void *)o);
    return str_from_format("<cell at %p: %s object at %p>", (void *)o,
                           type_name(TYPE(c->ref)), (void *)c->ref);
}

static Object *cell_get_contents(Object *o, void *c)
{
    Object *v = ((CellObject *)o)->ref;
    if (!v) return err_set_string(&Exc_ValueError, "Cell is empty");
    return NEWREF(v);
}

static int cell_set_contents(Object *o, Object *v, void *c)
{
    SETREF(((CellObject *)o)->ref, v ? NEWREF(v) : NULL);
    return 0;
}

static GetSetDef cell_getset[] = {
    { "cell_contents", cell_get_contents, cell_set_contents, NULL, NULL },
    { NULL }
};

TypeObject Cell_Type = {
    TYPE_HEAD_INIT,
    .name = "cell",
    .basicsize = sizeof(CellObject),
    .tpflags = TPF_GC,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .getset = cell_getset,
};

Object *cell_new(Object *v)
{
    CellObject *c = (CellObject *)obj_alloc(&Cell_Type);
    if (!c) return NULL;
    c->ref = v ? NEWREF(v) : NULL;
    gc_track((Object *)c);
    return (Object *)c;
}

/* ---- functions ---- */

static void func_dealloc(Object *o)
{
    FuncObject *f = (FuncObject *)o;
    gc_untrack(o);
    weakref_clear_refs(o);
    Unit *u = f->code ? f->code->unit : NULL;
    XDECREF((Object *)f->code);
    XDECREF(f->globals); XDECREF(f->builtins);
    XDECREF(f->name); XDECREF(f->qualname); XDECREF(f->doc); XDECREF(f->module);
    XDECREF(f->defaults); XDECREF(f->kwdefaults); XDECREF(f->closure); XDECREF(f->dict);
    obj_free(o);
    unit_decref(u);
}

/* The code object holds only constants; everything else may be in a cycle
 * (a function in its own globals, a closure cell holding the function). */
static int func_traverse(Object *o, visitproc visit, void *arg)
{
    FuncObject *f = (FuncObject *)o;
    Object *refs[] = { f->globals, f->builtins, f->name, f->qualname, f->doc, f->module,
                       f->defaults, f->kwdefaults, f->closure, f->dict };
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r)
                return r;
        }
    return 0;
}

/* globals and builtins stay (a cleared function may still be called by a
 * dying object); the dicts themselves break cycles through them. */
static int func_clear(Object *o)
{
    FuncObject *f = (FuncObject *)o;
    CLEAR(f->doc); CLEAR(f->module);
    CLEAR(f->defaults); CLEAR(f->kwdefaults); CLEAR(f->closure); CLEAR(f->dict);
    return 0;
}

static Object *func_repr(Object *o)
{
    return str_from_format("<function %U at %p>", ((FuncObject *)o)->qualname, (void *)o);
}

static Object *func_get(Object *o, Object *obj, Object *type);

static Object *g_name(Object *o, void *c) { return NEWREF(((FuncObject *)o)->name); }
static Object *g_qualname(Object *o, void *c) { return NEWREF(((FuncObject *)o)->qualname); }
static Object *g_doc(Object *o, void *c)
{
    Object *d = ((FuncObject *)o)->doc;
    return NEWREF(d ? d : NONE);
}
static Object *g_defaults(Object *o, void *c)
{
    Object *d = ((FuncObject *)o)->defaults;
    return NEWREF(d ? d : NONE);
}
static Object *g_kwdefaults(Object *o, void *c)
{
    Object *d = ((FuncObject *)o)->kwdefaults;
    return NEWREF(d ? d : NONE);
}
static Object *g_module(Object *o, void *c)
{
    Object *d = ((FuncObject *)o)->module;
    return NEWREF(d ? d : NONE);
}
static Object *g_globals(Object *o, void *c) { return NEWREF(((FuncObject *)o)->globals); }
static Object *g_closure(Object *o, void *c)
{
    Object *d = ((FuncObject *)o)->closure;
    return NEWREF(d ? d : NONE);
}
static Object *g_dict(Object *o, void *c)
{
    FuncObject *f = (FuncObject *)o;
    if (!f->dict && !(f->dict = dict_new())) return NULL;
    return NEWREF(f->dict);
}
static int s_str(Object **slot, Object *v, const char *what)
{
    if (!v || !STR_CHECK(v)) {
        err_format(&Exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    SETREF(*slot, NEWREF(v));
    return 0;
}
static int s_name(Object *o, Object *v, void *c) { return s_str(&((FuncObject *)o)->name, v, "__name__"); }
static int s_qualname(Object *o, Object *v, void *c) { return s_str(&((FuncObject *)o)->qualname, v, "__qualname__"); }
static int s_doc(Object *o, Object *v, void *c)
{
    FuncObject *f = (FuncObject *)o;
    SETREF(f->doc, v && !IS_NONE(v) ? NEWREF(v) : NULL);
    return 0;
}
static int s_defaults(Object *o, Object *v, void *c)
{
    FuncObject *f = (FuncObject *)o;
    if (v && !IS_NONE(v) && !TUPLE_CHECK(v)) {
        err_set_string(&Exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    SETREF(f->defaults, v && !IS_NONE(v) && TUPLE_SIZE(v) ? NEWREF(v) : NULL);
    return 0;
}
static int s_module(Object *o, Object *v, void *c)
{
    FuncObject *f = (FuncObject *)o;
    SETREF(f->module, v ? NEWREF(v) : NULL);
    return 0;
}

static Object *g_code(Object *o, void *c) { return NEWREF((Object *)((FuncObject *)o)->code); }

static GetSetDef func_getset[] = {
    { "__code__", g_code, NULL, NULL, NULL },
    { "__name__", g_name, s_name, NULL, NULL },
    { "__qualname__", g_qualname, s_qualname, NULL, NULL },
    { "__doc__", g_doc, s_doc, NULL, NULL },
    { "__defaults__", g_defaults, s_defaults, NULL, NULL },
    { "__kwdefaults__", g_kwdefaults, NULL, NULL, NULL },
    { "__module__", g_module, s_module, NULL, NULL },
    { "__globals__", g_globals, NULL, NULL, NULL },
    { "__closure__", g_closure, NULL, NULL, NULL },
    { "__dict__", g_dict, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

TypeObject Function_Type = {
    TYPE_HEAD_INIT,
    .name = "function",
    .basicsize = sizeof(FuncObject),
    .tpflags = TPF_GC,
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .repr = func_repr,
    .call = eval_call_function,
    .descr_get = func_get,
    .getset = func_getset,
    .dictoffset = offsetof(FuncObject, dict),
};

/* Functions become bound methods when fetched through an instance; the
 * method type comes with classes, so until then a function is returned as
 * is when looked up on a type (obj == NULL). */
static Object *func_get(Object *o, Object *obj, Object *type)
{
    extern Object *method_new(Object *func, Object *self) __attribute__((weak));
    if (!obj || IS_NONE(obj) || !method_new) return NEWREF(o);
    return method_new(o, obj);
}

Object *func_new(CodeObject *co, Object *globals, Object *qualname)
{
    FuncObject *f = (FuncObject *)obj_alloc(&Function_Type);
    if (!f) return NULL;
    f->code = (CodeObject *)NEWREF((Object *)co);
    unit_incref(co->unit);
    f->globals = NEWREF(globals);
    f->builtins = NEWREF(mod_builtins_dict());
    f->name = NEWREF(co->name);
    f->qualname = NEWREF(qualname ? qualname : co->qualname);
    f->doc = co->doc ? NEWREF(co->doc) : NULL;
    Object *mod = dict_getitem_str(globals, "__name__");
    f->module = mod ? NEWREF(mod) : NULL;
    gc_track((Object *)f);
    return (Object *)f;
}

/* ---- argument binding ---- */

static int name_slot(CodeObject *co, Object *name, int lo, int hi)
{
    for (int i = lo; i < hi; i++)
        if (co->slotnames[i] == name) return i;
    for (int i = lo; i < hi; i++)
        if (co->slotnames[i] && str_eq(co->slotnames[i], name)) return i;
    return -1;
}

/* "'x'", "'x' and 'y'", "'x', 'y', and 'z'" */
static Object *name_list(Object **names, int n)
{
    StrBuf b;
    str_buf_init(&b);
    for (int i = 0; i < n; i++) {
        if (i > 0) str_buf_append_cstr(&b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        str_buf_append_cstr(&b, "'");
        str_buf_append_str(&b, names[i]);
        str_buf_append_cstr(&b, "'");
    }
    return str_buf_finish(&b);
}

static void missing_error(FuncObject *fn, Object **names, int n, const char *kind)
{
    Object *l = name_list(names, n);
    if (!l) return;
    err_format(&Exc_TypeError, "%U() missing %d required %s argument%s: %U",
               fn->qualname, n, kind, n == 1 ? "" : "s", l);
    DECREF(l);
}

static void too_many_error(FuncObject *fn, CodeObject *co, size_t nargs, int kwonly_given)
{
    int argc = co->argcount;
    int ndef = fn->defaults ? (int)TUPLE_SIZE(fn->defaults) : 0;
    char takes[96], given[128];
    if (ndef)
        snprintf(takes, sizeof takes, "from %d to %d positional arguments", argc - ndef, argc);
    else
        snprintf(takes, sizeof takes, "%d positional argument%s", argc, argc == 1 ? "" : "s");
    if (kwonly_given)
        snprintf(given, sizeof given, "%zu positional argument%s (and %d keyword-only argument%s) were",
                 nargs, nargs == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    else
        snprintf(given, sizeof given, "%zu %s", nargs, nargs == 1 ? "was" : "were");
    err_format(&Exc_TypeError, "%U() takes %s but %s given", fn->qualname, takes, given);
}

/* Fills f's parameter slots from the vector call.  0/-1. */
int eval_bind_args(FuncObject *fn, Frame *f, Object *const *args, size_t nargs, Object *kwnames)
{
    CodeObject *co = fn->code;
    int argc = co->argcount, kwonly = co->kwonlyargcount;
    int vslot = argc + kwonly;
    int kslot = vslot + ((co->flags & CO_VARARGS) ? 1 : 0);
    Object **s = f->slots;
    size_t n = nargs < (size_t)argc ? nargs : (size_t)argc;
    for (size_t i = 0; i < n; i++) s[i] = NEWREF(args[i]);
    if (co->flags & CO_VARARGS) {
        s[vslot] = nargs > (size_t)argc ? tuple_from_array(args + argc, nargs - argc)
                                        : NEWREF(tuple_empty());
        if (!s[vslot]) return -1;
    }
    Object *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        if (!(kwdict = s[kslot] = dict_new())) return -1;
    }
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    Object *posonly_bad[8];
    int nposonly_bad = 0;
    for (size_t k = 0; k < nkw; k++) {
        Object *name = TUPLE_GET(kwnames, k), *value = args[nargs + k];
        int j = name_slot(co, name, co->posonlyargcount, argc + kwonly);
        if (j < 0) {
            if (kwdict) {
                if (dict_setitem(kwdict, name, value) < 0) return -1;
                continue;
            }
            if (name_slot(co, name, 0, co->posonlyargcount) >= 0) {
                if (nposonly_bad < 8) posonly_bad[nposonly_bad++] = name;
                continue;
            }
            err_format(&Exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                       fn->qualname, name);
            return -1;
        }
        if (s[j]) {
            err_format(&Exc_TypeError, "%U() got multiple values for argument '%U'",
                       fn->qualname, name);
            return -1;
        }
        s[j] = NEWREF(value);
    }
    if (nposonly_bad) {
        Object *l = NULL;
        StrBuf b;
        str_buf_init(&b);
        str_buf_append_cstr(&b, "'");       /* CPython quotes the list as a whole */
        for (int i = 0; i < nposonly_bad; i++) {
            if (i) str_buf_append_cstr(&b, ", ");
            str_buf_append_str(&b, posonly_bad[i]);
        }
        str_buf_append_cstr(&b, "'");
        l = str_buf_finish(&b);
        if (l) {
            err_format(&Exc_TypeError, "%U() got some positional-only arguments passed as keyword arguments: %U",
                       fn->qualname, l);
            DECREF(l);
        }
        return -1;
    }
    if (nargs > (size_t)argc && !(co->flags & CO_VARARGS)) {
        int kwonly_given = 0;
        for (int i = argc; i < argc + kwonly; i++) if (s[i]) kwonly_given++;
        too_many_error(fn, co, nargs, kwonly_given);
        return -1;
    }
    /* defaults and missing positionals */
    if (nargs < (size_t)argc) {
        int ndef = fn->defaults ? (int)TUPLE_SIZE(fn->defaults) : 0;
        int first_def = argc - ndef;
        Object *missing[64];
        int nmissing = 0;
        for (int i = (int)nargs; i < argc; i++) {
            if (s[i]) continue;
            if (i >= first_def) s[i] = NEWREF(TUPLE_GET(fn->defaults, i - first_def));
            else if (nmissing < 64) missing[nmissing++] = co->slotnames[i];
        }
        if (nmissing) {
            missing_error(fn, missing, nmissing, "positional");
            return -1;
        }
    }
    if (kwonly) {
        Object *missing[64];
        int nmissing = 0;
        for (int i = argc; i < argc + kwonly; i++) {
            if (s[i]) continue;
            Object *d = fn->kwdefaults ? dict_getitem(fn->kwdefaults, co->slotnames[i]) : NULL;
            if (d) s[i] = NEWREF(d);
            else if (nmissing < 64) missing[nmissing++] = co->slotnames[i];
        }
        if (nmissing) {
            missing_error(fn, missing, nmissing, "keyword-only");
            return -1;
        }
    }
    return 0;
}

/* C stack guard: the walker recurses in C, so besides the Python recursion
 * limit the real stack depth is checked against the C stack in use: the
 * large stack main.c runs the interpreter on, a thread's stack, or (as a
 * fallback) the stack rlimit. */
char *eval_stack_base;
size_t eval_stack_limit = (size_t)6 << 20;

/* How deep the walker may go in a stack with `avail` bytes below the
 * starting point: a quarter is kept back, at most 16 MiB, for C code that
 * runs between two checks (builtins, the error path, the parser). */
#if defined(__SANITIZE_THREAD__)
#define GUARD_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GUARD_TSAN 1
#endif
#endif

size_t eval_stack_guard_limit(size_t avail)
{
    size_t reserve = avail / 4;
    if (reserve > ((size_t)16 << 20)) reserve = (size_t)16 << 20;
#ifdef GUARD_TSAN
    /* ThreadSanitizer's shadow call stack holds 64K C frames per thread or
     * fiber, far fewer than a large stack does (a Python call is some six
     * C frames in 0.7 KiB there): stop well before that */
    if (avail - reserve > ((size_t)4 << 20)) return (size_t)4 << 20;
#endif
    return avail - reserve;
}

/* base: where the main stack's walker starts; avail: bytes of stack below
 * it, or 0 to go by the stack rlimit. */
void eval_stack_guard_init(void *base, size_t avail)
{
    eval_stack_base = base;
    if (avail) {
        eval_stack_limit = eval_stack_guard_limit(avail);
        return;
    }
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        eval_stack_limit = rl.rlim_cur - rl.rlim_cur / 4;
    if (eval_stack_limit > ((size_t)1 << 30)) eval_stack_limit = (size_t)1 << 30;
}

static int stack_exhausted(void)
{
    char probe;
    return eval_stack_base && (size_t)(eval_stack_base - &probe) > eval_stack_limit;
}

/* Turns captured locals into cells and copies the closure's cells into the
 * free-variable slots.  0/-1. */
int eval_frame_setup(FuncObject *fn, Frame *f)
{
    CodeObject *co = fn->code;
    for (int i = 0; i < co->ncells; i++) {
        int k = co->cellslots[i];
        Object *c = cell_new(f->slots[k]);
        if (!c) return -1;
        SETREF(f->slots[k], c);
    }
    if (fn->closure) {
        intptr_t nfree = TUPLE_SIZE(fn->closure);
        for (intptr_t i = 0; i < nfree; i++)
            f->slots[co->nlocals + i] = NEWREF(TUPLE_GET(fn->closure, i));
    }
    f->func = fn;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    return 0;
}

/* Sets up cells and free variables, then runs the body. */
static Object *run_function_frame(FuncObject *fn, Frame *f)
{
    if (eval_frame_setup(fn, f) < 0) return NULL;
    return eval_frame_run(f);
}

Object *eval_frame_run(Frame *f)
{
    if (RT_SAFE_POINT() < 0) return NULL;   /* calls are safe points */
    ThreadState *ts = ts_current;
    if (++ts->recursion_depth > ts->recursion_limit || stack_exhausted()) {
        ts->recursion_depth--;
        return err_set_string(&Exc_RecursionError, "maximum recursion depth exceeded");
    }
    f->back = ts->frame;
    ts->frame = f;
    int st = eval_block(&f->code->body, f);
    ts->frame = f->back;
    ts->recursion_depth--;
    Object *r;
    if (st == ST_ERROR) {
        r = NULL;
    } else if (st == ST_RETURN) {
        r = f->retval;
        f->retval = NULL;
    } else {
        r = NEWREF(NONE);
    }
    return r;
}

Object *eval_call_function(Object *func, Object *const *args, size_t nargs, Object *kwnames)
{
    FuncObject *fn = (FuncObject *)func;
    CodeObject *co = fn->code;
    if (co->flags & CO_GENERATOR)
        return gen_from_call(fn, args, nargs, kwnames);
    Frame *f = frame_push(co);
    if (!f) return NULL;
    if (!kwnames && nargs == (size_t)co->argcount && co->kwonlyargcount == 0
        && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        for (size_t i = 0; i < nargs; i++) f->slots[i] = NEWREF(args[i]);
    } else if (eval_bind_args(fn, f, args, nargs, kwnames) < 0) {
        frame_pop(f);
        return NULL;
    }
    Object *r = run_function_frame(fn, f);
    frame_pop(f);
    return r;
}

/* eval_call_function for a caller that gives up its references: once the
 * arguments are bound, args[0 .. nargs + len(kwnames)) are released and set
 * to NULL, so while the body runs the frame (slots, *args tuple, **kwargs
 * dict) holds the only references, as CPython 3.11 moves arguments into the
 * callee (sys.getrefcount(args[0]) in def f(*args) counts the tuple only).
 * On failure args are left for the caller to release.  NEW. */
Object *eval_call_function_move(Object *func, Object **args, size_t nargs, Object *kwnames)
{
    FuncObject *fn = (FuncObject *)func;
    CodeObject *co = fn->code;
    if (co->flags & CO_GENERATOR)
        return gen_from_call(fn, args, nargs, kwnames);
    Frame *f = frame_push(co);
    if (!f) return NULL;
    if (eval_bind_args(fn, f, args, nargs, kwnames) < 0) {
        frame_pop(f);
        return NULL;
    }
    size_t total = nargs + (kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0);
    for (size_t i = 0; i < total; i++) CLEAR(args[i]);
    Object *r = run_function_frame(fn, f);
    frame_pop(f);
    return r;
}

/* Runs a comprehension or other nested code whose frame the caller filled
 * (slot 0 and beyond); closure may be NULL.  NEW. */
Object *eval_run_nested(CodeObject *co, Frame *f, Frame *parent, Object *closure)
{
    for (int i = 0; i < co->ncells; i++) {
        int k = co->cellslots[i];
        Object *c = cell_new(f->slots[k]);
        if (!c) return NULL;
        SETREF(f->slots[k], c);
    }
    if (closure) {
        intptr_t nfree = TUPLE_SIZE(closure);
        for (intptr_t i = 0; i < nfree; i++)
            f->slots[co->nlocals + i] = NEWREF(TUPLE_GET(closure, i));
    }
    f->func = parent->func;
    f->globals = parent->globals;
    f->builtins = parent->builtins;
    return eval_frame_run(f);
}
