/* strformat.h — str.format / str.format_map (the Formatter field grammar:
 * {0} {name} {0.attr} {0[key]} {!r} {:{w}.{p}} {{ }}) and the f-string
 * FormattedValue helper.  The spec mini-language itself is format.h's. */
#ifndef GARTER_STRFORMAT_H
#define GARTER_STRFORMAT_H

#include <stddef.h>
#include "objects/object.h"

/* str.format(*args, **kwargs) as a method body: fmt is the str self,
 * args[0..nargs) positional, then one value per name in kwnames (a tuple of
 * str, or NULL).  NEW str; steals nothing. */
Object *str_format_method(Object *fmt, Object *const *args, size_t nargs, Object *kwnames);
/* str.format_map(mapping): NEW str; names are looked up with mapping[key]. */
Object *str_format_map(Object *fmt, Object *mapping);
/* The method-table shape of format_map (exactly one positional argument). */
Object *str_format_map_method(Object *fmt, Object *const *args, size_t nargs,
                              Object *kwnames);

/* f-string FormattedValue: applies conversion (-1 none, or 's' 'r' 'a'),
 * then format(value, spec) (spec a str or NULL).  NEW str; steals nothing. */
Object *format_value(Object *value, Object *spec, int conversion);

/* ascii(o): repr(o) with non-ASCII characters escaped as \xhh, \uhhhh or
 * \Uhhhhhhhh.  NEW str. */
Object *format_ascii(Object *o);

#endif
