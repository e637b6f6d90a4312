/* hash.h — hashing rules shared by every type: CPython's numeric hash
 * (integers and floats reduced modulo the Mersenne prime 2**61 - 1, so that
 * hash(1) == hash(1.0) == hash(True)) and a byte-string hash for str/bytes.
 *
 * garter's byte hash is deterministic: there is no per-run randomisation
 * (PYTHONHASHSEED has no effect), so set iteration order is reproducible
 * between runs.  No hash function here ever returns -1 (it means "error"). */
#ifndef GARTER_HASH_H
#define GARTER_HASH_H

#include <stddef.h>
#include <stdint.h>
#include "objects/object.h"

#define HASH_BITS     61
#define HASH_MODULUS  (((hash_t)1 << HASH_BITS) - 1)   /* 2**61 - 1 */
#define HASH_INF      ((hash_t)314159)                 /* hash(float('inf')) */

/* hash(float): CPython's rule.  A NaN hashes by the identity of inst (the
 * float object), as in CPython 3.10+. */
hash_t hash_double(Object *inst, double v);
/* hash of an int given as sign and a little-endian array of 64-bit limbs
 * (magnitude); used by int.c for big values. */
hash_t hash_limbs(int negative, const uint64_t *limbs, size_t n);
/* hash of a machine-word int: v mod (2**61-1) with the sign kept, -1 -> -2. */
hash_t hash_i64(int64_t v);
/* Fast, well-distributed, deterministic hash of n bytes (str, bytes). */
hash_t hash_bytes(const void *p, size_t n);
/* Identity hash for objects without value equality (pointer rotated). */
hash_t hash_pointer(const void *p);

#endif
