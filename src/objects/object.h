/* object.h — the object header, the type object and its slot table, and
 * reference counting.  Every garter object starts with an ObjHead; container
 * objects also carry a GCHead placed *before* the object.  Nothing here knows
 * about the AST, frames or threads (beyond "the GIL is held").
 *
 * Conventions (see docs/design.md):
 *   - A function returning Object * returns NULL with an exception set in the
 *     thread state; one returning int returns -1 on error.
 *   - Every function says in its header comment whether the result is a NEW
 *     or BORROWED reference and which arguments it STEALS.
 */
#ifndef GARTER_OBJECT_H
#define GARTER_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct Object Object;
typedef struct TypeObject TypeObject;
typedef intptr_t ssize_t_;          /* signed size, as Py_ssize_t */
typedef int64_t hash_t;             /* hash values, as Py_hash_t */

/* The header of every object: refcount, per-object flags, type. */
struct Object {
    uint32_t refcnt;
    uint32_t flags;                 /* OF_* bits, owned by the object's type */
    TypeObject *type;
};

/* Objects with a variable number of items (tuple, str, bytes, big int). */
typedef struct VarObject {
    Object ob;
    intptr_t size;
} VarObject;

/* Per-object flag bits.  The low 16 bits are generic, the high 16 bits are
 * free for each type to use as it likes. */
enum {
    OF_STATIC     = 1u << 0,   /* statically allocated: never freed */
    OF_FINALIZED  = 1u << 1,   /* __del__ already ran (PEP 442) */
    OF_INTERNED   = 1u << 2,   /* str: in the intern table */
    OF_WEAKREFD   = 1u << 3,   /* has weak references (objects/weakref.h) */
    OF_TYPE_BITS  = 16,        /* bits 16..31 belong to the type */
};

/* GC header, placed in front of every container object.  During a
 * collection the collector may reuse `prev` to hold gc_refs, as CPython
 * does; outside collections it is a doubly linked generation list. */
typedef struct GCHead {
    uintptr_t next;
    uintptr_t prev;
} GCHead;

#define AS_GC(o)    ((GCHead *)(o) - 1)
/* dictoffset of classes over variable-size bases (str, bytes, tuple): the
 * dict pointer lives in a 16-byte prefix in front of the memory block (and
 * of the GCHead), since the items end the object at no fixed offset. */
#define DICT_PREFIX ((intptr_t)-1)
#define DICT_PREFIX_SIZE 16
#define FROM_GC(g)  ((Object *)((GCHead *)(g) + 1))

/* ---- slot signatures ------------------------------------------------- */
typedef void     (*destructor)(Object *);
typedef Object  *(*unaryfunc)(Object *);
typedef Object  *(*binaryfunc)(Object *, Object *);
typedef Object  *(*ternaryfunc)(Object *, Object *, Object *);
typedef int      (*inquiry)(Object *);
typedef intptr_t (*lenfunc)(Object *);
typedef hash_t   (*hashfunc)(Object *);
typedef Object  *(*richcmpfunc)(Object *, Object *, int op);
typedef Object  *(*getattrofunc)(Object *, Object *name);
/* value == NULL means delete. */
typedef int      (*setattrofunc)(Object *, Object *name, Object *value);
typedef int      (*objobjargproc)(Object *, Object *, Object *);
typedef int      (*objobjproc)(Object *, Object *);
typedef Object  *(*ssizeargfunc)(Object *, intptr_t);
typedef int      (*visitproc)(Object *, void *arg);
typedef int      (*traverseproc)(Object *, visitproc, void *arg);
/* Vector call: args[0..nargs) positional, then one value per name in
 * kwnames (a tuple of str, or NULL).  Returns a NEW reference. */
typedef Object  *(*vectorcallfunc)(Object *callable, Object *const *args,
                                   size_t nargs, Object *kwnames);
/* type.__new__-style constructor: (type, args, nargs, kwnames). */
typedef Object  *(*newfunc)(TypeObject *, Object *const *args, size_t nargs,
                            Object *kwnames);
typedef int      (*initfunc)(Object *, Object *const *args, size_t nargs,
                             Object *kwnames);
/* Descriptor protocol: get(descr, obj or NULL, type); set(descr, obj, value
 * or NULL for delete). */
typedef Object  *(*descrgetfunc)(Object *, Object *, Object *);
typedef int      (*descrsetfunc)(Object *, Object *, Object *);

/* Rich comparison operators (same numbering as CPython). */
enum { CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5 };

/* Number protocol.  Binary slots are called as slot(left, right) whether the
 * type is on the left or the right (CPython's convention) and return
 * NotImplemented (a NEW reference) when they cannot handle the pair. */
typedef struct NumberMethods {
    binaryfunc add, sub, mul, truediv, floordiv, mod, divmod, matmul;
    binaryfunc lshift, rshift, and_, or_, xor;
    ternaryfunc pow;                        /* third argument None if absent */
    binaryfunc iadd, isub, imul, itruediv, ifloordiv, imod, imatmul;
    binaryfunc ilshift, irshift, iand, ior, ixor;
    ternaryfunc ipow;
    unaryfunc neg, pos, abs, invert;
    unaryfunc int_, float_, index;
    inquiry bool_;                          /* 1 true, 0 false, -1 error */
} NumberMethods;

/* A built-in method: called with self and vector-call arguments. */
typedef Object *(*cmethod)(Object *self, Object *const *args, size_t nargs,
                           Object *kwnames);
enum {
    METH_DEFAULT = 0,
    METH_CLASS   = 1 << 0,     /* classmethod: self is the type */
    METH_STATIC  = 1 << 1,     /* staticmethod: self is NULL */
};
typedef struct MethodDef {
    const char *name;
    cmethod fn;
    int flags;
    const char *doc;
} MethodDef;

/* A computed attribute of a built-in type (e.g. int.real, str.__class__). */
typedef Object *(*getter)(Object *self, void *closure);
typedef int     (*setter)(Object *self, Object *value, void *closure);
typedef struct GetSetDef {
    const char *name;
    getter get;
    setter set;                 /* NULL: read-only */
    const char *doc;
    void *closure;
} GetSetDef;

/* Type flags. */
enum {
    TPF_GC          = 1u << 0,  /* instances carry a GCHead and are tracked */
    TPF_BASETYPE    = 1u << 1,  /* may be subclassed */
    TPF_HEAPTYPE    = 1u << 2,  /* created by a class statement */
    TPF_READY       = 1u << 3,  /* type_ready() has run */
    TPF_INT_SUB     = 1u << 8,  /* fast subclass checks, as CPython's */
    TPF_LIST_SUB    = 1u << 9,
    TPF_TUPLE_SUB   = 1u << 10,
    TPF_BYTES_SUB   = 1u << 11,
    TPF_STR_SUB     = 1u << 12,
    TPF_DICT_SUB    = 1u << 13,
    TPF_EXC_SUB     = 1u << 14,
    TPF_TYPE_SUB    = 1u << 15,
};

/* The type object.  Built-in types are static TypeObjects; classes are
 * heap-allocated ones.  Dispatch goes through these slots, never through
 * switch (type) chains. */
struct TypeObject {
    VarObject ob;
    const char *name;           /* "int", "list", or the class's __name__ */
    size_t basicsize;           /* bytes of an instance, GCHead excluded */
    size_t itemsize;            /* bytes per item for VarObject types */
    uint32_t tpflags;           /* TPF_* */
    uint32_t version;           /* bumped when the type's dict changes
                                   (inline caches key on it); 0 = invalid */
    const char *doc;

    destructor dealloc;
    unaryfunc repr;
    unaryfunc str;
    hashfunc hash;              /* NULL: inherit; hash_not_implemented: unhashable */
    richcmpfunc richcompare;
    getattrofunc getattr;
    setattrofunc setattr;
    vectorcallfunc call;        /* calling an instance */
    unaryfunc iter;
    unaryfunc iternext;         /* NULL with no exception set = exhausted */
    descrgetfunc descr_get;
    descrsetfunc descr_set;

    NumberMethods *num;
    lenfunc len;
    binaryfunc getitem;         /* o[key] */
    objobjargproc setitem;      /* o[key] = v; v == NULL: del o[key] */
    objobjproc contains;        /* key in o: 1, 0, -1 */
    ssizeargfunc item;          /* optional fast o[i] for sequences */

    traverseproc traverse;      /* containers: visit every owned reference */
    inquiry clear;              /* containers: drop references (cycle breaking) */
    destructor finalize;        /* __del__ (PEP 442 tp_finalize) */

    newfunc new_;
    initfunc init;
    vectorcallfunc vectorcall;  /* calling the type itself, fast path */

    MethodDef *methods;
    GetSetDef *getset;

    TypeObject *base;
    Object *bases;              /* tuple */
    Object *mro;                /* tuple */
    Object *dict;               /* the type's namespace (a dict) */
    Object *subclasses;         /* list of weakrefs or NULL */
    intptr_t dictoffset;        /* instance __dict__ offset, 0 if none,
                                   DICT_PREFIX: in a word before the object */
    intptr_t weaklistoffset;    /* instance weakref list offset, 0 if none */
};

/* ---- reference counting ------------------------------------------------ */

/* Frees an object whose count reached zero: runs its dealloc, deferring deep
 * cascades (trashcan) so a million-long chain does not overflow the C stack. */
void obj_dealloc(Object *o);

static inline void INCREF(Object *o) { o->refcnt++; }
static inline void XINCREF(Object *o) { if (o) o->refcnt++; }
static inline void DECREF(Object *o) { if (--o->refcnt == 0) obj_dealloc(o); }
static inline void XDECREF(Object *o) { if (o && --o->refcnt == 0) obj_dealloc(o); }
/* Returns o after adding a reference: `return NEWREF(x);` */
static inline Object *NEWREF(Object *o) { o->refcnt++; return o; }
#define INCREF_(o) INCREF((Object *)(o))
#define DECREF_(o) DECREF((Object *)(o))
/* Replace *slot with v (steals v), releasing the old value afterwards. */
#define SETREF(slot, v) do { Object *old_ = (Object *)(slot); (slot) = (v); XDECREF(old_); } while (0)
#define CLEAR(slot) do { Object *old_ = (Object *)(slot); if (old_) { (slot) = NULL; DECREF(old_); } } while (0)

#define TYPE(o)        (((Object *)(o))->type)
#define REFCNT(o)      (((Object *)(o))->refcnt)
#define IS_TYPE(o, t)  (TYPE(o) == (t))
#define TYPE_HAS(t, f) (((t)->tpflags & (f)) != 0)

/* Static objects start with a count high enough never to reach zero. */
#define STATIC_REFCNT  (1u << 30)
#define OBJ_HEAD_INIT(type) { STATIC_REFCNT, OF_STATIC, (type) }

/* ---- allocation ------------------------------------------------------- */

/* NEW: a fresh object of type t with refcount 1, zeroed payload; for TPF_GC
 * types the GCHead is allocated in front (not yet tracked). */
Object *obj_alloc(TypeObject *t);
/* NEW: as obj_alloc for VarObject types, with room for n items. */
Object *obj_alloc_var(TypeObject *t, size_t n);
/* NEW: as obj_alloc_var, but only the fixed part (basicsize) is zeroed,
 * for objects whose items the caller writes in full (str data), where
 * clearing a large buffer first costs as much as filling it. */
Object *obj_alloc_var_raw(TypeObject *t, size_t n);
/* Releases the memory of an object (GCHead included); the dealloc slot
 * calls this last. */
void obj_free(Object *o);
/* Live-object accounting (objects/object.c).  In a -DGARTER_DEBUG build
 * every obj_alloc/obj_free is counted per type; obj_debug_live returns the
 * total of non-static live objects and obj_debug_report lists each type
 * with live objects.  Without GARTER_DEBUG they report nothing. */
size_t obj_debug_live(void);
void obj_debug_report(FILE *out);

/* ---- generic operations (objects/abstract.c) ---------------------------- */
Object *obj_repr(Object *o);                 /* NEW */
Object *obj_str(Object *o);                  /* NEW */
hash_t  obj_hash(Object *o);                 /* -1 on error */
hash_t  hash_not_implemented(Object *o);     /* raises TypeError: unhashable type */
Object *obj_richcompare(Object *a, Object *b, int op);   /* NEW */
int     obj_richcompare_bool(Object *a, Object *b, int op); /* 1/0/-1; identity shortcut for EQ/NE */
int     obj_is_true(Object *o);              /* 1/0/-1 */
intptr_t obj_length(Object *o);              /* -1 on error */
Object *obj_getitem(Object *o, Object *key); /* NEW */
int     obj_setitem(Object *o, Object *key, Object *v);
int     obj_delitem(Object *o, Object *key);
int     obj_contains(Object *o, Object *key);/* 1/0/-1 */
Object *obj_getattr(Object *o, Object *name);          /* NEW; name is a str */
Object *obj_getattr_cstr(Object *o, const char *name); /* NEW */
int     obj_setattr(Object *o, Object *name, Object *v);
Object *obj_iter(Object *o);                 /* NEW */
Object *obj_next(Object *it);                /* NEW, or NULL: exhausted if no error set */
Object *obj_call(Object *f, Object *const *args, size_t nargs, Object *kwnames); /* NEW */
const char *type_name(TypeObject *t);        /* BORROWED C string */

/* Binary and unary number operations, with CPython's dispatch (left slot,
 * then reflected right slot, subclass first) and TypeError messages. */
Object *num_binop(Object *a, Object *b, int op);          /* NEW; op: BINOP_* */
Object *num_inplace(Object *a, Object *b, int op);        /* NEW */
/* NEW: pow(a, b, c); c NULL or None means two-argument pow. */
Object *num_power(Object *a, Object *b, Object *c);
/* Unary number operations; TypeError "bad operand type for unary -: 'str'". NEW */
Object *num_neg(Object *o);
Object *num_pos(Object *o);
Object *num_invert(Object *o);
Object *num_abs(Object *o);
/* NEW: an exact int from o via the index slot (__index__); TypeError
 * "'float' object cannot be interpreted as an integer". */
Object *num_index(Object *o);
/* NEW: format(o, spec) through the type's __format__; spec is a str. */
Object *obj_format(Object *o, Object *spec);
enum { BINOP_ADD, BINOP_SUB, BINOP_MUL, BINOP_TRUEDIV, BINOP_FLOORDIV,
       BINOP_MOD, BINOP_POW, BINOP_MATMUL, BINOP_LSHIFT, BINOP_RSHIFT,
       BINOP_AND, BINOP_OR, BINOP_XOR, BINOP_DIVMOD, BINOP__COUNT };

#endif
