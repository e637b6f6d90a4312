/* file.c — file objects (open(), sys.stdin/stdout/stderr): mode parsing,
 * buffered reading and writing on raw descriptors, UTF-8 text with
 * universal newlines, and the methods and errors of CPython's io classes.
 * Not here: the print()/input() builtins (modules/bltin_io.c). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "objects/file.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "mem/alloc.h"
#include "mem/gc.h"
#include "modules/bltin.h"
#include "runtime/errors.h"
#include "runtime/gil.h"

#define FILE_BUFSIZE 8192

#define F(o) ((FileObject *)(o))

int file_check(Object *o)
{
    TypeObject *t = TYPE(o);
    return t == &TextIOWrapper_Type || t == &BufferedReader_Type ||
           t == &BufferedWriter_Type || t == &BufferedRandom_Type ||
           type_is_subtype(t, &TextIOWrapper_Type) || type_is_subtype(t, &BufferedReader_Type) ||
           type_is_subtype(t, &BufferedWriter_Type) || type_is_subtype(t, &BufferedRandom_Type);
}

/* ---- errors ------------------------------------------------------------- */

static Object *unsupported(const char *msg)
{
    return err_set_string(&Exc_UnsupportedOperation, msg);
}

/* The closed-file ValueError; binary files name the operation as CPython's
 * buffered classes do ("read of closed file"). */
static Object *closed_error(FileObject *f, const char *op)
{
    if (f->text || op == NULL)
        return err_set_string(&Exc_ValueError, "I/O operation on closed file.");
    return err_format(&Exc_ValueError, "%s of closed file", op);
}

static int check_open(FileObject *f, const char *op)
{
    if (f->closed) {
        closed_error(f, op);
        return -1;
    }
    return 0;
}

static int check_readable(FileObject *f, const char *op)
{
    if (check_open(f, op) < 0)
        return -1;
    if (!f->readable) {
        unsupported(f->text ? "not readable" : "read");
        return -1;
    }
    return 0;
}

static int check_writable(FileObject *f)
{
    if (check_open(f, "write") < 0)
        return -1;
    if (!f->writable) {
        unsupported(f->text ? "not writable" : "write");
        return -1;
    }
    return 0;
}

static Object *errno_error(void)
{
    return err_from_errno(&Exc_OSError, NULL);
}

/* ---- raw I/O ------------------------------------------------------------ */

/* Writes all of p[0..n) to fd with the GIL released, retrying on EINTR
 * after running signal handlers (which may raise).  p must not be memory
 * another thread may change meanwhile.  0/-1. */
static int raw_write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w;
        RT_BEGIN_ALLOW_THREADS
        w = write(fd, p, n);
        RT_END_ALLOW_THREADS
        if (w < 0) {
            if (errno == EINTR) {
                if (rt_signals_run_pending() < 0)
                    return -1;
                continue;
            }
            errno_error();
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Reads up to n bytes with the GIL released (p is the caller's private
 * buffer); 0 at EOF, -1 with OSError or what a signal handler raised. */
static ssize_t raw_read(int fd, char *p, size_t n)
{
    for (;;) {
        ssize_t r;
        RT_BEGIN_ALLOW_THREADS
        r = read(fd, p, n);
        RT_END_ALLOW_THREADS
        if (r >= 0)
            return r;
        if (errno != EINTR) {
            errno_error();
            return -1;
        }
        if (rt_signals_run_pending() < 0)
            return -1;
    }
}

/* ---- writing ------------------------------------------------------------ */

int file_flush(Object *o)
{
    FileObject *f = F(o);
    if (f->wlen == 0)
        return 0;
    size_t n = f->wlen;
    f->wlen = 0;                /* a failed write drops the data, as CPython */
    /* Detach the buffer while the GIL is released for the write, so other
     * threads buffering meanwhile start a fresh one. */
    char *buf = f->wbuf;
    size_t cap = f->wcap;
    f->wbuf = NULL;
    f->wcap = 0;
    int r = raw_write_all(f->fd, buf, n);
    if (f->wbuf == NULL && f->wlen == 0) {
        f->wbuf = buf;
        f->wcap = cap;
    } else {
        mem_free(buf);
    }
    return r;
}

static int buffer_bytes(FileObject *f, const char *s, size_t n)
{
    if (f->unbuffered)
        return raw_write_all(f->fd, s, n);
    if (f->wlen + n > FILE_BUFSIZE) {
        if (file_flush((Object *)f) < 0)
            return -1;
        if (n >= FILE_BUFSIZE)
            return raw_write_all(f->fd, s, n);
    }
    if (f->wbuf == NULL) {
        f->wbuf = mem_malloc(FILE_BUFSIZE);
        if (f->wbuf == NULL) {
            err_no_memory();
            return -1;
        }
        f->wcap = FILE_BUFSIZE;
    }
    memcpy(f->wbuf + f->wlen, s, n);
    f->wlen += n;
    return 0;
}

/* Before writing after reading: give back what was read ahead. */
static int drop_read_ahead(FileObject *f)
{
    if (f->rlen > f->rpos) {
        off_t back = (off_t)(f->rlen - f->rpos);
        if (lseek(f->fd, -back, SEEK_CUR) < 0 && errno != ESPIPE) {
            errno_error();
            return -1;
        }
    }
    f->rpos = f->rlen = 0;
    f->cr_pending = 0;
    f->at_eof = 0;
    return 0;
}

int file_write_utf8(Object *o, const char *s, size_t n)
{
    FileObject *f = F(o);
    if (check_writable(f) < 0)
        return -1;
    if (f->rlen && drop_read_ahead(f) < 0)
        return -1;
    int has_nl = f->text && memchr(s, '\n', n) != NULL;
    if (f->text && f->write_nl && has_nl) {
        size_t nl = strlen(f->write_nl), start = 0;
        for (size_t i = 0; i < n; i++)
            if (s[i] == '\n') {
                if (buffer_bytes(f, s + start, i - start) < 0 ||
                    buffer_bytes(f, f->write_nl, nl) < 0)
                    return -1;
                start = i + 1;
            }
        if (buffer_bytes(f, s + start, n - start) < 0)
            return -1;
    } else if (buffer_bytes(f, s, n) < 0) {
        return -1;
    }
    if (f->line_buffering && (has_nl || memchr(s, '\r', n)))
        return file_flush(o);
    return 0;
}

int file_write_obj(Object *o, Object *s)
{
    FileObject *f = F(o);
    if (f->text) {
        if (!STR_CHECK(s)) {
            err_format(&Exc_TypeError, "write() argument must be str, not %s", TYPE(s)->name);
            return -1;
        }
        return file_write_utf8(o, STR_UTF8(s), (size_t)STR_NBYTES(s));
    }
    if (!BYTES_CHECK(s)) {
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", TYPE(s)->name);
        return -1;
    }
    return file_write_utf8(o, BYTES_DATA(s), (size_t)BYTES_SIZE(s));
}

/* ---- reading ------------------------------------------------------------ */

/* Makes room for at least n more bytes at the end of the read buffer,
 * moving unread bytes to the front first.  0/-1. */
static int rbuf_reserve(FileObject *f, size_t n)
{
    if (f->rpos > 0) {
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rlen + n <= f->rcap)
        return 0;
    size_t cap = f->rcap ? f->rcap : FILE_BUFSIZE;
    while (cap < f->rlen + n)
        cap *= 2;
    char *nb = mem_realloc(f->rbuf, cap);
    if (nb == NULL) {
        err_no_memory();
        return -1;
    }
    f->rbuf = nb;
    f->rcap = cap;
    return 0;
}

/* Reads one more chunk into the buffer, translating "\r\n" and "\r" to
 * "\n" for universal-newline text.  Returns bytes added (0 at EOF), -1. */
static ssize_t fill(FileObject *f)
{
    if (f->at_eof)
        return 0;
    if (f->wlen && file_flush((Object *)f) < 0)
        return -1;
    char tmp[FILE_BUFSIZE];
    for (;;) {
        ssize_t r = raw_read(f->fd, tmp, sizeof tmp);
        if (r < 0)
            return -1;
        if (rbuf_reserve(f, (size_t)r + 1) < 0)
            return -1;
        size_t before = f->rlen;
        if (r == 0) {
            f->at_eof = 1;
            if (f->cr_pending) {
                f->cr_pending = 0;
                f->rbuf[f->rlen++] = '\n';
            }
            return (ssize_t)(f->rlen - before);
        }
        if (!f->translate_read) {
            memcpy(f->rbuf + f->rlen, tmp, (size_t)r);
            f->rlen += (size_t)r;
            return r;
        }
        for (ssize_t i = 0; i < r; i++) {
            char c = tmp[i];
            if (f->cr_pending) {
                f->cr_pending = 0;
                f->rbuf[f->rlen++] = '\n';
                if (c == '\n')
                    continue;
            }
            if (c == '\r')
                f->cr_pending = 1;
            else
                f->rbuf[f->rlen++] = c;
        }
        if (f->rlen > before)
            return (ssize_t)(f->rlen - before);
        /* only a pending '\r' so far: read on */
    }
}

/* Number of bytes forming the first `nchars` code points of p[0..n) (fewer
 * when the data runs out, never splitting a character); *left gets the
 * number of code points still missing. */
static size_t utf8_prefix(const char *p, size_t n, intptr_t nchars, intptr_t *left)
{
    size_t i = 0;
    while (i < n && nchars > 0) {
        unsigned char c = (unsigned char)p[i];
        size_t len = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (i + len > n)
            break;
        i += len;
        nchars--;
    }
    *left = nchars;
    return i;
}

/* NEW: bytes or str made of n buffered bytes, consumed. */
static Object *take(FileObject *f, size_t n)
{
    const char *p = f->rbuf ? f->rbuf + f->rpos : "";
    Object *r = f->text ? str_from_utf8(p, n) : bytes_from(p, n);
    if (r)
        f->rpos += n;
    return r;
}

/* NEW: read(n): everything for n < 0; n characters (text) or bytes. */
static Object *file_read_n(FileObject *f, intptr_t n)
{
    if (check_readable(f, "read") < 0)
        return NULL;
    for (;;) {
        size_t avail = f->rlen - f->rpos;
        if (n >= 0) {
            intptr_t left = 0;
            size_t want;
            if (f->text)
                want = utf8_prefix(f->rbuf + f->rpos, avail, n, &left);
            else {
                want = avail < (size_t)n ? avail : (size_t)n;
                left = n - (intptr_t)want;
            }
            if (left == 0)
                return take(f, want);
        }
        ssize_t r = fill(f);
        if (r < 0)
            return NULL;
        if (r == 0)
            return take(f, f->rlen - f->rpos);
    }
}

Object *file_readline(Object *o, intptr_t limit)
{
    FileObject *f = F(o);
    if (check_readable(f, "readline") < 0)
        return NULL;
    size_t scanned = 0;
    for (;;) {
        size_t avail = f->rlen - f->rpos;
        char *p = f->rbuf ? f->rbuf + f->rpos : NULL;
        char *nl = avail > scanned ? memchr(p + scanned, '\n', avail - scanned) : NULL;
        size_t upto = nl ? (size_t)(nl - p) + 1 : avail;
        if (limit >= 0) {
            intptr_t left = 0;
            size_t lim;
            if (f->text)
                lim = utf8_prefix(p, upto, limit, &left);
            else {
                lim = upto < (size_t)limit ? upto : (size_t)limit;
                left = limit - (intptr_t)lim;
            }
            if (left == 0)
                return take(f, lim);
        }
        if (nl)
            return take(f, upto);
        scanned = avail;
        ssize_t r = fill(f);
        if (r < 0)
            return NULL;
        if (r == 0)
            return take(f, f->rlen - f->rpos);
    }
}

/* ---- closing and lifetime ----------------------------------------------- */

int file_close(Object *o)
{
    FileObject *f = F(o);
    if (f->closed)
        return 0;
    int r = f->writable ? file_flush(o) : 0;
    f->closed = 1;
    if (f->closefd && f->fd >= 0 && close(f->fd) < 0 && r == 0) {
        errno_error();
        r = -1;
    }
    f->fd = -1;
    mem_free(f->rbuf);
    mem_free(f->wbuf);
    f->rbuf = f->wbuf = NULL;
    f->rpos = f->rlen = f->rcap = f->wlen = f->wcap = 0;
    return r;
}

/* An unclosed file is flushed and closed when it dies; errors are dropped
 * without disturbing an exception in flight. */
static void file_dealloc(Object *o)
{
    FileObject *f = F(o);
    gc_untrack(o);
    if (!f->closed) {
        Object *saved = err_fetch();
        if (file_close(o) < 0)
            err_clear();
        err_restore(saved);
    }
    CLEAR(f->name);
    CLEAR(f->mode);
    CLEAR(f->encoding);
    CLEAR(f->dict);
    obj_free(o);
}

static int file_traverse(Object *o, visitproc visit, void *arg)
{
    FileObject *f = F(o);
    return f->dict ? visit(f->dict, arg) : 0;
}

static int file_clear(Object *o)
{
    CLEAR(F(o)->dict);
    return 0;
}

static Object *file_repr(Object *o)
{
    FileObject *f = F(o);
    const char *tn = TYPE(o)->name;
    if (f->name == NULL)
        return str_from_format("<%s>", tn);
    if (f->text)
        return str_from_format("<%s name=%R mode=%R encoding=%R>", tn, f->name, f->mode,
                               f->encoding);
    return str_from_format("<%s name=%R>", tn, f->name);
}

static Object *file_iter(Object *o)
{
    if (check_open(F(o), NULL) < 0)
        return NULL;
    return NEWREF(o);
}

/* Iteration ends at an empty line; StopIteration is "no result". */
static Object *file_iternext(Object *o)
{
    FileObject *f = F(o);
    if (f->closed)
        return closed_error(f, "readline");
    Object *line = file_readline(o, -1);
    if (line == NULL)
        return NULL;
    if ((f->text ? STR_NBYTES(line) : BYTES_SIZE(line)) == 0) {
        DECREF(line);
        return NULL;
    }
    return line;
}

/* ---- methods -------------------------------------------------------------- */

/* A size argument: None or absent means -1; otherwise an int. */
static int size_arg(Object *a, intptr_t *out)
{
    *out = -1;
    if (a == NULL || IS_NONE(a))
        return 0;
    if (!INT_CHECK(a) && (TYPE(a)->num == NULL || TYPE(a)->num->index == NULL)) {
        err_format(&Exc_TypeError, "argument should be integer or None, not '%s'",
                   TYPE(a)->name);
        return -1;
    }
    intptr_t v = int_as_ssize(a);
    if (v == -1 && err_occurred())
        return -1;
    *out = v;
    return 0;
}

static Object *m_read(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    intptr_t n;
    if (arg_nokw("read", kw) < 0 || arg_range("read", nargs, 0, 1) < 0 ||
        size_arg(nargs ? args[0] : NULL, &n) < 0)
        return NULL;
    return file_read_n(F(self), n);
}

static Object *m_readline(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    intptr_t n;
    if (arg_nokw("readline", kw) < 0 || arg_range("readline", nargs, 0, 1) < 0 ||
        size_arg(nargs ? args[0] : NULL, &n) < 0)
        return NULL;
    return file_readline(self, n);
}

static Object *m_readlines(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    intptr_t hint;
    if (arg_nokw("readlines", kw) < 0 || arg_range("readlines", nargs, 0, 1) < 0 ||
        size_arg(nargs ? args[0] : NULL, &hint) < 0)
        return NULL;
    if (check_open(F(self), "readline") < 0)
        return NULL;
    Object *list = list_new(0);
    intptr_t total = 0;
    while (list) {
        Object *line = file_readline(self, -1);
        if (line == NULL) {
            CLEAR(list);
            break;
        }
        intptr_t n = F(self)->text ? STR_LEN(line) : BYTES_SIZE(line);
        if (n == 0) {
            DECREF(line);
            break;
        }
        int r = list_append(list, line);
        DECREF(line);
        if (r < 0)
            CLEAR(list);
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    return list;
}

static Object *m_write(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("write", kw) < 0 || arg_one("write", nargs, NULL) < 0)
        return NULL;
    FileObject *f = F(self);
    if (f->closed)
        return closed_error(f, "write");
    if (file_write_obj(self, args[0]) < 0)
        return NULL;
    return int_from_ssize(f->text ? STR_LEN(args[0]) : BYTES_SIZE(args[0]));
}

static Object *m_writelines(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("writelines", kw) < 0 || arg_one("writelines", nargs, NULL) < 0)
        return NULL;
    if (check_open(F(self), NULL) < 0)
        return NULL;
    Object *it = obj_iter(args[0]);
    if (it == NULL)
        return NULL;
    Object *line;
    while ((line = obj_next(it)) != NULL) {
        int r = file_write_obj(self, line);
        DECREF(line);
        if (r < 0)
            break;
    }
    DECREF(it);
    if (err_occurred())
        return NULL;
    RETURN_NONE;
}

static Object *m_flush(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("flush", nargs, kw) < 0)
        return NULL;
    if (F(self)->closed)
        return closed_error(F(self), "flush");
    if (file_flush(self) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *m_close(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("close", nargs, kw) < 0 || file_close(self) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *m_fileno(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("fileno", nargs, kw) < 0 || check_open(F(self), NULL) < 0)
        return NULL;
    return int_from_i64(F(self)->fd);
}

static Object *m_isatty(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("isatty", nargs, kw) < 0 || check_open(F(self), NULL) < 0)
        return NULL;
    return bool_from(isatty(F(self)->fd));
}

static Object *m_readable(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("readable", nargs, kw) < 0 || check_open(F(self), NULL) < 0)
        return NULL;
    return bool_from(F(self)->readable);
}

static Object *m_writable(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("writable", nargs, kw) < 0 || check_open(F(self), NULL) < 0)
        return NULL;
    return bool_from(F(self)->writable);
}

static Object *m_seekable(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("seekable", nargs, kw) < 0 || check_open(F(self), NULL) < 0)
        return NULL;
    return bool_from(lseek(F(self)->fd, 0, SEEK_CUR) >= 0);
}

/* The logical position: the descriptor's, less what is buffered for
 * reading, plus what waits to be written.  (With "\r\n" translation the
 * read-ahead is counted after translation: approximate, as documented.) */
static Object *m_tell(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    FileObject *f = F(self);
    if (arg_noargs("tell", nargs, kw) < 0 || check_open(f, "tell") < 0)
        return NULL;
    if (file_flush(self) < 0)
        return NULL;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0)
        return errno_error();
    return int_from_i64((int64_t)pos - (int64_t)(f->rlen - f->rpos) - (f->cr_pending ? 1 : 0));
}

static Object *m_seek(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    FileObject *f = F(self);
    if (arg_nokw("seek", kw) < 0 || arg_range("seek", nargs, 1, 2) < 0)
        return NULL;
    if (check_open(f, "seek") < 0)
        return NULL;
    Object *off_o = num_index(args[0]);
    if (off_o == NULL)
        return NULL;
    int overflow;
    int64_t off = int_as_i64(off_o, &overflow);
    DECREF(off_o);
    if (overflow)
        return err_set_string(&Exc_OverflowError, "Python int too large to convert to C long");
    int64_t whence = 0;
    if (nargs > 1) {
        if (!INT_CHECK(args[1]))
            return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              TYPE(args[1])->name);
        whence = int_as_i64(args[1], &overflow);
    }
    if (whence < 0 || whence > 2)
        return err_format(&Exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                          (long long)whence);
    if (f->text) {
        if (whence == 1 && off != 0)
            return unsupported("can't do nonzero cur-relative seeks");
        if (whence == 2 && off != 0)
            return unsupported("can't do nonzero end-relative seeks");
        if (whence == 0 && off < 0)
            return err_format(&Exc_ValueError, "negative seek position %lld", (long long)off);
    }
    if (file_flush(self) < 0)
        return NULL;
    if (whence == 1)
        off -= (int64_t)(f->rlen - f->rpos) + (f->cr_pending ? 1 : 0);
    f->rpos = f->rlen = 0;
    f->cr_pending = 0;
    f->at_eof = 0;
    off_t pos = lseek(f->fd, (off_t)off, (int)whence);
    if (pos < 0)
        return errno_error();
    return int_from_i64((int64_t)pos);
}

static Object *m_truncate(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    FileObject *f = F(self);
    if (arg_nokw("truncate", kw) < 0 || arg_range("truncate", nargs, 0, 1) < 0 ||
        check_writable(f) < 0 || file_flush(self) < 0)
        return NULL;
    off_t pos;
    if (nargs && !IS_NONE(args[0])) {
        intptr_t n = int_as_ssize(args[0]);
        if (n == -1 && err_occurred())
            return NULL;
        pos = (off_t)n;
    } else {
        pos = lseek(f->fd, 0, SEEK_CUR) - (off_t)(f->rlen - f->rpos);
    }
    if (ftruncate(f->fd, pos) < 0)
        return errno_error();
    return int_from_i64((int64_t)pos);
}

static Object *m_enter(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (check_open(F(self), NULL) < 0)
        return NULL;
    return NEWREF(self);
}

static Object *m_exit(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (file_close(self) < 0)
        return NULL;
    RETURN_NONE;
}

static MethodDef file_methods[] = {
    { "read", m_read, 0, NULL },
    { "readline", m_readline, 0, NULL },
    { "readlines", m_readlines, 0, NULL },
    { "write", m_write, 0, NULL },
    { "writelines", m_writelines, 0, NULL },
    { "flush", m_flush, 0, NULL },
    { "close", m_close, 0, NULL },
    { "fileno", m_fileno, 0, NULL },
    { "isatty", m_isatty, 0, NULL },
    { "readable", m_readable, 0, NULL },
    { "writable", m_writable, 0, NULL },
    { "seekable", m_seekable, 0, NULL },
    { "seek", m_seek, 0, NULL },
    { "tell", m_tell, 0, NULL },
    { "truncate", m_truncate, 0, NULL },
    { "__enter__", m_enter, 0, NULL },
    { "__exit__", m_exit, 0, NULL },
    { NULL }
};

static Object *g_name(Object *o, void *c) { return NEWREF(F(o)->name ? F(o)->name : NONE); }
static Object *g_mode(Object *o, void *c) { return NEWREF(F(o)->mode ? F(o)->mode : NONE); }
static Object *g_closed(Object *o, void *c) { return bool_from(F(o)->closed); }
static Object *g_encoding(Object *o, void *c)
{
    return NEWREF(F(o)->encoding ? F(o)->encoding : NONE);
}
static Object *g_line_buffering(Object *o, void *c) { return bool_from(F(o)->line_buffering); }

static GetSetDef file_getset[] = {
    { "name", g_name, NULL, NULL },
    { "mode", g_mode, NULL, NULL },
    { "closed", g_closed, NULL, NULL },
    { NULL }
};

static GetSetDef text_getset[] = {
    { "name", g_name, NULL, NULL },
    { "mode", g_mode, NULL, NULL },
    { "closed", g_closed, NULL, NULL },
    { "encoding", g_encoding, NULL, NULL },
    { "line_buffering", g_line_buffering, NULL, NULL },
    { NULL }
};

#define FILE_TYPE(var, tname, gs) \
    TypeObject var = { \
        TYPE_HEAD_INIT, .name = tname, .basicsize = sizeof(FileObject), \
        .tpflags = TPF_GC, .dealloc = file_dealloc, .repr = file_repr, \
        .getattr = obj_generic_getattr, .setattr = obj_generic_setattr, \
        .iter = file_iter, .iternext = file_iternext, .traverse = file_traverse, \
        .clear = file_clear, .methods = file_methods, .getset = gs, \
        .dictoffset = offsetof(FileObject, dict), \
    }
FILE_TYPE(TextIOWrapper_Type, "_io.TextIOWrapper", text_getset);
FILE_TYPE(BufferedReader_Type, "_io.BufferedReader", file_getset);
FILE_TYPE(BufferedWriter_Type, "_io.BufferedWriter", file_getset);
FILE_TYPE(BufferedRandom_Type, "_io.BufferedRandom", file_getset);

/* io.UnsupportedOperation(OSError, ValueError): its MRO is set by hand
 * before type_ready since static types have a single base. */
TypeObject Exc_UnsupportedOperation = {
    TYPE_HEAD_INIT, .name = "io.UnsupportedOperation", .base = &Exc_OSError,
    .tpflags = TPF_BASETYPE | TPF_GC,
};

/* ---- open() --------------------------------------------------------------- */

static FileObject *file_alloc(TypeObject *t, int fd)
{
    FileObject *f = (FileObject *)obj_alloc(t);
    if (f == NULL)
        return NULL;
    f->fd = fd;
    f->closefd = 1;
    gc_track((Object *)f);
    return f;
}

/* 1 if enc names UTF-8 in one of Python's spellings. */
static int is_utf8_name(const char *enc)
{
    char norm[16];
    size_t n = 0;
    for (const char *p = enc; *p && n < sizeof norm - 1; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c == '_' || c == ' ')
            c = '-';
        norm[n++] = c;
    }
    norm[n] = 0;
    return !strcmp(norm, "utf-8") || !strcmp(norm, "utf8") || !strcmp(norm, "u8") ||
           !strcmp(norm, "utf") || !strcmp(norm, "cp65001");
}

Object *file_open(Object *file, const char *mode, int buffering, Object *encoding,
                  Object *errors, Object *newline, int closefd)
{
    int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0;
    int text = 0, binary = 0;
    for (const char *p = mode; *p; p++) {
        int *flag;
        switch (*p) {
        case 'x': flag = &creating; break;
        case 'r': flag = &reading; break;
        case 'w': flag = &writing; break;
        case 'a': flag = &appending; break;
        case '+': flag = &updating; break;
        case 't': flag = &text; break;
        case 'b': flag = &binary; break;
        default: flag = NULL;
        }
        if (flag == NULL || *flag)
            return err_format(&Exc_ValueError, "invalid mode: '%s'", mode);
        *flag = 1;
    }
    if (text && binary)
        return err_set_string(&Exc_ValueError, "can't have text and binary mode at once");
    if (creating + reading + writing + appending > 1)
        return err_set_string(&Exc_ValueError,
                              "must have exactly one of create/read/write/append mode");
    if (creating + reading + writing + appending == 0)
        return err_set_string(&Exc_ValueError, "Must have exactly one of create/read/write/"
                              "append mode and at most one plus");
    if (binary && encoding && !IS_NONE(encoding))
        return err_set_string(&Exc_ValueError, "binary mode doesn't take an encoding argument");
    if (binary && errors && !IS_NONE(errors))
        return err_set_string(&Exc_ValueError, "binary mode doesn't take an errors argument");
    if (binary && newline && !IS_NONE(newline))
        return err_set_string(&Exc_ValueError, "binary mode doesn't take a newline argument");
    if (!binary && buffering == 0)
        return err_set_string(&Exc_ValueError, "can't have unbuffered text I/O");
    const char *nl = NULL;          /* NULL: None */
    if (newline && !IS_NONE(newline)) {
        if (!STR_CHECK(newline))
            return err_format(&Exc_TypeError,
                              "TextIOWrapper() argument 'newline' must be str or None, not %s",
                              TYPE(newline)->name);
        nl = STR_UTF8(newline);
        if (strcmp(nl, "") && strcmp(nl, "\n") && strcmp(nl, "\r") && strcmp(nl, "\r\n"))
            return err_format(&Exc_ValueError, "illegal newline value: %s", nl);
    }
    if (encoding && !IS_NONE(encoding)) {
        if (!STR_CHECK(encoding))
            return err_format(&Exc_TypeError,
                              "TextIOWrapper() argument 'encoding' must be str or None, not %s",
                              TYPE(encoding)->name);
        if (!is_utf8_name(STR_UTF8(encoding)))
            return err_format(&Exc_LookupError, "unknown encoding: %U", encoding);
    }
    if (errors && !IS_NONE(errors) && !STR_CHECK(errors))
        return err_format(&Exc_TypeError,
                          "TextIOWrapper() argument 'errors' must be str or None, not %s",
                          TYPE(errors)->name);

    int fd;
    const char *path = NULL;
    if (STR_CHECK(file)) {
        path = STR_UTF8(file);
        if (strlen(path) != (size_t)STR_NBYTES(file))
            return err_set_string(&Exc_ValueError, "embedded null byte");
    } else if (BYTES_CHECK(file)) {
        path = BYTES_DATA(file);
        if (strlen(path) != (size_t)BYTES_SIZE(file))
            return err_set_string(&Exc_ValueError, "embedded null byte");
    } else if (!INT_CHECK(file)) {
        return err_format(&Exc_TypeError,
                          "expected str, bytes or os.PathLike object, not %s", TYPE(file)->name);
    }
    if (path) {
        int flags = updating ? O_RDWR : reading ? O_RDONLY : O_WRONLY;
        if (writing)
            flags |= O_CREAT | O_TRUNC;
        if (appending)
            flags |= O_CREAT | O_APPEND;
        if (creating)
            flags |= O_CREAT | O_EXCL;
        if (!closefd)
            return err_set_string(&Exc_ValueError, "Cannot use closefd=False with file name");
        do
            fd = open(path, flags | O_CLOEXEC, 0666);
        while (fd < 0 && errno == EINTR);
        if (fd < 0)
            return err_from_errno(&Exc_OSError, path);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            errno = EISDIR;
            return err_from_errno(&Exc_OSError, path);
        }
    } else {
        intptr_t v = int_as_ssize(file);
        if (v == -1 && err_occurred())
            return NULL;
        if (v < 0 || v > INT32_MAX)
            return err_set_string(&Exc_ValueError, "negative file descriptor");
        fd = (int)v;
        struct stat st;
        if (fstat(fd, &st) < 0)
            return err_from_errno(&Exc_OSError, NULL);
    }
    if (appending)
        lseek(fd, 0, SEEK_END);

    TypeObject *t = !binary ? &TextIOWrapper_Type
                  : updating ? &BufferedRandom_Type
                  : reading ? &BufferedReader_Type : &BufferedWriter_Type;
    FileObject *f = file_alloc(t, fd);
    if (f == NULL) {
        if (closefd)
            close(fd);
        return NULL;
    }
    f->closefd = closefd != 0;
    f->readable = reading || updating;
    f->writable = !reading || updating;
    f->appending = appending;
    f->text = !binary;
    f->name = NEWREF(file);
    if (binary) {
        char raw[4] = { creating ? 'x' : reading ? 'r' : writing ? 'w' : 'a', 'b', 0, 0 };
        if (updating) {
            if (writing)
                raw[0] = 'r';
            raw[2] = '+';
        }
        f->mode = str_from_cstr(raw);
        f->unbuffered = buffering == 0;
    } else {
        f->mode = str_from_cstr(mode);
        f->encoding = encoding && !IS_NONE(encoding) ? NEWREF(encoding) : str_from_cstr("UTF-8");
        f->translate_read = nl == NULL;
        f->write_nl = nl && (!strcmp(nl, "\r") || !strcmp(nl, "\r\n")) ?
                      (nl[1] ? "\r\n" : "\r") : NULL;
        f->line_buffering = buffering == 1;
    }
    if (f->mode == NULL || (f->text && f->encoding == NULL)) {
        DECREF((Object *)f);
        return NULL;
    }
    return (Object *)f;
}

Object *file_from_fd(int fd, const char *name, const char *mode, int line_buf)
{
    FileObject *f = file_alloc(&TextIOWrapper_Type, fd);
    if (f == NULL)
        return NULL;
    f->closefd = 0;
    f->text = 1;
    f->readable = mode[0] == 'r';
    f->writable = mode[0] != 'r';
    f->translate_read = 1;
    f->line_buffering = line_buf != 0;
    f->name = str_from_cstr(name);
    f->mode = str_from_cstr(mode);
    f->encoding = str_from_cstr("utf-8");
    if (f->name == NULL || f->mode == NULL || f->encoding == NULL) {
        DECREF((Object *)f);
        return NULL;
    }
    return (Object *)f;
}

/* Flushes one std stream for file_flush_std; reports a failure as CPython's
 * "Exception ignored in: <file repr>" on fd 2. */
static int flush_std_one(Object *f)
{
    if (f == NULL || !file_check(f) || F(f)->closed)
        return 0;
    Object *saved = err_fetch();
    int r = file_flush(f);
    if (r < 0) {
        Object *e = err_fetch();
        Object *fr = obj_repr(f);
        Object *es = e ? obj_str(e) : NULL;
        char line[600];
        int n = snprintf(line, sizeof line, "Exception ignored in: %s\n%s: %s\n",
                         fr ? STR_UTF8(fr) : "<file>", e ? TYPE(e)->name : "OSError",
                         es ? STR_UTF8(es) : "");
        if (n > 0)
            (void)!write(2, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
        XDECREF(fr);
        XDECREF(es);
        XDECREF(e);
        err_clear();
    }
    err_restore(saved);
    return r;
}

int file_flush_std(void)
{
    int r = 0;
    if (flush_std_one(bltin_sys_get("stdout")) < 0)
        r = -1;
    if (flush_std_one(bltin_sys_get("__stdout__")) < 0)
        r = -1;
    flush_std_one(bltin_sys_get("stderr"));
    flush_std_one(bltin_sys_get("__stderr__"));
    return r;
}

int file_init(void)
{
    TypeObject *u = &Exc_UnsupportedOperation;
    if (!TYPE_HAS(u, TPF_READY) && u->mro == NULL) {
        u->bases = tuple_pack(2, (Object *)&Exc_OSError, (Object *)&Exc_ValueError);
        u->mro = tuple_pack(6, (Object *)u, (Object *)&Exc_OSError, (Object *)&Exc_ValueError,
                            (Object *)&Exc_Exception, (Object *)&Exc_BaseException,
                            (Object *)&BaseObject_Type);
        if (u->bases == NULL || u->mro == NULL)
            return -1;
    }
    if (type_ready(u) < 0)
        return -1;
    TypeObject *ts[] = { &TextIOWrapper_Type, &BufferedReader_Type, &BufferedWriter_Type,
                         &BufferedRandom_Type };
    for (size_t i = 0; i < 4; i++)
        if (type_ready(ts[i]) < 0)
            return -1;
    return 0;
}
