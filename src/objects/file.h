/* file.h — file objects: what open() returns and what sys.stdin/stdout/
 * stderr are.  One struct serves CPython's four classes (TextIOWrapper,
 * BufferedReader, BufferedWriter, BufferedRandom); each has its own type
 * object so reprs and messages match.  Buffering is done here on raw file
 * descriptors (no stdio), so a later GIL can be released around read(2)
 * and write(2). */
#ifndef GARTER_FILE_H
#define GARTER_FILE_H

#include <stddef.h>
#include "objects/object.h"

typedef struct FileObject {
    Object ob;
    int fd;
    Object *name;               /* str or int, as given to open() */
    Object *mode;               /* the mode string shown by repr (text) */
    Object *encoding;           /* text: the encoding name shown by repr */
    Object *dict;               /* instance attributes */
    unsigned readable : 1, writable : 1, appending : 1, text : 1;
    unsigned closed : 1, closefd : 1, line_buffering : 1, unbuffered : 1;
    unsigned translate_read : 1;    /* universal newlines on input */
    unsigned cr_pending : 1;        /* a '\r' seen, waiting for its '\n' */
    unsigned at_eof : 1;
    const char *write_nl;       /* text: what '\n' becomes on output, NULL = '\n' */
    char *rbuf;                 /* decoded/translated bytes ready to read */
    size_t rpos, rlen, rcap;
    char *wbuf;                 /* bytes waiting to be written */
    size_t wlen, wcap;
} FileObject;

extern TypeObject TextIOWrapper_Type, BufferedReader_Type, BufferedWriter_Type,
    BufferedRandom_Type;
/* io.UnsupportedOperation: a subclass of OSError and ValueError. */
extern TypeObject Exc_UnsupportedOperation;

/* 1 if o is one of the four file types (or a subclass). */
int file_check(Object *o);

/* NEW: open(file, mode, buffering, encoding, errors, newline, closefd) with
 * CPython's argument checks; file is a str path or an int fd.  encoding,
 * errors and newline may be NULL (None). */
Object *file_open(Object *file, const char *mode, int buffering, Object *encoding,
                  Object *errors, Object *newline, int closefd);
/* NEW: a text file over an existing descriptor (sys.stdin and friends):
 * name like "<stdout>", mode "r" or "w"; line buffered if line_buf. */
Object *file_from_fd(int fd, const char *name, const char *mode, int line_buf);

/* Writes s (a str for text files, bytes for binary ones; BORROWED).  0/-1. */
int file_write_obj(Object *f, Object *s);
/* Writes n bytes of UTF-8 text (text files) or raw bytes.  0/-1. */
int file_write_utf8(Object *f, const char *s, size_t n);
/* Flushes the write buffer.  0/-1. */
int file_flush(Object *f);
/* NEW: one line (text: str, binary: bytes); empty at EOF.  limit < 0: no limit. */
Object *file_readline(Object *f, intptr_t limit);
/* Closes (flushing first).  0/-1. */
int file_close(Object *f);

/* Flushes sys.stdout and sys.stderr at exit.  0, or -1 after printing
 * CPython's "Exception ignored in: <...stdout...>" report for a failed flush
 * (the process should then exit with status 120). */
int file_flush_std(void);

int file_init(void);

#endif
