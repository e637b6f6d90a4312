/* int_impl.h — private to the numeric files (int.c, int_str.c, float.c):
 * the big-int layout on GMP, mpz views of word ints, normalising results,
 * and a small keyword-argument parser for numeric methods. */
#ifndef GARTER_INT_IMPL_H
#define GARTER_INT_IMPL_H

#include <gmp.h>
#include "objects/int.h"

_Static_assert(GMP_LIMB_BITS == 64, "garter's int assumes 64-bit GMP limbs");

/* A big-form int: the header followed by an mpz (32 bytes in all).  Int_Type's
 * basicsize is this size so subclass instances can hold either form. */
typedef struct BigIntObject {
    Object ob;
    __mpz_struct z;
} BigIntObject;

#define BIGZ(o) (&((BigIntObject *)(o))->z)

/* Stack storage for viewing a word int as a read-only mpz. */
typedef struct ZTmp {
    mpz_t z;
    mp_limb_t limb;
} ZTmp;

/* A read-only mpz holding o's value (o an int); valid while o and t live. */
static inline mpz_srcptr int_zview(Object *o, ZTmp *t)
{
    if (!INT_IS_SMALL(o))
        return BIGZ(o);
    int64_t v = INT_VALUE(o);
    t->limb = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    mpz_roinit_n(t->z, &t->limb, v < 0 ? -1 : v > 0 ? 1 : 0);
    return t->z;
}

/* NEW: an int with z's value; STEALS z (cleared or moved into the result). */
Object *int_from_mpz_steal(mpz_ptr z);
/* NEW: an int with z's value (z untouched). */
Object *int_from_mpz(mpz_srcptr z);
/* Store o's value into z (initialised). */
void int_to_mpz(Object *o, mpz_ptr z);

/* Parse vector-call arguments of a built-in numeric method.  names[] lists
 * every parameter; the first npos may be given positionally; those at index
 * >= nrequired are optional (out[i] stays NULL).  BORROWED results.
 * Raises CPython-style TypeErrors; 0 or -1. */
int num_parse_args(const char *fname, Object *const *args, size_t nargs,
                   Object *kwnames, const char *const *names, size_t nnames,
                   size_t npos, size_t nrequired, Object **out);

/* NEW: the repr used in "invalid literal" messages, cut at 200 chars. */
Object *num_short_repr(Object *o);

#endif
