/* exceptions.h — the built-in exception hierarchy of CPython 3.11 as static
 * types (Exc_BaseException ... Exc_UserWarning) and their instance layouts.
 * Instances are GC objects holding args, traceback, __context__, __cause__
 * and an attribute dict. */
#ifndef GARTER_EXCEPTIONS_H
#define GARTER_EXCEPTIONS_H

#include "objects/object.h"

typedef struct BaseExcObject {
    Object ob;
    Object *dict;               /* instance attributes, created lazily */
    Object *args;               /* tuple, never NULL once constructed */
    Object *notes;              /* __notes__ list or NULL */
    Object *traceback;          /* or NULL */
    Object *context;            /* __context__ or NULL */
    Object *cause;              /* __cause__ or NULL */
    char suppress_context;      /* __suppress_context__ */
} BaseExcObject;

typedef struct StopIterationObject {
    BaseExcObject base;
    Object *value;
} StopIterationObject;

typedef struct SystemExitObject {
    BaseExcObject base;
    Object *code;
} SystemExitObject;

typedef struct ImportErrorObject {
    BaseExcObject base;
    Object *msg, *name, *path;
} ImportErrorObject;

typedef struct AttributeErrorObject {
    BaseExcObject base;
    Object *name, *obj;
} AttributeErrorObject;

typedef struct NameErrorObject {
    BaseExcObject base;
    Object *name;
    Object *globals, *builtins; /* the raising frame's, for the "Did you mean" hint */
} NameErrorObject;

typedef struct OSErrorObject {
    BaseExcObject base;
    Object *myerrno, *strerror, *filename, *filename2;
    intptr_t written;           /* BlockingIOError.characters_written, -1 unset */
} OSErrorObject;

typedef struct SyntaxErrorObject {
    BaseExcObject base;
    Object *msg, *filename, *lineno, *offset, *text;
    Object *end_lineno, *end_offset, *print_file_and_line;
} SyntaxErrorObject;

typedef struct UnicodeErrorObject {
    BaseExcObject base;
    Object *encoding, *object, *reason;
    intptr_t start, end;
} UnicodeErrorObject;

/* X(name, base, struct) for every built-in exception, parents first. */
#define EXC_FOREACH(X) \
    X(BaseException, BaseException, BaseExcObject) \
    X(SystemExit, BaseException, SystemExitObject) \
    X(KeyboardInterrupt, BaseException, BaseExcObject) \
    X(GeneratorExit, BaseException, BaseExcObject) \
    X(Exception, BaseException, BaseExcObject) \
    X(StopIteration, Exception, StopIterationObject) \
    X(StopAsyncIteration, Exception, BaseExcObject) \
    X(ArithmeticError, Exception, BaseExcObject) \
    X(FloatingPointError, ArithmeticError, BaseExcObject) \
    X(OverflowError, ArithmeticError, BaseExcObject) \
    X(ZeroDivisionError, ArithmeticError, BaseExcObject) \
    X(AssertionError, Exception, BaseExcObject) \
    X(AttributeError, Exception, AttributeErrorObject) \
    X(BufferError, Exception, BaseExcObject) \
    X(EOFError, Exception, BaseExcObject) \
    X(ImportError, Exception, ImportErrorObject) \
    X(ModuleNotFoundError, ImportError, ImportErrorObject) \
    X(LookupError, Exception, BaseExcObject) \
    X(IndexError, LookupError, BaseExcObject) \
    X(KeyError, LookupError, BaseExcObject) \
    X(MemoryError, Exception, BaseExcObject) \
    X(NameError, Exception, NameErrorObject) \
    X(UnboundLocalError, NameError, NameErrorObject) \
    X(OSError, Exception, OSErrorObject) \
    X(BlockingIOError, OSError, OSErrorObject) \
    X(ChildProcessError, OSError, OSErrorObject) \
    X(ConnectionError, OSError, OSErrorObject) \
    X(BrokenPipeError, ConnectionError, OSErrorObject) \
    X(ConnectionAbortedError, ConnectionError, OSErrorObject) \
    X(ConnectionRefusedError, ConnectionError, OSErrorObject) \
    X(ConnectionResetError, ConnectionError, OSErrorObject) \
    X(FileExistsError, OSError, OSErrorObject) \
    X(FileNotFoundError, OSError, OSErrorObject) \
    X(InterruptedError, OSError, OSErrorObject) \
    X(IsADirectoryError, OSError, OSErrorObject) \
    X(NotADirectoryError, OSError, OSErrorObject) \
    X(PermissionError, OSError, OSErrorObject) \
    X(ProcessLookupError, OSError, OSErrorObject) \
    X(TimeoutError, OSError, OSErrorObject) \
    X(ReferenceError, Exception, BaseExcObject) \
    X(RuntimeError, Exception, BaseExcObject) \
    X(NotImplementedError, RuntimeError, BaseExcObject) \
    X(RecursionError, RuntimeError, BaseExcObject) \
    X(SyntaxError, Exception, SyntaxErrorObject) \
    X(IndentationError, SyntaxError, SyntaxErrorObject) \
    X(TabError, IndentationError, SyntaxErrorObject) \
    X(SystemError, Exception, BaseExcObject) \
    X(TypeError, Exception, BaseExcObject) \
    X(ValueError, Exception, BaseExcObject) \
    X(UnicodeError, ValueError, UnicodeErrorObject) \
    X(UnicodeDecodeError, UnicodeError, UnicodeErrorObject) \
    X(UnicodeEncodeError, UnicodeError, UnicodeErrorObject) \
    X(UnicodeTranslateError, UnicodeError, UnicodeErrorObject) \
    X(Warning, Exception, BaseExcObject) \
    X(DeprecationWarning, Warning, BaseExcObject) \
    X(PendingDeprecationWarning, Warning, BaseExcObject) \
    X(RuntimeWarning, Warning, BaseExcObject) \
    X(SyntaxWarning, Warning, BaseExcObject) \
    X(UserWarning, Warning, BaseExcObject) \
    X(FutureWarning, Warning, BaseExcObject) \
    X(ImportWarning, Warning, BaseExcObject) \
    X(UnicodeWarning, Warning, BaseExcObject) \
    X(BytesWarning, Warning, BaseExcObject) \
    X(ResourceWarning, Warning, BaseExcObject) \
    X(EncodingWarning, Warning, BaseExcObject)

#define EXC_DECLARE_(name, base, st) extern TypeObject Exc_##name;
EXC_FOREACH(EXC_DECLARE_)
#undef EXC_DECLARE_

/* Every built-in exception type, parents first, NULL-terminated (for the
 * builtins module). */
extern TypeObject *const exc_all_types[];

#define EXC_CHECK(o)          TYPE_HAS(TYPE(o), TPF_EXC_SUB)
#define EXC_TYPE_CHECK(t)     TYPE_HAS((TypeObject *)(t), TPF_EXC_SUB)

/* NEW: an instance of exception type t with the given args tuple (BORROWED,
 * NULL = no arguments), as calling t(*args) does. */
Object *exc_new(TypeObject *t, Object *args);
/* NEW: t(msg) with a C-string message. */
Object *exc_new_cstr(TypeObject *t, const char *msg);

/* BORROWED accessors; the setters STEAL value (which may be NULL). */
Object *exc_get_args(Object *exc);
Object *exc_get_traceback(Object *exc);
Object *exc_get_context(Object *exc);
Object *exc_get_cause(Object *exc);
void exc_set_traceback(Object *exc, Object *tb);
void exc_set_context(Object *exc, Object *context);
void exc_set_cause(Object *exc, Object *cause);   /* also sets suppress_context */
/* NEW: StopIteration.value (None if absent). */
Object *exc_stopiteration_value(Object *exc);
/* NEW: SystemExit.code (None if absent). */
Object *exc_systemexit_code(Object *exc);

/* NEW: the preallocated MemoryError instance (its traceback, context and
 * cause reset), so running out of memory never needs memory to report;
 * NULL before exc_init_late. */
Object *exc_memory_error(void);

int  exc_init(void);
/* Builds the preallocated instances once str/tuple/dict exist. */
int  exc_init_late(void);
void exc_fini(void);

#endif
