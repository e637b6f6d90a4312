/* class.h — classes made at run time (class statements and type(name,
 * bases, dict)): heap type creation with C3 linearisation and instance
 * layout (objects/class.c), the slots that dispatch to dunder methods
 * (objects/classslots.c), instances of classes (objects/instance.c), bound
 * methods (objects/method.c) and the descriptor types property,
 * staticmethod, classmethod, super and member (objects/descrobjects.c). */
#ifndef GARTER_CLASS_H
#define GARTER_CLASS_H

#include "objects/object.h"

extern TypeObject Method_Type;        /* method: a function bound to an object */
extern TypeObject Property_Type;      /* property */
extern TypeObject StaticMethod_Type;  /* staticmethod */
extern TypeObject ClassMethod_Type;   /* classmethod */
extern TypeObject Super_Type;         /* super */
extern TypeObject MemberDescr_Type;   /* member_descriptor: a __slots__ entry */

typedef struct MethodObject {
    Object ob;
    Object *func;
    Object *self;
} MethodObject;

#define METHOD_CHECK(o) IS_TYPE(o, &Method_Type)

/* NEW: func bound to self (both BORROWED). */
Object *method_new(Object *func, Object *self);

/* NEW: a class, as type(name, bases, ns, **kw).  meta is the metaclass
 * (type); name a str, bases a tuple (empty: object), ns the namespace dict
 * (copied); kw a dict of class keywords for __init_subclass__ or NULL.  All
 * arguments BORROWED. */
Object *class_new(TypeObject *meta, Object *name, Object *bases, Object *ns, Object *kw);

/* BORROWED: the most derived of meta and the metaclasses of bases, or
 * NULL with "metaclass conflict" TypeError. */
TypeObject *class_calc_meta(TypeObject *meta, Object *bases);

/* Re-derives the slot of a heap type after its dunder attribute `name`
 * was set or deleted (C.__add__ = f), for t and the classes below it.
 * 0 or -1. */
int class_update_slot(TypeObject *t, Object *name);

/* Installs the dunder-dispatching slots of a heap type from the methods
 * found in its MRO (objects/classslots.c).  0 or -1. */
int class_fixup_slots(TypeObject *t);

/* The instance machinery of heap types (objects/instance.c). */
void instance_dealloc(Object *o);
int instance_traverse(Object *o, visitproc visit, void *arg);
int instance_clear(Object *o);
/* NEW: a member descriptor for slot `name` of t at byte offset off. */
Object *member_descr_new(TypeObject *t, Object *name, size_t off);

/* NEW: the result of the zero-argument super() in the current frame. */
Object *super_from_frame(void);

/* Readies the types above, sets type.__new__ and installs property,
 * staticmethod, classmethod and super into the builtins dict. */
int class_init(void);

#endif
