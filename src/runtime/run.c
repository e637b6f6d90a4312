/* run.c — the front ends' one API: source text -> AST -> code -> run in a
 * new __main__ namespace.  Uncaught exceptions are printed with their
 * traceback (exit 1); SystemExit becomes the exit status; SyntaxErrors are
 * printed like CPython's. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compile/compile.h"
#include "modules/builtins.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/str.h"
#include "parse/parse.h"
#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/run.h"
#include "runtime/shutdown.h"
#include "runtime/traceback.h"

#include "objects/type.h"
#include "objects/file.h"
#include "objects/module.h"
#include "objects/list.h"
#include "modules/bltin.h"
#include "runtime/import.h"
#include "runtime/signals.h"
#include "modules/sys_hooks.h"

/* 1 if exc is a SystemExit (or subclass). */
static int obj_type_check_exc(Object *exc)
{
    return type_is_subtype(TYPE(exc), &Exc_SystemExit);
}

/* Flushes sys.stdout's buffer before a report goes to stderr, as
 * CPython's PyErr_Display does, so the two streams keep their order. */
static void flush_sys_stdout(void)
{
    Object *out = bltin_sys_get("stdout");
    if (out && file_check(out) && file_flush(out) < 0)
        err_clear();
    fflush(stdout);
}

/* Exit status for an uncaught exception (which is consumed). */
static int handle_uncaught(Object *exc)
{
    flush_sys_stdout();
    if (obj_type_check_exc(exc)) {
        Object *code = exc_systemexit_code(exc);
        int status = 0;
        if (!code || IS_NONE(code)) {
            status = 0;
        } else if (INT_CHECK(code)) {
            int ovf = 0;
            int64_t v = int_as_i64(code, &ovf);
            status = ovf ? -1 : (int)v;
        } else {
            Object *s = obj_str(code);
            fflush(stdout);
            if (s) { fprintf(stderr, "%s\n", STR_UTF8(s)); DECREF(s); }
            else err_clear();
            status = 1;
        }
        XDECREF(code);
        DECREF(exc);
        return status & 0xff;
    }
    if (type_is_subtype(TYPE(exc), &Exc_KeyboardInterrupt))
        rt_unhandled_interrupt = 1;     /* the process ends by SIGINT after finalization */
    rt_print_uncaught(exc);     /* sys.last_* (its frames live until finalization), sys.excepthook */
    DECREF(exc);
    return 1;
}

/* NEW: a fresh __main__ module, registered in sys.modules, with
 * __builtins__ and (for a file) __file__ set. */
static Object *new_main_module(const char *file)
{
    Object *m = module_new("__main__");
    if (!m) return NULL;
    Object *d = module_get_dict(m);
    Object *f = file ? str_from_cstr(file) : NULL;
    Object *modules = rt_modules_dict();
    if (dict_setitem_str(d, "__builtins__", mod_builtins_dict()) < 0 ||
        (file && (!f || dict_setitem_str(d, "__file__", f) < 0 ||
                  dict_setitem_str(d, "__cached__", NONE) < 0)) ||
        (modules && dict_setitem_str(modules, "__main__", m) < 0)) {
        XDECREF(f);
        DECREF(m);
        return NULL;
    }
    XDECREF(f);
    return m;
}

/* CPython reads a -c command with its string tokenizer, which places the
 * end of input after a final newline on a line of its own: errors found
 * there are reported on that (empty) line with a caret, one without a
 * final newline gets the caret the file tokenizer leaves out, and an
 * unterminated triple-quoted string is "detected" a line later. */
static void command_error(SyntaxErr *se, const char *src, size_t len)
{
    int nl = len > 0 && src[len - 1] == '\n';
    if (se->eof_offset && nl) {
        int lines = 1;
        for (size_t i = 0; i < len; i++)
            lines += src[i] == '\n';
        se->lineno = se->end_lineno = lines;
        se->col_offset = se->end_col_offset = 1;
        se->text = "";
    }
    se->eof_offset = 0;
    const char *d = strstr(se->msg, "(detected at line ");
    if (nl && d && !strncmp(se->msg, "unterminated triple-quoted", 26)) {
        int at = atoi(d + 18);
        snprintf(se->msg + (d - se->msg), sizeof se->msg - (size_t)(d - se->msg),
                 "(detected at line %d)", at + 1);
    }
}

/* Runs src in a new __main__ module; file is its __file__ (or NULL). */
static int run_main_source(const char *src, size_t len, const char *filename,
                           const char *file, Object *package)
{
    Arena *arena = arena_new();
    SyntaxErr se;
    memset(&se, 0, sizeof se);
    Module *m = parse_source(src, len, filename, PARSE_FILE, arena, &se);
    if (!m) {
        fflush(stdout);
        if (!file && !package && !strcmp(filename, "<string>"))
            command_error(&se, src, len);
        syntaxerr_print(&se, filename, stderr);
        arena_free(arena);
        return 1;
    }
    CodeObject *co = compile_module(m, src, len, filename, &se);
    arena_free(arena);
    if (!co) {
        fflush(stdout);
        if (se.kind != SE_NONE) {
            syntaxerr_print(&se, filename, stderr);
            return 1;
        }
        Object *exc = err_fetch();
        return exc ? handle_uncaught(exc) : 1;
    }
    Object *mainmod = new_main_module(file);
    if (!mainmod) {
        DECREF_(co);
        Object *exc = err_fetch();
        return exc ? handle_uncaught(exc) : 1;
    }
    Object *globals = NEWREF(module_get_dict(mainmod));
    if ((package && dict_setitem_str(globals, "__package__", package) < 0) ||
        (co->doc && dict_setitem_str(globals, "__doc__", co->doc) < 0)) {
        dict_clear(globals);
        DECREF(globals);
        DECREF(mainmod);
        DECREF_(co);
        Object *exc = err_fetch();
        return exc ? handle_uncaught(exc) : 1;
    }
    Object *r = eval_module_code(co, globals);
    int status = 0;
    if (!r) {
        Object *exc = err_fetch();
        status = exc ? handle_uncaught(exc) : 1;
    } else {
        DECREF(r);
    }
    rt_threads_shutdown();      /* non-daemon threads may still use __main__ */
    fflush(stdout);
    /* __main__ stays in sys.modules with its globals for the atexit
     * handlers; rt_finalize clears it.  A script run by path loses
     * __file__ and __cached__ first, as in CPython. */
    if (file && !package &&
        ((dict_getitem_str(globals, "__file__") && dict_delitem_str(globals, "__file__") < 0) ||
         (dict_getitem_str(globals, "__cached__") && dict_delitem_str(globals, "__cached__") < 0)))
        err_clear();
    DECREF(globals);
    DECREF(mainmod);
    DECREF_(co);
    return status;
}

int rt_run_string(const char *src, size_t len, const char *filename)
{
    return run_main_source(src, len, filename, NULL, NULL);
}

static char *read_all(FILE *fp, size_t *len)
{
    size_t cap = 65536, n = 0, k;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    while ((k = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += k;
        if (n == cap) {
            cap *= 2;
            char *b2 = realloc(buf, cap);
            if (!b2) { free(buf); return NULL; }
            buf = b2;
        }
    }
    *len = n;
    return buf;
}

int rt_run_file(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        int e = errno;
        char abs[PATH_MAX + 2];
        if (path[0] == '/') {
            snprintf(abs, sizeof abs, "%s", path);
        } else {
            char cwd[PATH_MAX];
            if (!getcwd(cwd, sizeof cwd)) cwd[0] = 0;
            snprintf(abs, sizeof abs, "%s/%s", cwd, path);
        }
        fprintf(stderr, "garter: can't open file '%s': [Errno %d] %s\n", abs, e, strerror(e));
        return 2;
    }
    size_t len;
    char *src = read_all(fp, &len);
    fclose(fp);
    if (!src) { fprintf(stderr, "garter: out of memory\n"); return 1; }
    /* CPython names the main script by its absolute path */
    char abs[PATH_MAX + 2];
    char cwd[PATH_MAX];
    if (path[0] != '/' && getcwd(cwd, sizeof cwd))
        snprintf(abs, sizeof abs, "%s/%s", cwd, path);
    else
        snprintf(abs, sizeof abs, "%s", path);
    int st = run_main_source(src, len, abs, abs, NULL);
    free(src);
    return st;
}

int rt_run_stdin(void)
{
    size_t len;
    char *src = read_all(stdin, &len);
    if (!src) return 1;
    int st = rt_run_string(src, len, "<stdin>");
    free(src);
    return st;
}


/* Prints "garter: <message>" for a -m failure; exit status 1. */
static int module_error(const char *fmt, Object *a, Object *b)
{
    Object *msg = str_from_format(fmt, a, b);
    flush_sys_stdout();
    fprintf(stderr, "garter: %s\n", msg ? STR_UTF8(msg) : "out of memory");
    XDECREF(msg);
    err_clear();
    return 1;
}

/* The -m failure report for an exception raised while finding the module
 * (CPython: "Error while finding module specification for 'a.b' (...)"). */
static int spec_error(Object *name)
{
    Object *exc = err_fetch();
    if (exc && type_is_subtype(TYPE(exc), &Exc_ImportError) == 0)
        return handle_uncaught(exc);
    Object *text = exc ? obj_str(exc) : NULL;
    Object *msg = text ? str_from_format("Error while finding module specification for %R (%s: %U)",
                                         name, TYPE(exc)->name, text) : NULL;
    XDECREF(text);
    XDECREF(exc);
    flush_sys_stdout();
    fprintf(stderr, "garter: %s\n", msg ? STR_UTF8(msg) : "out of memory");
    XDECREF(msg);
    err_clear();
    return 1;
}

/* -m for one name: finds it (importing its parent packages), runs a
 * package's __main__ submodule, else the file itself as __main__. */
static int run_module_obj(Object *name, int depth)
{
    const char *s = STR_UTF8(name), *dot = strrchr(s, '.');
    Object *parent = NULL, *paths = NULL, *pkgname = NULL;
    if (dot) {
        pkgname = str_from_utf8(s, (size_t)(dot - s));
        parent = pkgname ? rt_import(pkgname) : NULL;
        if (!parent) {
            XDECREF(pkgname);
            return spec_error(name);
        }
        Object *d = MODULE_CHECK(parent) ? module_get_dict(parent) : NULL;
        paths = d ? dict_getitem_str(d, "__path__") : NULL;
        if (!paths || !LIST_CHECK(paths)) {
            err_format(&Exc_ModuleNotFoundError,
                       "__path__ attribute not found on %R while trying to find %R", pkgname, name);
            DECREF(parent);
            DECREF(pkgname);
            return spec_error(name);
        }
    } else {
        paths = bltin_sys_get("path");
        pkgname = str_empty();
        if (!paths || !LIST_CHECK(paths) || !pkgname) {
            XDECREF(pkgname);
            return module_error("No module named %U", name, NULL);
        }
    }
    Object *file = NULL, *pkgdirs = NULL;
    int found = rt_import_find_source(name, paths, &file, &pkgdirs);
    XDECREF(parent);
    int rc;
    if (found < 0) {
        rc = spec_error(name);
    } else if (found == 0) {
        /* a built-in module has no source to run */
        Object *m = dot ? NULL : rt_import(name);
        if (m) {
            DECREF(m);
            rc = module_error("No code object available for %U", name, NULL);
        } else {
            rc = module_error("No module named %U", name, NULL);
        }
    } else if (pkgdirs) {
        /* a package: import it, then run its __main__ */
        Object *pkg = depth == 0 ? rt_import(name) : NULL;
        Object *sub = pkg ? str_from_format("%U.__main__", name) : NULL;
        XDECREF(pkg);
        if (!sub)
            rc = depth ? module_error("No module named %U", name, NULL) : spec_error(name);
        else {
            Object *f2 = NULL, *p2 = NULL;
            int f = rt_import_find_source(sub, pkgdirs, &f2, &p2);
            XDECREF(p2);
            if (f == 1 && f2) {
                XDECREF(f2);
                rc = run_module_obj(sub, depth + 1);
            } else {
                XDECREF(f2);
                rc = module_error("No module named %U; %R is a package and cannot be directly executed",
                                  sub, name);
            }
            DECREF(sub);
        }
    } else {
        /* sys.argv[0] becomes the file's path */
        Object *argv = bltin_sys_get("argv");
        if (argv && LIST_CHECK(argv) && LIST_SIZE(argv) > 0)
            SETREF(LIST_ITEMS(argv)[0], NEWREF(file));
        size_t len;
        FILE *fp = fopen(STR_UTF8(file), "rb");
        char *src = fp ? read_all(fp, &len) : NULL;
        if (fp) fclose(fp);
        if (!src)
            rc = module_error("can't read %U", file, NULL);
        else
            rc = run_main_source(src, len, STR_UTF8(file), STR_UTF8(file), pkgname);
        free(src);
    }
    XDECREF(file);
    XDECREF(pkgdirs);
    XDECREF(pkgname);
    return rc;
}

int rt_run_module(const char *name)
{
    Object *n = str_from_cstr(name);
    if (!n) return 1;
    int rc = run_module_obj(n, 0);
    DECREF(n);
    return rc;
}
