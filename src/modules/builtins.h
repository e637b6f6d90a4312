/* builtins.h — the builtins namespace (print, len, range, the type names...). */
#ifndef GARTER_BUILTINS_H
#define GARTER_BUILTINS_H

#include "objects/object.h"

/* BORROWED: the builtins dict (created by mod_builtins_init). */
Object *mod_builtins_dict(void);
/* NEW: format(value, spec) as the builtin does (spec BORROWED str or NULL). */
Object *mod_builtins_format(Object *value, Object *spec);
int mod_builtins_init(void);
void mod_builtins_fini(void);

#endif
