/* descr.h — descriptors for built-in types and built-in functions:
 * method_descriptor (list.append), classmethod_descriptor (dict.fromkeys),
 * getset_descriptor (int.real) and builtin_function_or_method (a bound
 * built-in method, or a module-level built-in function such as len). */
#ifndef GARTER_DESCR_H
#define GARTER_DESCR_H

#include "objects/object.h"

extern TypeObject MethodDescr_Type;       /* method_descriptor */
extern TypeObject ClassMethodDescr_Type;  /* classmethod_descriptor */
extern TypeObject GetSetDescr_Type;       /* getset_descriptor */
extern TypeObject CFunction_Type;         /* builtin_function_or_method */
extern TypeObject WrapperDescr_Type;      /* wrapper_descriptor: int.__add__ */
extern TypeObject MethodWrapper_Type;     /* method-wrapper: (1).__add__ */
typedef struct SlotDef SlotDef;           /* objects/typeslots.c */

typedef struct MethodDescrObject {        /* also classmethod_descriptor */
    Object ob;
    TypeObject *owner;                    /* BORROWED (types outlive descrs) */
    MethodDef *def;
    Object *name;                         /* interned str */
} MethodDescrObject;

typedef struct GetSetDescrObject {
    Object ob;
    TypeObject *owner;
    GetSetDef *def;
    Object *name;
} GetSetDescrObject;

typedef struct CFunctionObject {
    Object ob;
    MethodDef *def;
    Object *self;                         /* bound object, or NULL for a function */
    Object *module;                       /* module name (str) or NULL */
    vectorcallfunc vectorcall;
} CFunctionObject;

#define CFUNC_CHECK(o) IS_TYPE(o, &CFunction_Type)

/* NEW descriptors for a static type's dict (type_ready uses these). */
Object *descr_new_method(TypeObject *owner, MethodDef *def);
Object *descr_new_classmethod(TypeObject *owner, MethodDef *def);
Object *descr_new_getset(TypeObject *owner, GetSetDef *def);
/* NEW: a builtin_function_or_method.  self (BORROWED, may be NULL) is the
 * bound object; for a module-level function pass NULL and the module name
 * (BORROWED str or NULL).  The MethodDef must outlive the object. */
Object *cfunc_new(MethodDef *def, Object *self, Object *module);

/* Argument-count checks with CPython's messages.  0 ok, -1 TypeError. */
/* "list.clear() takes no arguments (1 given)" — name is "list.clear" */
int arg_noargs(const char *name, size_t nargs, Object *kwnames);
/* "list.append() takes exactly one argument (0 given)" */
int arg_one(const char *name, size_t nargs, Object *kwnames);
/* "pop expected at most 1 argument, got 2" / "expected at least 1 argument" */
int arg_range(const char *name, size_t nargs, size_t min, size_t max);
/* "pop() takes no keyword arguments" when kwnames is non-empty. */
int arg_nokw(const char *name, Object *kwnames);

/* Adds a wrapper_descriptor to t->dict for every slot t defines itself
 * (not inherited unchanged from its base), and __new__.  0 or -1.
 * (objects/typeslots.c; called by type_ready.) */
int type_add_slot_wrappers(TypeObject *t);

int  descr_init(void);

#endif
