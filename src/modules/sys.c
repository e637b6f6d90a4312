/* sys.c — the sys module: argv, path, modules, version information, the
 * standard streams, recursion limit, reference counts and object sizes,
 * exception info.  Also a minimal types.SimpleNamespace for
 * sys.implementation.  Module creation goes through the import registry
 * (runtime/import.c), which caches the module in sys.modules. */
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "eval/gen.h"
#include "modules/bltin.h"
#include "modules/sys_hooks.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/file.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "mem/alloc.h"
#include "mem/gc.h"
#include "mem/intern.h"
#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/import.h"
#include "runtime/threadstate.h"

#define PY_MAJOR 3
#define PY_MINOR 11
#define PY_MICRO 7
#define GARTER_VERSION_STR "0.1.0"

static Object *sys_module;          /* NEW reference, dropped by sys_forget */
static int saved_argc;
static char **saved_argv;

Object *bltin_sys_get(const char *name)
{
    if (sys_module == NULL)
        return NULL;
    Object *d = module_get_dict(sys_module);
    return d ? dict_getitem_str(d, name) : NULL;
}

/* ---- a minimal SimpleNamespace ------------------------------------------------ */

typedef struct NamespaceObject {
    Object ob;
    Object *dict;
} NamespaceObject;

static void ns_dealloc(Object *o)
{
    gc_untrack(o);
    CLEAR(((NamespaceObject *)o)->dict);
    obj_free(o);
}

static int ns_traverse(Object *o, visitproc visit, void *arg)
{
    Object *d = ((NamespaceObject *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static int ns_clear(Object *o)
{
    CLEAR(((NamespaceObject *)o)->dict);
    return 0;
}

/* namespace(name='garter', ...) */
static Object *ns_repr(Object *o)
{
    Object *d = ((NamespaceObject *)o)->dict;
    StrBuf b;
    str_buf_init(&b);
    if (str_buf_append_cstr(&b, "namespace(") < 0)
        return NULL;
    intptr_t pos = 0;
    Object *k, *v;
    int first = 1;
    while (d && dict_next(d, &pos, &k, &v)) {
        Object *r = obj_repr(v);
        if (r == NULL || (!first && str_buf_append_cstr(&b, ", ") < 0) ||
            str_buf_append_str(&b, k) < 0 || str_buf_append_cstr(&b, "=") < 0 ||
            str_buf_append_str(&b, r) < 0) {
            XDECREF(r);
            str_buf_free(&b);
            return NULL;
        }
        DECREF(r);
        first = 0;
    }
    if (str_buf_append_cstr(&b, ")") < 0)
        return NULL;
    return str_buf_finish(&b);
}

static TypeObject Namespace_Type = {
    TYPE_HEAD_INIT,
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(NamespaceObject),
    .tpflags = TPF_GC,
    .dealloc = ns_dealloc,
    .repr = ns_repr,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .traverse = ns_traverse,
    .clear = ns_clear,
    .dictoffset = offsetof(NamespaceObject, dict),
};

/* ---- functions ------------------------------------------------------------------ */

static Object *sys_exit(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("exit", kw) < 0 || arg_range("exit", nargs, 0, 1) < 0)
        return NULL;
    /* as PyErr_SetObject: None means no arguments, a tuple is the args */
    Object *targs;
    if (nargs == 0 || IS_NONE(args[0]))
        targs = tuple_from_array(args, 0);
    else if (TUPLE_CHECK_EXACT(args[0]))
        targs = NEWREF(args[0]);
    else
        targs = tuple_from_array(args, 1);
    if (targs == NULL)
        return NULL;
    Object *e = exc_new(&Exc_SystemExit, targs);
    DECREF(targs);
    if (e == NULL)
        return NULL;
    err_restore(e);
    return NULL;
}

static Object *sys_getrefcount(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("sys.getrefcount", nargs, kw) < 0)
        return NULL;
    return int_from_i64((int64_t)REFCNT(args[0]));
}

static Object *sys_getsizeof(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const kwlist[] = { "object", "default" };
    Object *a[2];
    if (str_parse_args("getsizeof", args, nargs, kw, kwlist, 2, 0, 2, a) < 0)
        return NULL;
    if (a[0] == NULL)
        return err_set_string(&Exc_TypeError,
                              "getsizeof() missing required argument 'object' (pos 1)");
    Object *o = a[0];
    Object *meth = type_lookup_cstr(TYPE(o), "__sizeof__");
    Object *res = NULL;
    if (meth == NULL) {
        err_format(&Exc_TypeError, "Type %s doesn't define __sizeof__", TYPE(o)->name);
    } else {
        INCREF(meth);
        Object *bound = TYPE(meth)->descr_get ? TYPE(meth)->descr_get(meth, o, (Object *)TYPE(o))
                                              : NEWREF(meth);
        DECREF(meth);
        if (bound) {
            res = obj_call(bound, NULL, 0, NULL);
            DECREF(bound);
        }
    }
    if (res) {
        if (!INT_CHECK(res)) {
            err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       TYPE(res)->name);
            CLEAR(res);
        } else if (int_sign(res) < 0) {
            err_set_string(&Exc_ValueError, "__sizeof__() should return >= 0");
            CLEAR(res);
        } else if (TYPE_HAS(TYPE(o), TPF_GC)) {
            Object *extra = int_from_i64((int64_t)sizeof(GCHead));
            Object *sum = extra ? int_add(res, extra) : NULL;
            XDECREF(extra);
            DECREF(res);
            res = sum;
        }
    }
    if (res == NULL && a[1] && err_matches_type(&Exc_TypeError)) {
        err_clear();
        return NEWREF(a[1]);
    }
    return res;
}

static Object *sys_intern(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("sys.intern", nargs, kw) < 0)
        return NULL;
    Object *s = args[0];
    if (!STR_CHECK(s))
        return err_format(&Exc_TypeError, "intern() argument must be str, not %s", TYPE(s)->name);
    if (!STR_CHECK_EXACT(s))
        return err_format(&Exc_TypeError, "can't intern %s", TYPE(s)->name);
    return intern_str(NEWREF(s));
}

static Object *sys_getrecursionlimit(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("sys.getrecursionlimit", nargs, kw) < 0)
        return NULL;
    return int_from_i64(ts_current->recursion_limit);
}

static Object *sys_setrecursionlimit(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("sys.setrecursionlimit", nargs, kw) < 0)
        return NULL;
    if (FLOAT_CHECK(args[0]))
        return err_set_string(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
    Object *v = num_index(args[0]);
    if (v == NULL)
        return NULL;
    int overflow;
    int64_t n = int_as_i64(v, &overflow);
    DECREF(v);
    if (overflow || n > INT_MAX || n < INT_MIN)
        return err_set_string(&Exc_OverflowError, "Python int too large to convert to C int");
    if (n < 1)
        return err_set_string(&Exc_ValueError, "recursion limit must be greater or equal than 1");
    int depth = ts_current->recursion_depth;
    if (n <= depth)
        return err_format(&Exc_RecursionError, "cannot set the recursion limit to %d at the "
                          "recursion depth %d: the limit is too low", (int)n, depth);
    ts_current->recursion_limit = (int)n;
    RETURN_NONE;
}

static Object *sys_getswitchinterval(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("sys.getswitchinterval", nargs, kw) < 0)
        return NULL;
    return float_from_double(rt_gil_get_interval());
}

static Object *sys_setswitchinterval(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_one("sys.setswitchinterval", nargs, kw) < 0)
        return NULL;
    Object *a = args[0];
    if (!FLOAT_CHECK(a) && !INT_CHECK(a) && (TYPE(a)->num == NULL ||
        (TYPE(a)->num->float_ == NULL && TYPE(a)->num->index == NULL)))
        return err_format(&Exc_TypeError, "must be real number, not %s", TYPE(a)->name);
    double d = float_as_double(a);
    if (d == -1.0 && err_occurred())
        return NULL;
    if (!(d > 0.0))
        return err_set_string(&Exc_ValueError, "switch interval must be strictly positive");
    rt_gil_set_interval(d);
    RETURN_NONE;
}

static Object *sys_debugmallocstats(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("sys._debugmallocstats", nargs, kw) < 0)
        return NULL;
    Object *out = bltin_sys_get("stdout");
    if (out && file_check(out) && !((FileObject *)out)->closed)
        (void)file_flush(out);
    err_clear();
    mem_debug_stats(stderr);
    fflush(stderr);
    RETURN_NONE;
}

static Object *sys_get_int_max_str_digits(Object *self, Object *const *args, size_t nargs,
                                          Object *kw)
{
    if (arg_noargs("sys.get_int_max_str_digits", nargs, kw) < 0)
        return NULL;
    return int_from_i64(int_get_max_str_digits());
}

static Object *sys_set_int_max_str_digits(Object *self, Object *const *args, size_t nargs,
                                          Object *kw)
{
    static const char *const kwlist[] = { "maxdigits" };
    Object *a[1];
    if (str_parse_args("set_int_max_str_digits", args, nargs, kw, kwlist, 1, 1, 1, a) < 0)
        return NULL;
    if (!INT_CHECK(a[0]))
        return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          TYPE(a[0])->name);
    int overflow;
    int64_t n = int_as_i64(a[0], &overflow);
    if (overflow)
        return err_set_string(&Exc_OverflowError, "Python int too large to convert to C int");
    if (int_set_max_str_digits(n) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *sys_getdefaultencoding(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("sys.getdefaultencoding", nargs, kw) < 0)
        return NULL;
    return str_from_cstr("utf-8");
}

static Object *sys_exc_info(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("sys.exc_info", nargs, kw) < 0)
        return NULL;
    Object *e = gen_topmost_handled();     /* through running generators */
    if (e == NULL || IS_NONE(e))
        return tuple_pack(3, NONE, NONE, NONE);
    Object *tb = exc_get_traceback(e);
    return tuple_pack(3, (Object *)TYPE(e), e, tb ? tb : NONE);
}

static Object *sys_exception(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("sys.exception", nargs, kw) < 0)
        return NULL;
    Object *e = gen_topmost_handled();
    return NEWREF(e ? e : NONE);
}

static MethodDef sys_defs[] = {
    { "exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)." },
    { "getrefcount", sys_getrefcount, 0, "Return the reference count of object." },
    { "getsizeof", sys_getsizeof, 0, "Return the size of object in bytes." },
    { "intern", sys_intern, 0, "``Intern'' the given string." },
    { "getrecursionlimit", sys_getrecursionlimit, 0, "Return the current recursion limit." },
    { "setrecursionlimit", sys_setrecursionlimit, 0, "Set the recursion limit." },
    { "getswitchinterval", sys_getswitchinterval, 0, "Return the thread switch interval." },
    { "setswitchinterval", sys_setswitchinterval, 0, "Set the thread switch interval." },
    { "_debugmallocstats", sys_debugmallocstats, 0, "Print allocator statistics to stderr." },
    { "get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL },
    { "set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL },
    { "getdefaultencoding", sys_getdefaultencoding, 0, NULL },
    { "exc_info", sys_exc_info, 0, "Return current exception information." },
    { "exception", sys_exception, 0, "Return the current exception." },
    { NULL }
};

/* ---- argv and path ------------------------------------------------------------ */

/* NEW: sys.argv from the saved command line ([''] without one). */
static Object *make_argv(void)
{
    Object *l = list_new(0);
    if (l == NULL)
        return NULL;
    if (saved_argc == 0) {
        Object *e = str_empty();
        int r = list_append(l, e);
        DECREF(e);
        if (r < 0)
            CLEAR(l);
        return l;
    }
    for (int i = 0; i < saved_argc; i++) {
        Object *s = str_from_utf8(saved_argv[i], strlen(saved_argv[i]));
        if (s == NULL)
            err_clear(), s = str_from_cstr("?");
        int r = s ? list_append(l, s) : -1;
        XDECREF(s);
        if (r < 0) {
            DECREF(l);
            return NULL;
        }
    }
    return l;
}

/* Appends the str path (a C string) to list l.  0/-1. */
static int path_append(Object *l, const char *path, size_t n)
{
    Object *s = str_from_utf8(path, n);
    int r = s ? list_append(l, s) : -1;
    XDECREF(s);
    return r;
}

/* Appends garter's own library folder: <exe dir>/lib when running from a
 * checkout, else <prefix>/lib/garter next to an installed bin/garter. */
static int add_lib_path(Object *l)
{
    char exe[PATH_MAX], buf[PATH_MAX + 32];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return 0;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash == NULL)
        return 0;
    *slash = 0;
    struct stat st;
    snprintf(buf, sizeof buf, "%s/lib", exe);
    if (stat(buf, &st) == 0 && S_ISDIR(st.st_mode))
        return path_append(l, buf, strlen(buf));
    slash = strrchr(exe, '/');          /* <prefix>/bin -> <prefix> */
    if (slash)
        *slash = 0;
    snprintf(buf, sizeof buf, "%s/lib/garter", slash ? exe : ".");
    return path_append(l, buf, strlen(buf));
}

/* NEW: sys.path: the script's folder (absolute; the current folder for
 * -m), or '' for -c/stdin; then the GARTERPATH entries; then garter's lib. */
static Object *make_path(void)
{
    const char *script = saved_argc > 0 ? saved_argv[0] : "";
    Object *l = list_new(0);
    if (l == NULL)
        return NULL;
    int r;
    if (!strcmp(script, "-m")) {
        char cwd[PATH_MAX];
        r = getcwd(cwd, sizeof cwd) ? path_append(l, cwd, strlen(cwd)) : path_append(l, "", 0);
    } else if (script[0] == 0 || !strcmp(script, "-c") || !strcmp(script, "-")) {
        r = path_append(l, "", 0);
    } else {
        char *abs = realpath(script, NULL);
        const char *p = abs ? abs : script;
        const char *slash = strrchr(p, '/');
        r = path_append(l, p, slash ? (slash == p ? 1 : (size_t)(slash - p)) : 0);
        free(abs);
    }
    const char *gp = getenv("GARTERPATH");
    while (r == 0 && gp && *gp) {
        const char *colon = strchr(gp, ':');
        size_t n = colon ? (size_t)(colon - gp) : strlen(gp);
        if (n > 0)
            r = path_append(l, gp, n);
        gp = colon ? colon + 1 : NULL;
    }
    if (r == 0)
        r = add_lib_path(l);
    if (r < 0)
        CLEAR(l);
    return l;
}

int sys_set_argv(int argc, char **argv)
{
    saved_argc = argc;
    saved_argv = argv;
    if (sys_module == NULL)
        return 0;
    if (module_add_object(sys_module, "argv", make_argv()) < 0 ||
        module_add_object(sys_module, "path", make_path()) < 0)
        return -1;
    return 0;
}

int sys_unbuffered;

/* NEW: the std streams: stdout line-buffered on a terminal, stderr always;
 * both unbuffered under -u. */
static int add_streams(Object *m)
{
    Object *in = file_from_fd(0, "<stdin>", "r", 0);
    Object *out = file_from_fd(1, "<stdout>", "w", isatty(1));
    Object *err = file_from_fd(2, "<stderr>", "w", 1);
    int r = -1;
    if (out && err && sys_unbuffered) {
        ((FileObject *)out)->unbuffered = 1;
        ((FileObject *)err)->unbuffered = 1;
    }
    if (in && out && err) {
        Object *d = module_get_dict(m);
        r = dict_setitem_str(d, "stdin", in) | dict_setitem_str(d, "__stdin__", in) |
            dict_setitem_str(d, "stdout", out) | dict_setitem_str(d, "__stdout__", out) |
            dict_setitem_str(d, "stderr", err) | dict_setitem_str(d, "__stderr__", err);
    }
    XDECREF(in);
    XDECREF(out);
    XDECREF(err);
    return r < 0 ? -1 : 0;
}

static Object *make_implementation(Object *version_info)
{
    NamespaceObject *ns = (NamespaceObject *)obj_alloc(&Namespace_Type);
    if (ns == NULL)
        return NULL;
    gc_track((Object *)ns);
    Object *o = (Object *)ns;
    if ((ns->dict = dict_new()) == NULL)
        goto fail;
    Object *name = str_from_cstr("garter"), *tag = str_from_cstr("garter-011");
    Object *hexv = int_from_i64((PY_MAJOR << 24) | (PY_MINOR << 16) | (PY_MICRO << 8) | 0xf0);
    int r = (!name || !tag || !hexv) ? -1 :
            dict_setitem_str(ns->dict, "name", name) | dict_setitem_str(ns->dict, "cache_tag", tag) |
            dict_setitem_str(ns->dict, "version", version_info) |
            dict_setitem_str(ns->dict, "hexversion", hexv);
    XDECREF(name);
    XDECREF(tag);
    XDECREF(hexv);
    if (r < 0)
        goto fail;
    return o;
fail:
    DECREF(o);
    return NULL;
}

Object *mod_sys_create(void)
{
    if (type_ready(&Namespace_Type) < 0)
        return NULL;
    signal(SIGPIPE, SIG_IGN);           /* EPIPE becomes BrokenPipeError, as CPython */
    Object *m = module_new("sys");
    if (m == NULL)
        return NULL;
    module_set_builtin(m);
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = 0;
    Object *vi = tuple_new(5);
    if (vi) {
        TUPLE_SET(vi, 0, int_from_i64(PY_MAJOR));
        TUPLE_SET(vi, 1, int_from_i64(PY_MINOR));
        TUPLE_SET(vi, 2, int_from_i64(PY_MICRO));
        TUPLE_SET(vi, 3, str_from_cstr("final"));
        TUPLE_SET(vi, 4, int_from_i64(0));
        for (int i = 0; i < 5; i++)
            if (TUPLE_GET(vi, i) == NULL)
                CLEAR(vi);
    }
    Object *modules = rt_modules_dict();
    if (vi == NULL || modules == NULL ||
        module_add_functions(m, sys_defs) < 0 ||
        module_add_object(m, "argv", make_argv()) < 0 ||
        module_add_object(m, "path", make_path()) < 0 ||
        module_add_object(m, "modules", NEWREF(modules)) < 0 ||
        module_add_object(m, "version", str_from_format("%d.%d.%d (garter %s)", PY_MAJOR,
                                                        PY_MINOR, PY_MICRO, GARTER_VERSION_STR)) < 0 ||
        module_add_object(m, "version_info", NEWREF(vi)) < 0 ||
        module_add_object(m, "hexversion", int_from_i64((PY_MAJOR << 24) | (PY_MINOR << 16) |
                                                        (PY_MICRO << 8) | 0xf0)) < 0 ||
        module_add_object(m, "implementation", make_implementation(vi)) < 0 ||
        module_add_object(m, "maxsize", int_from_i64(INTPTR_MAX)) < 0 ||
        module_add_object(m, "maxunicode", int_from_i64(0x10FFFF)) < 0 ||
        module_add_object(m, "byteorder", str_from_cstr(
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
                                                        "big"
#else
                                                        "little"
#endif
                                                        )) < 0 ||
        module_add_object(m, "platform", str_from_cstr("linux")) < 0 ||
        module_add_object(m, "executable", str_from_cstr(exe)) < 0 ||
        module_add_object(m, "warnoptions", list_new(0)) < 0 ||
        mod_sys_hooks_add(m) < 0 ||
        add_streams(m) < 0) {
        XDECREF(vi);
        DECREF(m);
        return NULL;
    }
    DECREF(vi);
    XDECREF(sys_module);
    sys_module = NEWREF(m);
    return m;
}

/* Called by bltin_fini before sys.modules goes away. */
void sys_forget(void)
{
    if (sys_module) {
        Object *d = module_get_dict(sys_module);
        if (d)
            dict_clear(d);
        CLEAR(sys_module);
    }
}
