/* bltin_io.c — the builtins that talk to files: print (through sys.stdout's
 * file object, or any object with write()), input and open. */
#include <string.h>

#include "modules/bltin.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/exceptions.h"
#include "objects/file.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

/* Writes the str s (BORROWED) to f: directly for file objects, through
 * f.write(s) otherwise.  0/-1. */
static int write_str(Object *f, Object *s)
{
    if (file_check(f) && ((FileObject *)f)->text) {
        if (((FileObject *)f)->closed) {
            err_set_string(&Exc_ValueError, "I/O operation on closed file.");
            return -1;
        }
        return file_write_utf8(f, STR_UTF8(s), (size_t)STR_NBYTES(s));
    }
    Object *w = obj_getattr_cstr(f, "write");
    if (w == NULL)
        return -1;
    Object *r = obj_call(w, &s, 1, NULL);
    DECREF(w);
    if (r == NULL)
        return -1;
    DECREF(r);
    return 0;
}

static int write_cstr(Object *f, const char *s, size_t n)
{
    if (file_check(f) && ((FileObject *)f)->text && !((FileObject *)f)->closed)
        return file_write_utf8(f, s, n);
    Object *o = str_from_utf8(s, n);
    if (o == NULL)
        return -1;
    int r = write_str(f, o);
    DECREF(o);
    return r;
}

static int call_flush(Object *f)
{
    if (file_check(f))
        return ((FileObject *)f)->closed ? 0 : file_flush(f);
    Object *fl = obj_getattr_cstr(f, "flush");
    if (fl == NULL)
        return -1;
    Object *r = obj_call(fl, NULL, 0, NULL);
    DECREF(fl);
    if (r == NULL)
        return -1;
    DECREF(r);
    return 0;
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False) */
static Object *b_print(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    Object *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    size_t nk = kw ? (size_t)TUPLE_SIZE(kw) : 0;
    for (size_t i = 0; i < nk; i++) {
        Object *k = TUPLE_GET(kw, i), *v = args[nargs + i];
        if (str_eq_cstr(k, "sep")) sep = v;
        else if (str_eq_cstr(k, "end")) end = v;
        else if (str_eq_cstr(k, "file")) file = v;
        else if (str_eq_cstr(k, "flush")) flush = v;
        else
            return err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for print()", k);
    }
    if (sep && IS_NONE(sep)) sep = NULL;
    if (end && IS_NONE(end)) end = NULL;
    if (sep && !STR_CHECK(sep))
        return err_format(&Exc_TypeError, "sep must be None or a string, not %s", TYPE(sep)->name);
    if (end && !STR_CHECK(end))
        return err_format(&Exc_TypeError, "end must be None or a string, not %s", TYPE(end)->name);
    if (file == NULL || IS_NONE(file)) {
        file = bltin_sys_get("stdout");
        if (file == NULL)
            return err_set_string(&Exc_RuntimeError, "lost sys.stdout");
        if (IS_NONE(file))
            RETURN_NONE;
    }
    INCREF(file);
    int r = 0;
    for (size_t i = 0; i < nargs && r == 0; i++) {
        if (i > 0)
            r = sep ? write_str(file, sep) : write_cstr(file, " ", 1);
        if (r < 0)
            break;
        Object *s = STR_CHECK_EXACT(args[i]) ? NEWREF(args[i]) : obj_str(args[i]);
        if (s == NULL) {
            r = -1;
            break;
        }
        r = write_str(file, s);
        DECREF(s);
    }
    if (r == 0)
        r = end ? write_str(file, end) : write_cstr(file, "\n", 1);
    if (r == 0 && flush) {
        int t = obj_is_true(flush);
        r = t < 0 ? -1 : t ? call_flush(file) : 0;
    }
    DECREF(file);
    if (r < 0)
        return NULL;
    RETURN_NONE;
}

/* input(prompt=''): the prompt goes to sys.stdout (flushed), the line comes
 * from sys.stdin without its newline; EOFError at end of input. */
static Object *b_input(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("input", kw) < 0 || arg_range("input", nargs, 0, 1) < 0)
        return NULL;
    Object *in = bltin_sys_get("stdin"), *out = bltin_sys_get("stdout");
    if (in == NULL || IS_NONE(in))
        return err_set_string(&Exc_RuntimeError, "input(): lost sys.stdin");
    if (out == NULL || IS_NONE(out))
        return err_set_string(&Exc_RuntimeError, "input(): lost sys.stdout");
    INCREF(in);
    INCREF(out);
    Object *line = NULL;
    Object *err = bltin_sys_get("stderr");
    if (err && file_check(err) && !((FileObject *)err)->closed && file_flush(err) < 0)
        err_clear();
    if (nargs == 1) {
        Object *p = obj_str(args[0]);
        int r = p ? write_str(out, p) : -1;
        XDECREF(p);
        if (r < 0)
            goto done;
    }
    if (call_flush(out) < 0)
        goto done;
    if (file_check(in)) {
        line = file_readline(in, -1);
    } else {
        Object *rl = obj_getattr_cstr(in, "readline");
        line = rl ? obj_call(rl, NULL, 0, NULL) : NULL;
        XDECREF(rl);
        if (line && !STR_CHECK(line)) {
            err_format(&Exc_TypeError, "object.readline() returned non-string");
            CLEAR(line);
        }
    }
    if (line == NULL)
        goto done;
    if (!STR_CHECK(line)) {         /* a binary stdin */
        CLEAR(line);
        err_set_string(&Exc_TypeError, "object.readline() returned non-string");
        goto done;
    }
    intptr_t n = STR_NBYTES(line);
    if (n == 0) {
        CLEAR(line);
        err_set_string(&Exc_EOFError, "EOF when reading a line");
    } else if (STR_UTF8(line)[n - 1] == '\n') {
        Object *s = str_substring(line, 0, STR_LEN(line) - 1);
        DECREF(line);
        line = s;
    }
done:
    DECREF(in);
    DECREF(out);
    return line;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 *      newline=None, closefd=True, opener=None) */
static Object *b_open(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const kwlist[] = { "file", "mode", "buffering", "encoding", "errors",
                                          "newline", "closefd", "opener" };
    Object *a[8];
    if (str_parse_args("open", args, nargs, kw, kwlist, 8, 0, 8, a) < 0)
        return NULL;
    if (a[0] == NULL)
        return err_set_string(&Exc_TypeError, "open() missing required argument 'file' (pos 1)");
    const char *mode = "r";
    if (a[1]) {
        if (!STR_CHECK(a[1]))
            return err_format(&Exc_TypeError, "open() argument 'mode' must be str, not %s",
                              TYPE(a[1])->name);
        mode = STR_UTF8(a[1]);
    }
    int buffering = -1;
    if (a[2]) {
        if (FLOAT_CHECK(a[2]))
            return err_set_string(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
        intptr_t b = int_as_ssize(a[2]);
        if (b == -1 && err_occurred())
            return NULL;
        buffering = b > 1 ? 2 : (int)b;
    }
    int closefd = 1;
    if (a[6] && (closefd = obj_is_true(a[6])) < 0)
        return NULL;
    if (a[7] && !IS_NONE(a[7]))
        return err_set_string(&Exc_NotImplementedError, "open(): opener is not supported");
    return file_open(a[0], mode, buffering, a[3], a[4], a[5], closefd);
}

MethodDef bltin_io_defs[] = {
    { "print", b_print, 0, "Prints the values to a stream, or to sys.stdout by default." },
    { "input", b_input, 0, "Read a string from standard input." },
    { "open", b_open, 0, "Open file and return a stream." },
    { NULL }
};
