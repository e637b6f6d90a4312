/* import.h — importing modules: the registry of built-in (C) modules and
 * the sys.modules cache.  Loading .py files is a later piece of work; it
 * plugs in where a name is not found in the registry (see import.c). */
#ifndef GARTER_IMPORT_H
#define GARTER_IMPORT_H

#include "objects/object.h"

/* A built-in module's constructor: a NEW module object or NULL. */
typedef Object *(*ModuleCreateFn)(void);

/* Adds a built-in module to the registry (name must be a static string).
 * Later registrations of the same name win.  0/-1. */
int rt_import_register(const char *name, ModuleCreateFn create);

/* NEW: the module called `name` (a str, BORROWED), from sys.modules or by
 * creating a registered built-in module and caching it there.
 * ModuleNotFoundError "No module named 'x'" otherwise. */
Object *rt_import(Object *name);
/* NEW: as rt_import with a C string. */
Object *rt_import_cstr(const char *name);

/* What an `import` statement does: NEW module to bind.  For `import a.b.c`
 * (fromlist_empty = 1) every prefix is imported and the top-level module
 * `a` is returned; otherwise the module `a.b.c` itself.  This is
 * __import__(name, globals, locals, fromlist, 0). */
Object *rt_import_name(Object *name, int fromlist_empty);
/* `from module import name`: NEW attribute, or ImportError
 * "cannot import name 'x' from 'm' (unknown location)". */
Object *rt_import_from(Object *module, Object *name);
/* `from module import *`: copies the public names (or __all__) of module
 * into the dict `into`.  0/-1. */
int rt_import_star(Object *module, Object *into);

/* BORROWED: sys.modules (created by rt_import_init). */
Object *rt_modules_dict(void);

int rt_import_init(void);
void rt_import_fini(void);

#endif
