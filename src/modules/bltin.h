/* bltin.h — the builtin functions beyond the evaluator's core set (grouped
 * by theme in bltin_*.c), the sys module and the glue that installs them.
 * modules/builtins.c calls bltin_register_all() at the end of its init. */
#ifndef GARTER_BLTIN_H
#define GARTER_BLTIN_H

#include "objects/object.h"

/* Readies the types owned here (module, file, iterator types), creates the
 * sys module and the module registry, and adds to builtins_dict (BORROWED)
 * every builtin it does not hold yet (names already present are kept).
 * 0/-1. */
int bltin_register_all(Object *builtins_dict);
/* Releases sys, sys.modules and the std streams (flushing them first). */
void bltin_fini(void);

/* Tables of builtin functions, one per theme file. */
extern MethodDef bltin_iter_defs[];     /* bltin_iter.c */
extern MethodDef bltin_num_defs[];      /* bltin_num.c */
extern MethodDef bltin_obj_defs[];      /* bltin_obj.c */
extern MethodDef bltin_io_defs[];       /* bltin_io.c */
extern MethodDef bltin_exec_defs[];     /* bltin_exec.c */

/* ---- sys (modules/sys.c) ---------------------------------------------------- */

/* NEW: the sys module (the registry's constructor for "sys"). */
Object *mod_sys_create(void);
/* BORROWED: sys.<name>, or NULL (no exception) if sys or the name is missing. */
Object *bltin_sys_get(const char *name);
/* Records the command line for sys.argv and the script folder for
 * sys.path[0] (argv[0] is the script, "-c" or ""). Call before or after
 * the sys module exists.  0/-1. */
int sys_set_argv(int argc, char **argv);
/* Set by -u or GARTERUNBUFFERED before the sys module exists: stdout and
 * stderr then write through at once. */
extern int sys_unbuffered;
/* Drops sys's own reference to the sys module and empties its dict. */
void sys_forget(void);

#endif
