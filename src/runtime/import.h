/* import.h — importing modules: the registry of built-in (C) modules, the
 * sys.modules cache, dotted and relative names, from-imports (import.c);
 * finding .py modules and packages on sys.path and running them
 * (import_source.c). */
#ifndef GARTER_IMPORT_H
#define GARTER_IMPORT_H

#include "objects/object.h"

/* A built-in module's constructor: a NEW module object or NULL. */
typedef Object *(*ModuleCreateFn)(void);

/* Adds a built-in module to the registry (name must be a static string).
 * Later registrations of the same name win.  0/-1. */
int rt_import_register(const char *name, ModuleCreateFn create);
/* The name of the i-th registered built-in module (0-based), or NULL past
 * the last one (sys.builtin_module_names). */
const char *rt_import_builtin_name(size_t i);

/* NEW: the module called `name` (a str, BORROWED; dotted names import
 * every parent first), from sys.modules, the registry or a .py file.
 * ModuleNotFoundError "No module named 'x'" otherwise. */
Object *rt_import(Object *name);
/* NEW: as rt_import with a C string. */
Object *rt_import_cstr(const char *name);

/* What an `import` statement does: NEW module to bind.  For `import a.b.c`
 * (fromlist_empty = 1) every prefix is imported and the top-level module
 * `a` is returned; otherwise the module `a.b.c` itself.  This is
 * __import__(name, globals, locals, fromlist, 0). */
Object *rt_import_name(Object *name, int fromlist_empty);
/* __import__(name, globals, None, fromlist, level): NEW module.  name may
 * be NULL or '' for `from . import x`; globals (BORROWED, may be NULL)
 * supply __package__/__name__ for relative imports (level > 0), with
 * CPython's ImportErrors "attempted relative import with no known parent
 * package" and "... beyond top-level package". */
Object *rt_import_level(Object *name, Object *globals, int level, int fromlist_empty);
/* The fromlist step of `from pkg import a, b`: for a package, imports each
 * name that is not yet an attribute as the submodule pkg.name (a missing
 * submodule is not an error here).  names: n BORROWED str.  0/-1. */
int rt_import_fromlist(Object *module, Object *const *names, int n);
/* `from module import name`: NEW attribute (or the submodule from
 * sys.modules), or CPython's ImportError "cannot import name 'x' from 'm'
 * (/path/m.py)", "... from partially initialized module ..." while m runs. */
Object *rt_import_from(Object *module, Object *name);
/* `from module import *`: copies the public names (or __all__) of module
 * into the dict `into`, importing the submodules __all__ names.  0/-1. */
int rt_import_star(Object *module, Object *into);

/* BORROWED: sys.modules (created by rt_import_init). */
Object *rt_modules_dict(void);

/* ---- import_source.c ---------------------------------------------------- */

/* Looks for the module `fullname` (str, BORROWED) in the folders of paths
 * (a list, BORROWED): a package folder NAME/__init__.py, else NAME.py,
 * else a namespace package (folder without __init__.py).  Returns 1 with
 * *file (NEW str or NULL for a namespace package) and *pkgdirs (NEW list of
 * the package's folders, NULL for a plain module), 0 when nothing is
 * found, -1 on error. */
int rt_import_find_source(Object *fullname, Object *paths, Object **file, Object **pkgdirs);
/* NEW: loads a module found by rt_import_find_source: creates it with
 * __name__, __file__, __package__, __path__, __builtins__, puts it in
 * sys.modules, runs its body (removing it again if that fails) and returns
 * what sys.modules then holds. Borrows every argument. */
Object *rt_import_load_source(Object *fullname, Object *file, Object *pkgdirs);
/* Reads, compiles and runs the .py file `file` (str, BORROWED) in the
 * namespace dict `globals` (BORROWED).  A syntax error becomes a
 * SyntaxError exception naming the file.  0/-1. */
int rt_import_exec_file(Object *file, Object *globals);
/* NEW: the code object of source text, or NULL with a SyntaxError (or
 * IndentationError/TabError) raised whose filename is `filename`. */
struct CodeObject *rt_compile_source(const char *src, size_t len, const char *filename);
/* Raises the SyntaxError (IndentationError, TabError) described by se as
 * compile() does, with `filename` in its location. */
struct SyntaxErr;
void rt_raise_syntax_error(const struct SyntaxErr *se, const char *filename);
/* 1 if module (BORROWED) is running its body right now (a circular
 * import sees it partially initialised). */
int rt_import_is_initializing(Object *module);

int rt_import_init(void);
void rt_import_fini(void);

#endif
