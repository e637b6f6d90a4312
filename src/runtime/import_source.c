/* import_source.c — modules written in Python: finding NAME/__init__.py,
 * NAME.py or a namespace folder in the folders of sys.path (or a package's
 * __path__), compiling the source (a syntax error becomes a SyntaxError
 * exception that names the file) and running the body in a fresh module
 * that is in sys.modules before its first line runs, so circular imports
 * see it partially initialised, as in CPython. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compile/compile.h"
#include "eval/eval.h"
#include "mem/alloc.h"
#include "modules/builtins.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parse/parse.h"
#include "runtime/errors.h"
#include "runtime/import.h"

/* Modules whose body is running (BORROWED: each is in sys.modules and
 * held by its loader until it finishes). */
static Object **running;
static size_t nrunning, caprunning;

int rt_import_is_initializing(Object *module)
{
    for (size_t i = 0; i < nrunning; i++)
        if (running[i] == module)
            return 1;
    return 0;
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* Writes the absolute form of folder entry `dir` (a path entry; '' is the
 * current folder) into buf.  0, or -1 if it does not fit. */
static int abs_folder(const char *dir, char *buf, size_t size)
{
    if (dir[0] == '/') {
        if (strlen(dir) >= size)
            return -1;
        strcpy(buf, dir);
    } else {
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof cwd) == NULL)
            return -1;
        int n = dir[0] ? snprintf(buf, size, "%s/%s", cwd, dir) : snprintf(buf, size, "%s", cwd);
        if (n < 0 || (size_t)n >= size)
            return -1;
    }
    size_t n = strlen(buf);
    while (n > 1 && buf[n - 1] == '/')
        buf[--n] = 0;
    return 0;
}

int rt_import_find_source(Object *fullname, Object *paths, Object **file, Object **pkgdirs)
{
    *file = *pkgdirs = NULL;
    const char *full = STR_UTF8(fullname);
    const char *dot = strrchr(full, '.');
    const char *last = dot ? dot + 1 : full;
    Object *nsdirs = NULL;          /* namespace package portions */
    char dir[PATH_MAX], buf[PATH_MAX + 64];
    /* paths may change while we look (it cannot here: nothing runs) */
    for (intptr_t i = 0; i < LIST_SIZE(paths); i++) {
        Object *entry = LIST_GET(paths, i);
        if (!STR_CHECK(entry) || abs_folder(STR_UTF8(entry), dir, sizeof dir) < 0)
            continue;
        int n = snprintf(buf, sizeof buf, "%s/%s", dir, last);
        if (n < 0 || (size_t)n >= sizeof buf - 16)
            continue;
        if (is_dir(buf)) {
            size_t blen = (size_t)n;
            strcpy(buf + blen, "/__init__.py");
            if (is_file(buf)) {
                Object *f = str_from_cstr(buf);
                buf[blen] = 0;
                Object *d = str_from_cstr(buf);
                Object *l = d ? list_new(0) : NULL;
                if (!f || !l || list_append(l, d) < 0) {
                    XDECREF(f); XDECREF(d); XDECREF(l); XDECREF(nsdirs);
                    return -1;
                }
                DECREF(d);
                XDECREF(nsdirs);
                *file = f;
                *pkgdirs = l;
                return 1;
            }
            buf[blen] = 0;
            Object *d = str_from_cstr(buf);
            if (d == NULL || (nsdirs == NULL && (nsdirs = list_new(0)) == NULL) ||
                list_append(nsdirs, d) < 0) {
                XDECREF(d); XDECREF(nsdirs);
                return -1;
            }
            DECREF(d);
            strcpy(buf + blen, ".py");
            if (is_file(buf))
                goto module;
            continue;
        }
        strcpy(buf + n, ".py");
        if (is_file(buf)) {
        module:
            XDECREF(nsdirs);
            *file = str_from_cstr(buf);
            return *file ? 1 : -1;
        }
    }
    if (nsdirs) {
        *pkgdirs = nsdirs;
        return 1;
    }
    return 0;
}

/* NEW str: line `lineno` of the file `filename` as CPython's
 * PyErr_ProgramTextObject reads it back for a SyntaxError's text, or NULL
 * (nothing raised) when there is no such file or line. */
static Object *file_line(const char *filename, int lineno)
{
    FILE *f = filename && lineno > 0 ? fopen(filename, "rb") : NULL;
    if (f == NULL)
        return NULL;
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n = -1;
    for (int i = 1; i <= lineno; i++)
        if ((n = getline(&buf, &cap, f)) < 0)
            break;
    fclose(f);
    Object *line = NULL;
    if (n >= 0) {
        const char *t = buf;
        if (lineno == 1 && n >= 3 && !memcmp(t, "\xEF\xBB\xBF", 3))
            t += 3, n -= 3;     /* a UTF-8 signature */
        line = str_from_utf8(t, (size_t)n);
        if (line == NULL)
            err_clear();
    }
    free(buf);
    return line;
}

/* Raises the SyntaxError (or IndentationError/TabError) described by se,
 * as CPython's compile() would: SyntaxError(msg, (filename, lineno,
 * offset, text, end_lineno, end_offset)). */
static void raise_syntax_error(const SyntaxErr *se, const char *filename)
{
    if (se->kind == SE_RECURSION) {     /* too deep to compile: no location */
        err_set_string(&Exc_RecursionError, se->msg);
        return;
    }
    TypeObject *t = se->kind == SE_INDENT ? &Exc_IndentationError :
                    se->kind == SE_TAB ? &Exc_TabError : &Exc_SyntaxError;
    Object *msg = str_from_cstr(se->msg);
    Object *info = tuple_new(6);
    if (msg == NULL || info == NULL)
        goto fail;
    TUPLE_SET(info, 0, str_from_cstr(filename));
    if (se->lineno > 0) {
        TUPLE_SET(info, 1, int_from_i64(se->lineno));
        TUPLE_SET(info, 2, int_from_i64(se->col_offset));
        Object *line = se->origin == SE_FROM_LEXER || se->origin == SE_FROM_FIELD ? NULL
                       : file_line(filename, se->lineno);
        if (line == NULL && se->text && se->origin != SE_FROM_COMPILER) {
            /* the line as the tokenizer holds it: the current line with
             * its newline, a tokenizer error's or an earlier line's without */
            size_t n = strlen(se->text);
            line = str_from_utf8(se->text, n);
            if (line && se->origin >= SE_FROM_PARSER && se->origin != SE_FROM_LEXER
                && !se->text_cut) {
                Object *nl = str_from_cstr("\n");
                Object *both = nl ? str_concat(line, nl) : NULL;
                XDECREF(nl);
                SETREF(line, both);
            }
            if (line == NULL)
                err_clear();
        }
        TUPLE_SET(info, 3, line ? line : NEWREF(NONE));
        TUPLE_SET(info, 4, int_from_i64(se->end_lineno > 0 ? se->end_lineno : se->lineno));
        TUPLE_SET(info, 5, int_from_i64(se->end_col_offset));
    } else {
        for (int i = 1; i < 6; i++)
            TUPLE_SET(info, i, NEWREF(NONE));
    }
    for (int i = 0; i < 6; i++)
        if (TUPLE_GET(info, i) == NULL)
            goto fail;
    Object *args[2] = { msg, info };
    Object *exc = obj_call((Object *)t, args, 2, NULL);
    if (exc) {
        err_raise(exc);
        DECREF(exc);
    }
fail:
    XDECREF(msg);
    XDECREF(info);
    if (!err_occurred())
        err_no_memory();
}

void rt_raise_syntax_error(const SyntaxErr *se, const char *filename)
{
    raise_syntax_error(se, filename);
}

CodeObject *rt_compile_source(const char *src, size_t len, const char *filename)
{
    Arena *arena = arena_new();
    if (arena == NULL)
        return (CodeObject *)err_no_memory();
    SyntaxErr se;
    memset(&se, 0, sizeof se);
    Module *m = parse_source(src, len, filename, PARSE_FILE, arena, &se);
    CodeObject *co = NULL;
    if (m)
        co = compile_module(m, src, len, filename, &se);
    if (co == NULL && se.kind != SE_NONE)
        raise_syntax_error(&se, filename);
    else if (co == NULL && !err_occurred())
        err_set_string(&Exc_SystemError, "compile failed");
    arena_free(arena);
    return co;
}

/* Reads a whole file into a malloc'd buffer; NULL with OSError raised. */
static char *read_source(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL)
        return (char *)err_from_errno(&Exc_OSError, path);
    size_t cap = 1 << 14, n = 0, k;
    char *buf = malloc(cap);
    while (buf && (k = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += k;
        if (n == cap) {
            char *b2 = realloc(buf, cap *= 2);
            if (b2 == NULL) {
                free(buf);
                buf = NULL;
            } else {
                buf = b2;
            }
        }
    }
    fclose(fp);
    if (buf == NULL)
        return (char *)err_no_memory();
    *len = n;
    return buf;
}

int rt_import_exec_file(Object *file, Object *globals)
{
    size_t len = 0;
    char *src = read_source(STR_UTF8(file), &len);
    if (src == NULL)
        return -1;
    CodeObject *co = rt_compile_source(src, len, STR_UTF8(file));
    free(src);
    if (co == NULL)
        return -1;
    if (co->doc && dict_setitem_str(globals, "__doc__", co->doc) < 0) {
        DECREF_(co);
        return -1;
    }
    Object *r = eval_module_code(co, globals);
    DECREF_(co);
    if (r == NULL)
        return -1;
    DECREF(r);
    return 0;
}

/* Sets up a new module's namespace as importlib does for a source file. */
static int init_module_dict(Object *d, Object *fullname, Object *file, Object *pkgdirs)
{
    Object *pkg;
    if (pkgdirs) {
        pkg = NEWREF(fullname);
    } else {
        const char *s = STR_UTF8(fullname), *dot = strrchr(s, '.');
        pkg = str_from_utf8(s, dot ? (size_t)(dot - s) : 0);
        if (pkg == NULL)
            return -1;
    }
    int r = dict_setitem_str(d, "__package__", pkg);
    DECREF(pkg);
    if (r < 0 ||
        (pkgdirs && dict_setitem_str(d, "__path__", pkgdirs) < 0) ||
        dict_setitem_str(d, "__file__", file ? file : NONE) < 0 ||
        (file && dict_setitem_str(d, "__cached__", NONE) < 0) ||
        dict_setitem_str(d, "__builtins__", mod_builtins_dict()) < 0)
        return -1;
    return 0;
}

Object *rt_import_load_source(Object *fullname, Object *file, Object *pkgdirs)
{
    Object *modules = rt_modules_dict();
    Object *m = module_new_obj(fullname);
    if (m == NULL)
        return NULL;
    Object *d = module_get_dict(m);
    if (init_module_dict(d, fullname, file, pkgdirs) < 0 ||
        dict_setitem(modules, fullname, m) < 0) {
        DECREF(m);
        return NULL;
    }
    if (file == NULL)               /* a namespace package has no body */
        return m;
    if (nrunning == caprunning) {
        size_t cap = caprunning ? caprunning * 2 : 8;
        Object **r = mem_realloc(running, cap * sizeof *r);
        if (r == NULL) {
            dict_delitem(modules, fullname);
            DECREF(m);
            return err_no_memory();
        }
        running = r;
        caprunning = cap;
    }
    running[nrunning++] = m;
    int rc = rt_import_exec_file(file, d);
    nrunning--;
    if (rc < 0) {
        /* a failed import leaves no trace in sys.modules */
        Object *exc = err_fetch();
        Object *cur = dict_getitem(modules, fullname);
        if (cur == m && dict_delitem(modules, fullname) < 0)
            err_clear();
        err_restore(exc);
        DECREF(m);
        return NULL;
    }
    /* the module may have replaced itself in sys.modules */
    Object *cur = dict_getitem(modules, fullname);
    DECREF(m);
    if (cur == NULL) {
        err_format(&Exc_ImportError, "Loaded module %U not found in sys.modules", fullname);
        return NULL;
    }
    return NEWREF(cur);
}
