/* sitebuiltins.h — help, copyright, credits and license in builtins, and
 * the _sitebuiltins module (modules/sitebuiltins.c). */
#ifndef GARTER_SITEBUILTINS_H
#define GARTER_SITEBUILTINS_H

#include "objects/object.h"

/* Adds help, copyright, credits and license to the builtins dict d
 * (BORROWED) unless present, and registers the _sitebuiltins module.
 * 0/-1. */
int mod_sitebuiltins_add(Object *d);

/* NEW: the _sitebuiltins module (signature(), _Printer, _Helper). */
Object *mod_sitebuiltins_create(void);

#endif
