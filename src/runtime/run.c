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
#include "runtime/run.h"
#include "runtime/traceback.h"

#include "objects/type.h"

/* 1 if exc is a SystemExit (or subclass). */
static int obj_type_check_exc(Object *exc)
{
    return type_is_subtype(TYPE(exc), &Exc_SystemExit);
}

/* Exit status for an uncaught exception (which is consumed). */
static int handle_uncaught(Object *exc)
{
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
    tb_print_exception(exc, stderr);
    DECREF(exc);
    return 1;
}

int rt_run_string(const char *src, size_t len, const char *filename)
{
    Arena *arena = arena_new();
    SyntaxErr se;
    memset(&se, 0, sizeof se);
    Module *m = parse_source(src, len, filename, PARSE_FILE, arena, &se);
    if (!m) {
        fflush(stdout);
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
    Object *globals = dict_new();
    if (!globals) { DECREF_(co); return 1; }
    dict_setitem_str(globals, "__name__", str_from_cstr("__main__"));
    {
        Object *nm = dict_getitem_str(globals, "__name__");
        if (nm) DECREF(nm);     /* dict_setitem_str does not steal */
    }
    dict_setitem_str(globals, "__doc__", NONE);
    dict_setitem_str(globals, "__builtins__", mod_builtins_dict());
    Object *r = eval_module_code(co, globals);
    int status = 0;
    if (!r) {
        Object *exc = err_fetch();
        status = exc ? handle_uncaught(exc) : 1;
    } else {
        DECREF(r);
    }
    fflush(stdout);
    dict_clear(globals);
    DECREF(globals);
    DECREF_(co);
    return status;
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
    int st = rt_run_string(src, len, abs);
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

