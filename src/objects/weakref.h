/* weakref.h — weak references: weakref.ref (subclassable), weakref.proxy
 * and the callable proxy.  An object's weak references form a doubly linked
 * list; the list heads live in a side table keyed by the object's address
 * (no type needs a weaklist slot), and OF_WEAKREFD in the object's flags
 * says whether it has an entry, so deallocs pay one flag test.  A type
 * accepts weak references when its weaklistoffset is non-zero (the value
 * is only a marker here). */
#ifndef GARTER_WEAKREF_H
#define GARTER_WEAKREF_H

#include "objects/object.h"
#include "objects/type.h"

typedef struct WeakrefObject {
    Object ob;
    Object *object;             /* the referent, BORROWED; NULL once dead */
    Object *callback;           /* NEW reference or NULL */
    hash_t hash;                /* cached hash of the referent, -1 if not yet */
    struct WeakrefObject *wr_prev, *wr_next;
} WeakrefObject;

extern TypeObject Weakref_Type;        /* weakref.ref, alias weakref.ReferenceType */
extern TypeObject WeakProxy_Type;      /* weakproxy */
extern TypeObject WeakCallableProxy_Type;

#define WEAKREF_CHECK(o) obj_type_check((Object *)(o), &Weakref_Type)
#define WEAKPROXY_CHECK(o) (IS_TYPE(o, &WeakProxy_Type) || IS_TYPE(o, &WeakCallableProxy_Type))
/* Any weak reference object: ref, subclass of ref, or a proxy. */
#define WEAKREF_ANY(o) (WEAKREF_CHECK(o) || WEAKPROXY_CHECK(o))

/* 1 if instances of t accept weak references. */
static inline int weakref_supported(TypeObject *t) { return t->weaklistoffset != 0; }

/* NEW: weakref.ref(o, callback) (callback NULL or None: none); reuses the
 * existing plain ref when there is no callback, as CPython. */
Object *weakref_new_ref(Object *o, Object *callback);
/* NEW: weakref.proxy(o, callback). */
Object *weakref_new_proxy(Object *o, Object *callback);
/* BORROWED: the referent of a ref, or None when it died. */
Object *weakref_get(Object *wr);

/* Called by the dealloc of every type that accepts weak references,
 * before it releases anything: clears o's weak references and runs their
 * callbacks (errors reported as unraisable).  Cheap when o has none. */
void weakref_clear_refs_slow(Object *o);
static inline void weakref_clear_refs(Object *o)
{
    if (o->flags & OF_WEAKREFD)
        weakref_clear_refs_slow(o);
}

/* For the collector: BORROWED first weak reference to o, or NULL. */
WeakrefObject *weakref_first(Object *o);
/* Clears wr (its referent becomes None, it leaves the referent's list);
 * keeps the callback. */
void weakref_clear_one(WeakrefObject *wr);
/* Number of weak references to o. */
intptr_t weakref_count(Object *o);

/* Prints an exception that cannot propagate (current exception, cleared)
 * as CPython's default sys.unraisablehook: "Exception ignored in: <repr>"
 * and the traceback.  obj may be NULL. */
void weakref_write_unraisable(Object *obj, const char *msg);

int weakref_init(void);
void weakref_fini(void);

#endif
