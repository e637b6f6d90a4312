/* bytes_methods.h — the bytes methods defined in bytes_methods.c, listed in
 * bytes.c's method table.  Each is a vector-call method: NEW reference or
 * NULL with an exception; nothing is stolen. */
#ifndef GARTER_BYTES_METHODS_H
#define GARTER_BYTES_METHODS_H

#include "objects/object.h"

Object *bytes_m_hex(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_rsplit(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_splitlines(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_partition(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_rpartition(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_center(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_ljust(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_rjust(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_zfill(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_expandtabs(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_swapcase(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_title(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_capitalize(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_isalnum(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_isalpha(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_isascii(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_isdigit(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_islower(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_isspace(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_istitle(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_isupper(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_removeprefix(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_removesuffix(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_translate(Object *b, Object *const *args, size_t nargs, Object *kwnames);
Object *bytes_m_maketrans(Object *b, Object *const *args, size_t nargs, Object *kwnames);

#endif
