/* module.h — the module type: a named namespace dict with attribute access
 * through it.  Built-in modules (sys, ...) and, later, modules loaded from
 * .py files are both ModuleObjects. */
#ifndef GARTER_MODULE_H
#define GARTER_MODULE_H

#include "objects/object.h"

typedef struct ModuleObject {
    Object ob;
    Object *dict;               /* the namespace: __name__, __doc__, ... */
    int builtin;                /* repr says "(built-in)" */
} ModuleObject;

extern TypeObject Module_Type;

#define MODULE_CHECK(o) obj_type_check((Object *)(o), &Module_Type)

/* NEW: an empty module whose __name__ is name (a C string); __doc__,
 * __package__, __loader__ and __spec__ are None. */
Object *module_new(const char *name);
/* NEW: as module_new with a str name (BORROWED). */
Object *module_new_obj(Object *name);
/* BORROWED: the module's namespace dict. */
Object *module_get_dict(Object *m);
/* BORROWED: the module's __name__ (a str), or NULL with an exception. */
Object *module_get_name(Object *m);
/* Marks m as a built-in module (its repr ends "(built-in)"). */
void module_set_builtin(Object *m);
/* m.name = v; STEALS v (NULL: returns -1, an error is already set).  0/-1. */
int module_add_object(Object *m, const char *name, Object *v);
/* Adds a builtin_function_or_method per entry of defs (NULL-name
 * terminated; the table must outlive the module).  0/-1. */
int module_add_functions(Object *m, MethodDef *defs);

int module_init(void);

#endif
