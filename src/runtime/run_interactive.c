/* run_interactive.c — one interactive statement, compiled and run as
 * CPython's REPL runs it: module-level expression statements (also those
 * nested in if/for/while/try/with, never in def or class bodies) echo their
 * value through sys.displayhook; an uncaught exception is printed and the
 * session goes on; SystemExit becomes the exit status.
 *
 * Built on the compiler's and evaluator's lower-level API (compile_module,
 * eval_module_code, the executable node tree of eval/node.h): after
 * compiling, the statement nodes that would discard an expression's value
 * are switched to ri_ex_echo.  Must not change how scripts run. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compile/compile.h"
#include "eval/node.h"
#include "modules/builtins.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/type.h"
#include "parse/parse.h"
#include "runtime/errors.h"
#include "runtime/import.h"
#include "runtime/run_interactive.h"
#include "runtime/traceback.h"
#include "modules/sys_hooks.h"
#include "objects/module.h"

/* NEW: the sys module, or NULL (no exception) when there is none. */
static Object *ri_sys_module(void)
{
    Object *m = rt_import_cstr("sys");
    if (!m)
        err_clear();
    return m;
}

Object *rt_sys_attr(const char *name)
{
    Object *sys = ri_sys_module();
    if (!sys)
        return NULL;
    Object *v = obj_getattr_cstr(sys, name);
    DECREF(sys);
    if (!v)
        err_clear();
    return v;
}

/* Calls stream.flush() for sys.<name> when it exists; errors are dropped
 * as CPython drops them at this point. */
static void ri_flush_stream(const char *name)
{
    Object *s = rt_sys_attr(name);
    if (!s)
        return;
    Object *fl = obj_getattr_cstr(s, "flush");
    DECREF(s);
    if (!fl) {
        err_clear();
        return;
    }
    Object *r = obj_call(fl, NULL, 0, NULL);
    DECREF(fl);
    if (r)
        DECREF(r);
    else
        err_clear();
}

void rt_interactive_flush(void)
{
    ri_flush_stream("stdout");
    ri_flush_stream("stderr");
    fflush(stdout);
    fflush(stderr);
}

/* Echo one value through sys.displayhook (CPython's PRINT_EXPR).  0/-1. */
static int ri_display(Object *v)
{
    Object *hook = rt_sys_attr("displayhook");
    if (!hook) {
        err_set_string(&Exc_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    Object *r = obj_call(hook, &v, 1, NULL);
    DECREF(hook);
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

/* The executor that replaces ex_expr in interactive code. */
static int ri_ex_echo(SNode *s, Frame *f)
{
    Object *v = s->e1->ev(s->e1, f);
    if (!v)
        return ST_ERROR;
    int r = ri_display(v);
    DECREF(v);
    return r < 0 ? ST_ERROR : ST_OK;
}

/* Switches ex_expr statements of b (and of nested compound statements'
 * blocks; def and class bodies live in their own code objects and are
 * never reached) to ri_ex_echo. */
static void ri_patch_block(Block *b)
{
    for (int i = 0; i < b->n; i++) {
        SNode *s = b->s[i];
        if (!s)
            continue;
        if (s->ex == ex_expr) {
            s->ex = ri_ex_echo;
            continue;
        }
        if (s->ex == ex_funcdef || s->ex == ex_classdef)
            continue;
        ri_patch_block(&s->body);
        ri_patch_block(&s->orelse);
        ri_patch_block(&s->final);
        for (int h = 0; h < s->nh; h++)
            ri_patch_block(&s->handlers[h].body);
    }
}

void rt_interactive_syntax_error(const SyntaxErr *e)
{
    rt_interactive_flush();
    syntaxerr_print(e, "<stdin>", stderr);
    fflush(stderr);
}

/* The exit status for a SystemExit instance (BORROWED), printing a
 * non-integer code to stderr as CPython does. */
static int ri_exit_status(Object *exc)
{
    Object *code = exc_systemexit_code(exc);
    int status = 0;
    if (!code) {
        err_clear();
        return 1;
    }
    if (code == NONE) {
        status = 0;
    } else if (INT_CHECK(code)) {
        int overflow = 0;
        int64_t v = int_as_i64(code, &overflow);
        if (overflow || (v == -1 && err_occurred())) {
            err_clear();
            status = -1;
        } else {
            status = (int)v;
        }
    } else {
        Object *s = obj_str(code);
        rt_interactive_flush();
        if (s) {
            fwrite(STR_UTF8(s), 1, (size_t)STR_NBYTES(s), stderr);
            DECREF(s);
        } else {
            err_clear();
        }
        fputc('\n', stderr);
        status = 1;
    }
    DECREF(code);
    return status;
}

/* Prints the current exception, SystemExit included (python3 -i does so
 * for a script's exit), and clears it. */
static void ri_print_current(void)
{
    Object *exc = err_fetch();
    if (!exc)
        return;
    rt_interactive_flush();
    rt_print_uncaught(exc);
    DECREF(exc);
}

int rt_interactive_report(int *exit_code)
{
    Object *exc = err_fetch();
    if (!exc)
        return RI_OK;
    if (obj_type_check(exc, &Exc_SystemExit)) {
        *exit_code = ri_exit_status(exc);
        DECREF(exc);
        return RI_EXIT;
    }
    rt_interactive_flush();
    rt_print_uncaught(exc);
    DECREF(exc);
    return RI_ERROR;
}

int rt_run_interactive(struct Module *m, const char *src, size_t len,
                       Object *globals, int *exit_code)
{
    SyntaxErr err;
    memset(&err, 0, sizeof err);
    CodeObject *co = compile_module(m, src, len, "<stdin>", &err);
    if (!co) {
        if (err.kind != SE_NONE) {
            rt_interactive_syntax_error(&err);
            return RI_ERROR;
        }
        return rt_interactive_report(exit_code);
    }
    ri_patch_block(&co->body);
    Object *r = eval_module_code(co, globals);
    DECREF((Object *)co);
    int rc = RI_OK;
    if (r)
        DECREF(r);
    else
        rc = rt_interactive_report(exit_code);
    rt_interactive_flush();
    return rc;
}

Object *rt_interactive_globals(void)
{
    Object *m = module_new("__main__");
    if (!m)
        return NULL;
    Object *g = NEWREF(module_get_dict(m));
    Object *modules = rt_modules_dict();
    if (dict_setitem_str(g, "__builtins__", mod_builtins_dict()) < 0
        || (modules && dict_setitem_str(modules, "__main__", m) < 0)) {
        DECREF(g);
        DECREF(m);
        return NULL;
    }
    DECREF(m);          /* sys.modules keeps it until finalization */
    return g;
}

void rt_interactive_set_prompts(void)
{
    Object *sys = ri_sys_module();
    if (!sys)
        return;
    static const char *const names[2][2] = { { "ps1", ">>> " }, { "ps2", "... " } };
    for (int i = 0; i < 2; i++) {
        Object *v = obj_getattr_cstr(sys, names[i][0]);
        if (v) {
            DECREF(v);
            continue;
        }
        err_clear();
        Object *k = str_from_cstr(names[i][0]);
        Object *s = str_from_cstr(names[i][1]);
        if (!k || !s || obj_setattr(sys, k, s) < 0)
            err_clear();
        XDECREF(k);
        XDECREF(s);
    }
    DECREF(sys);
}

int rt_interactive_run_file(const char *path, Object *globals)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        int e = errno;
        fprintf(stderr, "garter: can't open file '%s': [Errno %d] %s\n", path, e, strerror(e));
        return 2;
    }
    size_t len = 0, cap = 1 << 16, k;
    char *src = malloc(cap);
    while (src && (k = fread(src + len, 1, cap - len, fp)) > 0) {
        len += k;
        if (len == cap) {
            char *nb = realloc(src, cap *= 2);
            if (!nb) {
                free(src);
                src = NULL;
            } else {
                src = nb;
            }
        }
    }
    fclose(fp);
    if (!src) {
        fputs("garter: out of memory\n", stderr);
        return 1;
    }
    /* CPython names the main script by its absolute path */
    char abs[PATH_MAX + 2], cwd[PATH_MAX];
    if (path[0] != '/' && getcwd(cwd, sizeof cwd))
        snprintf(abs, sizeof abs, "%s/%s", cwd, path);
    else
        snprintf(abs, sizeof abs, "%s", path);
    Arena *arena = arena_new();
    SyntaxErr se;
    memset(&se, 0, sizeof se);
    int rc = 0;
    struct Module *m = arena ? parse_source(src, len, abs, PARSE_FILE, arena, &se) : NULL;
    CodeObject *co = m ? compile_module(m, src, len, abs, &se) : NULL;
    if (!co) {
        rt_interactive_flush();
        if (se.kind != SE_NONE)
            syntaxerr_print(&se, abs, stderr);
        else
            ri_print_current();
        rc = 1;
    } else {
        Object *r = eval_module_code(co, globals);
        DECREF((Object *)co);
        if (r) {
            DECREF(r);
        } else {
            ri_print_current();
            rc = 1;
        }
    }
    arena_free(arena);
    free(src);
    rt_interactive_flush();
    return rc;
}
