/* bltin_exec.c — the builtins that run source text: compile(), exec() and
 * eval().  Source is parsed and compiled with module-level names resolved
 * through the frame's locals mapping (resolve_set_exec_mode), so exec and
 * eval take separate globals and locals as CPython's do; an expression for
 * eval becomes a module whose body returns it. */
#include <string.h>

#include "compile/compile.h"
#include "compile/resolve.h"
#include "eval/node.h"
#include "modules/bltin.h"
#include "modules/builtins.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parse/parse.h"
#include "runtime/errors.h"
#include "runtime/import.h"

enum { MODE_EXEC, MODE_EVAL, MODE_SINGLE };

/* NEW code object for src[0..len) compiled in mode, or NULL with a
 * SyntaxError raised (filename in its location). */
static CodeObject *compile_text(const char *src, size_t len, const char *filename, int mode)
{
    if (memchr(src, 0, len))
        return (CodeObject *)err_set_string(&Exc_SyntaxError, "source code string cannot contain null bytes");
    if (mode == MODE_EVAL)              /* eval() ignores leading blanks */
        while (len && (*src == ' ' || *src == '\t')) src++, len--;
    if (mode == MODE_EVAL && len == 0) {
        /* CPython reports an empty expression at line 0 */
        Object *info = tuple_new(6), *msg = str_from_cstr("invalid syntax");
        if (info && msg) {
            TUPLE_SET(info, 0, str_from_cstr(filename));
            TUPLE_SET(info, 1, int_from_i64(0));
            TUPLE_SET(info, 2, int_from_i64(0));
            TUPLE_SET(info, 3, str_empty());
            TUPLE_SET(info, 4, int_from_i64(0));
            TUPLE_SET(info, 5, int_from_i64(0));
            int ok = 1;
            for (int i = 0; i < 6; i++) if (!TUPLE_GET(info, i)) ok = 0;
            Object *args[2] = { msg, info };
            Object *exc = ok ? obj_call((Object *)&Exc_SyntaxError, args, 2, NULL) : NULL;
            if (exc) {
                err_raise(exc);
                DECREF(exc);
            }
        }
        XDECREF(info);
        XDECREF(msg);
        if (!err_occurred()) err_no_memory();
        return NULL;
    }
    Arena *arena = arena_new();
    if (arena == NULL)
        return (CodeObject *)err_no_memory();
    SyntaxErr se;
    memset(&se, 0, sizeof se);
    int pmode = mode == MODE_EVAL ? PARSE_EVAL : mode == MODE_SINGLE ? PARSE_SINGLE : PARSE_FILE;
    Module *m = parse_source(src, len, filename, pmode, arena, &se);
    if (m && mode == MODE_EVAL) {
        /* the expression becomes `return <expr>` in a module body */
        Expr *e = m->expr;
        Stmt *ret = ast_stmt(arena, STMT_RETURN, e->lineno, e->col_offset,
                             e->end_lineno, e->end_col_offset);
        Stmt **items = ast_alloc(arena, sizeof(Stmt *));
        Module *m2 = ast_alloc(arena, sizeof(Module));
        if (!ret || !items || !m2) {
            arena_free(arena);
            return (CodeObject *)err_no_memory();
        }
        ret->v.ret.value = e;
        items[0] = ret;
        memset(m2, 0, sizeof *m2);
        m2->kind = MOD_MODULE;
        m2->body.n = 1;
        m2->body.items = items;
        m = m2;
    }
    CodeObject *co = NULL;
    if (m) {
        resolve_set_exec_mode(1);
        co = compile_module(m, src, len, filename, &se);
        resolve_set_exec_mode(0);
    }
    if (co == NULL && se.kind != SE_NONE)
        rt_raise_syntax_error(&se, filename);
    else if (co == NULL && !err_occurred())
        err_set_string(&Exc_SystemError, "compile failed");
    arena_free(arena);
    return co;
}

/* BORROWED text of a str or bytes source into *src and *len; 0, or -1 with
 * "<fn>() arg 1 must be a string, bytes or <what> object". */
static int source_text(Object *o, const char *fn, const char *what, const char **src, size_t *len)
{
    if (STR_CHECK(o)) {
        *src = STR_UTF8(o);
        *len = STR_NBYTES(o);
        return 0;
    }
    if (BYTES_CHECK(o)) {
        *src = (const char *)BYTES_DATA(o);
        *len = (size_t)BYTES_SIZE(o);
        return 0;
    }
    err_format(&Exc_TypeError, "%s() arg 1 must be a string, bytes or %s object", fn, what);
    return -1;
}

/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1) */
static Object *b_compile(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *names[] = { "source", "filename", "mode", "flags", "dont_inherit",
                                   "optimize", "_feature_version" };
    Object *a[7] = { 0 };
    if (nargs > 6)
        return err_format(&Exc_TypeError, "compile() takes at most 6 arguments (%zu given)", nargs);
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    size_t nk = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    for (size_t i = 0; i < nk; i++) {
        Object *k = TUPLE_GET(kw, i);
        int j = 0;
        while (j < 7 && !str_eq_cstr(k, names[j])) j++;
        if (j == 7)
            return err_format(&Exc_TypeError, "compile() got an unexpected keyword argument '%U'", k);
        if (a[j])
            return err_format(&Exc_TypeError,
                              "argument for compile() given by name ('%s') and position (%d)",
                              names[j], j + 1);
        a[j] = args[nargs + i];
    }
    for (int j = 0; j < 3; j++)
        if (!a[j])
            return err_format(&Exc_TypeError, "compile() missing required argument '%s' (pos %d)",
                              names[j], j + 1);
    const char *src;
    size_t len;
    if (source_text(a[0], "compile", "AST", &src, &len) < 0)
        return NULL;
    if (!STR_CHECK(a[1]))
        return err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %T", a[1]);
    if (!STR_CHECK(a[2]))
        return err_format(&Exc_TypeError, "compile() argument 'mode' must be str, not %T", a[2]);
    int mode;
    if (str_eq_cstr(a[2], "exec")) mode = MODE_EXEC;
    else if (str_eq_cstr(a[2], "eval")) mode = MODE_EVAL;
    else if (str_eq_cstr(a[2], "single")) mode = MODE_SINGLE;
    else
        return err_set_string(&Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return (Object *)compile_text(src, len, STR_UTF8(a[1]), mode);
}

/* Runs co with globals g and locals l (both BORROWED); NEW result. */
static Object *run_code(CodeObject *co, Object *g, Object *l)
{
    if (dict_getitem_str(g, "__builtins__") == NULL) {
        if (err_occurred() || dict_setitem_str(g, "__builtins__", mod_builtins_dict()) < 0)
            return NULL;
    }
    Frame *f = frame_push(co);
    if (!f) return NULL;
    Object *b = dict_getitem_str(g, "__builtins__");
    f->globals = g;
    f->builtins = (b && DICT_CHECK(b)) ? b : mod_builtins_dict();
    f->locals = l;
    Object *r = eval_frame_run(f);
    frame_pop(f);
    return r;
}

/* Shared body of exec() and eval(): argument checks, the default
 * namespaces of the calling frame, compiling strings. */
static Object *exec_or_eval(const char *fn, int mode, Object *const *args, size_t nargs, Object *kw)
{
    Object *g = NULL, *l = NULL;
    size_t nk = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    if (mode == MODE_EVAL) {
        if (nk)
            return err_set_string(&Exc_TypeError, "eval() takes no keyword arguments");
        if (nargs < 1)
            return err_format(&Exc_TypeError, "eval expected at least 1 argument, got %zu", nargs);
        if (nargs > 3)
            return err_format(&Exc_TypeError, "eval expected at most 3 arguments, got %zu", nargs);
    } else {
        for (size_t i = 0; i < nk; i++)
            if (!str_eq_cstr(TUPLE_GET(kw, i), "closure"))
                return err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for exec()",
                                  TUPLE_GET(kw, i));
        if (nargs < 1)
            return err_set_string(&Exc_TypeError, "exec() takes at least 1 positional argument (0 given)");
        if (nargs > 3)
            return err_format(&Exc_TypeError, "exec() takes at most 3 arguments (%zu given)", nargs);
    }
    if (nargs > 1 && !IS_NONE(args[1])) g = args[1];
    if (nargs > 2 && !IS_NONE(args[2])) l = args[2];
    if (g && !DICT_CHECK(g)) {
        if (mode == MODE_EVAL)
            return err_set_string(&Exc_TypeError, TYPE(g)->getitem
                                  ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                  : "globals must be a dict");
        return err_format(&Exc_TypeError, "exec() globals must be a dict, not %T", g);
    }
    if (l && !TYPE(l)->getitem) {
        if (mode == MODE_EVAL)
            return err_set_string(&Exc_TypeError, "locals must be a mapping");
        return err_format(&Exc_TypeError, "locals must be a mapping or None, not %T", l);
    }
    if (l && !DICT_CHECK(l))        /* the evaluator reads names from dicts only */
        return err_format(&Exc_TypeError, "%s() locals other than a dict are not supported", fn);
    Object *lref = NULL;
    if (!g) {
        Frame *f = eval_current_frame();
        if (!f || !f->globals)
            return err_format(&Exc_SystemError, "%s(): no current frame", fn);
        g = f->globals;
        if (!l) {
            Object *loc = dict_getitem_str(mod_builtins_dict(), "locals");
            lref = loc ? obj_call(loc, NULL, 0, NULL) : NULL;
            if (!lref) {
                if (!err_occurred())
                    err_format(&Exc_SystemError, "%s(): no locals", fn);
                return NULL;
            }
            l = lref;
        }
    }
    if (!l) l = g;
    CodeObject *co;
    if (IS_TYPE(args[0], &Code_Type)) {
        co = (CodeObject *)NEWREF(args[0]);
        if (co->nslots > co->nlocals && !(co->flags & CO_MODULE)) {
            DECREF_(co);
            XDECREF(lref);
            return err_format(&Exc_TypeError, "code object passed to %s() may not contain free variables", fn);
        }
        if (!(co->flags & CO_MODULE)) {
            /* a function's code does not own its node tree (the function
             * does), so it cannot run on its own */
            DECREF_(co);
            XDECREF(lref);
            return err_format(&Exc_TypeError, "%s() of a function's code object is not supported", fn);
        }
    } else {
        const char *src;
        size_t len;
        if (source_text(args[0], fn, "code", &src, &len) < 0) {
            XDECREF(lref);
            return NULL;
        }
        co = compile_text(src, len, "<string>", mode);
        if (!co) {
            XDECREF(lref);
            return NULL;
        }
    }
    Object *r = run_code(co, g, l);
    DECREF_(co);
    XDECREF(lref);
    if (r && mode != MODE_EVAL)
        SETREF(r, NEWREF(NONE));
    return r;
}

static Object *b_exec(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return exec_or_eval("exec", MODE_EXEC, args, nargs, kw);
}

static Object *b_eval(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return exec_or_eval("eval", MODE_EVAL, args, nargs, kw);
}

MethodDef bltin_exec_defs[] = {
    { "compile", b_compile, 0, "Compile source into a code object that can be executed by exec() or eval()." },
    { "exec", b_exec, 0, "Execute the given source in the context of globals and locals." },
    { "eval", b_eval, 0, "Evaluate the given source in the context of globals and locals." },
    { NULL }
};
