/* os.c — the `_os` module under lib/os.py: the few POSIX calls the
 * pure-Python os and posixpath modules need (working folder, folder
 * listing, files and folders made and removed, renaming, process id, the
 * environment as a dict snapshot, and stat-based tests).  Failures raise
 * OSError subclasses chosen from errno, with CPython's messages. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules/mods.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"

extern char **environ;

/* BORROWED C string of path argument i, or NULL with CPython's TypeError. */
static const char *path_arg(const char *fname, const char *argname, Object *const *args,
                            size_t nargs, size_t i)
{
    if (i >= nargs) {
        err_format(&Exc_TypeError, "%s() missing required argument '%s' (pos %zu)",
                   fname, argname, i + 1);
        return NULL;
    }
    if (!STR_CHECK(args[i])) {
        err_format(&Exc_TypeError, "%s: %s should be string, bytes or os.PathLike, not %T",
                   fname, argname, args[i]);
        return NULL;
    }
    return STR_UTF8(args[i]);
}

static int check_nargs(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs < min || nargs > max) {
        if (min == max)
            err_format(&Exc_TypeError, "%s() takes exactly %zu argument%s (%zu given)",
                       fname, min, min == 1 ? "" : "s", nargs);
        else
            err_format(&Exc_TypeError, "%s() takes at most %zu arguments (%zu given)",
                       fname, max, nargs);
        return -1;
    }
    return 0;
}

static Object *os_getcwd(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (check_nargs("getcwd", nargs, 0, 0) < 0)
        return NULL;
    char buf[PATH_MAX];
    if (getcwd(buf, sizeof buf) == NULL)
        return err_from_errno(&Exc_OSError, NULL);
    return str_from_cstr(buf);
}

static Object *os_getpid(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (check_nargs("getpid", nargs, 0, 0) < 0)
        return NULL;
    return int_from_i64((int64_t)getpid());
}

static Object *os_listdir(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (check_nargs("listdir", nargs, 0, 1) < 0)
        return NULL;
    const char *path = ".";
    if (nargs == 1 && !IS_NONE(args[0]) && (path = path_arg("listdir", "path", args, 1, 0)) == NULL)
        return NULL;
    DIR *d = opendir(path);
    if (d == NULL)
        return err_from_errno(&Exc_OSError, path);
    Object *l = list_new(0);
    struct dirent *e;
    while (l && (e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        Object *s = str_from_cstr(e->d_name);
        if (s == NULL || list_append(l, s) < 0)
            CLEAR(l);
        XDECREF(s);
    }
    closedir(d);
    return l;
}

/* One-path calls: fn(path) == 0 or OSError naming path. */
static Object *path_call(const char *fname, Object *const *args, size_t nargs,
                         int (*fn)(const char *))
{
    if (check_nargs(fname, nargs, 1, 1) < 0)
        return NULL;
    const char *p = path_arg(fname, "path", args, nargs, 0);
    if (p == NULL)
        return NULL;
    if (fn(p) < 0)
        return err_from_errno(&Exc_OSError, p);
    return NEWREF(NONE);
}

static Object *os_remove(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return path_call("remove", args, nargs, unlink);
}

static Object *os_unlink(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return path_call("unlink", args, nargs, unlink);
}

static Object *os_rmdir(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return path_call("rmdir", args, nargs, rmdir);
}

static Object *os_chdir(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return path_call("chdir", args, nargs, chdir);
}

static Object *os_mkdir(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (check_nargs("mkdir", nargs, 1, 2) < 0)
        return NULL;
    const char *p = path_arg("mkdir", "path", args, nargs, 0);
    if (p == NULL)
        return NULL;
    int mode = 0777;
    if (nargs == 2) {
        int ovf = 0;
        mode = (int)int_as_i64(args[1], &ovf);
        if (err_occurred())
            return NULL;
    }
    if (mkdir(p, (mode_t)mode) < 0)
        return err_from_errno(&Exc_OSError, p);
    return NEWREF(NONE);
}

static Object *os_rename(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (check_nargs("rename", nargs, 2, 2) < 0)
        return NULL;
    const char *a = path_arg("rename", "src", args, nargs, 0);
    const char *b = a ? path_arg("rename", "dst", args, nargs, 1) : NULL;
    if (b == NULL)
        return NULL;
    if (rename(a, b) < 0) {
        /* OSError(errno, strerror, src, None, dst): "...: 'a' -> 'b'" */
        int e = errno;
        Object *no = int_from_i64(e), *msg = str_from_cstr(strerror(e));
        if (no == NULL || msg == NULL) {
            XDECREF(no);
            XDECREF(msg);
            return NULL;
        }
        Object *a5[5] = { no, msg, args[0], NONE, args[1] };
        Object *exc = obj_call((Object *)&Exc_OSError, a5, 5, NULL);
        DECREF(no);
        DECREF(msg);
        if (exc) {
            err_raise(exc);
            DECREF(exc);
        }
        return NULL;
    }
    return NEWREF(NONE);
}

/* _stat_kind(path) -> 0 missing, 1 file, 2 folder, 3 other; follows links. */
static Object *os_stat_kind(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (check_nargs("_stat_kind", nargs, 1, 1) < 0)
        return NULL;
    const char *p = path_arg("stat", "path", args, nargs, 0);
    if (p == NULL)
        return NULL;
    struct stat st;
    int kind = stat(p, &st) < 0 ? 0 : S_ISREG(st.st_mode) ? 1 : S_ISDIR(st.st_mode) ? 2 : 3;
    return int_from_i64(kind);
}

/* _stat(path) -> (mode, size, mtime) or OSError. */
static Object *os_stat(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (check_nargs("stat", nargs, 1, 1) < 0)
        return NULL;
    const char *p = path_arg("stat", "path", args, nargs, 0);
    if (p == NULL)
        return NULL;
    struct stat st;
    if (stat(p, &st) < 0)
        return err_from_errno(&Exc_OSError, p);
    Object *t = tuple_new(3);
    if (t == NULL)
        return NULL;
    TUPLE_SET(t, 0, int_from_i64(st.st_mode));
    TUPLE_SET(t, 1, int_from_i64(st.st_size));
    TUPLE_SET(t, 2, int_from_i64(st.st_mtime));
    for (int i = 0; i < 3; i++)
        if (TUPLE_GET(t, i) == NULL) {
            DECREF(t);
            return NULL;
        }
    return t;
}

/* NEW: os.environ's snapshot of the process environment. */
static Object *make_environ(void)
{
    Object *d = dict_new();
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL)
            continue;
        Object *k = str_from_utf8(*e, (size_t)(eq - *e));
        Object *v = k ? str_from_cstr(eq + 1) : NULL;
        if (v == NULL)
            err_clear();            /* skip entries that are not UTF-8 */
        else if (dict_setitem(d, k, v) < 0)
            CLEAR(d);
        XDECREF(k);
        XDECREF(v);
    }
    return d;
}

static MethodDef os_methods[] = {
    { "getcwd", os_getcwd, 0, "Return a unicode string representing the current working directory." },
    { "getpid", os_getpid, 0, "Return the current process id." },
    { "listdir", os_listdir, 0, "Return a list containing the names of the files in the directory." },
    { "remove", os_remove, 0, "Remove a file (same as unlink())." },
    { "unlink", os_unlink, 0, "Remove a file (same as remove())." },
    { "mkdir", os_mkdir, 0, "Create a directory." },
    { "rmdir", os_rmdir, 0, "Remove a directory." },
    { "chdir", os_chdir, 0, "Change the current working directory to the specified path." },
    { "rename", os_rename, 0, "Rename a file or directory." },
    { "stat", os_stat, 0, "(mode, size, mtime) of a path." },
    { "_stat_kind", os_stat_kind, 0, "0 missing, 1 file, 2 folder, 3 other." },
    { NULL, NULL, 0, NULL },
};

Object *mod_os_create(void)
{
    Object *m = module_new("_os");
    if (m == NULL)
        return NULL;
    module_set_builtin(m);
    if (module_add_functions(m, os_methods) < 0 ||
        module_add_object(m, "environ", make_environ()) < 0 ||
        module_add_object(m, "sep", str_from_cstr("/")) < 0 ||
        module_add_object(m, "name", str_from_cstr("posix")) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
